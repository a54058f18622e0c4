//! The offer to resume progress saved in this browser, on the start screens until answered:
//! a finished assessment as its report (view it, continue answering, or start a new one, which
//! keeps it to restore), unfinished progress as work to resume. Nothing is deleted unasked.

use yew::prelude::*;

use partnering_core::display::{capitalized, counted};
use partnering_core::journey::resume_target;
use partnering_core::route::Route;
use partnering_core::session::{finished, kept_title};

use super::previous::PreviousOffer;
use crate::assessment::use_assessment;
use crate::browser;

#[component(ResumeOffer)]
pub fn resume_offer() -> Html {
    html! { <><SavedOffer /><PreviousOffer /></> }
}

#[component(SavedOffer)]
fn saved_offer() -> Html {
    let app = use_assessment();
    let confirming = use_state(|| false);
    let Some(kept) = app.state().saved.clone() else {
        return Html::default();
    };
    let saved = kept.answers.clone();
    let resume = {
        let (app, saved) = (app.clone(), saved.clone());
        Callback::from(move |_| {
            let last = app.state().last_step.clone();
            app.resume();
            // From the start screens, go back to where the person was; on a step (a reload
            // mid-way), stay on it.
            if browser::current_route().offers_resume() {
                browser::navigate(&resume_target(app.content, &saved, last.as_deref()));
            }
        })
    };
    // Starting over always asks first: one click must never lose an assessment. A finished
    // one is kept to restore unless the person chooses to delete it.
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |()| confirming.set(false))
    };
    let view_report = {
        let app = app.clone();
        Callback::from(move |_| {
            app.resume();
            browser::navigate(&Route::Report);
        })
    };
    let answers = counted(saved.responses.len(), "answer", "answers");
    let summary = format!(
        "{}, {answers}",
        counted(saved.modules.len(), "module", "modules")
    );
    // A finished assessment is offered as its report, not as work in progress.
    let title = kept_title(app.content, &kept);
    let is_finished = finished(app.content, &saved);
    html! {
        <section class="card resume" aria-labelledby="resume-heading">
            <h2 id="resume-heading">{ "Welcome back" }</h2>
            if is_finished {
                <p><strong>{ format!("{}.", capitalized(&title)) }</strong></p>
                <p>{ format!("Your finished assessment is saved in this browser ({summary}).") }</p>
            } else {
                <p>{ format!("An assessment in progress is saved in this browser ({summary}).") }</p>
            }
            if *confirming {
                <ConfirmStartOver finished={is_finished} {answers} {title} on_cancel={cancel} />
            } else if is_finished {
                <div class="actions">
                    <button class="primary" onclick={view_report}>{ "View my report" }</button>
                    <button onclick={resume}>{ "Continue answering" }</button>
                    <button onclick={ask}>{ "Start over with a new one" }</button>
                </div>
            } else {
                <div class="actions">
                    <button class="primary" onclick={resume}>{ "Resume where I left off" }</button>
                    <button onclick={ask}>{ "Start over" }</button>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ConfirmStartOverProps {
    /// Whether the assessment on offer is finished (then it can be kept to restore).
    finished: bool,
    /// How many answers it holds, in words.
    answers: String,
    /// How it is named ("your report of …").
    title: String,
    on_cancel: Callback<()>,
}

/// Starting over asks first: a finished assessment is kept to restore unless the person
/// chooses to delete it; unfinished progress is deleted only when the person confirms.
#[component(ConfirmStartOver)]
fn confirm_start_over(props: &ConfirmStartOverProps) -> Html {
    let app = use_assessment();
    let start_over = |keep: bool| {
        let (app, done) = (app.clone(), props.on_cancel.clone());
        Callback::from(move |_| {
            if keep {
                app.start_over();
            } else {
                app.delete_and_start_over();
            }
            done.emit(());
            browser::navigate(&Route::Welcome);
        })
    };
    let cancel = props.on_cancel.reform(|_| ());
    let (answers, title) = (&props.answers, &props.title);
    let warning = if props.finished {
        format!(
            "A new assessment takes the place of this one. Keep it, and {title} can be restored from this screen; or delete its {answers} for good."
        )
    } else {
        format!(
            "Starting over deletes the {answers} saved in this browser. This cannot be undone: resume first and copy the share link or download the answers if you may want them again."
        )
    };
    html! {
        <div class="notice" role="alert">
            <p>{ warning }</p>
            <div class="actions">
                if props.finished {
                    <button class="primary" onclick={start_over(true)}>{ "Keep my report and start a new one" }</button>
                }
                <button onclick={start_over(false)}>{ "Delete them and start over" }</button>
                <button class={classes!((!props.finished).then_some("primary"))} onclick={cancel}>{ if props.finished { "Cancel" } else { "Keep my answers" } }</button>
            </div>
        </div>
    }
}
