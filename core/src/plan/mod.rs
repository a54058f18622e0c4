//! From report to plan: a target level per module, and the actions picked for the next 90
//! days with an owner and a due date each. The plan's data is part of the answers
//! (`answers::Plan`, with its verbs), so it is saved with the progress and travels in share
//! links and exports; here is what a report proposes for it, its dates and its exports.

mod due;
mod export;
mod since;

use crate::model::{Horizon, ModuleId};
use crate::scoring::{Action, Report};

pub use crate::answers::{
    MAX_PLANNED, Plan, PlanEdit, PlannedAction, Target, clean_owner, recommendation,
};
pub use crate::date::Date;
pub use due::{DueDateError, LAST_DUE, RefusedDue, passed_note, read_due};
pub use export::{plan_csv, plan_ics, plan_markdown};
pub use since::{ActionOutcome, DimensionChange, Since, since};

/// Days from the plan to the reassessment it schedules.
pub const REASSESS_AFTER_DAYS: i64 = 90;

// The plan's data is the answers' (`answers::Plan`); what a report makes of it is here.
impl Plan {
    /// The target for a module: as set, or one level above its current level (at most 5);
    /// `None` for a module that is not rated.
    pub fn target(&self, report: &Report, module: &ModuleId) -> Option<u8> {
        let set = self
            .targets
            .iter()
            .find(|t| &t.module == module)
            .map(|t| t.level);
        let current = report
            .modules
            .iter()
            .find(|m| &m.id == module)?
            .rating()
            .map(|r| r.level())?;
        Some(set.unwrap_or((current + 1).min(5)))
    }
}

/// Every rated module's target, for the radar; none until a plan is made.
pub fn targets(report: &Report, plan: &Plan) -> Vec<(ModuleId, u8)> {
    if plan.is_empty() {
        return Vec::new();
    }
    report
        .modules
        .iter()
        .filter_map(|m| Some((m.id.clone(), plan.target(report, &m.id)?)))
        .collect()
}

/// The due date a recommendation gets by default: its horizon counted from `today`, and never
/// after [`LAST_DUE`], so the date field can take it back as it is.
pub fn default_due(horizon: Horizon, today: Date) -> Date {
    today
        .plus_days(match horizon {
            Horizon::Quarter => REASSESS_AFTER_DAYS,
            Horizon::Year => 365,
        })
        .min(LAST_DUE)
}

/// The day to reassess: `REASSESS_AFTER_DAYS` after the plan was made; `None` when that day
/// is past the last date there is (a plan dated at the very end of 9999).
pub fn reassess_by(made: Date) -> Option<Date> {
    made.checked_plus_days(REASSESS_AFTER_DAYS)
}

/// A new plan from a report: the three most valuable actions picked, each owned by the role
/// the content names and due by its horizon.
pub fn default_plan(report: &Report, today: Date) -> Plan {
    Plan {
        targets: Vec::new(),
        actions: report
            .top_actions
            .iter()
            .map(|a| planned(a, today))
            .collect(),
        made: Some(today),
    }
}

/// An action as the plan first takes it.
pub fn planned(action: &Action, today: Date) -> PlannedAction {
    PlannedAction {
        id: action.id.clone(),
        owner: action.owner.clone(),
        due: default_due(action.horizon, today),
    }
}

/// Every action the report recommends, in its order: the top ones first, then each module's.
pub fn recommended(report: &Report) -> Vec<&Action> {
    let mut all: Vec<&Action> = report.top_actions.iter().collect();
    for action in report.modules.iter().flat_map(|m| &m.recommendations) {
        if !all.iter().any(|a| a.id == action.id) {
            all.push(action);
        }
    }
    all
}
