//! What one's own report offers besides reading it: the product's next steps (continue a quick
//! check, the 90-day plan, the two-sided review), the one menu to share, print and download,
//! changing the answers, and starting over (which asks first, beside the button).

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::{CopyLink, NextStep, ReportMenu};
use partnering_core::export;
use partnering_core::route::Route;
use partnering_core::scoring::Report;
use partnering_core::share;

fn go(route: Route) -> Callback<MouseEvent> {
    Callback::from(move |_| browser::navigate(&route))
}

/// Continuing a quick check keeps every answer and asks the rest, from the first screen with
/// something unanswered.
fn continue_full(app: &Assessment) -> Callback<MouseEvent> {
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
}

/// The product's own next step: after a quick check, the full assessment; otherwise the
/// 90-day plan, then the two-sided review.
pub fn own_next_step(app: &Assessment, quick: bool) -> NextStep {
    let plan = (AttrValue::from("Make my 90-day plan"), go(Route::Plan));
    let review = (
        AttrValue::from("Invite your partner to a two-sided review"),
        go(Route::Gap),
    );
    if quick {
        NextStep {
            text: AttrValue::from(
                "Next: the full assessment checks what the quick check could not, and keeps every answer you gave.",
            ),
            label: AttrValue::from("Continue to the full assessment"),
            onclick: continue_full(app),
            others: vec![plan],
        }
    } else {
        NextStep {
            text: AttrValue::from(
                "Next: turn the actions into a 90-day plan with owners, dates and targets, then review it with your partner.",
            ),
            label: plan.0,
            onclick: plan.1,
            others: vec![review],
        }
    }
}

fn download_json(app: &Assessment, report: &Rc<Report>) -> Callback<MouseEvent> {
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
}

fn download_csv(app: &Assessment) -> Callback<MouseEvent> {
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
}

/// Inside a frame, some browsers (iOS Safari) print the host page: the report opens in a tab
/// of its own, through its share link, and prints there.
fn print(app: &Assessment) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        if browser::is_framed() {
            let token = share::encode(app.content, app.answers());
            browser::open_tab(&browser::link_to(&Route::Print(token)));
        } else {
            browser::print();
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct OwnReportActionsProps {
    pub report: Rc<Report>,
    pub share_url: AttrValue,
}

/// The menu, Change answers and Start over, after the summary.
#[component(OwnReportActions)]
pub fn own_report_actions(props: &OwnReportActionsProps) -> Html {
    let app = use_assessment();
    let confirming = use_state(|| false);
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
    html! {
        <>
            <div class="toolbar no-print" role="group" aria-label="Report actions">
                <ReportMenu>
                    <CopyLink url={props.share_url.clone()} label="Copy link to this report" />
                    <button onclick={print(&app)}>{ "Print or PDF" }</button>
                    <button onclick={download_json(&app, &props.report)}>{ "Download answers (JSON)" }</button>
                    <button onclick={download_csv(&app)}>{ "Download spreadsheet (CSV)" }</button>
                </ReportMenu>
                <button class="quiet" onclick={go(Route::Review)}>{ "Change answers" }</button>
                <button class="quiet" onclick={start_over.clone()}>{ "Start over" }</button>
            </div>
            if *confirming {
                <div class="notice no-print" role="alert">
                    <p>{ "Starting over clears these answers from this browser. Copy the share link or download the answers first if you want to keep them." }</p>
                    <div class="actions">
                        <button onclick={start_over}>{ "Clear my answers and start over" }</button>
                        <button class="primary" onclick={keep}>{ "Keep my answers" }</button>
                    </div>
                </div>
            }
        </>
    }
}
