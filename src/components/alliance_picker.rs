//! Module D's first screen: which of the partners named in the assessment its answers are
//! about, so its actions name that partner and its answers are checked against that partner's.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use partnering_core::model::SubjectId;

use crate::assessment::use_assessment;

/// A labelled select of the partners named in modules C and B; nothing when none is named.
#[component(AlliancePicker)]
pub fn alliance_picker() -> Html {
    let app = use_assessment();
    let answers = app.answers();
    let candidates = answers.alliance_candidates();
    if candidates.is_empty() {
        return Html::default();
    }
    let current = answers.alliance().map(|a| a.id);
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            let chosen = select.value().parse::<u16>().ok().map(SubjectId);
            app.choose_alliance(chosen);
        }
    });
    html! {
        <p class="alliance-picker">
            <label for="alliance">{ "Which alliance are these answers about?" }</label>
            { " " }
            <select id="alliance" {onchange}>
                if current.is_none() {
                    <option value="" selected=true>{ "Not one of these" }</option>
                }
                { for candidates.iter().map(|c| html! {
                    <option value={c.id.0.to_string()} selected={current == Some(c.id)}>{ &c.name }</option>
                }) }
            </select>
        </p>
    }
}
