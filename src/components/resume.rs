//! The offer to resume progress saved in this browser, shown on every screen until answered.

use yew::prelude::*;

use partnering_core::display::counted;

use crate::assessment::use_assessment;
use crate::browser;
use partnering_core::journey::{is_complete, resume_target};
use partnering_core::route::Route;

#[component(ResumeOffer)]
pub fn resume_offer() -> Html {
    let app = use_assessment();
    let confirming = use_state(|| false);
    let Some(saved) = app.state().saved.as_ref().map(|kept| &kept.answers) else {
        return Html::default();
    };
    let resume = {
        let (app, saved) = (app.clone(), saved.clone());
        Callback::from(move |_| {
            app.resume();
            // From the start screens, go back to where the person was; on a step (a reload
            // mid-way), stay on it.
            if matches!(browser::current_route(), Route::Welcome | Route::Choose) {
                let last = app.state().last_step.as_deref();
                browser::navigate(&resume_target(app.content, &saved, last));
            }
        })
    };
    // Deleting saved answers always asks first: one click must never lose an assessment.
    let discard = {
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
    // A finished assessment is offered as its report, not as work in progress.
    let finished = is_complete(app.content, saved);
    let view_report = {
        let app = app.clone();
        Callback::from(move |_| {
            app.resume();
            browser::navigate(&Route::Report);
        })
    };
    let summary = format!(
        "{}, {}",
        counted(saved.modules.len(), "module", "modules"),
        counted(saved.responses.len(), "answer", "answers")
    );
    html! {
        <section class="card resume" aria-labelledby="resume-heading">
            <h2 id="resume-heading">{ "Welcome back" }</h2>
            if finished {
                <p>{ format!("Your finished assessment is saved in this browser ({summary}).") }</p>
            } else {
                <p>{ format!("An assessment in progress is saved in this browser ({summary}).") }</p>
            }
            if *confirming {
                <div class="notice" role="alert">
                    <p>{ format!("Starting over deletes the {} saved in this browser. This cannot be undone: resume first and copy the share link or download the answers if you may want them again.", counted(saved.responses.len(), "answer", "answers")) }</p>
                    <div class="actions">
                        <button onclick={discard.clone()}>{ "Delete them and start over" }</button>
                        <button class="primary" onclick={keep}>{ "Keep my answers" }</button>
                    </div>
                </div>
            } else if finished {
                <div class="actions">
                    <button class="primary" onclick={view_report}>{ "View my report" }</button>
                    <button onclick={resume}>{ "Change my answers" }</button>
                    <button onclick={discard}>{ "Start over" }</button>
                </div>
            } else {
                <div class="actions">
                    <button class="primary" onclick={resume}>{ "Resume where I left off" }</button>
                    <button onclick={discard}>{ "Start over" }</button>
                </div>
            }
        </section>
    }
}
