//! The session on start: from the other bundle's hand-over when there is one, otherwise from
//! what storage holds, whatever state that is in.

use crate::model::Content;
use crate::route::Route;

use super::stored::{ProgressError, Restored, decode};
use super::{Action, Effect, Kept, Known, Notice, Snapshot, State, Storage, carries_on};

/// Storage could not be read or written: disabled, full, or blocked (e.g. in a third-party
/// iframe).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// What storage holds under the session's keys on start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Saved progress (`stored::KEY`), or that storage cannot be read.
    pub progress: Result<Option<String>, Unavailable>,
    /// The last step visited (`stored::LAST_STEP_KEY`).
    pub last_step: Option<String>,
    /// The previous finished assessment (`stored::PREVIOUS_KEY`).
    pub previous: Option<String>,
}

/// The session on start, and what to do with storage first. A hand-over from the other bundle
/// in this page wins: its answers are the latest, and it knew what storage held and allowed.
/// Otherwise saved progress is carried on with when the app opens at a step, the review, the
/// report, the plan or the two-sided review, and offered back on the start screens; a newer
/// format is left untouched and not saved over; unreadable progress is set aside (and, with no
/// room for a copy, left where it is and not saved over).
pub fn restore(
    content: &Content,
    route: &Route,
    stored: &Stored,
    snapshot: Option<&str>,
) -> (State, Vec<Effect>) {
    if let Some(mut state) = snapshot.and_then(Snapshot::read) {
        state.apply(content, Action::Visited(route.clone()));
        return (state, Vec::new());
    }
    let mut state = State {
        last_step: stored.last_step.clone(),
        previous: stored
            .previous
            .as_deref()
            .and_then(|raw| decode(content, raw).ok())
            .map(kept),
        ..State::default()
    };
    let raw = match &stored.progress {
        Err(Unavailable) => {
            state.storage = Storage::Unavailable;
            return (state, Vec::new());
        }
        Ok(raw) => raw,
    };
    state.known = Known::Held(raw.clone());
    let Some(raw) = raw else {
        return (state, Vec::new());
    };
    match decode(content, raw) {
        Ok(restored) => {
            state.notice = changed_since(content, &restored);
            if carries_on(route) {
                state.answers = restored.answers;
            } else {
                state.saved = Some(kept(restored));
            }
            (state, Vec::new())
        }
        Err(error @ ProgressError::NewerFormat(_)) => {
            state.storage = Storage::HeldByNewerVersion;
            state.notice = Some(Notice::Progress(error));
            (state, Vec::new())
        }
        // Held until the copy is safely aside (`Action::SetAside`), so nothing saves over it.
        Err(ProgressError::Unreadable) => {
            state.storage = Storage::HeldUnreadable;
            state.notice = Some(Notice::Unreadable { kept_aside: false });
            (state, vec![Effect::SetAside])
        }
    }
}

fn kept(restored: Restored) -> Kept {
    Kept {
        answers: restored.answers,
        saved_on: restored.saved_on,
        level: restored.level,
    }
}

/// What changed since the progress was saved: an earlier edition, or answers left out.
fn changed_since(content: &Content, restored: &Restored) -> Option<Notice> {
    if restored.content_version < content.content_version {
        Some(Notice::EarlierEdition {
            made_with: restored.content_version,
            current: content.content_version,
            dropped: restored.dropped,
        })
    } else {
        (restored.dropped > 0).then_some(Notice::AnswersDropped(restored.dropped))
    }
}
