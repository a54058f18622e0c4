//! Entry point: mounts the app, unless the loader fetched this bundle ahead of time and mounts
//! it later (`mount`). A panic aborts: the loader (scripts/bundles.mjs) sees the trap and
//! replaces the page with a plain message, since the app cannot go on after it.

use partnering_maturity::browser::bundles;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    if !bundles::deferred() {
        mount();
    }
}

/// Mounts the app in `#app`; the loader calls it when it hands the page to this bundle.
#[wasm_bindgen]
pub fn mount() {
    // The static boot screen stays until the app has its configuration (the app removes it).
    let document = gloo::utils::document();
    let handle = match document.get_element_by_id("app") {
        Some(root) => yew::Renderer::<partnering_maturity::App>::with_root(root).render(),
        None => yew::Renderer::<partnering_maturity::App>::new().render(),
    };
    bundles::keep(handle);
}
