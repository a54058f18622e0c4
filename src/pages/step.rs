//! One screen of the journey: entering whom a module is about, the module's profile, or a
//! page of at most six numbered questions grouped by dimension; with progress, Back and Next.

use yew::prelude::*;

use partnering_core::display::{for_subject, module_heading};
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
    let leave = use_leave(&app, &props.module, props.index);
    let tried = leave.tried.clone();
    let answers = app.answers();
    let modules = chosen_modules(app.content, answers);
    let Some(module) = modules.iter().find(|m| m.id == props.module) else {
        return missing_step();
    };
    let steps = module_steps(module, answers);
    let (Some(step), Some(place), Some(leaving)) = (
        steps.get(props.index).cloned(),
        position(app.content, answers, &module.id, props.index),
        Leaving::at(&app, &module.id, props.index, &tried),
    ) else {
        return missing_step();
    };
    let around = neighbours(app.content, answers, &module.id, props.index);
    let blocked = (*tried).then(|| blocker(module, &step, answers)).flatten();
    let on_next = leave.to(&leaving, around.next.clone());
    let on_review = leave.to(&leaving, Route::Review);
    let on_back = {
        let back = around.back.clone();
        Callback::from(move |_| browser::navigate(&back))
    };
    let (heading, intro) = step_heading(module, &step, &app);
    html! {
        <>
            <Progress position={place} stages={stepper(app.content, answers, Some(&module.id))}
                added={added_companies(app.content, answers, &module.id, props.index)}
                module_title={module_heading(&module.letter, &module.title)} />
            <h1 id="page-heading" tabindex="-1">{ heading }</h1>
            if let Some(intro) = intro { <p class="lead">{ intro }</p> }
            if module.view == ModuleView::Health && props.index == 0 { <AlliancePicker /> }
            { step_body(module, &step, &app, blocked.as_ref()) }
            if let Some(reason) = (*leave.typed_error).clone().or(blocked.as_ref().map(ToString::to_string)) {
                <p class="blocker" role="alert">{ reason }</p>
            }
            if props.from_review {
                <div class="actions nav">
                    <button onclick={on_back}>{ "Back" }</button>
                    <span class="nav-end">
                        <button onclick={on_next}>{ "Next" }</button>
                        <button class="primary" onclick={on_review}>{ "Save and return to the review" }</button>
                    </span>
                </div>
            } else {
                <div class="actions nav">
                    <button onclick={on_back}>{ "Back" }</button>
                    <button class="primary" onclick={on_next}>{ "Next" }</button>
                </div>
                if app.state().visited_review {
                    <p class="jump"><a href={Route::Review.to_hash()}>{ "Back to the review of all answers" }</a></p>
                }
            }
        </>
    }
}

/// The page's heading and lead: the subject's name on a page about a named company, the
/// dimension's title (and intro) on a page about one dimension.
fn step_heading(module: &Module, step: &StepKind, app: &Assessment) -> (String, Option<String>) {
    match step {
        StepKind::Subjects => match module.subjects {
            Subjects::Portfolio => (
                "Your go-to-market partners".into(),
                Some("List the partners you market and sell with, and the tier each is treated as today. Each gets its own short pages next.".into()),
            ),
            _ => (
                "Whom are you assessing?".into(),
                Some("Add your own company, one or more partners, or both. Each gets its own pages, and the report shows them side by side.".into()),
            ),
        },
        StepKind::Profile => ("Your partner functions".into(), Some(module.summary.clone())),
        StepKind::Questions(page) => page_heading(module, page, app),
    }
}

fn page_heading(module: &Module, page: &Page, app: &Assessment) -> (String, Option<String>) {
    if let Some(name) = subject_name(app, page) {
        let intro = match module.subjects {
            Subjects::Portfolio => format!(
                "Answer for {name} as the partnership stands today, from what you can point to rather than what was intended."
            ),
            _ => format!("Grade each sign for {name} by the evidence you can see today."),
        };
        return (name, Some(intro));
    }
    match page.sections.as_slice() {
        [only] => module
            .dimensions
            .get(only.dimension)
            .map_or((module.title.clone(), None), |d| {
                let title = match only.part {
                    Some((part, of)) => format!("{} ({part} of {of})", d.title),
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
        let intro =
            for_subject(&dimension.intro, about.as_deref().unwrap_or("this company")).into_owned();
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

fn missing_step() -> Html {
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "This step is not part of your assessment" }</h1>
            <p>{ "The link points to a module you have not chosen, or to a step that no longer exists." }</p>
            <p><a href="#/choose">{ "Choose your modules" }</a></p>
        </>
    }
}
