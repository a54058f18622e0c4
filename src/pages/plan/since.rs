//! Progress since an earlier assessment: load its link or answers file (it holds the plan made
//! then) to see whether each planned action's dimension rose, and every dimension's change.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::components::{ReportInput, SideInput, TableScroll};
use partnering_core::display::{signed, value_text};
use partnering_core::pasted::read;
use partnering_core::plan::Since;
use partnering_core::plan::since;
use partnering_core::scoring::{Report, score};

#[derive(Properties, PartialEq)]
pub struct ProgressSinceProps {
    /// The report the plan is made from (now).
    pub report: Rc<Report>,
}

#[component(ProgressSince)]
pub fn progress_since(props: &ProgressSinceProps) -> Html {
    let app = use_assessment();
    let words = crate::words::use_words();
    let earlier = use_state(|| SideInput {
        label: words.get("since.earlier").into(),
        ..SideInput::default()
    });
    let on_earlier = {
        let earlier = earlier.clone();
        Callback::from(move |value: SideInput| earlier.set(value))
    };
    let read = (!earlier.text.trim().is_empty()).then(|| read(app.content, &earlier.text));
    let error = read.clone().and_then(Result::err);
    let moved = read.and_then(Result::ok).map(|before| {
        since(
            app.content,
            &before,
            &score(app.content, &before),
            &props.report,
        )
    });
    html! {
        <section class="no-print" aria-labelledby="since-heading">
            <h2 id="since-heading">{ words.get("since.title") }</h2>
            <p class="hint">{ words.get("since.hint") }</p>
            <ReportInput id="earlier" legend={words.get("since.earlier").to_owned()} value={(*earlier).clone()} {error} on_change={on_earlier} />
            { moved.map(|moved| moved_view(&words, &moved)).unwrap_or_default() }
        </section>
    }
}

fn moved_view(words: &partnering_core::i18n::Words, moved: &Since) -> Html {
    html! {
        <div class="since">
            if !moved.actions.is_empty() {
                <h3>{ words.get("since.actions") }</h3>
                <ul class="since-actions">
                    { for moved.actions.iter().map(|a| html! {
                        <li><strong>{ format!("{}: ", partnering_core::scoring::area_name(words, &a.dimension)) }</strong>{ words.fill("since.action", &[("text", (&a.text).into()), ("owner", (&a.owner).into()), ("due", a.due.to_string().as_str().into()), ("outcome", a.outcome.in_words(words).as_str().into())]) }</li>
                    }) }
                </ul>
            }
            <h3>{ words.get("since.dimensions") }</h3>
            <TableScroll label={words.get("since.table").to_owned()}>
                <table class="since-table">
                    <thead><tr><th scope="col">{ words.get("module.dimension") }</th><th scope="col">{ words.get("since.then") }</th><th scope="col">{ words.get("since.now") }</th><th scope="col">{ words.get("since.change") }</th></tr></thead>
                    <tbody>{ for moved.comparison.dimensions.iter().map(|d| html! {
                        <tr><th scope="row">{ format!("{}: {}", d.module_title, d.title) }</th><td>{ value_text(d.scores.a) }</td><td>{ value_text(d.scores.b) }</td><td class="delta">{ signed(d.scores.delta) }</td></tr>
                    }) }</tbody>
                </table>
            </TableScroll>
        </div>
    }
}
