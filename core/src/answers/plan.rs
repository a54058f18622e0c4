//! The plan's data, kept with the answers (saved, shared and exported with them): a target
//! level per module and the actions picked for the next 90 days, with the verbs that edit it.
//! Nothing here scores; what a report proposes for a plan is in `crate::plan`.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::model::{Content, Dimension, Module, ModuleId, Recommendation};

/// At most this many actions in a plan: a plan is a few moves, not a backlog.
pub const MAX_PLANNED: usize = 12;

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

/// One edit a person makes to the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanEdit {
    /// Sets a module's target level (1–5; others are refused quietly).
    Target {
        /// The module.
        module: ModuleId,
        /// The level.
        level: u8,
    },
    /// Picks an action (while there is room), or unpicks it when picked.
    Toggle(PlannedAction),
    /// Changes who owns a picked action (cleaned as `clean_owner` does).
    Owner {
        /// The recommendation's id.
        id: String,
        /// The owner as typed.
        owner: String,
    },
    /// Changes when a picked action is due.
    Due {
        /// The recommendation's id.
        id: String,
        /// The day.
        due: Date,
    },
}

impl Plan {
    /// Whether there is anything in it.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty() && self.actions.is_empty() && self.made.is_none()
    }

    /// Whether an action is in the plan.
    pub fn has(&self, id: &str) -> bool {
        self.actions.iter().any(|a| a.id == id)
    }

    /// Whether no more actions can be picked.
    pub fn is_full(&self) -> bool {
        self.actions.len() >= MAX_PLANNED
    }

    /// Makes one edit; a plan that picks or aims is made `today` unless it was made before.
    pub fn edit(&mut self, edit: PlanEdit, today: Date) {
        match edit {
            PlanEdit::Target { module, level } if (1..=5).contains(&level) => {
                self.targets.retain(|t| t.module != module);
                self.targets.push(Target { module, level });
                self.made.get_or_insert(today);
            }
            PlanEdit::Target { .. } => {}
            PlanEdit::Toggle(action) => {
                if self.has(&action.id) {
                    self.actions.retain(|a| a.id != action.id);
                } else if !self.is_full() {
                    self.actions.push(action);
                }
                self.made.get_or_insert(today);
            }
            PlanEdit::Owner { id, owner } => {
                if let Some(a) = self.actions.iter_mut().find(|a| a.id == id) {
                    a.owner = clean_owner(&owner);
                }
            }
            PlanEdit::Due { id, due } => {
                if let Some(a) = self.actions.iter_mut().find(|a| a.id == id) {
                    a.due = due;
                }
            }
        }
    }

    /// Keeps only what the content still has: targets of chosen modules and levels 1–5,
    /// actions whose recommendation exists (once each), owners cleaned and capped, at most
    /// `MAX_PLANNED`.
    pub fn prune(&mut self, content: &Content, modules: &[ModuleId]) {
        let mut seen: Vec<ModuleId> = Vec::new();
        self.targets.retain(|t| {
            let keep = modules.contains(&t.module)
                && (1..=5).contains(&t.level)
                && !seen.contains(&t.module);
            seen.push(t.module.clone());
            keep
        });
        let mut ids: Vec<String> = Vec::new();
        self.actions.retain_mut(|action| {
            let known = recommendation(content, &action.id).is_some() && !ids.contains(&action.id);
            ids.push(action.id.clone());
            action.owner = clean_owner(&action.owner);
            known
        });
        self.actions.truncate(MAX_PLANNED);
    }
}

/// An owner as typed: trimmed, invisible and control characters removed, at most 80 characters.
pub fn clean_owner(raw: &str) -> String {
    crate::text::one_line(raw, 80)
}

/// The recommendation a planned action refers to, with the module and dimension it is in.
pub fn recommendation<'a>(
    content: &'a Content,
    id: &str,
) -> Option<(&'a Module, &'a Dimension, &'a Recommendation)> {
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
