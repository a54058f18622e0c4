//! A planned action's due date: the date field, and beside it, announced, why a typed date
//! is not taken (and which date the plan keeps meanwhile), or a gentle note when the date is
//! before the plan was made. What was typed stays in the field until it is changed.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use partnering_core::plan::{Date, LAST_DUE, RefusedDue, passed_note, read_due};

#[derive(Properties, PartialEq)]
pub struct DueFieldProps {
    /// The input's id.
    pub id: AttrValue,
    /// The due date the plan has.
    pub due: Date,
    /// The day the plan was made.
    pub made: Date,
    /// Called with a due date the plan can take.
    pub on_change: Callback<Date>,
}

/// A date typed that the plan did not take: the text as typed, and why.
#[derive(Clone, PartialEq)]
struct Refused {
    typed: String,
    why: RefusedDue,
}

#[component(DueField)]
pub fn due_field(props: &DueFieldProps) -> Html {
    let words = crate::words::use_words();
    let DueFieldProps {
        id,
        due,
        made,
        on_change,
    } = props;
    let refused = use_state(|| None::<Refused>);
    let onchange = {
        let (refused, on_change, kept) = (refused.clone(), on_change.clone(), *due);
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let typed = input.value();
            match read_due(&typed) {
                Ok(date) => {
                    refused.set(None);
                    on_change.emit(date);
                }
                Err(error) => refused.set(Some(Refused {
                    typed,
                    why: RefusedDue { error, kept },
                })),
            }
        })
    };
    // The field keeps showing what was typed: a re-render must not put the kept date back
    // under the person's cursor while they are still typing the year.
    let (value, message, invalid) = match &*refused {
        Some(refused) => (
            refused.typed.clone(),
            Some(refused.why.in_words(&words)),
            true,
        ),
        None => (due.to_string(), passed_note(&words, *due, *made), false),
    };
    let message_id = format!("{id}-message");
    html! {
        <div class="field">
            <label for={id.clone()}>{ words.get("plan.due") }</label>
            <input type="date" id={id.clone()} {value} min={Date::FIRST.to_string()} max={LAST_DUE.to_string()} {onchange}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={message.is_some().then(|| message_id.clone())} />
            <div class="due-message" aria-live="polite">
                if let Some(message) = message {
                    <p id={message_id} class={if invalid { "field-error" } else { "hint" }}>{ message }</p>
                }
            </div>
        </div>
    }
}
