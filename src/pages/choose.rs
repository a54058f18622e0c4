//! Choosing how to take the assessment: the company's size, a quick check or the full
//! assessment, and which modules.

use yew::prelude::*;

use partnering_core::display::module_heading;
use partnering_core::journey::{assessment_seconds, minutes, module_seconds};
use partnering_core::model::SubjectId;
use partnering_core::route::Route;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::QuestionCard;

#[component(ChoosePage)]
pub fn choose_page() -> Html {
    let app = use_assessment();
    let tried = use_state(|| false);
    let answers = app.answers();
    let chosen = &answers.modules;
    // Modules no longer offered are listed for as long as the page is open, so unticking one
    // keeps its checkbox (and the focus) in place and can be undone.
    let withdrawn = {
        let app = app.clone();
        use_memo((), move |_| app.withdrawn_modules())
    };
    let listed: Vec<_> = app
        .offered_modules()
        .into_iter()
        .map(|m| (m, false))
        .chain(withdrawn.iter().map(|m| (*m, true)))
        .collect();
    let size_missing = answers.size(app.content).is_none();
    let problem = if chosen.is_empty() {
        Some("Tick at least one module to begin.")
    } else if size_missing {
        Some("Say how many people your company employs, so the advice fits its size.")
    } else {
        None
    };
    let next = {
        let (tried, first) = (tried.clone(), chosen.first().cloned());
        let blocked = problem.is_some();
        Callback::from(move |_| match &first {
            Some(module) if !blocked => browser::navigate(&Route::Step {
                module: module.clone(),
                index: 0,
            }),
            _ => tried.set(true),
        })
    };
    let back = Callback::from(|_| browser::navigate(&Route::Welcome));
    let opening = app.content.opening.iter().map(|question| {
        let on_answer = {
            let (app, id) = (app.clone(), question.id.clone());
            Callback::from(move |r| app.answer(&id, SubjectId::ORGANIZATION, r))
        };
        html! {
            <QuestionCard {question} subject={SubjectId::ORGANIZATION} {on_answer}
                missing={*tried && size_missing}
                response={answers.response(&question.id, SubjectId::ORGANIZATION).cloned()} />
        }
    });
    // Totals for the modules ticked (all offered while none is) and the partners named so far.
    let counted: Vec<_> = match listed
        .iter()
        .filter(|(m, _)| chosen.contains(&m.id))
        .count()
    {
        0 => app.offered_modules(),
        _ => listed
            .iter()
            .map(|(m, _)| *m)
            .filter(|m| chosen.contains(&m.id))
            .collect(),
    };
    let which = match (chosen.is_empty(), counted.len()) {
        (true, 4) => "all four modules".to_owned(),
        (true, n) => format!("all {n} modules"),
        (false, 1) => "the module ticked".to_owned(),
        (false, n) => format!("the {n} modules ticked"),
    };
    let total = |quick| minutes(assessment_seconds(app.content, &counted, answers, quick));
    let mode = |quick: bool, label: String, detail: &str| {
        let app = app.clone();
        let onchange = Callback::from(move |_| app.set_quick(quick));
        let id = if quick { "mode-quick" } else { "mode-full" };
        html! {
            <div class="choice">
                <input type="radio" name="mode" id={id} checked={answers.quick == quick} {onchange} />
                <label for={id}>
                    <span class="choice-label">{ label }</span>
                    <span class="choice-detail">{ detail.to_owned() }</span>
                </label>
            </div>
        }
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "Choose how to take it" }</h1>
            { for opening }
            <fieldset class="choices">
                <legend>{ "How thorough?" }</legend>
                { mode(false, format!("Full assessment · about {} minutes for {which}", total(false)), "Every question: a report with scores, findings and a plan you can act on.") }
                { mode(true, format!("Quick check · about {} minutes for {which}", total(true)), "The most telling question per area: an indicative level per module. Continue into the full assessment later without answering again.") }
            </fieldset>
            <fieldset class="choices">
                <legend>{ "Modules to take" }</legend>
                <p class="hint">{ "Each module stands alone; they are taken in the order you tick them." }</p>
                { for listed.iter().map(|(m, withdrawn)| {
                    let checked = chosen.contains(&m.id);
                    let toggle = {
                        let (app, id) = (app.clone(), m.id.clone());
                        Callback::from(move |_| app.toggle_module(&id))
                    };
                    let input_id = format!("module-{}", m.id);
                    let time = minutes(module_seconds(m, answers));
                    html! {
                        <div class="choice">
                            <input type="checkbox" id={input_id.clone()} {checked} onchange={toggle} />
                            <label for={input_id}>
                                <span class="choice-label">{ module_heading(&m.letter, &m.title) }</span>
                                <span class="choice-detail">{ format!("{} About {time} minutes.", m.summary) }</span>
                                if *withdrawn {
                                    <span class="choice-detail">{ "No longer offered here. You chose it earlier; untick it to leave it out of your report." }</span>
                                }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
            if let Some(problem) = problem.filter(|_| *tried) {
                <p class="blocker" role="alert">{ problem }</p>
            }
            <div class="actions nav">
                // Without a welcome screen there is nothing to go back to.
                if app.config.show_welcome { <button onclick={back}>{ "Back" }</button> } else { <span></span> }
                <button class="primary" onclick={next}>{ "Begin" }</button>
            </div>
        </>
    }
}
