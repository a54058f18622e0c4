//! Hooks of the root component: the route from the location hash, the configuration, and
//! the state restored from storage.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser::{self, embed};
use crate::config::Config;
use crate::model::Content;
use crate::progress;
use crate::route::Route;
use crate::state::{State, Storage};

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

/// The state on start: saved progress is offered back, never silently applied.
pub(super) fn restore(content: &Content) -> State {
    let mut state = State::default();
    match browser::storage_get(progress::KEY) {
        Err(_) => state.storage = Storage::Unavailable,
        Ok(None) => {}
        Ok(Some(raw)) => match progress::decode(content, &raw) {
            Ok(restored) => {
                if restored.dropped > 0 {
                    state.notice = Some(format!(
                        "The assessment changed since you saved: {} answer(s) no longer apply and were left out.",
                        restored.dropped
                    ));
                }
                state.saved = Some(restored.answers);
            }
            Err(error) => {
                let _ = browser::storage_set(progress::SET_ASIDE_KEY, &raw);
                browser::storage_remove(progress::KEY);
                state.notice = Some(error.to_string());
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
                let (loaded, warnings) =
                    Config::from_sources(file.as_deref(), &embed::query_string(), &modules);
                for warning in warnings {
                    embed::warn(&warning.to_string());
                }
                embed::apply_theme(&loaded);
                config.set(Some(Rc::new(loaded)));
            });
        });
    }
    (*config).clone()
}
