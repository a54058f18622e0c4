//! An address the app does not know.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub path: AttrValue,
}

#[component(NotFoundPage)]
pub fn not_found_page(props: &NotFoundProps) -> Html {
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "There is nothing at this address" }</h1>
            <p role="alert">{ format!("The address \u{201c}#/{}\u{201d} is not part of the assessment.", props.path) }</p>
            <p><a href="#/">{ "Go to the start" }</a></p>
        </>
    }
}
