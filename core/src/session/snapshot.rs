//! The hand-over between the two bundles in one page: the session as one JSON string, so the
//! bundle taking over starts where the other stopped, whatever storage allows.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;

use super::{Kept, Known, State, Storage};

/// What passes from one bundle to the other: the answers, progress still on offer (nothing may
/// save over it), the previous assessment, whether storage may be written, what this tab last
/// read or wrote there, and where "resume" returns. Notices and the visit's flags stay behind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    answers: Answers,
    saved: Option<Kept>,
    previous: Option<Kept>,
    storage: Storage,
    known: Known,
    last_step: Option<String>,
}

impl Snapshot {
    /// The hand-over of `state`, as one JSON string.
    pub fn write(state: &State) -> String {
        let snapshot = Snapshot {
            answers: state.answers.clone(),
            saved: state.saved.clone(),
            previous: state.previous.clone(),
            storage: state.storage,
            known: state.known.clone(),
            last_step: state.last_step.clone(),
        };
        serde_json::to_string(&snapshot).unwrap_or_default()
    }

    /// The session a hand-over carries; `None` when `raw` is not one.
    pub fn read(raw: &str) -> Option<State> {
        // Through a JSON value, as saved progress is read: typed reading straight from text
        // would compile a second copy of every answer type's decoder (about 28 KB of wasm).
        let value: serde_json::Value = serde_json::from_str(raw).ok()?;
        let snapshot: Snapshot = serde_json::from_value(value).ok()?;
        Some(State {
            answers: snapshot.answers,
            saved: snapshot.saved,
            previous: snapshot.previous,
            storage: snapshot.storage,
            known: snapshot.known,
            last_step: snapshot.last_step,
            ..State::default()
        })
    }
}
