//! Module C's companies: the go-to-market partners, each with the tier it is treated as today.
//! A name is added with Enter, Add, or Next.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::subjects::{
    EditorProps, Offered, PARTNER_FIELD, RemoveSubject, TIER_FIELD, add_typed, messages, tier_from,
    time_added, use_editor,
};
use partnering_core::display::{TIERS, tier_words};
use partnering_core::model::{Subject, Tier};

#[component(PortfolioEditor)]
pub fn portfolio_editor(props: &EditorProps) -> Html {
    let (app, removed, error) = use_editor();
    let words = crate::words::use_words();
    let onsubmit = {
        let (app, error) = (app.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            error.set(add_typed(&app, Subject::PortfolioPartner, PARTNER_FIELD).err());
            crate::browser::focus(PARTNER_FIELD);
        })
    };
    let on_removed = {
        let removed = removed.clone();
        Callback::from(move |name: String| removed.set(Some(name)))
    };
    let answers = app.answers();
    let rows = answers.portfolio.iter().map(|p| {
        let change = {
            let (app, id) = (app.clone(), p.id);
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
                { time_added(&words, &app, &props.module, p.id) }
                <label for={select_id.clone()} class="visually-hidden">{ words.fill("portfolio.tier_label", &[("name", (&p.name).into())]) }</label>
                <select id={select_id} onchange={change}>
                    { for TIERS.iter().map(|(t, n)| html! { <option value={*n} selected={*t == p.declared}>{ tier_words(&words, *t).0 }</option> }) }
                </select>
                <RemoveSubject id={p.id} name={p.name.clone()} on_removed={on_removed.clone()} />
            </li>
        }
    });
    let listed: Vec<&str> = answers.portfolio.iter().map(|p| p.name.as_str()).collect();
    let elsewhere: Vec<String> = answers
        .parties
        .iter()
        .filter(|p| !p.own && !listed.iter().any(|n| n.eq_ignore_ascii_case(&p.name)))
        .map(|p| p.name.clone())
        .collect();
    let on_offer = {
        let (app, error) = (app.clone(), error.clone());
        Callback::from(move |name: String| error.set(app.add_partner(&name, Tier::Tactical).err()))
    };
    html! {
        <div class="subjects">
            <form class="add-subject" {onsubmit}>
                <div class="field">
                    <label for={PARTNER_FIELD}>{ words.get("parties.partner_name") }</label>
                    <input id={PARTNER_FIELD} type="text" maxlength="80" autocomplete="off"
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={error.is_some().then_some("subject-error")} />
                </div>
                <div class="field">
                    <label for={TIER_FIELD}>{ words.get("portfolio.treated_as") }</label>
                    <select id={TIER_FIELD}>
                        { for TIERS.iter().map(|(t, n)| html! { <option value={*n} selected={*t == Tier::Tactical}>{ tier_words(&words, *t).0 }</option> }) }
                    </select>
                </div>
                <button type="submit">{ words.get("parties.add_partner") }</button>
            </form>
            <Offered names={elsewhere} hint={words.get("portfolio.offered").to_owned()} on_add={on_offer} />
            { messages(&words, &removed, &error) }
            <ul class="subject-list" aria-label={words.get("portfolio.list").to_owned()}>{ for rows }</ul>
        </div>
    }
}
