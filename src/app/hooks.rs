//! Hooks of the root component: the route, the configuration, screen changes and the host
//! page's events (the session's own hook is `crate::session`).

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser::{self, embed};
use partnering_core::config::Config;
use partnering_core::config::keep_lead_where_received;
use partnering_core::content::Catalog;
use partnering_core::events;
use partnering_core::model::ModuleId;
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

/// The configuration: config.json beside the app, then URL parameters; `None` until loaded.
/// Every rejected value is reported in the console, naming its key. The edition config.json
/// names is fetched within the same wait and kept (`embedded::set_edition`): it is applied to
/// each module's content, in the language shown, as the module's pack arrives.
#[hook]
pub(super) fn use_config(catalog: &'static Catalog) -> Option<Rc<Config>> {
    let config = use_state(|| None::<Rc<Config>>);
    {
        let config = config.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let started = js_sys::Date::now();
                let file = embed::fetch_config_file().await;
                let modules: Vec<&str> = catalog.modules.iter().map(|m| m.id.as_str()).collect();
                let (mut loaded, warnings) =
                    Config::from_sources(file.as_deref(), &embed::query_string(), &modules);
                // The contact step only where its details can reach the configured page.
                let unreachable = keep_lead_where_received(&mut loaded, &embed::placement());
                for warning in warnings.iter().chain(&unreachable) {
                    embed::warn(&warning.to_string());
                }
                embed::apply_theme(&loaded);
                if let Some(file) = &loaded.edition {
                    let spent = (js_sys::Date::now() - started).max(0.0) as u32;
                    let left = embed::CONFIG_WAIT_MS.saturating_sub(spent);
                    if let Some(edition) = browser::edition::read_named(file, left).await {
                        crate::embedded::set_edition(edition);
                    }
                }
                config.set(Some(Rc::new(loaded)));
            });
        });
    }
    (*config).clone()
}

/// Counts the content packs settled (arrived or failed) so far; the component re-renders at
/// each (see `browser::packs`).
#[hook]
pub(super) fn use_pack_updates() -> u32 {
    let generation = use_state(|| 0_u32);
    {
        let generation = generation.clone();
        let count = use_mut_ref(|| 0_u32);
        use_effect_with((), move |_| {
            browser::packs::on_settled(Callback::from(move |()| {
                let next = {
                    let mut count = count.borrow_mut();
                    *count += 1;
                    *count
                };
                generation.set(next);
            }));
        });
    }
    *generation
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

/// On every new screen: focus its heading (after the first screen). What the session records
/// for the screen is `session::visit`'s.
#[hook]
pub(super) fn use_screen_change(route: &Route) {
    // After a hand-over between bundles the first screen is a screen change like any other.
    let first_screen = use_mut_ref(|| !browser::bundles::handed_over());
    use_effect_with(route.clone(), move |route| {
        // The first screen keeps the browser's own focus; later screens move it to their
        // heading so keyboard and screen-reader users start at the top of the new step.
        let first = std::mem::replace(&mut *first_screen.borrow_mut(), false);
        // Change on the review lands on the question itself, not the top of its screen.
        if let Route::Edit {
            question: Some(anchor),
            ..
        } = route
        {
            browser::land_on(anchor);
        } else if !first {
            browser::scroll_to_top();
            browser::focus("page-heading");
        } else if matches!(route, Route::Step { .. }) {
            browser::land_on_first_open_question();
        }
    });
}
