//! Entering whom a module is about: what the parties editor (B: your company and partners to
//! assess) and the portfolio editor (C: partners with their current tier) share, and the names
//! still typed in their fields, which Next adds rather than refuses.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::assessment::{Assessment, use_assessment};
use partnering_core::answers::NameError;
use partnering_core::display::tier_named;
use partnering_core::i18n::Words;
use partnering_core::journey::added_by_subject;
use partnering_core::model::{ModuleId, Subject, SubjectId, Tier};

pub use super::parties::PartiesEditor;
pub use super::portfolio::PortfolioEditor;

/// The id of the field for a partner's name (both editors) and for one's own company (B).
pub const PARTNER_FIELD: &str = "subject-name";
/// The id of the field for one's own company's name (B).
pub const OWN_FIELD: &str = "own-name";
/// The id of the tier chosen for a new partner (C).
pub const TIER_FIELD: &str = "subject-tier";

/// What both editors take.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The module whose companies are entered.
    pub module: ModuleId,
}

pub(super) fn tier_from(value: &str) -> Tier {
    tier_named(value).unwrap_or(Tier::Tactical)
}

pub(super) fn element<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}

/// Adds the name typed in field `id` (nothing when it is empty), and empties the field once
/// added; a refused name stays, to be corrected rather than typed again.
pub(super) fn add_typed(app: &Assessment, subject: Subject, id: &str) -> Result<bool, NameError> {
    let Some(input) = element::<HtmlInputElement>(id) else {
        return Ok(false);
    };
    if input.value().trim().is_empty() {
        return Ok(false);
    }
    let name = input.value();
    match subject {
        Subject::PortfolioPartner => {
            let tier = element::<HtmlSelectElement>(TIER_FIELD)
                .map_or(Tier::Tactical, |s| tier_from(&s.value()));
            app.add_partner(&name, tier)?;
        }
        Subject::Party => app.add_party(&name, id == OWN_FIELD)?,
        Subject::Organization => return Ok(false),
    }
    input.set_value("");
    Ok(true)
}

/// Before Next: adds every name still typed in the editor's fields, so a name is never lost for
/// want of pressing Add. `Ok(true)` when something was added; a refused name is the error.
pub fn add_typed_names(app: &Assessment, subject: Subject) -> Result<bool, NameError> {
    let own = match subject {
        Subject::Party => add_typed(app, subject, OWN_FIELD)?,
        Subject::PortfolioPartner | Subject::Organization => false,
    };
    Ok(add_typed(app, subject, PARTNER_FIELD)? || own)
}

/// What Remove takes.
#[derive(Properties, PartialEq)]
pub struct RemoveProps {
    pub id: SubjectId,
    pub name: AttrValue,
    /// Told the name once removed, to announce it.
    pub on_removed: Callback<String>,
}

/// Remove for one company: with answers about it, it asks first ("Remove Acme and its 14
/// answers?"), since nothing a person saved is deleted without asking. Once removed the focus
/// goes back to the name field, so a second Enter can never remove the next one by accident.
#[component(RemoveSubject)]
pub fn remove_subject(props: &RemoveProps) -> Html {
    let app = use_assessment();
    let words = crate::words::use_words();
    let named = [("name", props.name.as_str().into())];
    let asking = use_state(|| false);
    let (id, name) = (props.id, props.name.clone());
    let answered = app
        .answers()
        .responses
        .keys()
        .filter(|k| k.subject == id)
        .count();
    {
        let keep = format!("keep-{id}");
        use_effect_with(*asking, move |asking| {
            if *asking {
                crate::browser::focus(&keep);
            }
        });
    }
    let remove = {
        let (app, asking, on_removed, name) = (
            app.clone(),
            asking.clone(),
            props.on_removed.clone(),
            name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if answered > 0 && !*asking {
                return asking.set(true);
            }
            app.remove_subject(id);
            on_removed.emit(name.to_string());
            crate::browser::focus(PARTNER_FIELD);
        })
    };
    if !*asking {
        return html! { <button class="link" onclick={remove} aria-label={words.fill("subjects.remove_label", &named)}>{ words.get("subjects.remove") }</button> };
    }
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let question = words.count("subjects.remove_question", answered, &named);
    html! {
        <span class="confirm-remove">
            <span role="alert">{ question }</span>
            <button class="link" onclick={remove} aria-label={words.fill("subjects.remove_yes", &named)}>{ words.get("subjects.remove") }</button>
            <button class="link" id={format!("keep-{id}")} onclick={keep} aria-label={words.fill("subjects.keep_label", &named)}>{ words.get("subjects.keep") }</button>
        </span>
    }
}

/// What a company adds to the time: "+4 min", or that only the full assessment asks about it;
/// nothing for the one the estimate already counted.
pub(super) fn time_added(
    words: &Words,
    app: &Assessment,
    module: &ModuleId,
    id: SubjectId,
) -> Html {
    let Some(module) = app.content.module(module) else {
        return html! {};
    };
    match added_by_subject(module, app.answers(), id) {
        None => html! {},
        Some(0) => html! { <span class="subject-time">{ words.get("subjects.full_only") }</span> },
        Some(minutes) => {
            html! { <span class="subject-time">{ words.fill("subjects.minutes", &[("minutes", minutes.into())]) }</span> }
        }
    }
}

/// Companies named in the other module, offered with one click each so none is typed twice.
#[derive(Properties, PartialEq)]
pub struct OfferedProps {
    pub names: Vec<String>,
    pub hint: AttrValue,
    pub on_add: Callback<String>,
}

#[component(Offered)]
pub fn offered(props: &OfferedProps) -> Html {
    if props.names.is_empty() {
        return html! {};
    }
    let words = crate::words::use_words();
    let chips = props.names.iter().map(|name| {
        let add = props.on_add.reform({
            let name = name.clone();
            move |_: MouseEvent| name.clone()
        });
        html! {
            <li><button type="button" class="chip" onclick={add} aria-label={words.fill("subjects.add_label", &[("name", name.into())])}>{ "+ " }<bdi>{ name.clone() }</bdi></button></li>
        }
    });
    html! {
        <div class="offered">
            <p class="hint">{ &props.hint }</p>
            <ul class="chips">{ for chips }</ul>
        </div>
    }
}

/// The editor's shared state: the last name removed (announced) and why the last name was
/// refused.
#[hook]
pub(super) fn use_editor() -> (
    Assessment,
    UseStateHandle<Option<String>>,
    UseStateHandle<Option<NameError>>,
) {
    (use_assessment(), use_state(|| None), use_state(|| None))
}

/// The status line announcing a removal, and the refusal of a name as a sentence.
pub(super) fn messages(words: &Words, removed: &Option<String>, error: &Option<NameError>) -> Html {
    html! {
        <>
            if let Some(error) = error { <p class="field-error" id="subject-error" role="alert">{ error.in_words(words) }</p> }
            <p class="visually-hidden" role="status">{ removed.as_ref().map(|n| words.fill("subjects.removed", &[("name", n.into())])).unwrap_or_default() }</p>
        </>
    }
}
