//! The first screen: what the assessment is, how long it takes, the privacy promise, and an
//! offer to resume saved progress.

use yew::prelude::*;

use partnering_core::display::module_heading;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{FileDrop, LoadedFile};
use partnering_core::export;
use partnering_core::journey::estimated_minutes;
use partnering_core::route::Route;
use partnering_core::share;

#[component(WelcomePage)]
pub fn welcome_page() -> Html {
    let app = use_assessment();
    // A new assessment replaces progress that was offered back and not resumed, so it asks.
    let confirming = use_state(|| false);
    let start = {
        let (app, confirming) = (app.clone(), confirming.clone());
        Callback::from(move |_| {
            if app.state().saved.is_some() {
                if !*confirming {
                    confirming.set(true);
                    return;
                }
                app.start_over();
            }
            browser::navigate(&Route::Choose)
        })
    };
    let import_error = use_state(|| None::<String>);
    let on_file = {
        let (app, import_error) = (app.clone(), import_error.clone());
        Callback::from(move |file: LoadedFile| {
            let opened = file
                .text
                .and_then(|text| export::from_json(app.content, &text).map_err(|e| e.to_string()));
            match opened {
                // Imported answers open as a read-only report, like a share link, so nothing in
                // progress is replaced until the person chooses to edit them.
                Ok(imported) => {
                    import_error.set(None);
                    browser::navigate(&Route::Shared(share::encode(
                        app.content,
                        &imported.answers,
                    )));
                }
                Err(message) => import_error.set(Some(format!("{}: {message}", file.name))),
            }
        })
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "How mature is your partnering?" }</h1>
            <p class="lead">{ "A self-assessment for partner, channel and alliance leaders. Answer what you can observe today; the report shows where partnering value is being lost and the few actions that would recover the most of it." }</p>
            <section aria-labelledby="modules-heading">
                <h2 id="modules-heading">{ match app.offered_modules().len() {
                    1 => "One module".to_owned(),
                    4 => "Four modules, take one or all".to_owned(),
                    n => format!("{n} modules, take one or all"),
                } }</h2>
                <ul class="module-list">
                    { for app.offered_modules().into_iter().map(|m| html! {
                        <li>
                            <strong>{ module_heading(&m.letter, &m.title) }</strong>
                            <span class="minutes">{ format!(" · about {} min", estimated_minutes(m)) }</span>
                            <p>{ &m.summary }</p>
                        </li>
                    }) }
                </ul>
            </section>
            <p class="privacy"><strong>{ "Private by design: " }</strong>{ "your answers stay in this browser. Nothing is sent to any server; a share link carries the answers inside the link itself." }</p>
            <div class="actions">
                <button class="primary" onclick={start.clone()}>{ if app.state().saved.is_some() { "Start a new assessment" } else { "Start the assessment" } }</button>
            </div>
            if *confirming && app.state().saved.is_some() {
                <div class="notice" role="alert">
                    <p>{ "A new assessment replaces the one saved in this browser. Resume it above to keep it, or replace it." }</p>
                    <div class="actions"><button onclick={start}>{ "Replace it and start a new assessment" }</button></div>
                </div>
            }
            <section aria-labelledby="more-heading">
                <h2 id="more-heading">{ "Already have reports?" }</h2>
                <ul class="more-links">
                    <li><a href="#/compare">{ "Compare two reports" }</a>{ " — your view and your partner's, or this quarter and last" }</li>
                    <li><a href="#/team">{ "Combine a team's answers" }</a>{ " — see where respondents agree and where they do not" }</li>
                </ul>
            </section>
            <section aria-labelledby="import-heading" class="import">
                <h2 id="import-heading">{ "Reopen a saved report" }</h2>
                <FileDrop id="import-file" label="Open an answers file (JSON) downloaded from a report" on_file={on_file} />
                if let Some(error) = &*import_error { <p class="blocker" role="alert">{ error }</p> }
            </section>
        </>
    }
}
