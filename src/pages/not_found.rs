//! An address the app does not know.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub path: AttrValue,
}

#[component(NotFoundPage)]
pub fn not_found_page(props: &NotFoundProps) -> Html {
    let words = crate::words::use_words();
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("not_found.title") }</h1>
            <p role="alert">{ words.fill("not_found.text", &[("path", props.path.as_str().into())]) }</p>
            <p><a href="#/">{ words.get("not_found.start") }</a></p>
        </>
    }
}
