//! The browser side of configuration and embedding: loading config.json, theming through CSS
//! custom properties, and talking to the host page with postMessage (to its origin only).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;

use super::window;
use partnering_core::config::Config;
use partnering_core::config::Placement;
use partnering_core::events::{self, HostCommand};

/// How long the first screen waits for config.json before going on with the defaults.
pub const CONFIG_WAIT_MS: u32 = 2_500;

/// Fetches `config.json` beside the app; `None` when it is missing, unreadable or slow. The
/// loader asks for it beside the bundle; without the loader, this asks for it now.
pub async fn fetch_config_file() -> Option<String> {
    let fetch = async {
        if let Some(answer) = super::bundles::config_file() {
            return JsFuture::from(answer).await.ok()?.as_string();
        }
        let window = window()?;
        let response = JsFuture::from(window.fetch_with_str("config.json"))
            .await
            .ok()?;
        let response: web_sys::Response = response.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?).await.ok()?;
        text.as_string()
    };
    let timeout = gloo_timers::future::TimeoutFuture::new(CONFIG_WAIT_MS);
    let decided = first_of(fetch, timeout).await;
    // One configuration per visit: a hand-over to the other bundle takes this same answer.
    super::bundles::settle_config(decided.as_deref());
    decided
}

/// The first of a fetch and its time limit (`None` when the time runs out first).
pub async fn first_of(
    fetch: impl std::future::Future<Output = Option<String>>,
    timeout: gloo_timers::future::TimeoutFuture,
) -> Option<String> {
    use std::pin::pin;
    use std::task::Poll;
    let mut fetch = pin!(fetch);
    let mut timeout = pin!(timeout);
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(text) = fetch.as_mut().poll(cx) {
            return Poll::Ready(text);
        }
        timeout.as_mut().poll(cx).map(|()| None)
    })
    .await
}

/// The page's query string (`?name=…`), for configuration by URL.
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Prints a configuration warning to the console, naming the key.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Applies the configured colors as CSS custom properties on the root element; with any
/// color configured the light palette is used, so configured text stays readable.
pub fn apply_theme(config: &Config) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let variables = config.css_variables();
    if variables.is_empty() {
        return;
    }
    let _ = root.set_attribute("data-theme", "light");
    let style = root.style();
    for (name, value) in variables {
        let _ = style.set_property(name, &value);
    }
}

/// Removes the static boot screen once the app has something to show.
pub fn remove_boot_screen() {
    if let Some(boot) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Where the app runs: in a frame (with the origin of the page around it, from
/// `location.ancestorOrigins` where the browser has it, else the referrer), opened by another
/// page (with that page's address, from the referrer), or on its own.
pub fn placement() -> Placement {
    let Some(window) = window() else {
        return Placement::TopLevel;
    };
    let referrer = window
        .document()
        .map(|d| d.referrer())
        .filter(|r| !r.is_empty());
    if super::is_framed() {
        return Placement::Framed(ancestor_origin(&window).or(referrer));
    }
    let opened = window
        .opener()
        .ok()
        .is_some_and(|opener| !opener.is_null() && !opener.is_undefined());
    if opened {
        Placement::Opened(referrer)
    } else {
        Placement::TopLevel
    }
}

/// The origin of the page around this frame, where the browser tells it
/// (`location.ancestorOrigins`, which Firefox lacks).
fn ancestor_origin(window: &web_sys::Window) -> Option<String> {
    let ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into()).ok()?;
    if ancestors.is_undefined() || ancestors.is_null() {
        return None;
    }
    js_sys::Reflect::get(&ancestors, &0.into())
        .ok()?
        .as_string()
}

/// Posts an event to the host page, only when embedded (or opened from it) and only to the
/// configured origin.
pub fn post(config: &Config, message: &serde_json::Value) {
    let Some(origin) = &config.parent_origin else {
        return;
    };
    let Some(window) = window() else { return };
    // The page that frames the app, or, for the full-page view a host opened on a phone, the
    // page that opened it; the browser delivers only if that page is at `origin`.
    let host = match window.parent() {
        Ok(Some(parent)) if parent != window => Some(parent),
        _ => window
            .opener()
            .ok()
            .filter(|opener| !opener.is_null() && !opener.is_undefined())
            // A window of another origin is not an `instanceof Window` here, yet it takes
            // postMessage; the browser delivers only if it is at `origin`.
            .map(|opener| opener.unchecked_into::<web_sys::Window>()),
    };
    let Some(host) = host else { return };
    let message = events::stamped(config, message.clone());
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        let _ = host.post_message(&value, origin);
    }
}

/// The content height to report to the host page, in CSS pixels.
fn content_height() -> f64 {
    let Some(document) = window().and_then(|w| w.document()) else {
        return 0.0;
    };
    let app = document
        .get_element_by_id("app")
        .map(|e| e.get_bounding_client_rect().bottom());
    let scroll = window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    app.unwrap_or(0.0) + scroll
}

/// What a message asks of the widget. The sender's origin is checked first, and nothing of a
/// message is converted or copied into the wasm unless it is small: any window that can reach
/// the frame can post anything, and one message of megabytes must cost nothing. A string is
/// read only when short; of an object, only its `type` and `version` fields are looked at.
fn host_command(event: &web_sys::MessageEvent, config: &Config) -> Option<HostCommand> {
    let origin = event.origin();
    if !config.allows_event_origin(&origin) {
        return None;
    }
    let data = event.data();
    if let Some(text) = data.dyn_ref::<js_sys::JsString>() {
        if text.length() as usize > events::MAX_HOST_MESSAGE_BYTES {
            return None;
        }
        return events::parse_host_message(&origin, &String::from(text), config);
    }
    if !data.is_object() {
        return None;
    }
    let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
    let kind = field("type")?.dyn_into::<js_sys::JsString>().ok()?;
    if kind.length() > 100 {
        return None;
    }
    let version = field("version")
        .filter(|v| !v.is_undefined())
        .map(|v| v.as_f64());
    events::host_command(&String::from(kind), version)
}

/// Keeps the host page informed: the height whenever the content resizes, and answers to
/// the host's requests from its own origin. Dropping the handle stops both.
pub struct HostLink {
    _observer: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
    _listener: Option<EventListener>,
}

impl Drop for HostLink {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self._observer {
            observer.disconnect();
        }
    }
}

/// Starts reporting the height and listening to the host, when an event origin is configured.
pub fn link_to_host(config: &Config) -> HostLink {
    let mut link = HostLink {
        _observer: None,
        _listener: None,
    };
    if config.parent_origin.is_none() {
        return link;
    }
    let Some(window) = window() else { return link };
    let report = {
        let config = config.clone();
        move || post(&config, &events::height(content_height()))
    };
    let resized = Closure::<dyn FnMut()>::new(report.clone());
    let observer = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()).ok();
    let app = window.document().and_then(|d| d.get_element_by_id("app"));
    if let (Some(observer), Some(app)) = (observer, app) {
        observer.observe(&app);
        link._observer = Some((observer, resized));
    }
    let config = config.clone();
    link._listener = Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if host_command(event, &config) == Some(HostCommand::RequestHeight) {
            report();
        }
    }));
    link
}
