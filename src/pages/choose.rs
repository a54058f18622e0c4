//! The first screen of the journey: the company's size, the one opening question. How to take
//! the assessment and which modules stay behind a "Choose modules" disclosure, already set by
//! the welcome's button (every offered module, quick or full).

use yew::prelude::*;

use partnering_core::display::module_heading;
use partnering_core::journey::{minutes, opening_position, stepper};
use partnering_core::model::{Module, SubjectId};
use partnering_core::route::Route;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::{Progress, QuestionCard};
use crate::words::use_words;
use partnering_core::i18n::Words;

#[component(ChoosePage)]
pub fn choose_page() -> Html {
    let app = use_assessment();
    let words = use_words();
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
    {
        // The packs of the modules that Next will take start loading now, so it never waits.
        let app = app.clone();
        let deps = (app.answers().modules.clone(), app.answers().quick);
        use_effect_with(deps, move |_| {
            let offered: Vec<_> = app.offered_modules().iter().map(|m| m.id.clone()).collect();
            crate::app::prefetch_packs(app.answers(), &offered);
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
            <Progress position={opening_place(&app)}
                stages={stepper(app.content, answers, None)} module_title={words.get("choose.your_company").to_owned()} />
            <h1 id="page-heading" tabindex="-1">{ words.get("choose.title") }</h1>
            <div class="questions">{ for opening }</div>
            if *tried && size_missing {
                <p class="blocker" role="alert">{ words.get("choose.size_missing") }</p>
            }
            <ModuleChoice />
            <div class="actions nav">
                // Without a welcome screen there is nothing to go back to.
                if app.config.show_welcome { <button onclick={back}>{ words.get("common.back") }</button> } else { <span></span> }
                <button class="primary" onclick={next}>{ words.get("common.next") }</button>
            </div>
        </>
    }
}

/// The opening screen's place, with a chosen module whose pack is still on the way counted at
/// its catalog estimate.
fn opening_place(app: &Assessment) -> partnering_core::journey::Position {
    let answers = app.answers();
    let mut position = opening_position(app.content, answers);
    let waiting: Vec<&Module> = partnering_core::journey::chosen_modules(app.content, answers)
        .into_iter()
        .filter(|m| m.dimensions.is_empty())
        .collect();
    let seconds: usize = waiting.iter().map(|m| app.module_seconds(m, answers)).sum();
    position.minutes_left = minutes(position.minutes_left * 60 + seconds);
    position
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
    let words = use_words();
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
        1 => words.fill(
            "choose.one_module",
            &[(
                "letter",
                counted.first().map_or("", |m| m.letter.as_str()).into(),
            )],
        ),
        n if n == app.offered_modules().len() => words.count("choose.all_modules", n, &[]),
        n => words.count("choose.some_modules", n, &[]),
    };
    let total = |quick| minutes(app.seconds(&counted, answers, quick));
    let way = if answers.quick {
        words.get("choose.quick_check")
    } else {
        words.get("choose.full_assessment")
    };
    let summary = words.fill(
        "choose.summary",
        &[
            ("way", way.into()),
            ("which", (&which).into()),
            ("minutes", total(answers.quick).into()),
        ],
    );
    let label = |key: &str, quick| words.fill(key, &[("minutes", total(quick).into())]);
    html! {
        <details class="choose-modules">
            <summary>{ summary }</summary>
            <fieldset class="choices">
                <legend>{ words.get("choose.how_thorough") }</legend>
                { mode(&app, false, label("choose.full_label", false), words.get("choose.full_detail")) }
                { mode(&app, true, label("choose.quick_label", true), words.get("choose.quick_detail")) }
            </fieldset>
            <fieldset class="choices">
                <legend>{ words.get("choose.modules_legend") }</legend>
                <p class="hint">{ words.get("choose.modules_hint") }</p>
                { for listed.iter().map(|(m, withdrawn)| module_box(&words, &app, m, *withdrawn)) }
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

fn module_box(words: &Words, app: &Assessment, module: &'static Module, withdrawn: bool) -> Html {
    let toggle = {
        let (app, id) = (app.clone(), module.id.clone());
        Callback::from(move |_| app.toggle_module(&id))
    };
    let input_id = format!("module-{}", module.id);
    let time = minutes(app.module_seconds(module, app.answers()));
    html! {
        <div class="choice">
            <input type="checkbox" id={input_id.clone()} checked={app.answers().modules.contains(&module.id)} onchange={toggle} />
            <label for={input_id}>
                <span class="choice-label">{ module_heading(&module.letter, &module.title) }</span>
                <span class="choice-detail">{ words.fill("choose.module_detail", &[("summary", (&module.summary).into()), ("minutes", time.into())]) }</span>
                if withdrawn {
                    <span class="choice-detail">{ words.get("choose.withdrawn") }</span>
                }
            </label>
        </div>
    }
}
