//! The only module that touches browser APIs: storage, the location hash, focus, clipboard
//! and printing. Every call degrades quietly when the API is missing or refuses.

pub mod bundles;
pub mod embed;

use wasm_bindgen::JsCast;

use partnering_core::route::Route;

/// The browser window; `None` outside the browser (native tests render pages too).
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Storage could not be used: disabled, full, or blocked (e.g. in a third-party iframe).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageUnavailable;

fn local_storage() -> Option<web_sys::Storage> {
    // Throws when storage is blocked (e.g. a third-party iframe); that is "unavailable".
    window()?.local_storage().ok().flatten()
}

/// Reads a stored value.
pub fn storage_get(key: &str) -> Result<Option<String>, StorageUnavailable> {
    let storage = local_storage().ok_or(StorageUnavailable)?;
    storage.get_item(key).map_err(|_| StorageUnavailable)
}

/// Stores a value; fails when storage is unavailable or full.
pub fn storage_set(key: &str, value: &str) -> Result<(), StorageUnavailable> {
    local_storage()
        .ok_or(StorageUnavailable)?
        .set_item(key, value)
        .map_err(|_| StorageUnavailable)
}

/// Removes a stored value, ignoring failures.
pub fn storage_remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Calls `storage[method](args…)` with JavaScript values as they are: `web-sys` converts
/// strings through UTF-8, which would replace unpaired surrogates in a stored value.
fn storage_call(
    storage: &web_sys::Storage,
    method: &str,
    args: &[&wasm_bindgen::JsValue],
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(storage, &method.into())?.dyn_into()?;
    let args: js_sys::Array = args.iter().copied().collect();
    function.apply(storage, &args)
}

/// Moves the value at `from` to the first of `to` that holds nothing, exactly as stored (the
/// copy is read back and compared before the original is removed); returns the key used.
/// Nothing is removed when no copy could be made.
pub fn storage_move_aside(
    from: &str,
    to: impl IntoIterator<Item = String>,
) -> Result<String, StorageUnavailable> {
    let storage = local_storage().ok_or(StorageUnavailable)?;
    let get = |key: &str| storage_call(&storage, "getItem", &[&key.into()]);
    let value = get(from).map_err(|_| StorageUnavailable)?;
    if value.is_null() {
        return Err(StorageUnavailable);
    }
    let free = to
        .into_iter()
        .find(|key| get(key).is_ok_and(|v| v.is_null()))
        .ok_or(StorageUnavailable)?;
    storage_call(&storage, "setItem", &[&free.as_str().into(), &value])
        .map_err(|_| StorageUnavailable)?;
    let copied = get(&free).is_ok_and(|copy| js_sys::Object::is(&copy, &value));
    if !copied {
        return Err(StorageUnavailable);
    }
    let _ = storage_call(&storage, "removeItem", &[&from.into()]);
    Ok(free)
}

/// Saved progress as this tab last read or wrote it (`None` until read), so a save never
/// replaces progress another tab or window saved since.
mod known {
    use std::cell::RefCell;

    thread_local! {
        pub static PROGRESS: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
    }
}

/// Why progress was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is disabled, full or blocked.
    Unavailable,
    /// Another tab or window saved different progress since this one last read or wrote it.
    ChangedElsewhere,
}

/// Reads saved progress and remembers it as what this tab knows.
pub fn progress_read(key: &str) -> Result<Option<String>, StorageUnavailable> {
    let value = storage_get(key)?;
    known::PROGRESS.with(|known| *known.borrow_mut() = Some(value.clone()));
    Ok(value)
}

/// What this tab last read or wrote as its saved progress (`None`: nothing read yet), for the
/// hand-over to the other bundle.
pub fn progress_known() -> Option<Option<String>> {
    known::PROGRESS.with(|known| known.borrow().clone())
}

/// Takes what the other bundle in this page last read or wrote as what this one knows, so a
/// change another tab made since is still caught before the next save.
pub fn progress_know(value: Option<Option<String>>) {
    known::PROGRESS.with(|known| *known.borrow_mut() = value);
}

/// Whether the saved progress differs from what this tab last read or wrote.
pub fn progress_changed_elsewhere(key: &str) -> bool {
    let Ok(current) = storage_get(key) else {
        return false;
    };
    known::PROGRESS.with(|known| known.borrow().as_ref().is_some_and(|k| *k != current))
}

