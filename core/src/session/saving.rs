//! Saving and the other-tab rule: what to write after a change, when to stop because
//! another tab or window saved different progress, and what a new screen records.

use crate::answers::Answers;
use crate::date::Date;
use crate::model::Content;
use crate::route::Route;

use super::stored::{KEY, LAST_STEP_KEY, PREVIOUS_KEY, encode_kept};
use super::{Action, Effect, Known, State, Unavailable, carries_on};

/// What to do to save the answers after a change, given what storage holds `now`: nothing
/// while saving is off or progress is on offer; stop when another tab saved since this one
/// last read or wrote; otherwise write them (remove, when there are none), with the day they
/// last changed and their overall `level` (given by a bundle that scores).
pub fn save(
    content: &Content,
    state: &State,
    now: Result<Option<String>, Unavailable>,
    today: Option<Date>,
    level: Option<u8>,
) -> Vec<Effect> {
    if !state.may_save() {
        return Vec::new();
    }
    let Ok(now) = now else {
        return vec![Effect::Apply(Action::StorageFailed)];
    };
    if matches!(&state.known, Known::Held(known) if *known != now) {
        return vec![Effect::Apply(Action::ChangedElsewhere)];
    }
    let value = (state.answers != Answers::default())
        .then(|| encode_kept(content, &state.kept_now(content, today, level)));
    vec![Effect::SaveProgress(value)]
}

/// What to do to keep the previous finished assessment stored: write it while saving works.
pub fn keep_previous(content: &Content, state: &State) -> Vec<Effect> {
    match &state.previous {
        Some(previous) if state.storage == super::Storage::Available => vec![Effect::Write {
            key: PREVIOUS_KEY,
            value: encode_kept(content, previous),
        }],
        _ => Vec::new(),
    }
}

/// What to do when another tab or window changed storage under `key` (`None`: it cleared
/// storage altogether), which now holds `now` there.
pub fn other_tab(key: Option<&str>, now: Result<Option<String>, Unavailable>) -> Vec<Effect> {
    match now {
        Ok(now) if key.is_none_or(|key| key == KEY) => {
            vec![Effect::Apply(Action::StoredElsewhere(now))]
        }
        _ => Vec::new(),
    }
}

/// What a new screen does: an address on a start screen changed to a report or a step
/// carries on with progress on offer; a step or the review is remembered for "resume".
pub fn visit(state: &State, route: &Route) -> Vec<Effect> {
    let mut effects = Vec::new();
    if state.saved.is_some() && carries_on(route) {
        // `State::apply` carries on only with a finished assessment.
        effects.push(Effect::Apply(Action::Visited(route.clone())));
    }
    let resume_at = match route.step() {
        Some((module, index)) => Some(Route::Step {
            module: module.clone(),
            index,
        }),
        None => matches!(route, Route::Review).then_some(Route::Review),
    };
    if let Some(resume_at) = resume_at
        && state.may_save()
    {
        effects.push(Effect::Write {
            key: LAST_STEP_KEY,
            value: resume_at.to_hash(),
        });
    }
    effects
}
