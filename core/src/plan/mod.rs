//! From report to plan: a target level per module, and the actions picked for the next 90
//! days with an owner and a due date each. The plan is part of the answers, so it is saved
//! with the progress and travels in share links and exports; it never leaves the browser
//! otherwise.

mod date;
mod due;
mod export;
mod since;

use serde::{Deserialize, Serialize};

use crate::model::{Content, Horizon, ModuleId, Recommendation};
use crate::scoring::{Action, Report};

pub use date::Date;
pub use due::{DueDateError, LAST_DUE, RefusedDue, passed_note, read_due};
pub use export::{plan_csv, plan_ics, plan_markdown};
pub use since::{ActionOutcome, DimensionChange, Since, since};

/// At most this many actions in a plan: a plan is a few moves, not a backlog.
pub const MAX_PLANNED: usize = 12;
/// Days from the plan to the reassessment it schedules.
pub const REASSESS_AFTER_DAYS: i64 = 90;

/// A module's target level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// The module.
    pub module: ModuleId,
    /// The level aimed for, 1–5.
    pub level: u8,
}

/// One action picked for the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedAction {
    /// The recommendation's id (content ids are a public contract).
    pub id: String,
    /// Who owns it: a person or a role.
    pub owner: String,
    /// When it is due.
    pub due: Date,
}

/// Targets and the picked actions. Empty until the person makes a plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Plan {
    /// Targets the person set; a module without one aims one level up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    /// The actions picked, in the order shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<PlannedAction>,
    /// The day the plan was made (its actions' defaults and the reassessment count from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made: Option<Date>,
}

impl Plan {
    /// Whether there is anything in it.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty() && self.actions.is_empty() && self.made.is_none()
    }

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

    /// Whether an action is in the plan.
    pub fn has(&self, id: &str) -> bool {
        self.actions.iter().any(|a| a.id == id)
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

/// The recommendation a planned action refers to, with the module and dimension it is in.
pub fn recommendation<'a>(
    content: &'a Content,
    id: &str,
) -> Option<(
    &'a crate::model::Module,
    &'a crate::model::Dimension,
    &'a Recommendation,
)> {
    content.modules.iter().find_map(|module| {
        module.dimensions.iter().find_map(|dimension| {
            dimension
                .recommendations
                .iter()
                .find(|r| r.id == id)
                .map(|r| (module, dimension, r))
        })
    })
}

/// Keeps only what the content still has: targets of chosen modules and levels 1–5, actions
/// whose recommendation exists (once each), owners cleaned and capped, at most `MAX_PLANNED`.
pub fn prune(content: &Content, modules: &[ModuleId], plan: &mut Plan) {
    let mut seen: Vec<ModuleId> = Vec::new();
    plan.targets.retain(|t| {
        let keep =
            modules.contains(&t.module) && (1..=5).contains(&t.level) && !seen.contains(&t.module);
        seen.push(t.module.clone());
        keep
    });
    let mut ids: Vec<String> = Vec::new();
    plan.actions.retain_mut(|action| {
        let known = recommendation(content, &action.id).is_some() && !ids.contains(&action.id);
        ids.push(action.id.clone());
        action.owner = clean_owner(&action.owner);
        known
    });
    plan.actions.truncate(MAX_PLANNED);
}

/// An owner as typed: trimmed, invisible and control characters removed, at most 80 characters.
pub fn clean_owner(raw: &str) -> String {
    crate::text::one_line(raw, 80)
}
