//! From report to plan: a target level per module (`targets`), the actions picked for the next
//! 90 days with an owner and a due date each (`actions`), exports for a spreadsheet, a document
//! and a calendar, and, with an earlier assessment loaded, what moved since (`since`). The plan
//! changes only through the handle's verbs.

mod actions;
mod since;
mod targets;

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Assessment, plan_day, use_assessment};
use crate::browser;
use partnering_core::display::module_heading;
use partnering_core::plan::{
    Date, Plan, default_plan, plan_csv, plan_ics, plan_markdown, reassess_by,
};
use partnering_core::route::Route;
use partnering_core::scoring::{Report, score};

use actions::PlanActions;
use since::ProgressSince;
use targets::PlanTargets;

/// Writes an export of the plan, given the report it was made from.
type Export = Box<dyn Fn(&Plan, &Report) -> String>;

/// Targets as the Markdown export lists them: module, target and current level.
fn target_rows(report: &Report, plan: &Plan) -> Vec<(String, u8, Option<u8>)> {
    report
        .modules
        .iter()
        .filter_map(|m| {
            let target = plan.target(report, &m.id)?;
            Some((
                module_heading(&m.letter, &m.title),
                target,
                m.rating().map(|r| r.level()),
            ))
        })
        .collect()
}

/// The plan's opening line: when it was made and when to reassess.
fn reassess_lead(words: &partnering_core::i18n::Words, made: Date) -> String {
    let made_on = made.to_string();
    match reassess_by(made) {
        Some(by) => words.fill(
            "plan.reassess_by",
            &[
                ("made", made_on.as_str().into()),
                ("by", by.to_string().as_str().into()),
            ],
        ),
        None => words.fill("plan.reassess", &[("made", made_on.as_str().into())]),
    }
}

#[component(PlanPage)]
pub fn plan_page() -> Html {
    let app = use_assessment();
    let words = crate::words::use_words();
    let report = use_memo(app.answers().clone(), |answers| score(app.content, answers));
    {
        // The first visit starts from the three most valuable actions.
        let (app, report) = (app.clone(), report.clone());
        use_effect_with((), move |_| {
            if app.answers().plan.is_empty() && !app.answers().modules.is_empty() {
                app.start_plan(default_plan(&report, plan_day()));
            }
        });
    }
    if app.answers().modules.is_empty() {
        return html! {
            <>
                <h1 id="page-heading" tabindex="-1">{ words.get("report.none_title") }</h1>
                <p class="lead">{ words.get("plan.none_text") }</p>
                <div class="actions"><a class="button primary" href={Route::Welcome.to_hash()}>{ words.get("report.start") }</a></div>
            </>
        };
    }
    let made = app.answers().plan.made.unwrap_or_else(plan_day);
    html! {
        <article class="plan">
            <h1 id="page-heading" tabindex="-1">{ words.get("plan.title") }</h1>
            <p class="lead">{ reassess_lead(&words, made) }</p>
            { toolbar(&words, &app, &report) }
            <PlanTargets report={report.clone()} />
            <PlanActions report={report.clone()} />
            <ProgressSince {report} />
        </article>
    }
}

/// Print, the three downloads, and the way back to the report.
fn toolbar(
    words: &Rc<partnering_core::i18n::Words>,
    app: &Assessment,
    report: &Rc<Report>,
) -> Html {
    let download = |name: &'static str, mime: &'static str, make: Export| {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |_| {
            let text = make(&app.answers().plan, &report);
            let filename = format!("partnering-plan-{}.{name}", browser::today());
            browser::download(&filename, mime, &text);
        })
    };
    let content = app.content;
    let w = words.clone();
    let csv = download(
        "csv",
        "text/csv",
        Box::new(move |p, r| format!("\u{feff}{}", plan_csv(&w, content, p, r.alliance()))),
    );
    let w = words.clone();
    let markdown = download(
        "md",
        "text/markdown",
        Box::new(move |p, r| {
            let title = w.get("plan.export_title");
            plan_markdown(&w, content, p, title, &target_rows(r, p), r.alliance())
        }),
    );
    let w = words.clone();
    let calendar = download(
        "ics",
        "text/calendar",
        Box::new(move |p, _| {
            let made = p.made.unwrap_or_else(plan_day);
            let title = w.get("plan.export_title");
            plan_ics(&w, content, p, made, &browser::now_stamp(), title)
        }),
    );
    html! {
        <div class="toolbar no-print" role="toolbar" aria-label={words.get("plan.toolbar").to_owned()}>
            <button onclick={Callback::from(|_| browser::print())}>{ words.get("plan.print") }</button>
            <button onclick={csv} aria-label={words.get("plan.csv_label").to_owned()}>{ words.get("plan.csv") }</button>
            <button onclick={markdown} aria-label={words.get("plan.markdown_label").to_owned()}>{ words.get("plan.markdown") }</button>
            <button onclick={calendar} aria-label={words.get("plan.ics_label").to_owned()}>{ words.get("plan.ics") }</button>
            <button onclick={Callback::from(|_| browser::navigate(&Route::Report))}>{ words.get("plan.back") }</button>
        </div>
    }
}
