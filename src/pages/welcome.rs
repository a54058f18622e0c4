//! The first screen: what the assessment is, the two ways to take it with honest times
//! computed from the content, the privacy promise, and the modules.

use yew::prelude::*;

use partnering_core::answers::Answers;
use partnering_core::display::module_heading;
use partnering_core::journey::{assessment_seconds, minutes};
use partnering_core::model::Module;
use partnering_core::route::Route;
use partnering_core::session::finished;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::ReopenReport;

#[component(WelcomePage)]
pub fn welcome_page() -> Html {
    let app = use_assessment();
    // A new assessment replaces progress that was offered back and not resumed, so it asks.
    let confirming = use_state(|| None::<bool>);
    let start = |quick: bool| {
        let (app, confirming) = (app.clone(), confirming.clone());
        Callback::from(move |_| {
            let replacing = app.state().saved.is_some();
            if replacing {
                if *confirming != Some(quick) {
                    confirming.set(Some(quick));
                    return;
                }
                app.start_over();
            }
            app.set_quick(quick);
            // A fresh start has every module ticked, as the time on the card counts them; the
            // first screen's "Choose modules" lets the person untick what they do not want.
            if replacing || app.answers().modules.is_empty() {
                for module in app.offered_modules() {
                    app.toggle_module(&module.id);
                }
            }
            browser::navigate(&Route::Choose)
        })
    };
    let offered = app.offered_modules();
    let total = |quick| {
        minutes(assessment_seconds(
            app.content,
            &offered,
            &Answers::default(),
            quick,
        ))
    };
    let all = match offered.len() {
        1 => "the module".to_owned(),
        n => format!("all {n} modules"),
    };
    let saved = app.state().saved.is_some();
    // A finished assessment is kept aside to restore; unfinished progress is replaced.
    let replacing_note = if app
        .state()
        .saved
        .as_ref()
        .is_some_and(|s| finished(app.content, &s.answers))
    {
        "A new assessment takes the place of your finished one, which stays in this browser: restore it from this screen at any time."
    } else {
        "A new assessment replaces the one saved in this browser. Resume it above to keep it, or replace it."
    };
    // The quick check is the main way on a first visit, unless the configuration says the full
    // assessment; the main way comes first.
    let full_primary = app.config.full_primary;
    let card = |quick: bool| {
        let time = format!("About {} minutes for {all}", total(quick));
        way_card(quick, quick != full_primary, time, saved, start(quick))
    };
    let (full, quick) = (card(false), card(true));
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "How mature is your partnering?" }</h1>
            <p class="lead">{ "A self-assessment for partner, channel and alliance leaders: where partnering value is being lost, and the few actions that would recover the most of it." }</p>
            <div class="ways">
                if full_primary { { full } { quick } } else { { quick } { full } }
            </div>
            <p class="hint">{ "Either way the first question follows at once; which modules you take can be changed there." }</p>
            if let Some(quick) = *confirming && saved {
                <div class="notice" role="alert">
                    <p>{ replacing_note }</p>
                    <div class="actions"><button onclick={start(quick)}>{ "Replace it and start a new assessment" }</button></div>
                </div>
            }
            <p class="privacy"><strong>{ "Private by design: " }</strong>{ "your answers stay in this browser. Nothing is sent to any server; a share link carries the answers inside the link itself." }</p>
            { module_list(&app, &offered) }
            { more_links() }
            <ReopenReport />
        </>
    }
}

/// The modules offered, each with its time and what it looks at.
fn module_list(app: &Assessment, offered: &[&'static Module]) -> Html {
    html! {
        <section aria-labelledby="modules-heading">
            <h2 id="modules-heading">{ match offered.len() {
                1 => "One module".to_owned(),
                4 => "Four modules, take one or all".to_owned(),
                n => format!("{n} modules, take one or all"),
            } }</h2>
            <ul class="module-list">
                { for offered.iter().map(|m| html! {
                    <li>
                        <strong>{ module_heading(&m.letter, &m.title) }</strong>
                        <span class="minutes">{ format!(" · about {} min", minutes(assessment_seconds(app.content, &[*m], &Answers::default(), false))) }</span>
                        <p>{ &m.summary }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// The ways in for those who already have reports.
fn more_links() -> Html {
    html! {
        <section aria-labelledby="more-heading">
            <h2 id="more-heading">{ "Already have reports?" }</h2>
            <ul class="more-links">
                <li><a href="#/compare">{ "Compare two reports" }</a>{ " — your view and your partner's, or this quarter and last" }</li>
                <li><a href="#/team">{ "Combine a team's answers" }</a>{ " — see where respondents agree and where they do not" }</li>
            </ul>
        </section>
    }
}

/// One way in, quick or full, with its honest time; `primary` for the main way.
fn way_card(
    quick: bool,
    primary: bool,
    time: String,
    saved: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    let (title, detail, label) = match quick {
        true => (
            "Quick check",
            "The most telling questions only. An indicative level per module; continue into the full assessment later without answering again.",
            if saved {
                "Start a new quick check"
            } else {
                "Start the quick check"
            },
        ),
        false => (
            "Full assessment",
            "Every question. A report with levels that follow the evidence, findings, and actions with owners for next quarter's plan. Each extra partner you assess adds a few minutes.",
            if saved {
                "Start a new full assessment"
            } else {
                "Start the full assessment"
            },
        ),
    };
    html! {
        <div class={classes!("way", quick.then_some("quick"), primary.then_some("main"))}>
            <h2>{ title }</h2>
            <p class="way-time">{ time }</p>
            <p>{ detail }</p>
            <button class={classes!(primary.then_some("primary"))} {onclick}>{ label }</button>
        </div>
    }
}
