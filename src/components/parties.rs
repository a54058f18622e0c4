//! Module B's companies: your company and the partners to assess, as two explicit fields. A
//! name is added with Enter, Add, or Next.

use yew::prelude::*;

use super::subjects::{
    EditorProps, OWN_FIELD, Offered, PARTNER_FIELD, RemoveSubject, add_typed, messages, time_added,
    use_editor,
};
use partnering_core::model::Subject;

#[component(PartiesEditor)]
pub fn parties_editor(props: &EditorProps) -> Html {
    let (app, removed, error) = use_editor();
    let words = crate::words::use_words();
    let submit = |field: &'static str| {
        let (app, error) = (app.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            error.set(add_typed(&app, Subject::Party, field).err());
            crate::browser::focus(field);
        })
    };
    let on_removed = {
        let removed = removed.clone();
        Callback::from(move |name: String| removed.set(Some(name)))
    };
    let answers = app.answers();
    let own = answers.parties.iter().find(|p| p.own);
    let partners = answers.parties.iter().filter(|p| !p.own).map(|p| {
        html! {
            <li class="subject" key={p.id.0}>
                <span class="subject-name"><bdi>{ &p.name }</bdi></span>
                { time_added(&words, &app, &props.module, p.id) }
                <RemoveSubject id={p.id} name={p.name.clone()} on_removed={on_removed.clone()} />
            </li>
        }
    });
    let listed: Vec<&str> = answers.parties.iter().map(|p| p.name.as_str()).collect();
    let elsewhere: Vec<String> = answers
        .portfolio
        .iter()
        .filter(|p| !listed.iter().any(|n| n.eq_ignore_ascii_case(&p.name)))
        .map(|p| p.name.clone())
        .collect();
    let on_offer = {
        let (app, error) = (app.clone(), error.clone());
        Callback::from(move |name: String| error.set(app.add_party(&name, false).err()))
    };
    let invalid = error.is_some().then_some("true");
    html! {
        <div class="subjects">
            <section class="subject-part" aria-labelledby="own-heading">
                <h2 id="own-heading">{ words.get("parties.your_company") }</h2>
                if let Some(own) = own {
                    <ul class="subject-list" aria-label={words.get("parties.your_company").to_owned()}><li class="subject">
                        <span class="subject-name"><bdi>{ &own.name }</bdi></span>
                        { time_added(&words, &app, &props.module, own.id) }
                        <RemoveSubject id={own.id} name={own.name.clone()} on_removed={on_removed.clone()} />
                    </li></ul>
                } else {
                    <form class="add-subject" onsubmit={submit(OWN_FIELD)}>
                        <div class="field">
                            <label for={OWN_FIELD}>{ words.get("parties.own_name") }</label>
                            <p class="hint" id="own-hint">{ words.get("parties.own_hint") }</p>
                            <input id={OWN_FIELD} type="text" maxlength="80" autocomplete="organization" aria-describedby="own-hint" aria-invalid={invalid} />
                        </div>
                        <button type="submit">{ words.get("parties.add_own") }</button>
                    </form>
                }
            </section>
            <section class="subject-part" aria-labelledby="partners-heading">
                <h2 id="partners-heading">{ words.get("parties.partners") }</h2>
                <form class="add-subject" onsubmit={submit(PARTNER_FIELD)}>
                    <div class="field">
                        <label for={PARTNER_FIELD}>{ words.get("parties.partner_name") }</label>
                        <input id={PARTNER_FIELD} type="text" maxlength="80" autocomplete="off" aria-invalid={invalid}
                            aria-describedby={error.is_some().then_some("subject-error")} />
                    </div>
                    <button type="submit">{ words.get("parties.add_partner") }</button>
                </form>
                <Offered names={elsewhere} hint={words.get("parties.offered").to_owned()} on_add={on_offer} />
                { messages(&words, &removed, &error) }
                <ul class="subject-list" aria-label={words.get("parties.partners").to_owned()}>{ for partners }</ul>
            </section>
        </div>
    }
}
