//! The contact step a consultancy can put before the report (or after its summary): the
//! fields it chose, a consent box that starts unticked, and a clear message beside each field
//! that needs attention. What is typed stays in this component until it is sent to the host
//! page; it is never stored or put in an address.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use partnering_core::funnel::{Contact, LeadField, LeadForm, LeadProblem, LeadStep, Submitted};

use crate::browser;
use crate::words::use_words;
use partnering_core::i18n::Words;

#[derive(Properties, PartialEq)]
pub struct LeadFormProps {
    pub form: Rc<LeadForm>,
    /// Who receives the details, named in the introduction.
    pub consultancy: AttrValue,
    /// Called with the checked details when the person sends them.
    pub on_submit: Callback<Contact>,
    /// Called when the person goes on without giving details (only if the form allows it).
    pub on_skip: Callback<()>,
}

fn input_id(field: LeadField) -> String {
    format!("lead-{}", field.id())
}

#[component(LeadFormView)]
pub fn lead_form_view(props: &LeadFormProps) -> Html {
    let words = use_words();
    let typed = use_state(Vec::<(LeadField, String)>::new);
    let consent = use_state(|| false);
    let problems = use_state(Vec::<LeadProblem>::new);
    // Read and changed within the event itself: several submits in one task (before any
    // re-render) must still send once.
    let step = use_mut_ref(LeadStep::default);
    let form = props.form.clone();
    let on_input = |field: LeadField| {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*typed).clone();
                next.retain(|(f, _)| *f != field);
                next.push((field, input.value()));
                typed.set(next);
            }
        })
    };
    let on_consent = {
        let consent = consent.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                consent.set(input.checked());
            }
        })
    };
    let onsubmit = submit_once(
        step,
        form.clone(),
        typed.clone(),
        consent.clone(),
        problems.clone(),
        props.on_submit.clone(),
    );
    let skip = {
        let on_skip = props.on_skip.clone();
        Callback::from(move |_| on_skip.emit(()))
    };
    let problem_for = |field: Option<LeadField>| {
        problems
            .iter()
            .find(|p| p.field() == field)
            .map(|p| p.in_words(&words))
    };
    let consent_problem = problem_for(None);
    html! {
        <section class="lead-step card" aria-labelledby="lead-heading">
            <h2 id="lead-heading">{ words.get("lead.title") }</h2>
            <p>{ words.fill("lead.intro", &[("consultancy", props.consultancy.as_str().into())]) }</p>
            <form class="lead-form" {onsubmit} novalidate=true>
                { for form.fields.iter().map(|(field, required)| {
                    field_row(&words, *field, *required, problem_for(Some(*field)), on_input(*field))
                }) }
                { consent_row(&words, &form, *consent, consent_problem, on_consent) }
                <div class="actions">
                    <button type="submit" class="primary">{ words.get("lead.send") }</button>
                    if form.skippable {
                        <button type="button" class="link" onclick={skip}>{ words.get("lead.skip") }</button>
                    }
                </div>
            </form>
        </section>
    }
}

/// Sends the details once they pass every check (once only, however many submits arrive in
/// one task); otherwise shows the problems and focuses the first field that needs attention.
fn submit_once(
    step: Rc<RefCell<LeadStep>>,
    form: Rc<LeadForm>,
    typed: UseStateHandle<Vec<(LeadField, String)>>,
    consent: UseStateHandle<bool>,
    problems: UseStateHandle<Vec<LeadProblem>>,
    on_submit: Callback<Contact>,
) -> Callback<SubmitEvent> {
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let submitted = step.borrow_mut().submit(&form, &typed, *consent);
        match submitted {
            Submitted::Send(contact) => {
                problems.set(Vec::new());
                on_submit.emit(contact);
            }
            Submitted::AlreadySent => {}
            Submitted::Problems(found) => {
                let first = found
                    .first()
                    .map(|p| p.field().map_or("lead-consent".to_owned(), input_id));
                problems.set(found);
                if let Some(first) = first {
                    browser::focus(&first);
                }
            }
        }
    })
}

/// One of the fields the consultancy asked for, with its message when it needs attention.
fn field_row(
    words: &Words,
    field: LeadField,
    required: bool,
    error: Option<String>,
    oninput: Callback<InputEvent>,
) -> Html {
    let id = input_id(field);
    let error_id = format!("{id}-error");
    html! {
        <div class="field">
            <label for={id.clone()}>
                { field.label_in(words) }
                if required { <span class="required">{ words.get("lead.required") }</span> } else { <span class="optional">{ words.get("lead.optional") }</span> }
            </label>
            <input id={id} type={field.input_type()} autocomplete={field.autocomplete()} maxlength="254"
                required={required}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then_some(error_id.clone())}
                {oninput} />
            if let Some(error) = error { <p class="field-error" id={error_id}>{ error }</p> }
        </div>
    }
}

/// The consent box (unticked until the person ticks it), with the privacy policy when the
/// consultancy gave one, and its message when it needs attention.
fn consent_row(
    words: &Words,
    form: &LeadForm,
    checked: bool,
    problem: Option<String>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <>
            <div class="choice consent">
                <input id="lead-consent" type="checkbox" {checked} {onchange}
                    aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={problem.is_some().then_some("lead-consent-error")} />
                <label for="lead-consent">
                    <span class="choice-label">{ &form.consent_text }</span>
                    if let Some(url) = &form.privacy_url {
                        <span class="choice-detail"><a href={url.clone()} target="_blank" rel="noopener">{ words.get("lead.privacy") }</a></span>
                    }
                </label>
            </div>
            if let Some(error) = problem { <p class="field-error" id="lead-consent-error">{ error }</p> }
        </>
    }
}
