//! Everything that outlives a screen, as one pure state machine: the answers, whether and
//! where progress may be saved, progress on offer to resume, the previous finished assessment,
//! and notices. `State::apply` changes it; `restore`, `save`, `visit` and `other_tab` return
//! the effects the app performs with the browser (see `Effect`). Nothing here touches one.

mod action;
mod apply;
mod effect;
mod notice;
mod offer;
mod restore;
mod saving;
mod snapshot;
pub mod stored;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::date::Date;
use crate::route::Route;

pub use action::Action;
pub use effect::Effect;
pub use notice::Notice;
pub use offer::kept_title;
pub use restore::{Stored, Unavailable, restore};
pub use saving::{keep_previous, other_tab, save, visit};
pub use snapshot::Snapshot;

/// Whether progress can be kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Storage {
    /// Progress is saved after every change.
    #[default]
    Available,
    /// Storage is disabled, full or blocked; the journey goes on without saving.
    Unavailable,
    /// It holds progress from a newer version of the app, which this one must not overwrite;
    /// the notice explains, and the journey goes on without saving.
    HeldByNewerVersion,
    /// It holds unreadable progress that could not be copied aside (no room), so it stays
    /// where it is and is not saved over.
    HeldUnreadable,
    /// Another tab or window saved different progress; nothing is saved over it until the
    /// person chooses whose answers to keep.
    ChangedElsewhere,
}

/// What this tab last read or wrote as its saved progress, so a save never replaces
/// progress another tab or window saved since.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Known {
    /// Nothing read yet (storage could not be read).
    #[default]
    Unread,
    /// This value (`None`: nothing stored).
    Held(Option<String>),
}

/// Answers kept with the day they were saved: progress on offer, or the previous assessment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Kept {
    /// The answers.
    pub answers: Answers,
    /// The day they were saved, when recorded.
    pub saved_on: Option<Date>,
    /// The overall level of a finished assessment, when recorded (the journey bundle does not
    /// score, so the level is written by the bundle that does).
    #[serde(default)]
    pub level: Option<u8>,
}

/// Everything the app remembers beyond one screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The answers being worked on.
    pub answers: Answers,
    /// Whether progress may be saved, and why not.
    pub storage: Storage,
    /// Progress found in storage on start, offered back until resumed or discarded.
    pub saved: Option<Kept>,
    /// The last finished assessment, kept aside when a new one was started.
    pub previous: Option<Kept>,
    /// Something that went wrong quietly (e.g. corrupt saved progress), until dismissed.
    pub notice: Option<Notice>,
    /// The review has been seen, so steps offer a way straight back to it after a change.
    pub visited_review: bool,
    /// The contact step was completed or skipped in this visit (held in memory only: contact
    /// details are never stored).
    pub lead_done: bool,
    /// What this tab last read or wrote as its saved progress.
    pub known: Known,
    /// The last step or review visited (its address), where resuming returns.
    pub last_step: Option<String>,
}

impl State {
    /// The answers being worked on as they would be kept now: with the day and level stored
    /// with them when they are what this tab last read or wrote (viewing a report does not
    /// make it newer), otherwise saved `today` at `level`.
    pub fn kept_now(
        &self,
        content: &crate::model::Content,
        today: Option<Date>,
        level: Option<u8>,
    ) -> Kept {
        let unchanged = match &self.known {
            Known::Held(Some(raw)) => stored::decode(content, raw)
                .ok()
                .filter(|stored| stored.answers == self.answers),
            _ => None,
        };
        Kept {
            answers: self.answers.clone(),
            saved_on: unchanged.as_ref().and_then(|s| s.saved_on).or(today),
            level: level.or(unchanged.and_then(|s| s.level)),
        }
    }

    /// Whether progress may be written now: storage works and nothing on offer would be
    /// saved over before the person chose.
    pub fn may_save(&self) -> bool {
        self.storage == Storage::Available && self.saved.is_none()
    }
}

/// Whether these answers are finished, so they have a report to show.
pub fn finished(content: &crate::model::Content, answers: &Answers) -> bool {
    crate::journey::is_complete(content, answers)
}

/// Whether opening the app at `route` carries on with saved progress there (a reload, a
/// bookmark, an address typed in), rather than offering it back on the start screens.
pub fn carries_on(route: &Route) -> bool {
    route.step().is_some()
        || matches!(
            route,
            Route::Review | Route::Report | Route::Plan | Route::Gap
        )
}
