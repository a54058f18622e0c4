//! Module D's view: the trust profile (a chart on screen, a two-column list on paper) and
//! the top risks.

use yew::prelude::*;

use crate::components::charts::{Bars, Datum};
use partnering_core::display::{value_text, whole};
use partnering_core::scoring::Risk;

#[derive(Properties, PartialEq)]
pub struct TrustProps {
    /// The chart's id.
    pub id: AttrValue,
    pub trust_profile: Vec<(String, Option<f64>)>,
    pub top_risks: Vec<Risk>,
}

#[component(TrustView)]
pub fn trust_view(props: &TrustProps) -> Html {
    let words = crate::words::use_words();
    let data: Vec<Datum> = props
        .trust_profile
        .iter()
        .map(|(label, value)| Datum {
            label: label.clone(),
            value: *value,
        })
        .collect();
    html! {
        <div class="detail">
            <h3>{ words.get("trust.title") }</h3>
            <div class="trust-block">
                <Bars id={props.id.clone()} title={words.get("trust.chart").to_owned()} data={data.clone()} />
                <ValueList {data} />
                if !props.top_risks.is_empty() {
                    <div class="top-risks">
                        <h4>{ words.get("trust.top_risks") }</h4>
                        <ol>{ for props.top_risks.iter().map(|r| html! { <li>{ format!("{} ({} / 100)", r.text, whole(r.score)) }</li> }) }</ol>
                    </div>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ValueListProps {
    data: Vec<Datum>,
}

/// The trust profile on paper: each item with its value and a small bar, in two columns, so
/// sixteen items take a few centimetres rather than a page's third. The chart says the same
/// on screen, so this list is hidden there and from assistive technology.
#[component(ValueList)]
fn value_list(props: &ValueListProps) -> Html {
    html! {
        <ul class="value-list" aria-hidden="true">
            { for props.data.iter().map(|d| {
                let width = d.value.map_or(0, |v| whole(v.clamp(0.0, 100.0)));
                html! {
                    <li>
                        <span class="label">{ &d.label }</span>
                        <svg class="mini-bar" viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false">
                            <rect width="100" height="8" class="bar-track" />
                            <rect width={width.to_string()} height="8" class="bar" />
                        </svg>
                        <span class="value">{ value_text(d.value) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}
