//! What the app does with the browser on the session's behalf, and what it learns back.

use super::Action;

/// Something to do with the browser's storage. The app performs it and applies what
/// `Effect::outcome` returns; it decides nothing itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Writes the progress under `stored::KEY` (`None` removes it), unless storage refuses.
    SaveProgress(Option<String>),
    /// Stores a value, as well as storage allows (nothing depends on it).
    Write {
        /// The key.
        key: &'static str,
        /// The value.
        value: String,
    },
    /// Moves unreadable progress to the first free set-aside key, exactly as stored; the
    /// original is removed only once the copy reads back the same.
    SetAside,
    /// Applies an action (a decision that changes the session, e.g. stop saving).
    Apply(Action),
}

impl Effect {
    /// What the session learns once the effect was performed; `done` tells whether the
    /// browser did it.
    pub fn outcome(self, done: bool) -> Option<Action> {
        match self {
            Self::SaveProgress(value) if done => Some(Action::Wrote(value)),
            Self::SaveProgress(_) => Some(Action::StorageFailed),
            Self::Write { .. } => None,
            Self::SetAside => Some(Action::SetAside(done)),
            Self::Apply(action) => Some(action),
        }
    }
}
