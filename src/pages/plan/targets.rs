//! The plan's targets: one row per rated module, its level now and the level aimed for.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::components::TableScroll;
use partnering_core::display::{level_name, module_heading};
use partnering_core::model::ModuleId;
use partnering_core::scoring::Report;

#[derive(Properties, PartialEq)]
pub struct PlanTargetsProps {
    /// The report the plan is made from.
    pub report: Rc<Report>,
}

#[component(PlanTargets)]
pub fn plan_targets(props: &PlanTargetsProps) -> Html {
    let words = crate::words::use_words();
    let rows = props.report.modules.iter().map(|m| {
        html! { <TargetRow report={props.report.clone()} module={m.id.clone()} /> }
    });
    html! {
        <section aria-labelledby="targets-heading">
            <h2 id="targets-heading">{ words.get("targets.title") }</h2>
            <p class="hint">{ words.get("targets.hint") }</p>
            <TableScroll label={words.get("targets.table").to_owned()}>
                <table class="targets">
                    <thead><tr><th scope="col">{ words.get("targets.module") }</th><th scope="col">{ words.get("since.now") }</th><th scope="col">{ words.get("targets.target") }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </TableScroll>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TargetRowProps {
    report: Rc<Report>,
    module: ModuleId,
}

#[component(TargetRow)]
fn target_row_view(props: &TargetRowProps) -> Html {
    let app = use_assessment();
    let words = crate::words::use_words();
    let level_line = |level: u8| {
        words.fill(
            "targets.level",
            &[
                ("level", level.to_string().as_str().into()),
                ("name", level_name(app.content, level).into()),
            ],
        )
    };
    let Some(m) = props.report.modules.iter().find(|m| m.id == props.module) else {
        return Html::default();
    };
    let (Some(now), Some(target)) = (
        m.rating().map(|r| r.level()),
        app.answers().plan.target(&props.report, &m.id),
    ) else {
        return Html::default();
    };
    let id = format!("target-{}", m.id);
    let onchange = {
        let (app, module) = (app.clone(), m.id.clone());
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Ok(level) = select.value().parse::<u8>() {
                app.set_target(&module, level);
            }
        })
    };
    html! {
        <tr>
            <th scope="row">{ module_heading(&m.letter, &m.title) }</th>
            <td>{ level_line(now) }</td>
            <td>
                <label for={id.clone()} class="visually-hidden">{ words.fill("targets.for", &[("title", (&m.title).into())]) }</label>
                <select {id} {onchange}>
                    { for (1..=5u8).map(|level| html! {
                        <option value={level.to_string()} selected={level == target}>{ level_line(level) }</option>
                    }) }
                </select>
            </td>
        </tr>
    }
}
