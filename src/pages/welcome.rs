//! The first screen: what the assessment is, the two ways to take it with honest times
//! computed from the content, the privacy promise, and the modules.

use yew::prelude::*;

use partnering_core::answers::Answers;
use partnering_core::display::module_heading;
use partnering_core::journey::minutes;
use partnering_core::model::Module;
use partnering_core::route::Route;
use partnering_core::session::finished;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::ReopenReport;
use crate::words::use_words;
use partnering_core::i18n::Words;

#[component(WelcomePage)]
pub fn welcome_page() -> Html {
    let app = use_assessment();
    let words = use_words();
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
    let total = |quick| minutes(app.seconds(&offered, &Answers::default(), quick));
    let all = words.count("welcome.all_modules", offered.len(), &[]);
    let saved = app.state().saved.is_some();
    let replacing_note = replacing_note(&words, &app);
    // The quick check is the main way on a first visit, unless the configuration says the full
    // assessment; the main way comes first.
    let full_primary = app.config.full_primary;
    let card = |quick: bool| {
        let minutes = total(quick).to_string();
        let time = words.fill(
            "welcome.time",
            &[("minutes", (&minutes).into()), ("which", (&all).into())],
        );
        way_card(
            &words,
            quick,
            quick != full_primary,
            time,
            saved,
            start(quick),
        )
    };
    let (full, quick) = (card(false), card(true));
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("welcome.title") }</h1>
            <p class="lead">{ words.get("welcome.lead") }</p>
            <div class="ways">
                if full_primary { { full } { quick } } else { { quick } { full } }
            </div>
            <p class="hint">{ words.get("welcome.either_way") }</p>
            if let Some(quick) = *confirming && saved {
                <div class="notice" role="alert">
                    <p>{ replacing_note }</p>
                    <div class="actions"><button onclick={start(quick)}>{ words.get("welcome.replace") }</button></div>
                </div>
            }
            <p class="privacy"><strong>{ words.get("welcome.privacy_title") }</strong>{ words.get("welcome.privacy") }</p>
            { module_list(&words, &app, &offered) }
            { more_links(&words) }
            <ReopenReport />
        </>
    }
}

/// What starting anew does to the assessment saved here: a finished one is kept aside to
/// restore; unfinished progress is replaced.
fn replacing_note<'a>(words: &'a Words, app: &Assessment) -> &'a str {
    let finished_saved = app
        .state()
        .saved
        .as_ref()
        .is_some_and(|s| finished(app.content, &s.answers));
    match finished_saved {
        true => words.get("welcome.replacing_finished"),
        false => words.get("welcome.replacing_progress"),
    }
}

/// The modules offered, each with its time and what it looks at.
fn module_list(words: &Words, app: &Assessment, offered: &[&'static Module]) -> Html {
    html! {
        <section aria-labelledby="modules-heading">
            <h2 id="modules-heading">{ match offered.len() {
                1 => words.get("welcome.modules_one").to_owned(),
                4 => words.get("welcome.modules_four").to_owned(),
                n => words.count("welcome.modules_many", n, &[]),
            } }</h2>
            <ul class="module-list">
                { for offered.iter().map(|m| html! {
                    <li>
                        <strong>{ module_heading(&m.letter, &m.title) }</strong>
                        <span class="minutes">{ words.fill("welcome.module_minutes", &[("minutes", minutes(app.seconds(&[*m], &Answers::default(), false)).into())]) }</span>
                        <p>{ &m.summary }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// The ways in for those who already have reports.
fn more_links(words: &Words) -> Html {
    html! {
        <section aria-labelledby="more-heading">
            <h2 id="more-heading">{ words.get("welcome.more_title") }</h2>
            <ul class="more-links">
                <li><a href="#/compare">{ words.get("welcome.compare_link") }</a>{ words.get("welcome.compare_hint") }</li>
                <li><a href="#/team">{ words.get("welcome.team_link") }</a>{ words.get("welcome.team_hint") }</li>
            </ul>
        </section>
    }
}

/// One way in, quick or full, with its honest time; `primary` for the main way.
fn way_card(
    words: &Words,
    quick: bool,
    primary: bool,
    time: String,
    saved: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    let (title, detail, label) = match quick {
        true => (
            words.get("welcome.quick_title"),
            words.get("welcome.quick_detail"),
            if saved {
                words.get("welcome.quick_new")
            } else {
                words.get("welcome.quick_start")
            },
        ),
        false => (
            words.get("welcome.full_title"),
            words.get("welcome.full_detail"),
            if saved {
                words.get("welcome.full_new")
            } else {
                words.get("welcome.full_start")
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
