//! One screen of the journey: entering whom a module is about, the module's profile, or a
//! page of at most six numbered questions grouped by dimension; with progress, Back and Next.

use yew::prelude::*;

use partnering_core::display::{about_subject, module_heading};
use partnering_core::journey::{
    Blocker, Page, StepKind, added_companies, blocker, chosen_modules, module_steps, neighbours,
    position, step_questions, stepper,
};
use partnering_core::model::{Module, ModuleId, ModuleView, Subjects};
use partnering_core::route::Route;

use super::leaving::{Leaving, use_leave};
use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::{AlliancePicker, PartiesEditor, PortfolioEditor, Progress, QuestionCard};
use crate::words::use_words;
use partnering_core::i18n::Words;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub module: ModuleId,
    pub index: usize,
    /// Opened from the review to change an answer: the main button leads straight back.
    #[prop_or_default]
    pub from_review: bool,
}

#[component(StepPage)]
pub fn step_page(props: &StepProps) -> Html {
    let app = use_assessment();
    let words = use_words();
    let leave = use_leave(&app, &props.module, props.index);
    let tried = leave.tried.clone();
    let answers = app.answers();
    let modules = chosen_modules(app.content, answers);
    let Some(module) = modules.iter().find(|m| m.id == props.module) else {
        return missing_step(&words);
    };
    let steps = module_steps(module, answers);
    let (Some(step), Some(place), Some(leaving)) = (
        steps.get(props.index).cloned(),
        position(app.content, answers, &module.id, props.index),
        Leaving::at(&app, &module.id, props.index, &tried),
    ) else {
        return missing_step(&words);
    };
    let around = neighbours(app.content, answers, &module.id, props.index);
    let blocked = (*tried).then(|| blocker(module, &step, answers)).flatten();
    let on_next = leave.to(&leaving, around.next.clone());
    let on_review = leave.to(&leaving, Route::Review);
    let on_back = {
        let back = around.back.clone();
        Callback::from(move |_| browser::navigate(&back))
    };
    let (heading, intro) = step_heading(&words, module, &step, &app);
    html! {
        <>
            <Progress position={place} stages={stepper(app.content, answers, Some(&module.id))}
                added={added_companies(app.content, answers, &module.id, props.index)}
                module_title={module_heading(&module.letter, &module.title)} />
            <h1 id="page-heading" tabindex="-1">{ heading }</h1>
            if let Some(intro) = intro { <p class="lead">{ intro }</p> }
            if module.view == ModuleView::Health && props.index == 0 { <AlliancePicker /> }
            { step_body(&words, module, &step, &app, blocked.as_ref()) }
            if let Some(reason) = (*leave.typed_error).map(|e| e.in_words(&words).to_owned()).or(blocked.as_ref().map(|b| b.in_words(&words))) {
                <p class="blocker" role="alert">{ reason }</p>
            }
            if props.from_review {
                <div class="actions nav">
                    <button onclick={on_back}>{ words.get("common.back") }</button>
                    <span class="nav-end">
                        <button onclick={on_next}>{ words.get("common.next") }</button>
                        <button class="primary" onclick={on_review}>{ words.get("step.save_and_review") }</button>
                    </span>
                </div>
            } else {
                <div class="actions nav">
                    <button onclick={on_back}>{ words.get("common.back") }</button>
                    <button class="primary" onclick={on_next}>{ words.get("common.next") }</button>
                </div>
                if app.state().visited_review {
                    <p class="jump"><a href={Route::Review.to_hash()}>{ words.get("step.back_to_review") }</a></p>
                }
            }
        </>
    }
}

/// The page's heading and lead: the subject's name on a page about a named company, the
/// dimension's title (and intro) on a page about one dimension.
fn step_heading(
    words: &Words,
    module: &Module,
    step: &StepKind,
    app: &Assessment,
) -> (String, Option<String>) {
    let text = |key: &str| words.get(key).to_owned();
    match step {
        StepKind::Subjects => match module.subjects {
            Subjects::Portfolio => (
                text("step.portfolio_title"),
                Some(text("step.portfolio_intro")),
            ),
            _ => (text("step.parties_title"), Some(text("step.parties_intro"))),
        },
        StepKind::Profile => (text("step.profile_title"), Some(module.summary.clone())),
        StepKind::Questions(page) => page_heading(words, module, page, app),
    }
}

