//! Module D's first screen: which partner its answers are about, chosen among the partners
//! named in the assessment or typed by name, so its questions and actions name that partner
//! and its answers are checked against that partner's.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use partnering_core::answers::NameError;
use partnering_core::model::SubjectId;

use crate::assessment::{Assessment, use_assessment};
use crate::words::use_words;
use partnering_core::i18n::Words;

/// The select's value for "another partner", typed below it.
const ANOTHER: &str = "another";
/// The typed name's field.
const NAME_FIELD: &str = "alliance-name";

/// A labelled select of the partners named in modules C and B with "Another partner", and a
/// name field for that partner (the field alone when none is named).
#[component(AlliancePicker)]
pub fn alliance_picker() -> Html {
    let words = use_words();
    let app = use_assessment();
    let another = use_state(|| false);
    let error = use_state(|| None::<NameError>);
    let answers = app.answers();
    let candidates = answers.alliance_candidates();
    let typed = answers.alliance_is_typed();
    let current = answers.alliance().filter(|_| !typed).map(|a| a.id);
    let onchange = {
        let (app, another, error) = (app.clone(), another.clone(), error.clone());
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            error.set(None);
            another.set(select.value() == ANOTHER);
            if select.value() != ANOTHER {
                app.choose_alliance(select.value().parse::<u16>().ok().map(SubjectId));
            }
        })
    };
    let show_field = candidates.is_empty() || typed || *another;
    html! {
        <div class="alliance-picker">
            if !candidates.is_empty() {
                <p>
                    <label for="alliance">{ words.get("alliance.which") }</label>
                    { " " }
                    <select id="alliance" {onchange}>
                        if current.is_none() && !show_field {
                            <option value="" selected=true>{ words.get("alliance.none") }</option>
                        }
                        { for candidates.iter().map(|c| html! {
                            <option value={c.id.0.to_string()} selected={!show_field && current == Some(c.id)}>{ &c.name }</option>
                        }) }
                        <option value={ANOTHER} selected={show_field}>{ words.get("alliance.another") }</option>
                    </select>
                </p>
            }
            if show_field {
                { name_field(&words, &app, &error, typed.then(|| answers.alliance().map(|a| a.name)).flatten()) }
            }
        </div>
    }
}

/// The partner's name, kept when the field is left or the form sent; a refusal said beside it.
fn name_field(
    words: &Words,
    app: &Assessment,
    error: &UseStateHandle<Option<NameError>>,
    typed: Option<String>,
) -> Html {
    // Leaving an empty field says nothing; sending it says why nothing was kept.
    let commit = {
        let (app, error) = (app.clone(), error.clone());
        move |sent: bool| {
            if let Some(input) = super::subjects::element::<HtmlInputElement>(NAME_FIELD) {
                let value = input.value();
                if sent || !value.trim().is_empty() {
                    error.set(app.name_alliance(&value).err());
                }
            }
        }
    };
    let onsubmit = {
        let commit = commit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            commit(true);
        })
    };
    let onchange = Callback::from(move |_: Event| commit(false));
    let invalid = error.is_some().then_some("true");
    html! {
        <form class="add-subject alliance-name" {onsubmit}>
            <div class="field">
                <label for={NAME_FIELD}>{ words.get("alliance.name") }</label>
                <p class="hint" id="alliance-hint">{ words.get("alliance.name_hint") }</p>
                <input id={NAME_FIELD} type="text" maxlength="80" autocomplete="off" {onchange} value={typed.clone().unwrap_or_default()}
                    aria-invalid={invalid} aria-describedby={if error.is_some() { "alliance-hint alliance-error" } else { "alliance-hint" }} />
            </div>
            <button type="submit">{ words.get("alliance.use_name") }</button>
            if let Some(error) = &**error {
                <p class="field-error" id="alliance-error" role="alert">{ error.in_words(words) }</p>
            }
            if let Some(name) = typed {
                <p class="alliance-named" role="status">{ words.get("alliance.named_before") }<bdi>{ name }</bdi>{ words.get("alliance.named_after") }</p>
            }
        </form>
    }
}
