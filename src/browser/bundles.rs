//! The two bundles this app ships as (see `scripts/bundles.mjs`): which one this build is,
//! fetching the report bundle ahead of time, and the hand-over to it, through the loader's
//! `window.partneringMaturity` (every field is listed in docs/LOADER.md). Answers pass from one
//! bundle to the other through this page's memory, the saved progress and the address, never
//! anything else; the configuration a visit started with passes along too.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use partnering_core::route::Bundle;

use super::window;

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<crate::App>>> = const { RefCell::new(None) };
}

/// Whether this build holds a bundle's pages.
pub fn has(bundle: Bundle) -> bool {
    match bundle {
        Bundle::Journey => cfg!(feature = "journey"),
        Bundle::Report => cfg!(feature = "report"),
    }
}

/// Keeps the mounted app, so a hand-over can take it down first.
pub fn keep(handle: yew::AppHandle<crate::App>) {
    APP.with(|app| *app.borrow_mut() = Some(handle));
}

/// The loader's `window.partneringMaturity`, if the page has it.
fn loader() -> Option<JsValue> {
    let window = window()?;
    js_sys::Reflect::get(&window, &"partneringMaturity".into())
        .ok()
        .filter(|l| l.is_object())
}

fn call(method: &str, name: &str) -> bool {
    call2(method, &name.into(), &JsValue::UNDEFINED)
}

/// Calls a method of the loader with two arguments; whether it was there and did not throw.
fn call2(method: &str, first: &JsValue, second: &JsValue) -> bool {
    let Some(loader) = loader() else { return false };
    let function = js_sys::Reflect::get(&loader, &method.into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    function.is_some_and(|f| f.call2(&loader, first, second).is_ok())
}

/// Whether the loader fetched this bundle ahead of time and asked it to wait for `mount`.
pub fn deferred() -> bool {
    loader()
        .and_then(|l| js_sys::Reflect::get(&l, &"deferring".into()).ok())
        .and_then(|d| d.as_string())
        .is_some()
}

/// Hands the page to `bundle`, in place: this app stays up while the other bundle is fetched
/// (the loader shows progress after a short wait), then is taken down, and the other bundle
/// mounts from the bytes fetched ahead and takes `handoff` (a `session::Snapshot`, one JSON
/// string) from this page's memory (so a browser that does not let the app save loses nothing).
/// Without the loader (an old page), it reloads the address, which the loader starts the right
/// bundle for, from the saved progress. Dropping the returned guard (the screen that asked is
/// left, e.g. by Back) cancels it.
pub fn switch_to(bundle: Bundle, handoff: Option<String>) -> Switching {
    let name = bundle.name();
    // After this render: nothing may start taking this app down while it is rendering.
    let timeout = gloo_timers::callback::Timeout::new(0, move || {
        if let Some(loader) = loader() {
            let value = handoff.map_or(JsValue::UNDEFINED, |h| JsValue::from(h.as_str()));
            let _ = js_sys::Reflect::set(&loader, &"handoff".into(), &value);
            let take_down = wasm_bindgen::closure::Closure::once_into_js(|| {
                if let Some(app) = APP.with(|app| app.borrow_mut().take()) {
                    app.destroy();
                }
            });
            if call2("handOver", &name.into(), &take_down) {
                return;
            }
        }
        if let Some(window) = window() {
            let _ = window.location().reload();
        }
    });
    Switching {
        timeout: Some(timeout),
    }
}

/// A hand-over under way; dropping it cancels the hand-over, and this app carries on.
pub struct Switching {
    timeout: Option<gloo_timers::callback::Timeout>,
}

impl Drop for Switching {
    fn drop(&mut self) {
        drop(self.timeout.take());
        // Once this app is taken down there is nothing to cancel; the loader knows.
        if APP.with(|app| app.borrow().is_some()) {
            call("cancelHandOver", "");
        }
    }
}

/// What the other bundle handed over in this page (a `session::Snapshot`), once; `None` when
/// nothing was.
pub fn take_handoff() -> Option<String> {
    let loader = loader()?;
    let value = js_sys::Reflect::get(&loader, &"handoff".into()).ok()?;
    let _ = js_sys::Reflect::set(&loader, &"handoff".into(), &JsValue::UNDEFINED);
    value.as_string()
}

/// The packs this page has fetched, by address (`window.partneringMaturity.packs`, made when
/// first asked for): the bundle taking over reads them from memory instead of the network.
pub fn fetched_packs() -> Option<js_sys::Object> {
    let loader = loader()?;
    let packs = js_sys::Reflect::get(&loader, &"packs".into()).ok()?;
    if let Ok(packs) = wasm_bindgen::JsCast::dyn_into::<js_sys::Object>(packs) {
        return Some(packs);
    }
    let packs = js_sys::Object::new();
    js_sys::Reflect::set(&loader, &"packs".into(), &packs).ok()?;
    Some(packs)
}

/// Whether this bundle took over from the other in this page (so the host has already had
/// `ready`, and the first screen is a screen change like any other).
pub fn handed_over() -> bool {
    loader()
        .and_then(|l| js_sys::Reflect::get(&l, &"handedOver".into()).ok())
        .is_some_and(|flag| flag.is_truthy())
}

/// Fetches the other bundle in the background, so reaching it never waits on the network.
pub fn prefetch(bundle: Bundle) {
    call("prefetch", bundle.name());
}

/// The loader's answer for config.json, asked for beside the bundle (a promise of the text, or
/// of null when the file is missing); `None` without the loader.
pub fn config_file() -> Option<js_sys::Promise> {
    let loader = loader()?;
    let promise = js_sys::Reflect::get(&loader, &"config".into()).ok()?;
    wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(promise).ok()
}

/// Tells the loader which configuration this visit goes on with (config.json's text, or none
/// once the wait for it ran out), so the other bundle, if the page is handed to it, uses the
/// same one rather than a config.json that arrived in the meantime.
pub fn settle_config(text: Option<&str>) {
    let Some(loader) = loader() else { return };
    let value = text.map_or(JsValue::NULL, JsValue::from);
    let settled = js_sys::Promise::resolve(&value);
    let _ = js_sys::Reflect::set(&loader, &"config".into(), &settled);
}
