//! One screen of questions: a dimension, the profile, the subjects, or everything about one
//! party or partner; with progress, Back and Next.

use yew::prelude::*;

use partnering_core::display::module_heading;

use crate::assessment::use_assessment;
use crate::browser::{self, embed};
use crate::components::{Progress, QuestionCard, SubjectsEditor};
use partnering_core::answers::Answers;
use partnering_core::events;
use partnering_core::journey::{
    StepKind, blocker, chosen_modules, module_steps, neighbours, step_questions,
};
use partnering_core::model::Module;
use partnering_core::route::Route;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub module: AttrValue,
    pub index: usize,
}

#[component(StepPage)]
pub fn step_page(props: &StepProps) -> Html {
    let app = use_assessment();
    let blocked = use_state(|| None::<String>);
    {
        let blocked = blocked.clone();
        use_effect_with((props.module.clone(), props.index), move |_| {
            blocked.set(None)
        });
    }
    let answers = app.answers();
    let modules = chosen_modules(app.content, answers);
    let Some((position, module)) = modules
        .iter()
        .enumerate()
        .find(|(_, m)| m.id == props.module.as_str())
    else {
        return missing_step();
    };
    let steps = module_steps(module, answers);
    let Some(&step) = steps.get(props.index) else {
        return missing_step();
    };
    let around = neighbours(app.content, answers, &module.id, props.index);
    let on_next = {
        let (app, blocked, module_id) = (app.clone(), blocked.clone(), module.id.clone());
        let around = around.clone();
        Callback::from(move |_| {
            let Some(module) = app.content.modules.iter().find(|m| m.id == module_id) else {
                return;
            };
            match blocker(module, step, app.answers()) {
                Some(reason) => blocked.set(Some(reason)),
                None => {
                    if around.next_leaves(&module_id) {
                        embed::post(&app.config, &events::module_completed(module));
                    }
                    browser::navigate(&around.next);
                }
            }
        })
    };
    let on_back = {
        let back = around.back.clone();
        Callback::from(move |_| browser::navigate(&back))
    };
    let (heading, intro) = step_heading(module, step, answers);
    html! {
        <>
            <Progress module_position={position + 1} module_count={modules.len()}
                step_position={props.index + 1} step_count={steps.len()} module_title={module_heading(&module.letter, &module.title)} />
            <h1 id="page-heading" tabindex="-1">{ heading }</h1>
            if let Some(intro) = intro { <p class="lead">{ intro }</p> }
            { step_body(module, step, &app) }
            if let Some(reason) = &*blocked { <p class="blocker" role="alert">{ reason }</p> }
            <div class="actions nav">
                <button onclick={on_back}>{ "Back" }</button>
                <button class="primary" onclick={on_next}>{ "Next" }</button>
            </div>
            if app.state().visited_review {
                <p class="jump"><a href={Route::Review.to_hash()}>{ "Back to the review of all answers" }</a></p>
            }
        </>
    }
}

fn step_heading(module: &Module, step: StepKind, answers: &Answers) -> (String, Option<String>) {
    match step {
        StepKind::Subjects => match module.subject {
            partnering_core::model::Subject::PortfolioPartner => (
                "Your go-to-market partners".into(),
                Some("List the partners you market and sell with, and the tier each is treated as today. Each gets its own short screen next.".into()),
            ),
            _ => (
                "Whom are you assessing?".into(),
                Some("Add your own company, one or more partners, or both. Each gets its own screen, and the report compares them side by side.".into()),
            ),
        },
        StepKind::Profile => ("Your partner functions".into(), Some(module.summary.clone())),
        StepKind::Dimension(index) => module
            .dimensions
            .get(index)
            .map_or((module.title.clone(), None), |d| (d.title.clone(), Some(d.intro.clone()))),
        StepKind::Subject(id) => {
            let name = answers.subjects(module).into_iter().find(|s| s.id == id).map(|s| s.name).unwrap_or_default();
            let intro = match module.subject {
                partnering_core::model::Subject::PortfolioPartner => format!(
                    "Answer for {name} as the partnership stands today, from what you can point to rather than what was intended."
                ),
                _ => format!("Grade each sign for {name} by the evidence you can see today: absent, partial or fully present."),
            };
            (name, Some(intro))
        }
    }
}

fn step_body(module: &'static Module, step: StepKind, app: &crate::assessment::Assessment) -> Html {
    if step == StepKind::Subjects {
        return html! { <SubjectsEditor subject={module.subject} /> };
    }
    let answers = app.answers();
    let cards = step_questions(module, step, answers).into_iter().map(|(question, subject)| {
        let on_answer = { let app = app.clone(); let id = question.id.clone(); Callback::from(move |r| app.answer(&id, subject, r)) };
        let on_toggle = {
            let app = app.clone();
            let id = question.id.clone();
            Callback::from(move |choice: String| app.toggle_choice(&id, &choice))
        };
        html! {
            <QuestionCard key={format!("{}-{}", question.id, subject)} {question} {subject}
                response={answers.response(&question.id, subject).cloned()} {on_answer} {on_toggle} />
        }
    });
    html! { <div class="questions">{ for cards }</div> }
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
