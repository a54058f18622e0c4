//! The only module that touches browser APIs: storage (`storage`), the location hash, focus,
//! clipboard and printing. Every call degrades quietly when the API is missing or refuses.

pub mod bundles;
pub mod edition;
pub mod embed;
pub mod lang;
pub mod locale;
pub mod packs;
pub mod storage;

use wasm_bindgen::JsCast;

use partnering_core::route::Route;

/// The browser window; `None` outside the browser (native tests render pages too).
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
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

/// Scrolls the element with this id to the top of the view (below the progress bar, which its
/// `scroll-margin-top` leaves room for) and moves the focus to it.
pub fn land_on(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// After a reload in the middle of a screen: lands on its first unanswered question when an
/// earlier one is answered, so the person is back where they were rather than at the top.
pub fn land_on_first_open_question() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(questions) = document.query_selector_all("fieldset.question") else {
        return;
    };
    let answered = |at: u32| {
        questions
            .get(at)
            .and_then(|q| q.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|q| q.query_selector("input:checked").ok().flatten().is_some())
    };
    if !answered(0) {
        return;
    }
    let open = (1..questions.length()).find(|at| !answered(*at));
    if let Some(element) = open
        .and_then(|at| questions.get(at))
        .and_then(|q| q.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.scroll_into_view();
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

/// Puts `left` and `right` in the top margin of every printed page, and the page number in
/// the reader's words at the bottom (`page_of`, see `page_counter`), in CSS page margin boxes. The rule goes into the print stylesheet through the CSSOM, which a strict
/// style-src allows (an inline <style> element would need 'unsafe-inline').
pub fn set_print_header(left: &str, right: &str, page_of: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let rule = format!(
        "@page {{ @top-left {{ content: \"{}\"; }} @top-right {{ content: \"{}\"; }} @bottom-right {{ content: {}; }} }}",
        css_string(left),
        css_string(right),
        page_counter(page_of)
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

/// Marks where the page number goes in the footer's words (`report.print_page` filled with it).
pub const PAGE_MARK: char = '\u{1}';
/// Marks where the page count goes.
pub const PAGES_MARK: char = '\u{2}';

/// The reader's "Page 1 of 3" as CSS content: `page_of` is the footer's words as the core
/// filled them, with `PAGE_MARK` and `PAGES_MARK` where the counters go ("Page "
/// counter(page) " of " counter(pages)).
fn page_counter(page_of: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, parts: &mut Vec<String>| {
        if !text.is_empty() {
            parts.push(format!("\"{}\"", css_string(text)));
            text.clear();
        }
    };
    for c in page_of.chars() {
        let counter = match c {
            PAGE_MARK => "counter(page)",
            PAGES_MARK => "counter(pages)",
            _ => {
                text.push(c);
                continue;
            }
        };
        flush(&mut text, &mut parts);
        parts.push(counter.into());
    }
    flush(&mut text, &mut parts);
    parts.join(" ")
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
