//! One's own report: the report view with its toolbar (print, downloads, change answers,
//! start over, continue a quick check), and the report event for the host page.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser::{self, embed};
use crate::components::{CallToAction, ContentRef, LeadFormView, NextStep, ReportView};
use partnering_core::events;
use partnering_core::export;
use partnering_core::funnel::{Contact, LeadPosition};
use partnering_core::route::Route;
use partnering_core::scoring::score;
use partnering_core::share;

#[component(ReportPage)]
pub fn report_page() -> Html {
    let app = use_assessment();
    let report = use_memo(app.answers().clone(), |answers| score(app.content, answers));
    // The report counts as shown once no contact step stands before it.
    let held_back =
        app.config.lead.as_ref().is_some_and(|form| {
            form.position == LeadPosition::BeforeReport && !app.state().lead_done
        });
    {
        let (app, report) = (app.clone(), report.clone());
        use_effect_with((report.clone(), held_back), move |(_, held_back)| {
            if !app.answers().modules.is_empty() && !held_back {
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
    // with something unanswered.
    let continue_full = {
        let app = app.clone();
        Callback::from(move |_| {
            let full = partnering_core::answers::Answers {
                quick: false,
                ..app.answers().clone()
            };
            app.set_quick(false);
            browser::navigate(&partnering_core::journey::first_unanswered(
                app.content,
                &full,
            ));
        })
    };
    // Inside a frame, some browsers (iOS Safari) print the host page: the report opens in a
    // tab of its own, through its share link, and prints there.
    let print = {
        let app = app.clone();
        Callback::from(move |_| {
            if browser::is_framed() {
                let token = share::encode(app.content, app.answers());
                browser::open_tab(&browser::link_to(&Route::Print(token)));
            } else {
                browser::print();
            }
        })
    };
    let toolbar = html! {
        <div class="toolbar no-print" role="toolbar" aria-label="Report actions">
            if report.quick {
                <button class="primary" onclick={continue_full.clone()}>{ "Continue to the full assessment" }</button>
            }
            <button onclick={print}>{ "Print or PDF" }</button>
            <button onclick={Callback::from(|_| browser::navigate(&Route::Plan))} aria-label="Make a 90-day plan">{ "90-day plan" }</button>
            <button onclick={Callback::from(|_| browser::navigate(&Route::Gap))}>{ "Two-sided review" }</button>
            <button onclick={download_json} aria-label="Download answers (JSON)">{ "Answers (JSON)" }</button>
            <button onclick={download_csv} aria-label="Download spreadsheet (CSV)">{ "Spreadsheet (CSV)" }</button>
            <button onclick={Callback::from(|_| browser::navigate(&Route::Review))}>{ "Change answers" }</button>
            <button onclick={start_over.clone()}>{ "Start over" }</button>
        </div>
    };
    // Where the consultancy configured no call to action with a link, the summary ends with the
    // product's own next step instead of a sentence with nowhere to go.
    let next_step = if report.quick {
        NextStep {
            text: AttrValue::from(
                "Your next step: the full assessment checks what the quick check could not, and keeps every answer you gave.",
            ),
            label: AttrValue::from("Continue to the full assessment"),
            onclick: continue_full,
        }
    } else {
        NextStep {
            text: AttrValue::from(
                "Your next step: turn these actions into a 90-day plan with owners, dates and targets, then invite your partner to a two-sided review.",
            ),
            label: AttrValue::from("Make my 90-day plan"),
            onclick: Callback::from(|_| browser::navigate(&Route::Plan)),
        }
    };
    let level = report.overall.as_ref().map(|o| o.level());
    // The contact step, when configured: sent or skipped once per visit; its details go only
    // to the configured host page.
    let lead = app
        .config
        .lead
        .clone()
        .filter(|_| !app.state().lead_done)
        .map(Rc::new);
    let lead_step = lead.as_ref().map(|form| {
        let on_submit = {
            let (app, report) = (app.clone(), report.clone());
            Callback::from(move |contact: Contact| {
                if let Some(event) = events::lead_submitted_for(
                    &app.config,
                    app.content,
                    app.answers(),
                    &report,
                    &contact,
                    &browser::now_iso(),
                ) {
                    embed::post(&app.config, &event);
                }
                app.lead_done();
            })
        };
        let on_skip = {
            let app = app.clone();
            Callback::from(move |()| app.lead_done())
        };
        html! { <LeadFormView form={form.clone()} consultancy={app.consultancy()} {on_submit} {on_skip} /> }
    });
    if let (Some(form), Some(step)) = (&lead, &lead_step)
        && form.position == LeadPosition::BeforeReport
    {
        return html! {
            <>
                <h1 id="page-heading" tabindex="-1">{ "Your report is ready" }</h1>
                <p class="lead">{ "One step before you see it." }</p>
                { step.clone() }
            </>
        };
    }
    let targets = partnering_core::plan::targets(&report, &app.answers().plan);
    // A partner answering from their side sends their answers back by link.
    let send_back = app.answers().invited_by.clone().map(|inviter| html! {
        <section class="card send-back no-print" aria-labelledby="send-back-heading">
            <h2 id="send-back-heading">{ format!("Send your answers back to {inviter}") }</h2>
            <p>{ format!("Copy the share link below (or download the answers file) and send it to {inviter}. It holds your answers; {inviter} loads it into their two-sided review to see where your views differ.") }</p>
        </section>
    });
    html! {
        <>
            { send_back.unwrap_or_default() }
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
                cta={CallToAction::from_config(&app.config, level)} next_step={Some(next_step)} {toolbar} gate={lead_step} {targets} />
        </>
    }
}
