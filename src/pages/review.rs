//! Every answer, grouped by module in sections that open and close, each with a link to change
//! it (which leads straight back here), and the way to the report at the top and the bottom.

use yew::prelude::*;

use partnering_core::answers::{Answers, Response};
use partnering_core::display::{about_subject, module_heading};
use partnering_core::journey::{
    StepKind, chosen_modules, module_steps, review_back, step_questions,
};
use partnering_core::model::partner_text::for_alliance;
use partnering_core::model::{ChoiceId, Module, Question, SubjectId};
use partnering_core::route::Route;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{Disclosure, question_anchor};
use crate::words::use_words;
use partnering_core::i18n::Words;

/// The answer in words; module D's choices name its partner (`alliance`) where written so.
fn describe(
    words: &Words,
    question: &Question,
    response: Option<&Response>,
    alliance: Option<&str>,
    about_partner: bool,
) -> String {
    let label = |id: &ChoiceId| {
        question.choice(id).map_or(id.to_string(), |c| {
            for_alliance(
                words,
                question.choice_text_for(c, about_partner).0,
                alliance,
            )
            .into_owned()
        })
    };
    match response {
        None => words.get("review.not_answered").into(),
        Some(Response::Choice(id)) => label(id),
        Some(Response::Choices(ids)) => ids.iter().map(label).collect::<Vec<_>>().join(", "),
        Some(Response::NotApplicable) => words.get("question.not_applicable").into(),
        Some(Response::Unknown) => words.get("question.unknown").into(),
    }
}

#[component(ReviewPage)]
pub fn review_page() -> Html {
    let app = use_assessment();
    let words = use_words();
    {
        let app = app.clone();
        use_effect_with((), move |_| app.review_visited());
    }
    let answers = app.answers();
    let modules = chosen_modules(app.content, answers);
    let reviewed: Vec<(Html, usize)> = modules
        .iter()
        .map(|module| module_review(&words, module, answers))
        .collect();
    let open_total: usize = reviewed.iter().map(|(_, open)| open).sum();
    let sections = reviewed.into_iter().map(|(section, _)| section);
    let see = Callback::from(|_| browser::navigate(&Route::Report));
    let back = {
        let back = review_back(app.content, answers);
        Callback::from(move |_| browser::navigate(&back))
    };
    let lead = match open_total {
        0 => words.get("review.all_answered").to_owned(),
        n => words.count("review.open", n, &[]),
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("review.title") }</h1>
            if modules.is_empty() {
                <p>{ words.get("review.no_modules") }<a href="#/choose">{ words.get("step.choose_modules") }</a></p>
            } else {
                <p class="lead">{ lead }</p>
                <div class="actions">
                    <button class="primary" onclick={see.clone()}>{ words.get("review.see_report") }</button>
                </div>
                { for sections }
                <div class="actions nav">
                    <button onclick={back}>{ words.get("common.back") }</button>
                    <button class="primary" onclick={see}>{ words.get("review.see_report") }</button>
                </div>
            }
        </>
    }
}

/// One module's answers in a section that opens and closes (open while any is missing), and
/// how many of its questions are not answered yet.
fn module_review(words: &Words, module: &Module, answers: &Answers) -> (Html, usize) {
    let mut rows = Vec::new();
    let (mut asked, mut open) = (0, 0);
    for (index, step) in module_steps(module, answers).iter().enumerate() {
        if *step == StepKind::Subjects {
            continue;
        }
        for (question, subject) in step_questions(module, step) {
            let response = answers.response(&question.id, subject);
            asked += 1;
            open += usize::from(response.is_none());
            rows.push(answer_row(
                words, module, index, question, subject, answers, response,
            ));
        }
    }
    let heading = module_heading(&module.letter, &module.title);
    let summary = match open {
        0 => words.fill(
            "review.module_all",
            &[("heading", (&heading).into()), ("asked", asked.into())],
        ),
        n => words.fill(
            "review.module_some",
            &[
                ("heading", (&heading).into()),
                ("answered", (asked - n).into()),
                ("asked", asked.into()),
            ],
        ),
    };
    let section = html! {
        <section class="review-module" aria-label={heading}>
            <Disclosure id={format!("review-{}", module.id)} summary={summary} open={open > 0}>
                <ul class="review-list">{ for rows }</ul>
            </Disclosure>
        </section>
    };
    (section, open)
}

/// One answer with the link that opens its screen at the question.
fn answer_row(
    words: &Words,
    module: &Module,
    index: usize,
    question: &Question,
    subject: SubjectId,
    answers: &Answers,
    response: Option<&Response>,
) -> Html {
    let change = Route::Edit {
        module: module.id.clone(),
        index,
        question: Some(question_anchor(question, subject)),
    }
    .to_hash();
    let who = answers
        .subjects(module)
        .iter()
        .find(|s| s.id == subject && !s.name.is_empty())
        .map(|s| s.name.clone());
    let short = about_subject(words, &question.short, who.as_deref()).into_owned();
    let whose = who.as_ref().map(|w| format!("{w}: ")).unwrap_or_default();
    let label = words.fill(
        "review.change_label",
        &[("who", (&whose).into()), ("short", (&short).into())],
    );
    html! {
        <li class={classes!(response.is_none().then_some("unanswered"))}>
            <span class="review-question">if let Some(who) = &who { <bdi>{ who }</bdi>{ ": " } }{ short }</span>
            <span class="review-answer">{ describe(words, question, response, answers.alliance().map(|a| a.name).as_deref(), answers.parties.iter().any(|p| p.id == subject && !p.own)) }</span>
            <a href={change} aria-label={label}>{ words.get("review.change") }</a>
        </li>
    }
}