fn page_heading(
    words: &Words,
    module: &Module,
    page: &Page,
    app: &Assessment,
) -> (String, Option<String>) {
    if let Some(name) = subject_name(app, page) {
        let key = match module.subjects {
            Subjects::Portfolio => "step.portfolio_page_intro",
            _ => "step.subject_page_intro",
        };
        let intro = words.fill(key, &[("name", (&name).into())]);
        return (name, Some(intro));
    }
    match page.sections.as_slice() {
        [only] => module
            .dimensions
            .get(only.dimension)
            .map_or((module.title.clone(), None), |d| {
                let title = match only.part {
                    Some((part, of)) => words.fill(
                        "step.part_of",
                        &[
                            ("title", (&d.title).into()),
                            ("part", part.into()),
                            ("of", of.into()),
                        ],
                    ),
                    None => d.title.clone(),
                };
                (title, Some(d.intro.clone()))
            }),
        sections => {
            let titles: Vec<&str> = sections
                .iter()
                .filter_map(|s| module.dimensions.get(s.dimension))
                .map(|d| d.title.as_str())
                .collect();
            (titles.join(" \u{b7} "), None)
        }
    }
}

/// The name of the party or partner a page is about; `None` for the organization.
fn subject_name(app: &Assessment, page: &Page) -> Option<String> {
    let answers = app.answers();
    answers
        .parties
        .iter()
        .map(|p| (p.id, &p.name))
        .chain(answers.portfolio.iter().map(|p| (p.id, &p.name)))
        .find(|(id, _)| *id == page.subject)
        .map(|(_, name)| name.clone())
}

fn step_body(
    words: &Words,
    module: &'static Module,
    step: &StepKind,
    app: &Assessment,
    blocked: Option<&Blocker>,
) -> Html {
    let page = match step {
        StepKind::Subjects if module.subjects == Subjects::Portfolio => {
            return html! { <PortfolioEditor module={module.id.clone()} /> };
        }
        StepKind::Subjects => return html! { <PartiesEditor module={module.id.clone()} /> },
        StepKind::Profile => None,
        StepKind::Questions(page) => Some(page),
    };
    let answers = app.answers();
    let missing = |question: &partnering_core::model::QuestionId, subject| matches!(blocked, Some(Blocker::Unanswered(open)) if open.iter().any(|o| &o.question == question && o.subject == subject));
    let about: Option<AttrValue> = page.and_then(|p| subject_name(app, p)).map(AttrValue::from);
    let alliance: Option<AttrValue> = (module.view == ModuleView::Health)
        .then(|| answers.alliance().map(|a| AttrValue::from(a.name)))
        .flatten();
    let card = |number: usize, question: &'static partnering_core::model::Question, subject| {
        let on_answer = {
            let (app, id) = (app.clone(), question.id.clone());
            Callback::from(move |r| app.answer(&id, subject, r))
        };
        let on_toggle = {
            let (app, id) = (app.clone(), question.id.clone());
            Callback::from(move |choice| app.toggle_choice(&id, &choice))
        };
        html! {
            <QuestionCard key={format!("{}-{}", question.id, subject)} {question} {subject} number={Some(number)}
                missing={missing(&question.id, subject)} about={about.clone()} alliance={alliance.clone()}
                about_partner={answers.parties.iter().any(|p| p.id == subject && !p.own)}
                response={answers.response(&question.id, subject).cloned()} {on_answer} {on_toggle} />
        }
    };
    let Some(page) = page else {
        let cards = step_questions(module, step)
            .into_iter()
            .enumerate()
            .map(|(at, (q, subject))| card(at + 1, q, subject));
        return html! { <div class="questions">{ for cards }</div> };
    };
    // Numbered across the page; a page with several dimensions (or about a named company)
    // titles each dimension's group.
    let titled = page.sections.len() > 1 || about.is_some();
    let mut number = 0;
    let sections = page.sections.iter().filter_map(|section| {
        let dimension = module.dimensions.get(section.dimension)?;
        let cards: Vec<Html> = section
            .questions
            .iter()
            .filter_map(|at| dimension.questions.get(*at))
            .map(|q| {
                number += 1;
                card(number, q, page.subject)
            })
            .collect();
        let intro = about_subject(words, &dimension.intro, about.as_deref()).into_owned();
        Some(html! {
            <section class="dimension-group">
                if titled {
                    <h2>{ &dimension.title }</h2>
                    <p class="intro">{ intro }</p>
                }
                { for cards }
            </section>
        })
    });
    html! { <div class="questions">{ for sections }</div> }
}

fn missing_step(words: &Words) -> Html {
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("step.missing_title") }</h1>
            <p>{ words.get("step.missing_text") }</p>
            <p><a href="#/choose">{ words.get("step.choose_modules") }</a></p>
        </>
    }
}
