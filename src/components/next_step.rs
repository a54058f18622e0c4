//! What to do after reading the report: the consultancy's call to action when it links to a
//! person (its contact printed beside it), else the product's own next step; the product's
//! steps stay on offer as secondary buttons either way, so the report never ends in a
//! sentence with nowhere to go.

use yew::prelude::*;

use crate::components::{CallToAction, NextStep};

#[derive(Properties, PartialEq)]
pub struct NextStepProps {
    #[prop_or_default]
    pub cta: Option<CallToAction>,
    #[prop_or_default]
    pub step: Option<NextStep>,
}

/// A call to action's address as a reader can type it from paper: an e-mail address or phone
/// number as itself, a web address without its scheme, query or fragment, and only its host
/// when the path would make it long.
pub fn printed_contact(url: &str) -> String {
    if let Some(rest) = url
        .strip_prefix("mailto:")
        .or_else(|| url.strip_prefix("tel:"))
    {
        return rest.split('?').next().unwrap_or(rest).to_owned();
    }
    let bare = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/');
    let bare = bare.strip_prefix("www.").unwrap_or(bare);
    if bare.chars().count() <= 40 {
        bare.to_owned()
    } else {
        bare.split('/').next().unwrap_or(bare).to_owned()
    }
}

#[component(NextStepBlock)]
pub fn next_step_block(props: &NextStepProps) -> Html {
    let steps = |primary: bool| {
        props.step.as_ref().map(|step| {
            html! {
                <>
                    <button class={classes!(primary.then_some("primary"))} onclick={step.onclick.clone()}>{ &step.label }</button>
                    { for step.others.iter().map(|(label, onclick)| html! { <button onclick={onclick.clone()}>{ label }</button> }) }
                </>
            }
        })
    };
    match (&props.cta, &props.step) {
        (Some(cta), _) if cta.url.is_some() => {
            let url = cta.url.clone().unwrap_or_default();
            html! {
                <div class="cta">
                    <p class="cta-text">{ &cta.text }</p>
                    <p class="cta-actions">
                        <a class="button primary" href={url.clone()} target="_blank" rel="noopener">{ &cta.label }</a>
                        <span class="print-only cta-contact">{ printed_contact(&url) }</span>
                        <span class="no-print">{ steps(false).unwrap_or_default() }</span>
                    </p>
                </div>
            }
        }
        (_, Some(step)) => html! {
            <div class="cta next-step">
                <p class="cta-text">{ &step.text }</p>
                <p class="cta-actions no-print">{ steps(true).unwrap_or_default() }</p>
            </div>
        },
        (Some(cta), None) => html! {
            <div class="cta"><p class="cta-text">{ &cta.text }</p></div>
        },
        (None, None) => Html::default(),
    }
}
