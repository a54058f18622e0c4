//! Renders pages natively, inside the app context, for the rendered-HTML tests.
#![allow(dead_code)]

use partnering_maturity::content;
use partnering_maturity::context::AppContext;
use partnering_maturity::model::Content;
use partnering_maturity::state::State;
use yew::LocalServerRenderer;
use yew::prelude::*;

/// The bundled content; the content tests report why when it is invalid.
pub fn bundled() -> &'static Content {
    match content::bundled() {
        Ok(content) => content,
        Err(error) => panic!("bundled content is invalid:\n{error}"),
    }
}

#[derive(Properties, PartialEq)]
pub struct WithStateProps {
    /// The state the reducer starts from.
    pub state: State,
    /// The configuration; the defaults when not given.
    #[prop_or_default]
    pub config: Option<std::rc::Rc<partnering_maturity::config::Config>>,
    pub children: Html,
}

/// Provides the app context around `children`, as `App` does, starting from a given state.
#[function_component(WithState)]
pub fn with_state(props: &WithStateProps) -> Html {
    let initial = props.state.clone();
    let state = use_reducer(move || initial);
    let context = AppContext {
        state,
        content: bundled(),
        config: props.config.clone().unwrap_or_default(),
    };
    html! {
        <ContextProvider<AppContext> {context}>{ props.children.clone() }</ContextProvider<AppContext>>
    }
}

/// Renders `page` inside the app context holding `state`; plain HTML, no hydration markers.
pub async fn render_page(state: State, page: Html) -> String {
    render_configured_page(state, None, page).await
}

/// As `render_page`, with a configuration other than the defaults.
pub async fn render_configured_page(
    state: State,
    config: Option<partnering_maturity::config::Config>,
    page: Html,
) -> String {
    LocalServerRenderer::<WithState>::with_props(WithStateProps {
        state,
        config: config.map(std::rc::Rc::new),
        children: page,
    })
    .hydratable(false)
    .render()
    .await
}

/// Renders any component with its props; plain HTML, no hydration markers.
pub async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[derive(Properties, PartialEq)]
pub struct ShowProps {
    pub children: Html,
}

/// Renders its children as they are: a root for views that need no app context.
#[function_component(Show)]
pub fn show(props: &ShowProps) -> Html {
    props.children.clone()
}

/// Renders markup built with `html!`, outside any app context.
pub async fn render_html(children: Html) -> String {
    render::<Show>(ShowProps { children }).await
}

/// The opening tag `<element …>` that contains `marker` (e.g. an id attribute), if any.
/// Attribute values are escaped, so a `>` ends the tag.
pub fn opening_tag<'a>(html: &'a str, element: &str, marker: &str) -> Option<&'a str> {
    let start = format!("<{element} ");
    html.match_indices(&start).find_map(|(at, _)| {
        let rest = html.get(at..)?;
        let tag = rest.get(..=rest.find('>')?)?;
        tag.contains(marker).then_some(tag)
    })
}

/// The innermost-opened `open`…`close` span around the first occurrence of `needle`, e.g. the
/// `<li>` holding a question's review row. Only for elements that do not nest in themselves.
pub fn element_around<'a>(html: &'a str, open: &str, close: &str, needle: &str) -> Option<&'a str> {
    let at = html.find(needle)?;
    let start = html.get(..at)?.rfind(open)?;
    let end = at + html.get(at..)?.find(close)? + close.len();
    html.get(start..end)
}

/// The first span from `open` to the next `close`, both included (e.g. one `<table …>`).
pub fn first_span<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = html.find(open)?;
    let end = start + html.get(start..)?.find(close)? + close.len();
    html.get(start..end)
}

/// How many times `needle` occurs in `html`.
pub fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// Hostile or unusual names a person might type, and what must never reach the page raw.
pub const HOSTILE_NAMES: [&str; 4] = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "Café 🤝 Partners",
    "شركة الشركاء",
];

/// Asserts that hostile names appear only escaped, and the harmless ones verbatim.
pub fn assert_names_escaped(html: &str) {
    assert!(
        !html.contains("<img"),
        "a raw <img> tag reached the page:\n{html}"
    );
    assert!(
        !html.contains("<script"),
        "a raw <script> tag reached the page:\n{html}"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "escaped img name missing:\n{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped script name missing:\n{html}"
    );
    assert!(
        html.contains("Café 🤝 Partners"),
        "emoji name missing:\n{html}"
    );
    assert!(
        html.contains("شركة الشركاء"),
        "right-to-left name missing:\n{html}"
    );
}
