//! Hooks of the root component: the route, the configuration, the restored state, saving,
//! screen changes and the host page's events.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{self, embed};
use crate::state::{Action, Notice, State, Storage};
use partnering_core::config::Config;
use partnering_core::events;
use partnering_core::funnel::keep_lead_where_received;
use partnering_core::model::Content;
use partnering_core::model::ModuleId;
use partnering_core::progress;
use partnering_core::route::Route;

/// The route, kept in step with the location hash.
#[hook]
pub(super) fn use_route() -> Route {
    let route = use_state(browser::current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    route.set(browser::current_route())
                })
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// The state on start. Saved progress is offered back on the start screens; opening the app
/// at a step, the review or the report (a reload, a bookmark) carries on with it there.
pub(super) fn restore(content: &Content, route: &Route) -> State {
    let mut state = State::default();
    // Handed over from the other bundle in this page: its answers are the latest, whatever
    // storage holds, and it knew whether storage may be written, what it held and whether saved
    // progress was still on offer, so a browser that refuses to save loses nothing, a change
    // made in another tab is still caught, and progress not yet resumed is not saved over.
    if let Some(handoff) = browser::bundles::take_handoff()
        && let Ok(restored) = progress::decode(content, &handoff.answers)
    {
        browser::progress_know(handoff.known);
        state.storage = handoff.storage;
        state.answers = restored.answers;
        state.saved = handoff
            .saved
            .and_then(|saved| progress::decode(content, &saved).ok())
            .map(|saved| saved.answers);
        return state;
    }
    match browser::progress_read(progress::KEY) {
        Err(_) => state.storage = Storage::Unavailable,
        Ok(None) => {}
        Ok(Some(raw)) => match progress::decode(content, &raw) {
            Ok(restored) => {
                if restored.content_version < content.content_version {
                    state.notice = Some(Notice::EarlierEdition {
                        made_with: restored.content_version,
                        current: content.content_version,
                        dropped: restored.dropped,
                    });
                } else if restored.dropped > 0 {
                    state.notice = Some(Notice::AnswersDropped(restored.dropped));
                }
                let carry_on = route.step().is_some()
                    || matches!(
                        route,
                        Route::Review | Route::Report | Route::Plan | Route::Gap
                    );
                if carry_on {
                    state.answers = restored.answers;
                } else {
                    state.saved = Some(restored.answers);
                }
            }
            // Progress from a newer version stays where it is, and this older version does not
            // save over it; unreadable progress is moved aside so the new answers can be saved.
            Err(error @ progress::ProgressError::NewerFormat(_)) => {
                state.storage = Storage::HeldByNewerVersion;
                state.notice = Some(Notice::Progress(error));
            }
            // Only once the copy is safely aside is the original removed; with no room for
            // a copy it stays where it is, and nothing is saved over it.
            Err(_) => {
                let kept_aside =
                    browser::storage_move_aside(progress::KEY, progress::set_aside_keys()).is_ok();
                if kept_aside {
                    let _ = browser::progress_read(progress::KEY);
                } else {
                    state.storage = Storage::HeldUnreadable;
                }
                state.notice = Some(Notice::Unreadable { kept_aside });
            }
        },
    }
    state
}

/// The configuration: config.json beside the app, then URL parameters; `None` until loaded.
/// Every rejected value is reported in the console, naming its key.
#[hook]
pub(super) fn use_config(content: &'static Content) -> Option<Rc<Config>> {
    let config = use_state(|| None::<Rc<Config>>);
    {
        let config = config.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let file = embed::fetch_config_file().await;
                let modules: Vec<&str> = content.modules.iter().map(|m| m.id.as_str()).collect();
                let (mut loaded, warnings) =
                    Config::from_sources(file.as_deref(), &embed::query_string(), &modules);
                // The contact step only where its details can reach the configured page.
                let unreachable = keep_lead_where_received(&mut loaded, &embed::placement());
                for warning in warnings.iter().chain(&unreachable) {
                    embed::warn(&warning.to_string());
                }
                embed::apply_theme(&loaded);
                config.set(Some(Rc::new(loaded)));
            });
        });
    }
    (*config).clone()
}

