//! Entering whom a module is about: parties for B (own company and/or partners), the partner
//! portfolio with each partner's current tier for C.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::assessment::use_assessment;
use partnering_core::answers::NameError;
use partnering_core::display::{TIERS, tier_named};
use partnering_core::model::{Subject, SubjectId, Tier};

fn tier_from(value: &str) -> Tier {
    tier_named(value).unwrap_or(Tier::Tactical)
}

#[derive(Properties, PartialEq)]
pub struct SubjectsProps {
    pub subject: Subject,
}

#[component(SubjectsEditor)]
pub fn subjects_editor(props: &SubjectsProps) -> Html {
    // The last removed name, announced; focus goes back to the name field so a second Enter
    // can never remove the next partner by accident.
    let removed = use_state(|| None::<String>);
    // Why the last name was refused; it belongs to this form alone.
    let error = use_state(|| None::<NameError>);
    let app = use_assessment();
    let name_ref = use_node_ref();
    let own_ref = use_node_ref();
    let tier_ref = use_node_ref();
    let portfolio = props.subject == Subject::PortfolioPartner;
    let onsubmit = {
        let (app, error, name_ref, own_ref, tier_ref) = (
            app.clone(),
            error.clone(),
            name_ref.clone(),
            own_ref.clone(),
            tier_ref.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = name_ref.cast::<HtmlInputElement>() else {
                return;
            };
            let name = input.value();
            let added = if portfolio {
                let declared = tier_ref
                    .cast::<HtmlSelectElement>()
                    .map_or(Tier::Tactical, |s| tier_from(&s.value()));
                app.add_partner(&name, declared)
            } else {
                let own = own_ref
                    .cast::<HtmlInputElement>()
                    .is_some_and(|c| c.checked());
                app.add_party(&name, own)
            };
            // A refused name stays in the field, to be corrected rather than typed again.
            if added.is_ok() {
                input.set_value("");
                if let Some(own) = own_ref.cast::<HtmlInputElement>() {
                    own.set_checked(false);
                }
            }
            error.set(added.err());
            let _ = input.focus();
        })
    };
    let answers = &app.answers();
    let rows: Html = if portfolio {
        answers.portfolio.iter().map(|p| {
            let remove = remover(&app, &removed, p.id, &p.name);
            let change = {
                let app = app.clone(); let id = p.id;
                Callback::from(move |e: Event| {
                    if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                        app.set_declared(id, tier_from(&select.value()));
                    }
                })
            };
            let select_id = format!("tier-{}", p.id);
            html! {
                <li class="subject" key={p.id.0}>
                    <span class="subject-name"><bdi>{ &p.name }</bdi></span>
                    <label for={select_id.clone()} class="visually-hidden">{ format!("Tier {} is treated as today", p.name) }</label>
                    <select id={select_id} onchange={change}>
                        { for TIERS.iter().map(|(t, n)| html! { <option value={*n} selected={*t == p.declared}>{ *n }</option> }) }
                    </select>
                    <button class="link" onclick={remove} aria-label={format!("Remove {}", p.name)}>{ "Remove" }</button>
                </li>
            }
        }).collect()
    } else {
        answers.parties.iter().map(|p| {
            let remove = remover(&app, &removed, p.id, &p.name);
            html! {
                <li class="subject" key={p.id.0}>
                    <span class="subject-name"><bdi>{ &p.name }</bdi></span>
                    if p.own { <span class="tag">{ "our company" }</span> }
                    <button class="link" onclick={remove} aria-label={format!("Remove {}", p.name)}>{ "Remove" }</button>
                </li>
            }
        }).collect()
    };
    // Companies named in the other module are offered here, so none is typed twice.
    let elsewhere: Vec<String> = if portfolio {
        let listed: Vec<&str> = answers.portfolio.iter().map(|p| p.name.as_str()).collect();
        answers
            .parties
            .iter()
            .filter(|p| !p.own && !listed.iter().any(|n| n.eq_ignore_ascii_case(&p.name)))
            .map(|p| p.name.clone())
            .collect()
    } else {
        let listed: Vec<&str> = answers.parties.iter().map(|p| p.name.as_str()).collect();
        answers
            .portfolio
            .iter()
            .filter(|p| !listed.iter().any(|n| n.eq_ignore_ascii_case(&p.name)))
            .map(|p| p.name.clone())
            .collect()
    };
    let offers = elsewhere.iter().map(|name| {
        let add = {
            let (app, error, name) = (app.clone(), error.clone(), name.clone());
            Callback::from(move |_| {
                let added = if portfolio {
                    app.add_partner(&name, Tier::Tactical)
                } else {
                    app.add_party(&name, false)
                };
                error.set(added.err());
            })
        };
        html! {
            <li><button type="button" class="chip" onclick={add} aria-label={format!("Add {name}")}>{ "+ " }<bdi>{ name.clone() }</bdi></button></li>
        }
    });
    let error = error.map(|e| e.to_string());
    let removed_message = removed
        .as_ref()
        .map(|name| format!("Removed {name} and its answers."));
    html! {
        <div class="subjects">
            <form class="add-subject" {onsubmit}>
                <div class="field">
                    <label for="subject-name">{ if portfolio { "Partner name" } else { "Company name" } }</label>
                    <input id="subject-name" type="text" ref={name_ref} maxlength="80" autocomplete="off"
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.is_some().then_some("subject-error")} />
                </div>
                if portfolio {
                    <div class="field">
                        <label for="subject-tier">{ "Treated today as" }</label>
                        <select id="subject-tier" ref={tier_ref}>
                            { for TIERS.iter().map(|(t, n)| html! { <option value={*n} selected={*t == Tier::Tactical}>{ *n }</option> }) }
                        </select>
                    </div>
                } else if !answers.has_own_party() {
                    <div class="choice inline">
                        <input id="subject-own" type="checkbox" ref={own_ref} />
                        <label for="subject-own"><span class="choice-label">{ "This is my own company" }</span></label>
                    </div>
                }
                <button type="submit">{ "Add" }</button>
            </form>
            if !elsewhere.is_empty() {
                <div class="offered">
                    <p class="hint">{ if portfolio { "Named in module B; add any that are in your go-to-market portfolio:" } else { "Named in module C; add any you want to assess:" } }</p>
                    <ul class="chips">{ for offers }</ul>
                </div>
            }
            if let Some(error) = error { <p class="field-error" id="subject-error" role="alert">{ error }</p> }
            <p class="visually-hidden" role="status">{ removed_message.unwrap_or_default() }</p>
            <ul class="subject-list" aria-label={if portfolio { "Partners in the portfolio" } else { "Companies to assess" }}>{ rows }</ul>
        </div>
    }
}

fn remover(
    app: &crate::assessment::Assessment,
    removed: &UseStateHandle<Option<String>>,
    id: SubjectId,
    name: &str,
) -> Callback<MouseEvent> {
    let (app, removed, name) = (app.clone(), removed.clone(), name.to_owned());
    Callback::from(move |_| {
        app.remove_subject(id);
        removed.set(Some(name.clone()));
        crate::browser::focus("subject-name");
    })
}
