//! From report to plan: a target level per module, the actions picked for the next 90 days
//! with an owner and a due date each, exports for a spreadsheet, a document and a calendar,
//! and, with an earlier assessment loaded, what moved since.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{DueField, ReportInput, SideInput, TableScroll};
use partnering_core::display::{level_name, module_heading, signed, value_text};
use partnering_core::inputs::read_report;
use partnering_core::plan::{
    self, Date, MAX_PLANNED, Plan, Target, default_plan, plan_csv, plan_ics, plan_markdown,
    planned, reassess_by, recommended, since,
};
use partnering_core::route::Route;
use partnering_core::scoring::{Report, score};

const TITLE: &str = "Partnering plan: the next 90 days";

/// Writes an export of the plan, given the report it was made from.
type Export = Box<dyn Fn(&Plan, &Report) -> String>;

fn today() -> Date {
    Date::parse(&browser::today()).unwrap_or_default()
}

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
fn reassess_lead(made: Date) -> String {
    match reassess_by(made) {
        Some(by) => format!(
            "Made {made}. Reassess by {by}, then load this assessment below to see what moved."
        ),
        None => format!(
            "Made {made}. Reassess in about 90 days, then load this assessment below to see what moved."
        ),
    }
}

#[component(PlanPage)]
pub fn plan_page() -> Html {
    let app = use_assessment();
    let report = use_memo(app.answers().clone(), |answers| score(app.content, answers));
    let earlier = use_state(|| SideInput {
        label: "Earlier assessment".into(),
        ..SideInput::default()
    });
    {
        // The first visit starts from the three most valuable actions.
        let (app, report) = (app.clone(), report.clone());
        use_effect_with((), move |_| {
            if app.answers().plan.is_empty() && !app.answers().modules.is_empty() {
                app.set_plan(default_plan(&report, today()));
            }
        });
    }
    if app.answers().modules.is_empty() {
        return html! {
            <>
                <h1 id="page-heading" tabindex="-1">{ "No assessment yet" }</h1>
                <p class="lead">{ "A plan starts from a report. Take the assessment first, or open a report someone shared with you and edit its answers." }</p>
                <div class="actions"><a class="button primary" href={Route::Welcome.to_hash()}>{ "Start the assessment" }</a></div>
            </>
        };
    }
    let current = app.answers().plan.clone();
    let made = current.made.unwrap_or_else(today);
    let change = |edit: Box<dyn Fn(&mut Plan)>| {
        let app = app.clone();
        move || {
            let mut next = app.answers().plan.clone();
            edit(&mut next);
            next.made.get_or_insert_with(today);
            app.set_plan(next);
        }
    };
    let targets = report.modules.iter().filter_map(|m| {
        let now = m.rating()?.level();
        let target = current.target(&report, &m.id)?;
        let id = format!("target-{}", m.id);
        let module = m.id.clone();
        let onchange = {
            let app = app.clone();
            Callback::from(move |e: Event| {
                let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else { return };
                let Ok(level) = select.value().parse::<u8>() else { return };
                let mut next = app.answers().plan.clone();
                next.targets.retain(|t| t.module != module);
                next.targets.push(Target { module: module.clone(), level });
                next.made.get_or_insert_with(today);
                app.set_plan(next);
            })
        };
        Some(html! {
            <tr>
                <th scope="row">{ module_heading(&m.letter, &m.title) }</th>
                <td>{ format!("Level {now} {}", level_name(app.content, now)) }</td>
                <td>
                    <label for={id.clone()} class="visually-hidden">{ format!("Target for {}", m.title) }</label>
                    <select {id} {onchange}>
                        { for (1..=5u8).map(|level| html! {
                            <option value={level.to_string()} selected={level == target}>{ format!("Level {level} {}", level_name(app.content, level)) }</option>
                        }) }
                    </select>
                </td>
            </tr>
        })
    });
    let full = current.actions.len() >= MAX_PLANNED;
    let actions = recommended(&report).into_iter().map(|action| {
        let picked = current.actions.iter().find(|a| a.id == action.id).cloned();
        let check_id = format!("plan-{}", action.id);
        let toggle = {
            let edit = change(Box::new({
                let action = action.clone();
                move |p: &mut Plan| {
                    if p.has(&action.id) {
                        p.actions.retain(|a| a.id != action.id);
                    } else if p.actions.len() < MAX_PLANNED {
                        p.actions.push(planned(&action, p.made.unwrap_or_else(today)));
                    }
                }
            }));
            Callback::from(move |_: Event| edit())
        };
        let on_owner = {
            let (app, id) = (app.clone(), action.id.clone());
            Callback::from(move |e: InputEvent| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
                let mut next = app.answers().plan.clone();
                if let Some(a) = next.actions.iter_mut().find(|a| a.id == id) {
                    a.owner = plan::clean_owner(&input.value());
                }
                app.set_plan(next);
            })
        };
        let on_due = {
            let (app, id) = (app.clone(), action.id.clone());
            Callback::from(move |due: Date| {
                let mut next = app.answers().plan.clone();
                if let Some(a) = next.actions.iter_mut().find(|a| a.id == id) {
                    a.due = due;
                }
                app.set_plan(next);
            })
        };
        let about = if action.about.is_empty() { String::new() } else { format!(" (for {})", action.about.join(", ")) };
        html! {
            <li class={classes!("plan-action", picked.is_some().then_some("picked"))}>
                <div class="choice">
                    <input type="checkbox" id={check_id.clone()} checked={picked.is_some()} disabled={picked.is_none() && full} onchange={toggle} />
                    <label for={check_id}>
                        <span class="choice-label">{ format!("{}: ", action.dimension) }</span>
                        <span>{ format!("{}{about}", action.text) }</span>
                        <span class="choice-detail">{ format!("Produces: {}. {}: {}.", action.artefact, if action.result { "Business result" } else { "Measure" }, action.measure) }</span>
                    </label>
                </div>
                if let Some(picked) = picked {
                    <div class="plan-fields">
                        <div class="field">
                            <label for={format!("owner-{}", action.id)}>{ "Owner" }</label>
                            <input type="text" id={format!("owner-{}", action.id)} value={picked.owner.clone()} maxlength="80" oninput={on_owner} />
                        </div>
                        <DueField id={format!("due-{}", action.id)} due={picked.due} {made} on_change={on_due} />
                    </div>
                }
            </li>
        }
    });
    let download = |name: &'static str, mime: &'static str, make: Export| {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |_| {
            let text = make(&app.answers().plan, &report);
            browser::download(
                &format!("partnering-plan-{}.{name}", browser::today()),
                mime,
                &text,
            );
        })
    };
    let content = app.content;
    let csv = download(
        "csv",
        "text/csv",
        Box::new(move |p, _| format!("\u{feff}{}", plan_csv(content, p))),
    );
    let markdown = download(
        "md",
        "text/markdown",
        Box::new(move |p, r| plan_markdown(content, p, TITLE, &target_rows(r, p))),
    );
    let calendar = download(
        "ics",
        "text/calendar",
        Box::new(move |p, _| {
            plan_ics(
                content,
                p,
                p.made.unwrap_or_else(today),
                &browser::now_stamp(),
                TITLE,
            )
        }),
    );
    let on_earlier = {
        let earlier = earlier.clone();
        Callback::from(move |value: SideInput| earlier.set(value))
    };
    let earlier_answers =
        (!earlier.text.trim().is_empty()).then(|| read_report(app.content, &earlier.text));
    let earlier_error = earlier_answers.clone().and_then(Result::err);
    let progress = earlier_answers.and_then(Result::ok).map(|before| {
        let moved = since(app.content, &before, &score(app.content, &before), &report);
        html! {
            <div class="since">
                if !moved.actions.is_empty() {
                    <h3>{ "The actions planned then" }</h3>
                    <ul class="since-actions">
                        { for moved.actions.iter().map(|a| html! {
                            <li><strong>{ format!("{}: ", a.dimension) }</strong>{ format!("{} ({}, due {}): the dimension {}.", a.text, a.owner, a.due, a.outcome) }</li>
                        }) }
                    </ul>
                }
                <h3>{ "Every dimension since then" }</h3>
                <TableScroll label="Change by dimension since the earlier assessment">
                    <table class="since-table">
                        <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Then" }</th><th scope="col">{ "Now" }</th><th scope="col">{ "Change" }</th></tr></thead>
                        <tbody>{ for moved.comparison.dimensions.iter().map(|d| html! {
                            <tr><th scope="row">{ format!("{}: {}", d.module_title, d.title) }</th><td>{ value_text(d.scores.a) }</td><td>{ value_text(d.scores.b) }</td><td class="delta">{ signed(d.scores.delta) }</td></tr>
                        }) }</tbody>
                    </table>
                </TableScroll>
            </div>
        }
    });
    html! {
        <article class="plan">
            <h1 id="page-heading" tabindex="-1">{ "Your 90-day plan" }</h1>
            <p class="lead">{ reassess_lead(made) }</p>
            <div class="toolbar no-print" role="toolbar" aria-label="Plan actions">
                <button onclick={Callback::from(|_| browser::print())}>{ "Print the plan" }</button>
                <button onclick={csv} aria-label="Download the plan as a spreadsheet (CSV)">{ "Spreadsheet (CSV)" }</button>
                <button onclick={markdown} aria-label="Download the plan as Markdown">{ "Document (Markdown)" }</button>
                <button onclick={calendar} aria-label="Download the plan as a calendar file (iCalendar)">{ "Calendar (.ics)" }</button>
                <button onclick={Callback::from(|_| browser::navigate(&Route::Report))}>{ "Back to the report" }</button>
            </div>
            <section aria-labelledby="targets-heading">
                <h2 id="targets-heading">{ "Targets" }</h2>
                <p class="hint">{ "One level up by default; the report's radar shows them as a dotted outline." }</p>
                <TableScroll label="Target level by module">
                    <table class="targets">
                        <thead><tr><th scope="col">{ "Module" }</th><th scope="col">{ "Now" }</th><th scope="col">{ "Target" }</th></tr></thead>
                        <tbody>{ for targets }</tbody>
                    </table>
                </TableScroll>
            </section>
            <section aria-labelledby="actions-heading">
                <h2 id="actions-heading">{ "Actions" }</h2>
                <p class="hint">{ format!("{} picked, at most {MAX_PLANNED}. Each starts with the owner role and horizon the report suggests; change them to names and dates.", current.actions.len()) }</p>
                <ul class="plan-actions">{ for actions }</ul>
            </section>
            <section class="no-print" aria-labelledby="since-heading">
                <h2 id="since-heading">{ "Progress since an earlier assessment" }</h2>
                <p class="hint">{ "Load the share link or the answers file of an earlier assessment (it holds the plan made then) to see what moved since, and whether each planned action's dimension rose." }</p>
                <ReportInput id="earlier" legend="Earlier assessment" value={(*earlier).clone()} error={earlier_error} on_change={on_earlier} />
                { progress.unwrap_or_default() }
            </section>
        </article>
    }
}