/// Takes whatever is saved now as what this tab knows (after the person chose), and returns it.
pub fn progress_adopt(key: &str) -> Option<String> {
    progress_read(key).ok().flatten()
}

/// Saves progress (`None` removes it), unless another tab or window saved different progress
/// since this one last read or wrote it.
pub fn progress_write(key: &str, value: Option<&str>) -> Result<(), SaveError> {
    if progress_changed_elsewhere(key) {
        return Err(SaveError::ChangedElsewhere);
    }
    match value {
        Some(value) => storage_set(key, value).map_err(|_| SaveError::Unavailable)?,
        None => storage_remove(key),
    }
    known::PROGRESS.with(|known| *known.borrow_mut() = Some(value.map(str::to_owned)));
    Ok(())
}

/// The current route, from the location hash.
pub fn current_route() -> Route {
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// Goes to a route by setting the location hash (a history entry, so Back works).
pub fn navigate(route: &Route) {
    if let Some(window) = window() {
        let _ = window.location().set_hash(&route.to_hash());
    }
}

/// The full address of the current page without its fragment, for share links.
pub fn page_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The full address of a route in this app, for links people copy (share, compare).
pub fn link_to(route: &Route) -> String {
    format!("{}{}", page_address(), route.to_hash())
}

/// Moves keyboard focus to the element with this id (a step's heading).
pub fn focus(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Scrolls to the top of the page, so a new step starts at its heading.
pub fn scroll_to_top() {
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Whether the app runs inside a frame on another page (an embed).
pub fn is_framed() -> bool {
    window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|parent| parent != w))
}

/// How long a text box's text is, in UTF-16 units (never more than its UTF-8 bytes), read
/// without copying the text into the wasm: a paste of megabytes is refused on its length.
pub fn text_length(area: &web_sys::HtmlTextAreaElement) -> usize {
    js_sys::Reflect::get(area, &"value".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
        .map_or(0, |text| text.length() as usize)
}

/// Opens an address of this app in a new tab.
pub fn open_tab(url: &str) {
    if let Some(window) = window() {
        let _ = window.open_with_url_and_target(url, "_blank");
    }
}

/// Now, in UTC, as ISO 8601 (`2026-11-30T14:05:00.000Z`; empty outside the browser).
pub fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::Date::new_0().to_iso_string());
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Now, in UTC, as iCalendar writes it (`20261130T140500Z`).
pub fn now_stamp() -> String {
    now_iso()
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .take(15)
        .collect::<String>()
        + "Z"
}

/// Today's date as YYYY-MM-DD in the person's time zone (empty outside the browser).
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    let date = {
        let now = js_sys::Date::new_0();
        format!(
            "{:04}-{:02}-{:02}",
            now.get_full_year(),
            now.get_month() + 1,
            now.get_date()
        )
    };
    #[cfg(not(target_arch = "wasm32"))]
    let date = String::new();
    date
}

/// Puts `left` and `right` in the top margin of every printed page (CSS page margin boxes).
/// The rule goes into the print stylesheet through the CSSOM, which a strict style-src allows
/// (an inline <style> element would need 'unsafe-inline').
pub fn set_print_header(left: &str, right: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let rule = format!(
        "@page {{ @top-left {{ content: \"{}\"; }} @top-right {{ content: \"{}\"; }} }}",
        css_string(left),
        css_string(right)
    );
    let sheets = document.style_sheets();
    let sheet = (0..sheets.length())
        .filter_map(|i| sheets.item(i))
        .filter_map(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        .find(|s| {
            s.href()
                .ok()
                .flatten()
                .is_some_and(|href| href.contains("print"))
        });
    let Some(sheet) = sheet else { return };
    let Ok(rules) = sheet.css_rules() else { return };
    // Replace the rule this function added before (always the last one), then add the new one.
    static ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ADDED.load(std::sync::atomic::Ordering::Relaxed) && rules.length() > 0 {
        let _ = sheet.delete_rule(rules.length() - 1);
    }
    let added = sheet.insert_rule_with_index(&rule, rules.length()).is_ok();
    ADDED.store(added, std::sync::atomic::Ordering::Relaxed);
}

/// Text made safe inside a double-quoted CSS string.
fn css_string(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .flat_map(|c| match c {
            '"' | '\\' => vec!['\\', c],
            '<' => vec!['\\', '3', 'c', ' '],
            _ => vec![c],
        })
        .collect()
}

/// Saves `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let blob = gloo_file::Blob::new_with_options(contents, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // The object URL is revoked when `url` drops; the click has already started the download.
}