/// Tells the host page what happens: `ready` once, `started` when the first question screen
/// opens, and the height as the content changes (see `embed::link_to_host`).
#[hook]
pub(super) fn use_host_events(config: &Rc<Config>, route: &Route, modules: &[ModuleId]) {
    {
        let config = config.clone();
        use_effect_with((), move |_| {
            embed::remove_boot_screen();
            // After a hand-over between bundles the host has had `ready` already.
            if !browser::bundles::handed_over() {
                embed::post(&config, &events::ready());
            }
            let link = embed::link_to_host(&config);
            move || drop(link)
        });
    }
    let (config, started) = (config.clone(), use_mut_ref(|| false));
    let modules = modules.to_vec();
    use_effect_with(route.clone(), move |route| {
        if route.step().is_some() && !std::mem::replace(&mut *started.borrow_mut(), true) {
            embed::post(&config, &events::started(&modules));
        }
    });
}

/// Saves the answers after every change, unless storage is unavailable or saved progress is
/// still on offer (so it is never overwritten before the person chooses).
#[hook]
pub(super) fn use_autosave(state: &UseReducerHandle<State>, content: &'static Content) {
    let state = state.clone();
    // Also runs when an offer of saved progress is answered, so "start over" really removes
    // the stored copy even though the (empty) answers did not change.
    // And when saving resumes after the person chose whose answers to keep.
    let deps = (state.answers.clone(), state.saved.is_some(), state.storage);
    use_effect_with(deps, move |(answers, _, _)| {
        if state.storage == Storage::Available && state.saved.is_none() {
            let encoded =
                (*answers != Default::default()).then(|| progress::encode(content, answers));
            match browser::progress_write(progress::KEY, encoded.as_deref()) {
                Ok(()) => {}
                Err(browser::SaveError::Unavailable) => state.dispatch(Action::StorageFailed),
                Err(browser::SaveError::ChangedElsewhere) => {
                    state.dispatch(Action::ChangedElsewhere)
                }
            }
        }
    });
}

/// Notices at once when another tab or window saves progress, so this one stops saving over
/// it and asks whose answers to keep.
#[hook]
pub(super) fn use_storage_watch(state: &UseReducerHandle<State>) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // `key` is null when the other tab cleared storage altogether.
                let ours = event.key().is_none_or(|key| key == progress::KEY);
                if ours && browser::progress_changed_elsewhere(progress::KEY) {
                    state.dispatch(Action::ChangedElsewhere);
                }
            })
        });
        move || drop(listener)
    });
}

/// On every new screen: focus its heading (after the first screen) and remember the last step
/// for "resume".
#[hook]
pub(super) fn use_screen_change(route: &Route, state: &UseReducerHandle<State>) {
    // After a hand-over between bundles the first screen is a screen change like any other.
    let first_screen = use_mut_ref(|| !browser::bundles::handed_over());
    let storage = state.storage;
    let saved_pending = state.saved.is_some();
    use_effect_with(route.clone(), move |route| {
        // The first screen keeps the browser's own focus; later screens move it to their
        // heading so keyboard and screen-reader users start at the top of the new step.
        if !std::mem::replace(&mut *first_screen.borrow_mut(), false) {
            browser::scroll_to_top();
            browser::focus("page-heading");
        }
        let resume_at = match route.step() {
            Some((module, index)) => Some(Route::Step {
                module: module.clone(),
                index,
            }),
            None => matches!(route, Route::Review).then_some(Route::Review),
        };
        if let Some(resume_at) = resume_at
            && storage == Storage::Available
            && !saved_pending
        {
            let _ = browser::storage_set(progress::LAST_STEP_KEY, &resume_at.to_hash());
        }
    });
}
