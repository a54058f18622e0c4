//! The session at the root: the core's state machine (`partnering_core::session`) behind
//! Yew's `use_reducer`, and the one hook that performs its effects with the browser (through
//! `browser::storage`): on start, after every change, on every screen and when another tab
//! saves. Every decision is the core's.

use std::cell::Cell;
use std::ops::Deref;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use partnering_core::model::Content;
use partnering_core::plan::Date;
use partnering_core::route::Route;
use partnering_core::session::{self, Action, Effect, Snapshot, State};

use crate::browser::{self, storage};

/// The session state with the content it is applied against (which grows as the modules'
/// packs arrive, see `crate::embedded`).
#[derive(Clone)]
pub struct Session {
    content: Rc<Cell<&'static Content>>,
    state: State,
}

impl Session {
    /// A session over `content` starting from `state`.
    pub fn new(content: &'static Content, state: State) -> Self {
        Self {
            content: Rc::new(Cell::new(content)),
            state,
        }
    }

    /// Applies later actions against `content` (a module's pack arrived).
    pub fn set_content(&self, content: &'static Content) {
        self.content.set(content);
    }
}

impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content.get(), other.content.get()) && self.state == other.state
    }
}

impl Deref for Session {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.state.apply(self.content.get(), action);
        Rc::new(next)
    }
}

/// Today's date in the person's time zone, when the browser gives one.
pub fn today() -> Option<Date> {
    Date::parse(&browser::today())
}

fn perform(handle: &UseReducerHandle<Session>, effects: Vec<Effect>) {
    for effect in effects {
        if let Some(action) = storage::perform(effect) {
            handle.dispatch(action);
        }
    }
}

/// The session, restored on start (from the other bundle's hand-over, or from storage) and
/// kept saved: after every change, the previous assessment, every screen, and other tabs.
#[hook]
pub fn use_session(content: &'static Content, route: &Route) -> UseReducerHandle<Session> {
    let start = route.clone();
    let handle = use_reducer(move || {
        let snapshot = browser::bundles::take_handoff();
        let (mut state, effects) =
            session::restore(content, &start, &storage::stored(), snapshot.as_deref());
        // Before the first render, so nothing is saved over progress still being set aside.
        for effect in effects {
            if let Some(action) = storage::perform(effect) {
                state.apply(content, action);
            }
        }
        Session::new(content, state)
    });
    // The content grows as packs arrive; every later action applies against what is here.
    handle.set_content(content);
    use_saving(&handle, content);
    use_other_tabs(&handle);
    {
        let handle = handle.clone();
        use_effect_with(route.clone(), move |route| {
            perform(&handle, session::visit(&handle, route))
        });
    }
    handle
}

/// Saves the answers after every change, and the previous assessment when it changes. Also
/// runs when an offer of saved progress is answered (so "start over" really removes the stored
/// copy though the empty answers did not change) and when saving resumes.
#[hook]
fn use_saving(handle: &UseReducerHandle<Session>, content: &'static Content) {
    let deps = (
        handle.answers.clone(),
        handle.saved.is_some(),
        handle.storage,
    );
    {
        let handle = handle.clone();
        use_effect_with(deps, move |_| {
            let level = level(content, &handle.answers);
            let effects = session::save(content, &handle, storage::progress(), today(), level);
            perform(&handle, effects);
        });
    }
    let handle = handle.clone();
    use_effect_with(handle.previous.clone(), move |_| {
        perform(&handle, session::keep_previous(content, &handle))
    });
}

/// Notices at once when another tab or window saves progress, so this one stops saving over
/// it and asks whose answers to keep.
#[hook]
fn use_other_tabs(handle: &UseReducerHandle<Session>) {
    let handle = handle.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let key = event.key();
                // Taking up the other tab's answers reads them against every module's content.
                crate::app::fetch_every_pack();
                perform(
                    &handle,
                    session::other_tab(key.as_deref(), storage::progress()),
                );
            })
        });
        move || drop(listener)
    });
}

/// The overall level of finished answers, stored with them for the returning visitor's offer;
/// only the report bundle scores (the journey bundle stays without the scoring code).
fn level(content: &Content, answers: &partnering_core::answers::Answers) -> Option<u8> {
    #[cfg(feature = "report")]
    if session::finished(content, answers) {
        return partnering_core::scoring::score(content, answers)
            .verdict
            .map(|verdict| verdict.level);
    }
    let _ = (content, answers);
    None
}

/// The hand-over to the other bundle: the session as one JSON string.
pub fn snapshot(state: &State) -> String {
    Snapshot::write(state)
}
