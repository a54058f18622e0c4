//! The offer to resume progress saved in this browser, on the start screens until answered:
//! a finished assessment as its report (view it, continue answering, or start a new one, which
//! keeps it to restore), unfinished progress as work to resume. Nothing is deleted unasked.

use yew::prelude::*;

use partnering_core::display::capitalized;
use partnering_core::journey::resume_target;
use partnering_core::route::Route;
use partnering_core::session::{finished, kept_title};

use super::previous::PreviousOffer;
use crate::assessment::use_assessment;
use crate::browser;
use crate::words::use_words;

#[component(ResumeOffer)]
pub fn resume_offer() -> Html {
    html! { <><SavedOffer /><PreviousOffer /></> }
}

#[component(SavedOffer)]
fn saved_offer() -> Html {
    let app = use_assessment();
    let words = use_words();
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
    let answers = words.count("resume.answers", saved.responses.len(), &[]);
    let modules = words.count("resume.modules", saved.modules.len(), &[]);
    let summary = words.fill(
        "resume.summary",
        &[
            ("modules", (&modules).into()),
            ("answers", (&answers).into()),
        ],
    );
    let saved_line = |key: &str| words.fill(key, &[("summary", (&summary).into())]);
    // A finished assessment is offered as its report, not as work in progress.
    let title = kept_title(&words, app.content, &kept);
    let is_finished = finished(app.content, &saved);
    html! {
        <section class="card resume" aria-labelledby="resume-heading">
            <h2 id="resume-heading">{ words.get("resume.title") }</h2>
            if is_finished {
                <p><strong>{ format!("{}.", capitalized(&title)) }</strong></p>
                <p>{ saved_line("resume.finished_saved") }</p>
            } else {
                <p>{ saved_line("resume.progress_saved") }</p>
            }
            if *confirming {
                <ConfirmStartOver finished={is_finished} {answers} {title} on_cancel={cancel} />
            } else if is_finished {
                <div class="actions">
                    <button class="primary" onclick={view_report}>{ words.get("resume.view_report") }</button>
                    <button onclick={resume}>{ words.get("resume.continue") }</button>
                    <button onclick={ask}>{ words.get("resume.start_over_new") }</button>
                </div>
            } else {
                <div class="actions">
                    <button class="primary" onclick={resume}>{ words.get("resume.resume") }</button>
                    <button onclick={ask}>{ words.get("resume.start_over") }</button>
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
    let words = use_words();
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
    let key = match props.finished {
        true => "resume.warning_finished",
        false => "resume.warning_progress",
    };
    let warning = words.fill(key, &[("title", title.into()), ("answers", answers.into())]);
    html! {
        <div class="notice" role="alert">
            <p>{ warning }</p>
            <div class="actions">
                if props.finished {
                    <button class="primary" onclick={start_over(true)}>{ words.get("resume.keep_and_start") }</button>
                }
                <button onclick={start_over(false)}>{ words.get("resume.delete_and_start") }</button>
                <button class={classes!((!props.finished).then_some("primary"))} onclick={cancel}>{ if props.finished { words.get("common.cancel") } else { words.get("resume.keep_answers") } }</button>
            </div>
        </div>
    }
}
