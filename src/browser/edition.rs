//! The consultancy edition named in config.json: fetched beside it and read by the core
//! (`content::edition::read`); `crate::embedded` applies it to each module's content, in the
//! language shown, as the module's pack arrives, and logs every item it refuses.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{embed, window};
use partnering_core::content::edition::{self, Edition};

/// The edition in `file`, or `None` (the standard content applies) when the file is missing,
/// too slow (past `wait_ms`) or unreadable, said in the console.
pub async fn read_named(file: &str, wait_ms: u32) -> Option<Edition> {
    let timeout = gloo_timers::future::TimeoutFuture::new(wait_ms);
    let Some(text) = embed::first_of(fetch_beside_app(file), timeout).await else {
        embed::warn(&format!(
            "edition: `{file}` could not be loaded in time; the standard content applies."
        ));
        return None;
    };
    edition::read(&text)
        .map_err(|problem| embed::warn(&problem.to_string()))
        .ok()
}

/// A file's text from the app's own folder; `None` when it is missing or was redirected to
/// another origin.
async fn fetch_beside_app(file: &str) -> Option<String> {
    let window = window()?;
    let origin = window.location().origin().ok()?;
    let response = JsFuture::from(window.fetch_with_str(file)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() || !response.url().starts_with(&format!("{origin}/")) {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    let text = text.as_string()?;
    (text.len() <= edition::MAX_EDITION_BYTES).then_some(text)
}
