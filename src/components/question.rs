//! One question as a radio group (or a checkbox group for profile questions), with each
//! choice's evidence visible and "not applicable" / "don't know" where the content allows.

use yew::prelude::*;

use partnering_core::answers::Response;
use partnering_core::model::{Question, QuestionKind};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    pub subject: u16,
    pub response: Option<Response>,
    pub on_answer: Callback<Response>,
    /// For checkbox groups: toggles one choice id.
    #[prop_or_default]
    pub on_toggle: Callback<String>,
}

#[component(QuestionCard)]
pub fn question_card(props: &QuestionProps) -> Html {
    let QuestionProps {
        question,
        subject,
        response,
        on_answer,
        on_toggle,
    } = props;
    let name = format!("{}-{}", question.id, subject);
    let multiple = question.kind == QuestionKind::Multiple;
    let option = |value: &str,
                  label: &str,
                  detail: Option<&str>,
                  checked: bool,
                  onchange: Callback<Event>| {
        let id = format!("{name}-{value}");
        html! {
            <div class="choice">
                <input type={if multiple { "checkbox" } else { "radio" }} id={id.clone()} name={name.clone()}
                    value={value.to_owned()} {checked} {onchange} />
                <label for={id}>
                    <span class="choice-label">{ label.to_owned() }</span>
                    if let Some(detail) = detail { <span class="choice-detail">{ detail.to_owned() }</span> }
                </label>
            </div>
        }
    };
    let choices = question.choices.iter().map(|choice| {
        let checked = match response {
            Some(Response::Choice(id)) => *id == choice.id,
            Some(Response::Choices(ids)) => ids.contains(&choice.id),
            _ => false,
        };
        let id = choice.id.clone();
        let onchange = if multiple {
            on_toggle.reform(move |_| id.clone())
        } else {
            on_answer.reform(move |_| Response::Choice(id.clone()))
        };
        option(
            &choice.id,
            &choice.label,
            choice.detail.as_deref(),
            checked,
            onchange,
        )
    });
    let not_applicable = question.allow_not_applicable.then(|| {
        let checked = *response == Some(Response::NotApplicable);
        option(
            "not_applicable",
            "Not applicable",
            None,
            checked,
            on_answer.reform(|_| Response::NotApplicable),
        )
    });
    let unknown = question.allow_unknown.then(|| {
        let checked = *response == Some(Response::Unknown);
        option(
            "unknown",
            "Don\u{2019}t know",
            None,
            checked,
            on_answer.reform(|_| Response::Unknown),
        )
    });
    let help_id = format!("{name}-help");
    html! {
        <fieldset class="question" aria-describedby={question.help.as_ref().map(|_| help_id.clone())}>
            <legend>
                { &question.prompt }
            </legend>
            if let Some(help) = &question.help { <p class="help" id={help_id}>{ help }</p> }
            if multiple { <p class="hint">{ "Tick all that apply." }</p> }
            <div class="choices">
                { for choices }
                { for not_applicable }
                { for unknown }
            </div>
        </fieldset>
    }
}
