//! The link a consultancy edition gives one of its own actions (a workshop, a booking page):
//! the address shown as text and opened in a new tab, never with access back to this page.

use yew::prelude::*;

/// The words around the link, kept together for the language packs.
pub const ACTION_LINK_LEAD: &str = "Offered by the consultancy: ";
/// Read after the address by screen readers.
pub const OPENS_IN_NEW_TAB: &str = " (opens in a new tab)";

#[derive(Properties, PartialEq)]
pub struct ActionLinkProps {
    /// An `https:` address, checked by the core when the edition was applied.
    pub link: AttrValue,
}

#[component(ActionLink)]
pub fn action_link(props: &ActionLinkProps) -> Html {
    html! {
        <p class="action-link">
            { ACTION_LINK_LEAD }
            <a href={props.link.clone()} target="_blank" rel="noopener noreferrer">
                { props.link.clone() }
                <span class="visually-hidden">{ OPENS_IN_NEW_TAB }</span>
            </a>
        </p>
    }
}
