//! The first screen of the journey: the company's size, the one opening question. How to take
//! the assessment and which modules stay behind a "Choose modules" disclosure, already set by
//! the welcome's button (every offered module, quick or full).

use yew::prelude::*;

use partnering_core::display::module_heading;
use partnering_core::journey::{
    assessment_seconds, minutes, module_seconds, opening_position, stepper,
};
use partnering_core::model::{Module, SubjectId};
use partnering_core::route::Route;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::{Progress, QuestionCard};

#[component(ChoosePage)]
pub fn choose_page() -> Html {
    let app = use_assessment();
    let tried = use_state(|| false);
    {
        // Without a welcome this is the first screen: a first visit takes the configured way.
        let app = app.clone();
        use_effect_with((), move |_| {
            if app.answers().modules.is_empty() && app.answers().responses.is_empty() {
                app.set_quick(!app.config.full_primary);
            }
        });
    }
    let answers = app.answers();
    let size_missing = answers.size(app.content).is_none();
    let next = {
        let (app, tried) = (app.clone(), tried.clone());
        Callback::from(move |_| {
            if app.answers().size(app.content).is_none() {
                tried.set(true);
                return;
            }
            // Nothing ticked means every module offered, as the summary says.
            if app.answers().modules.is_empty() {
                for module in app.offered_modules() {
                    app.toggle_module(&module.id);
                }
            }
            let first = app.answers().modules.first().cloned();
            let first = first.or_else(|| app.offered_modules().first().map(|m| m.id.clone()));
            if let Some(module) = first {
                browser::navigate(&Route::Step { module, index: 0 });
            }
        })
    };
    let back = Callback::from(|_| browser::navigate(&Route::Welcome));
    let opening = app.content.opening.iter().map(|question| {
        let on_answer = {
            let (app, id) = (app.clone(), question.id.clone());
            Callback::from(move |r| app.answer(&id, SubjectId::ORGANIZATION, r))
        };
        html! {
            <QuestionCard {question} subject={SubjectId::ORGANIZATION} {on_answer} number={Some(1)}
                missing={*tried && size_missing}
                response={answers.response(&question.id, SubjectId::ORGANIZATION).cloned()} />
        }
    });
    html! {
        <>
            <Progress position={opening_position(app.content, answers)}
                stages={stepper(app.content, answers, None)} module_title="Your company" />
            <h1 id="page-heading" tabindex="-1">{ "About your company" }</h1>
            <div class="questions">{ for opening }</div>
            if *tried && size_missing {
                <p class="blocker" role="alert">{ "Say how many people your company employs, so the advice fits its size." }</p>
            }
            <ModuleChoice />
            <div class="actions nav">
                // Without a welcome screen there is nothing to go back to.
                if app.config.show_welcome { <button onclick={back}>{ "Back" }</button> } else { <span></span> }
                <button class="primary" onclick={next}>{ "Next" }</button>
            </div>
        </>
    }
}

/// The modules listed: those offered, then those chosen earlier and no longer offered (kept
/// for as long as the page is open, so unticking one keeps its checkbox and can be undone).
fn listed(app: &Assessment, withdrawn: &[&'static Module]) -> Vec<(&'static Module, bool)> {
    app.offered_modules()
        .into_iter()
        .map(|m| (m, false))
        .chain(withdrawn.iter().map(|m| (*m, true)))
        .collect()
}

/// "Choose modules": how thorough, and which modules, behind one disclosure whose summary says
/// what is chosen.
#[component(ModuleChoice)]
fn module_choice() -> Html {
    let app = use_assessment();
    let withdrawn = {
        let app = app.clone();
        use_memo((), move |_| app.withdrawn_modules())
    };
    let listed = listed(&app, &withdrawn);
    let answers = app.answers();
    let chosen = &answers.modules;
    let counted: Vec<&Module> = match chosen.is_empty() {
        true => app.offered_modules(),
        false => listed
            .iter()
            .map(|(m, _)| *m)
            .filter(|m| chosen.contains(&m.id))
            .collect(),
    };
    let which = match counted.len() {
        1 => format!(
            "module {}",
            counted.first().map_or("", |m| m.letter.as_str())
        ),
        n if n == app.offered_modules().len() => format!("all {n} modules"),
        n => format!("{n} modules"),
    };
    let total = |quick| minutes(assessment_seconds(app.content, &counted, answers, quick));
    let way = if answers.quick {
        "quick check"
    } else {
        "full assessment"
    };
    let summary = format!(
        "Choose modules ({way}, {which}, about {} min)",
        total(answers.quick)
    );
    html! {
        <details class="choose-modules">
            <summary>{ summary }</summary>
            <fieldset class="choices">
                <legend>{ "How thorough?" }</legend>
                { mode(&app, false, format!("Full assessment \u{b7} about {} minutes", total(false)), "Every question: a report with scores, findings and a plan you can act on.") }
                { mode(&app, true, format!("Quick check \u{b7} about {} minutes", total(true)), "The most telling questions: an indicative level per module. Continue into the full assessment later without answering again.") }
            </fieldset>
            <fieldset class="choices">
                <legend>{ "Modules to take" }</legend>
                <p class="hint">{ "Each module stands alone; they are taken in the order you tick them. None ticked takes them all." }</p>
                { for listed.iter().map(|(m, withdrawn)| module_box(&app, m, *withdrawn)) }
            </fieldset>
        </details>
    }
}

fn mode(app: &Assessment, quick: bool, label: String, detail: &str) -> Html {
    let onchange = {
        let app = app.clone();
        Callback::from(move |_| app.set_quick(quick))
    };
    let id = if quick { "mode-quick" } else { "mode-full" };
    html! {
        <div class="choice">
            <input type="radio" name="mode" id={id} checked={app.answers().quick == quick} {onchange} />
            <label for={id}>
                <span class="choice-label">{ label }</span>
                <span class="choice-detail">{ detail.to_owned() }</span>
            </label>
        </div>
    }
}

fn module_box(app: &Assessment, module: &'static Module, withdrawn: bool) -> Html {
    let toggle = {
        let (app, id) = (app.clone(), module.id.clone());
        Callback::from(move |_| app.toggle_module(&id))
    };
    let input_id = format!("module-{}", module.id);
    let time = minutes(module_seconds(module, app.answers()));
    html! {
        <div class="choice">
            <input type="checkbox" id={input_id.clone()} checked={app.answers().modules.contains(&module.id)} onchange={toggle} />
            <label for={input_id}>
                <span class="choice-label">{ module_heading(&module.letter, &module.title) }</span>
                <span class="choice-detail">{ format!("{} About {time} minutes.", module.summary) }</span>
                if withdrawn {
                    <span class="choice-detail">{ "No longer offered here. You chose it earlier; untick it to leave it out of your report." }</span>
                }
            </label>
        </div>
    }
}
