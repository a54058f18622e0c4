//! One's own report: the report view with its toolbar (print, downloads, change answers,
//! start over, continue a quick check), and the report event for the host page.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser::{self, embed};
use crate::components::{CallToAction, ContentRef, ReportView};
use partnering_core::events;
use partnering_core::export;
use partnering_core::route::Route;
use partnering_core::scoring::score;
use partnering_core::share;

#[component(ReportPage)]
pub fn report_page() -> Html {
    let app = use_assessment();
    let report = use_memo(app.answers().clone(), |answers| score(app.content, answers));
    {
        let (app, report) = (app.clone(), report.clone());
        use_effect_with(report.clone(), move |_| {
            if !app.answers().modules.is_empty() {
                let message =
                    events::report_ready_for(&app.config, app.content, app.answers(), &report);
                embed::post(&app.config, &message);
            }
        });
    }
    let share_url = use_memo(app.answers().clone(), |answers| {
        browser::link_to(&Route::Shared(share::encode(app.content, answers)))
    });
    // Starting over clears the answers, so it asks first.
    let confirming = use_state(|| false);
    if app.answers().modules.is_empty() {
        return html! {
            <>
                <h1 id="page-heading" tabindex="-1">{ "No assessment yet" }</h1>
                <p class="lead">{ "There are no answers in this browser to report on. Take the assessment, or open a report someone shared with you from its link." }</p>
                <div class="actions"><a class="button primary" href={Route::Welcome.to_hash()}>{ "Start the assessment" }</a></div>
            </>
        };
    }
    let download_json = {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |_| {
            let date = browser::today();
            let json = export::to_json(app.content, app.answers(), &report, &date);
            browser::download(
                &format!("partnering-maturity-{date}.json"),
                "application/json",
                &json,
            );
        })
    };
    let download_csv = {
        let app = app.clone();
        Callback::from(move |_| {
            // The byte-order mark lets spreadsheet programs read names in any script.
            let csv = format!("\u{feff}{}", export::to_csv(app.content, app.answers()));
            browser::download(
                &format!("partnering-maturity-{}.csv", browser::today()),
                "text/csv",
                &csv,
            );
        })
    };
    let start_over = {
        let (app, confirming) = (app.clone(), confirming.clone());
        Callback::from(move |_| {
            if !*confirming {
                confirming.set(true);
                return;
            }
            app.start_over();
            browser::navigate(&Route::Welcome);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    // Continuing a quick check keeps every answer and asks the rest, from the first screen
    // with something new.
    let continue_full = {
        let app = app.clone();
        Callback::from(move |_| {
            app.set_quick(false);
            if let Some(first) = app.answers().modules.first() {
                browser::navigate(&Route::Step {
                    module: first.clone(),
                    index: 0,
                });
            }
        })
    };
    let toolbar = html! {
        <div class="toolbar no-print" role="toolbar" aria-label="Report actions">
            if report.quick {
                <button class="primary" onclick={continue_full}>{ "Continue to the full assessment" }</button>
            }
            <button onclick={Callback::from(|_| browser::print())}>{ "Print or PDF" }</button>
            <button onclick={download_json} aria-label="Download answers (JSON)">{ "Answers (JSON)" }</button>
            <button onclick={download_csv} aria-label="Download spreadsheet (CSV)">{ "Spreadsheet (CSV)" }</button>
            <button onclick={Callback::from(|_| browser::navigate(&Route::Review))}>{ "Change answers" }</button>
            <button onclick={start_over.clone()}>{ "Start over" }</button>
        </div>
    };
    html! {
        <>
            if *confirming {
                <div class="notice no-print" role="alert">
                    <p>{ "Starting over clears these answers from this browser. Copy the share link or download the answers first if you want to keep them." }</p>
                    <div class="actions">
                        <button onclick={start_over}>{ "Clear my answers and start over" }</button>
                        <button class="primary" onclick={keep}>{ "Keep my answers" }</button>
                    </div>
                </div>
            }
            <ReportView report={(*report).clone()} content={ContentRef(app.content)} share_url={(*share_url).clone()}
                consultancy={app.consultancy()} date={browser::today()}
                cta={CallToAction::from_config(&app.config)} {toolbar} />
        </>
    }
}
