//! One question as a radio group (or a checkbox group for tick-box questions), numbered as
//! on its page, with each choice's evidence visible and "not applicable" / "don't know" where
//! the content allows; marked when Next found it unanswered.

use yew::prelude::*;

use partnering_core::answers::Response;
use partnering_core::display::about_subject;
use partnering_core::model::partner_text::for_alliance;
use partnering_core::model::{ChoiceId, Question, QuestionKind, SubjectId};

use crate::words::use_words;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    pub subject: SubjectId,
    pub response: Option<Response>,
    pub on_answer: Callback<Response>,
    /// For checkbox groups: toggles one choice id.
    #[prop_or_default]
    pub on_toggle: Callback<ChoiceId>,
    /// Its number on the page (from 1); `None` for a question shown alone.
    #[prop_or_default]
    pub number: Option<usize>,
    /// Next was pressed while it was unanswered.
    #[prop_or_default]
    pub missing: bool,
    /// The name of the company it is about, for text written about "{subject}" (module B).
    #[prop_or_default]
    pub about: Option<AttrValue>,
    /// Module D's partner, for text written about "{partner}"; "the partner" when `None`.
    #[prop_or_default]
    pub alliance: Option<AttrValue>,
    /// Asked about a partner rather than one's own company (module B): the question's partner
    /// wording, where it has one.
    #[prop_or_default]
    pub about_partner: bool,
}

/// The id of a question's fieldset, so a message can point at it.
pub fn question_anchor(question: &Question, subject: SubjectId) -> String {
    format!("q-{}-{}", question.id, subject)
}

#[component(QuestionCard)]
pub fn question_card(props: &QuestionProps) -> Html {
    let QuestionProps {
        question,
        subject,
        response,
        on_answer,
        on_toggle,
        number,
        missing,
        about,
        alliance,
        about_partner,
    } = props;
    let words = use_words();
    let text = |text: &str| {
        let about = about_subject(&words, text, about.as_deref());
        for_alliance(&words, &about, alliance.as_deref()).into_owned()
    };
    let name = format!("{}-{}", question.id, subject);
    let multiple = question.kind == QuestionKind::Many;
    let inputs = ChoiceInputs {
        name: &name,
        multiple,
        about_partner: *about_partner,
    };
    let option = |value: &str, label: &str, detail: Option<&str>, checked, onchange| {
        inputs.view(value, label, detail, checked, onchange)
    };
    let choices = inputs.choices(question, response.as_ref(), &text, on_answer, on_toggle);
    // "Not applicable" and "Don't know", where the question offers them.
    let extra = |offered: bool, value: &str, label: &str, given: Response| {
        offered.then(|| {
            let checked = response.as_ref() == Some(&given);
            option(
                value,
                label,
                None,
                checked,
                on_answer.reform(move |_| given.clone()),
            )
        })
    };
    let not_applicable = extra(
        question.allow_not_applicable,
        "not_applicable",
        words.get("question.not_applicable"),
        Response::NotApplicable,
    );
    let unknown = extra(
        question.allow_unknown,
        "unknown",
        words.get("question.unknown"),
        Response::Unknown,
    );
    let help_id = format!("{name}-help");
    let missing_id = format!("{name}-missing");
    let described_by: Vec<&str> = [
        question.help_for(*about_partner).map(|_| help_id.as_str()),
        missing.then_some(missing_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <fieldset class={classes!("question", missing.then_some("missing"))} id={question_anchor(question, *subject)}
            tabindex="-1" aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}>
            <legend>
                if let Some(number) = number { <span class="number">{ format!("{number}. ") }</span> }
                { text(question.prompt_for(*about_partner)) }
            </legend>
            if *missing { <p class="field-error" id={missing_id}>{ words.get("question.not_answered_yet") }</p> }
            if let Some(help) = question.help_for(*about_partner) { <p class="help" id={help_id}>{ text(help) }</p> }
            if multiple { <p class="hint">{ words.get("question.tick_all") }</p> }
            <div class="choices">
                { for choices }
                { for not_applicable }
                { for unknown }
            </div>
        </fieldset>
    }
}

/// The inputs of one question's choices: radio buttons, or checkboxes for a "tick all" question,
/// sharing the question's name.
struct ChoiceInputs<'a> {
    name: &'a str,
    multiple: bool,
    /// The choices as worded about a partner.
    about_partner: bool,
}

impl ChoiceInputs<'_> {
    /// The question's own choices, ticked as the response says, each answering when chosen.
    fn choices(
        &self,
        question: &Question,
        response: Option<&Response>,
        text: &dyn Fn(&str) -> String,
        on_answer: &Callback<Response>,
        on_toggle: &Callback<ChoiceId>,
    ) -> Vec<Html> {
        question
            .choices
            .iter()
            .map(|choice| {
                let checked = match response {
                    Some(Response::Choice(id)) => *id == choice.id,
                    Some(Response::Choices(ids)) => ids.contains(&choice.id),
                    _ => false,
                };
                let id = choice.id.clone();
                let onchange = if self.multiple {
                    on_toggle.reform(move |_| id.clone())
                } else {
                    on_answer.reform(move |_| Response::Choice(id.clone()))
                };
                let (label, detail) = question.choice_text_for(choice, self.about_partner);
                let (label, detail) = (text(label), text(detail));
                self.view(choice.id.as_str(), &label, Some(&detail), checked, onchange)
            })
            .collect()
    }

    fn view(
        &self,
        value: &str,
        label: &str,
        detail: Option<&str>,
        checked: bool,
        onchange: Callback<Event>,
    ) -> Html {
        let id = format!("{}-{value}", self.name);
        html! {
            <div class="choice">
                <input type={if self.multiple { "checkbox" } else { "radio" }} id={id.clone()} name={self.name.to_owned()}
                    value={value.to_owned()} {checked} {onchange} />
                <label for={id}>
                    <span class="choice-label">{ label.to_owned() }</span>
                    if let Some(detail) = detail { <span class="choice-detail">{ detail.to_owned() }</span> }
                </label>
            </div>
        }
    }
}
