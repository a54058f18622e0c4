//! One recommended action as a plan line: what to do, who owns it, when, what it produces and
//! how anyone can tell it worked.

use yew::prelude::*;

use crate::components::ActionLink;
use partnering_core::display::horizon_words;
use partnering_core::scoring::{Action, Cause};

#[derive(Properties, PartialEq)]
pub struct ActionItemProps {
    pub action: Action,
    /// Show the dimension it comes from (lists that mix dimensions).
    #[prop_or_default]
    pub with_dimension: bool,
    /// Only who and when (the executive summary); the module sections give the whole plan.
    #[prop_or_default]
    pub compact: bool,
}

#[component(ActionItem)]
pub fn action_item(props: &ActionItemProps) -> Html {
    let words = crate::words::use_words();
    let action = &props.action;
    html! {
        <li class="action">
            <p class="action-text">
                if props.with_dimension { <span class="rec-dimension">{ format!("{}: ", partnering_core::scoring::area_name(&words, &action.dimension)) }</span> }
                { &action.text }
                if !action.about.is_empty() {
                    <span class="action-about">{ words.get("action.for") }<bdi>{ action.about.join(", ") }</bdi>{ ")" }</span>
                }
                if action.cause == Cause::Strength {
                    <span class="action-about">{ words.get("action.strength") }</span>
                }
            </p>
            if let Some(link) = &action.link { <ActionLink link={link.clone()} /> }
            if props.compact {
                <p class="action-meta">{ format!("{} \u{b7} {}", action.owner, horizon_words(&words, action.horizon).0) }</p>
            } else {
                <dl class="action-plan">
                    <div><dt>{ words.get("action.owner") }</dt><dd>{ &action.owner }</dd></div>
                    <div><dt>{ words.get("action.when") }</dt><dd>{ horizon_words(&words, action.horizon).0 }</dd></div>
                    <div><dt>{ words.get("action.produces") }</dt><dd>{ &action.artefact }</dd></div>
                    <div><dt>{ words.get("action.cadence") }</dt><dd>{ &action.cadence }</dd></div>
                    <div class="wide"><dt>{ if action.result { words.get("action.result") } else { words.get("action.measure") } }</dt><dd>{ &action.measure }</dd></div>
                </dl>
            }
        </li>
    }
}
