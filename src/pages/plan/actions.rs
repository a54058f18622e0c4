//! The plan's actions: every action the report recommends, to pick (at most `MAX_PLANNED`),
//! each picked one with its owner and due date.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::assessment::{plan_day, use_assessment};
use crate::components::{ActionLink, DueField};
use partnering_core::plan::{Date, MAX_PLANNED, recommended};
use partnering_core::scoring::{Action, Report};

#[derive(Properties, PartialEq)]
pub struct PlanActionsProps {
    /// The report the plan is made from.
    pub report: Rc<Report>,
}

#[component(PlanActions)]
pub fn plan_actions(props: &PlanActionsProps) -> Html {
    let app = use_assessment();
    let words = crate::words::use_words();
    let picked = app.answers().plan.actions.len();
    let items = recommended(&props.report)
        .into_iter()
        .map(|action| html! { <PlanActionItem action={action.clone()} /> });
    html! {
        <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">{ words.get("plan.actions") }</h2>
            <p class="hint">{ words.fill("plan.picked", &[("picked", picked.into()), ("max", MAX_PLANNED.into())]) }</p>
            <ul class="plan-actions">{ for items }</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlanActionItemProps {
    action: Action,
}

#[component(PlanActionItem)]
fn plan_action_item(props: &PlanActionItemProps) -> Html {
    let app = use_assessment();
    let words = crate::words::use_words();
    let action = &props.action;
    let plan = &app.answers().plan;
    let picked = plan.actions.iter().find(|a| a.id == action.id).cloned();
    let check_id = format!("plan-{}", action.id);
    let toggle = {
        let (app, action) = (app.clone(), action.clone());
        Callback::from(move |_: Event| app.toggle_planned(&action))
    };
    let on_owner = {
        let (app, id) = (app.clone(), action.id.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                app.set_owner(&id, &input.value());
            }
        })
    };
    let on_due = {
        let (app, id) = (app.clone(), action.id.clone());
        Callback::from(move |due: Date| app.set_due(&id, due))
    };
    let made = plan.made.unwrap_or_else(plan_day);
    let about = if action.about.is_empty() {
        String::new()
    } else {
        words.fill(
            "plan.for",
            &[("names", action.about.join(", ").as_str().into())],
        )
    };
    let measure = if action.result {
        words.get("action.result")
    } else {
        words.get("action.measure")
    };
    html! {
        <li class={classes!("plan-action", picked.is_some().then_some("picked"))}>
            <div class="choice">
                <input type="checkbox" id={check_id.clone()} checked={picked.is_some()} disabled={picked.is_none() && plan.is_full()} onchange={toggle} />
                <label for={check_id}>
                    <span class="choice-label">{ format!("{}: ", partnering_core::scoring::area_name(&words, &action.dimension)) }</span>
                    <span>{ format!("{}{about}", action.text) }</span>
                    <span class="choice-detail">{ words.fill("plan.produces", &[("artefact", (&action.artefact).into()), ("kind", measure.into()), ("measure", (&action.measure).into())]) }</span>
                </label>
            </div>
            if let Some(link) = &action.link { <ActionLink link={link.clone()} /> }
            if let Some(picked) = picked {
                <div class="plan-fields">
                    <div class="field">
                        <label for={format!("owner-{}", action.id)}>{ words.get("action.owner") }</label>
                        <input type="text" id={format!("owner-{}", action.id)} value={picked.owner.clone()} maxlength="80" oninput={on_owner} />
                    </div>
                    <DueField id={format!("due-{}", action.id)} due={picked.due} {made} on_change={on_due} />
                </div>
            }
        </li>
    }
}
