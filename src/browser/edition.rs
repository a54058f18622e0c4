//! The consultancy edition named in config.json: fetched beside it, applied to the content by
//! the core (`content::edition::apply`), every item it refuses logged to the console.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{embed, window};
use partnering_core::content::edition;
use partnering_core::model::Content;

/// The content's language the edition's texts are taken from (the content is English today).
const CONTENT_LANGUAGE: &str = "en";

/// The content with the edition in `file` applied, or the content as it is when the file is
/// missing, too slow (past `wait_ms`) or unreadable. Each refused item is logged with its id
/// and rule; the edited content lives for the rest of the visit.
pub async fn apply_named(content: &'static Content, file: &str, wait_ms: u32) -> &'static Content {
    let timeout = gloo_timers::future::TimeoutFuture::new(wait_ms);
    let Some(text) = embed::first_of(fetch_beside_app(file), timeout).await else {
        embed::warn(&format!(
            "edition: `{file}` could not be loaded in time; the standard content applies."
        ));
        return content;
    };
    let edition = match edition::read(&text) {
        Ok(edition) => edition,
        Err(problem) => {
            embed::warn(&problem.to_string());
            return content;
        }
    };
    let (edited, problems) = edition::apply(content, &edition, CONTENT_LANGUAGE);
    for problem in &problems {
        embed::warn(&problem.to_string());
    }
    Box::leak(Box::new(edited))
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
