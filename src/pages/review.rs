//! Every answer grouped by module, each with a link to change it, then the report.

use yew::prelude::*;

use partnering_core::display::module_heading;

use crate::assessment::use_assessment;
use crate::browser;
use partnering_core::answers::Response;
use partnering_core::journey::{chosen_modules, module_steps, review_back, step_questions};
use partnering_core::model::Question;
use partnering_core::route::Route;

fn describe(question: &Question, response: Option<&Response>) -> String {
    let label = |id: &String| {
        question
            .choices
            .iter()
            .find(|c| &c.id == id)
            .map_or(id.clone(), |c| c.label.clone())
    };
    match response {
        None => "Not answered".into(),
        Some(Response::Choice(id)) => label(id),
        Some(Response::Choices(ids)) => ids.iter().map(label).collect::<Vec<_>>().join(", "),
        Some(Response::NotApplicable) => "Not applicable".into(),
        Some(Response::Unknown) => "Don\u{2019}t know".into(),
    }
}

#[component(ReviewPage)]
pub fn review_page() -> Html {
    let app = use_assessment();
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            app.review_visited();
        });
    }
    let answers = &app.answers();
    let modules = chosen_modules(app.content, answers);
    let sections = modules.iter().map(|module| {
        let steps = module_steps(module, answers);
        let rows = steps.iter().enumerate().flat_map(|(index, step)| {
            let change = Route::Step { module: module.id.clone(), index }.to_hash();
            let about = answers.subjects(module);
            step_questions(module, *step, answers).into_iter().map(move |(question, subject)| {
                let who = about.iter().find(|s| s.id == subject && !s.name.is_empty()).map(|s| s.name.clone());
                html! {
                    <li>
                        <span class="review-question">if let Some(who) = &who { <bdi>{ who }</bdi>{ ": " } }{ &question.short }</span>
                        <span class="review-answer">{ describe(question, answers.response(&question.id, subject)) }</span>
                        <a href={change.clone()} aria-label={format!("Change: {}{}", who.as_ref().map(|w| format!("{w}: ")).unwrap_or_default(), question.short)}>{ "Change" }</a>
                    </li>
                }
            }).collect::<Vec<_>>()
        });
        html! {
            <section aria-labelledby={format!("review-{}", module.id)}>
                <h2 id={format!("review-{}", module.id)}>{ module_heading(&module.letter, &module.title) }</h2>
                <ul class="review-list">{ for rows }</ul>
            </section>
        }
    });
    let see = Callback::from(|_| browser::navigate(&Route::Report));
    let back = {
        let back = review_back(app.content, answers);
        Callback::from(move |_| browser::navigate(&back))
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "Review your answers" }</h1>
            if modules.is_empty() {
                <p>{ "No modules are chosen yet. " }<a href="#/choose">{ "Choose your modules" }</a></p>
            } else {
                <p class="lead">{ "Check each answer; change any of them, then see your report." }</p>
                { for sections }
                <div class="actions nav">
                    <button onclick={back}>{ "Back" }</button>
                    <button class="primary" onclick={see}>{ "See my report" }</button>
                </div>
            }
        </>
    }
}
