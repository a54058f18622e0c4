//! What one's own report offers besides reading it: the product's next steps (continue a quick
//! check, the 90-day plan, the two-sided review), the one menu to share, print and download,
//! changing the answers, and starting over (which asks first, beside the button).

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::{CopyLink, NextStep, ReportMenu};
use crate::words::use_words;
use partnering_core::export;
use partnering_core::i18n::Words;
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
pub fn own_next_step(words: &Words, app: &Assessment, quick: bool) -> NextStep {
    let text = |key: &str| AttrValue::from(words.get(key).to_owned());
    let plan = (text("actions.plan"), go(Route::Plan));
    let review = (text("actions.invite"), go(Route::Gap));
    if quick {
        NextStep {
            text: text("actions.quick_next"),
            label: text("actions.continue_full"),
            onclick: continue_full(app),
            others: vec![plan],
        }
    } else {
        NextStep {
            text: text("actions.full_next"),
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

fn download_csv(words: &Rc<Words>, app: &Assessment) -> Callback<MouseEvent> {
    let (words, app) = (words.clone(), app.clone());
    Callback::from(move |_| {
        // The byte-order mark lets spreadsheet programs read names in any script.
        let csv = format!(
            "\u{feff}{}",
            export::to_csv(&words, app.content, app.answers())
        );
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
    let words = use_words();
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
            <div class="toolbar no-print" role="group" aria-label={words.get("actions.label").to_owned()}>
                <ReportMenu>
                    <CopyLink url={props.share_url.clone()} label={words.get("actions.copy_link").to_owned()} />
                    <button onclick={print(&app)}>{ words.get("actions.print") }</button>
                    <button onclick={download_json(&app, &props.report)}>{ words.get("actions.download_json") }</button>
                    <button onclick={download_csv(&words, &app)}>{ words.get("actions.download_csv") }</button>
                </ReportMenu>
                <button class="quiet" onclick={go(Route::Review)}>{ words.get("actions.change") }</button>
                <button class="quiet" onclick={start_over.clone()}>{ words.get("actions.start_over") }</button>
            </div>
            if *confirming {
                <div class="notice no-print" role="alert">
                    <p>{ words.get("actions.start_over_warning") }</p>
                    <div class="actions">
                        <button onclick={start_over}>{ words.get("actions.clear_and_start") }</button>
                        <button class="primary" onclick={keep}>{ words.get("actions.keep") }</button>
                    </div>
                </div>
            }
        </>
    }
}
