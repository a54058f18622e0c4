//! The previous assessment, kept aside when a new one was started: offered back on the start
//! screens as "Restore your report of …". Restoring swaps, so what it replaces is kept instead.

use yew::prelude::*;

use partnering_core::answers::Answers;
use partnering_core::display::capitalized;
use partnering_core::journey::resume_target;
use partnering_core::route::Route;
use partnering_core::session::{finished, kept_title};

use crate::assessment::use_assessment;
use crate::browser;
use crate::words::use_words;

#[component(PreviousOffer)]
pub fn previous_offer() -> Html {
    let app = use_assessment();
    let words = use_words();
    let state = app.state();
    let Some(previous) = state.previous.clone() else {
        return Html::default();
    };
    let current = state
        .saved
        .as_ref()
        .map_or(&state.answers, |saved| &saved.answers);
    if previous.answers == *current {
        return Html::default();
    }
    let replacing = *current != Answers::default();
    let restore = {
        let (app, answers) = (app.clone(), previous.answers.clone());
        Callback::from(move |_| {
            app.restore_previous();
            browser::navigate(&if finished(app.content, &answers) {
                Route::Report
            } else {
                resume_target(app.content, &answers, None)
            });
        })
    };
    let title = kept_title(&words, app.content, &previous);
    html! {
        <section class="card resume previous" aria-labelledby="previous-heading">
            <h2 id="previous-heading">{ words.get("previous.title") }</h2>
            <p>{ words.fill("previous.kept", &[("title", capitalized(&title).as_str().into())]) }</p>
            if replacing {
                <p>{ words.get("previous.replacing") }</p>
            }
            <div class="actions">
                <button onclick={restore}>{ words.fill("previous.restore", &[("title", (&title).into())]) }</button>
            </div>
        </section>
    }
}
