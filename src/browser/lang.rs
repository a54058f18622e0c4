//! The interface's language in the browser: the browser's preferred languages, `<html lang>`,
//! and another language's pack (with the content's catalog in it), fetched from the address the page's manifest gives it
//! (`ui.<language>` in `#pm-bundles`, written by scripts/bundles.mjs).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use partnering_core::i18n::{LANGUAGES, PackError, UiPack, Words};

use super::locale::IntlLocale;
use super::window;
use crate::words;

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn preferred() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default()
        .iter()
        .filter_map(wasm_bindgen::JsValue::as_string)
        .collect()
}

/// Sets `<html lang>` to the language shown.
pub fn mark_page(language: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language);
    }
}

/// The words in `language`: English at once, another language once its pack has arrived, with
/// the content's catalog in that language (`browser::packs::load_catalog`), so the interface
/// and the content switch together.
pub async fn words_in(language: &'static str) -> Result<Rc<Words>, PackError> {
    if language == LANGUAGES[0] {
        return Ok(words::english());
    }
    super::packs::load_catalog(language)
        .await
        .map_err(PackError::Unreadable)?;
    let mut packs = vec![fetch_pack(language, "journey").await?];
    // The report bundle shows the report's words too, in a pack of their own.
    if cfg!(feature = "report") {
        packs.push(fetch_pack(language, "report").await?);
    }
    Ok(Rc::new(Words::new(
        UiPack::merge(packs).0,
        words::english_pack(),
        Box::new(IntlLocale::new(language)),
    )))
}

/// One part of a language's pack (`journey` or `report`), fetched and read.
async fn fetch_pack(language: &str, part: &str) -> Result<UiPack, PackError> {
    let address = address(language, part).ok_or_else(|| {
        PackError::Unreadable(format!("the page lists no {language} {part} pack"))
    })?;
    let text = fetch_text(&address)
        .await
        .ok_or_else(|| PackError::Unreadable(format!("{address} could not be fetched")))?;
    Ok(UiPack::read(&text)?.0)
}

/// A pack's address from the page's manifest (`ui.<language>.<part>`).
fn address(language: &str, part: &str) -> Option<String> {
    let block = window()?.document()?.get_element_by_id("pm-bundles")?;
    let manifest: serde_json::Value = serde_json::from_str(&block.text_content()?).ok()?;
    let address = manifest.get("ui")?.get(language)?.get(part)?;
    address.as_str().map(str::to_owned)
}

/// The body of a same-origin text file; `None` when it did not come with a success status.
async fn fetch_text(address: &str) -> Option<String> {
    let response = JsFuture::from(window()?.fetch_with_str(address))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

const REMEMBERED: &str = "pm-language";

/// Remembers the language chosen in this tab (session storage: it goes with neither saved
/// progress nor links, which stay language-neutral).
pub fn remember(language: &str) {
    if let Some(storage) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.set_item(REMEMBERED, language);
    }
}

/// The language chosen earlier in this tab, if any.
pub fn remembered() -> Option<String> {
    window()?
        .session_storage()
        .ok()??
        .get_item(REMEMBERED)
        .ok()?
}
