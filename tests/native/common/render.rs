//! Renders pages natively, inside the app context, for the rendered-HTML tests.

use partnering_core::model::Content;
use partnering_core::session::State;
use partnering_maturity::assessment::Assessment;
use partnering_maturity::session::Session;
use yew::LocalServerRenderer;
use yew::prelude::*;

/// The bundled content; the content tests report why when it is invalid.
pub fn bundled() -> &'static Content {
    match partnering_maturity::embedded::content() {
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
    pub config: Option<std::rc::Rc<partnering_core::config::Config>>,
    pub children: Html,
}

/// Provides the app context around `children`, as `App` does, starting from a given state.
#[component(WithState)]
pub fn with_state(props: &WithStateProps) -> Html {
    let initial = props.state.clone();
    let state = use_reducer(move || Session::new(bundled(), initial));
    let context = Assessment::new(state, bundled(), props.config.clone().unwrap_or_default());
    html! {
        <ContextProvider<Assessment> {context}>{ props.children.clone() }</ContextProvider<Assessment>>
    }
}

/// Renders `page` inside the app context holding `state`; plain HTML, no hydration markers.
pub async fn render_page(state: State, page: Html) -> String {
    render_configured_page(state, None, page).await
}

/// As `render_page`, with a configuration other than the defaults.
pub async fn render_configured_page(
    state: State,
    config: Option<partnering_core::config::Config>,
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
#[component(Show)]
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
