//! Where the person is: a stepper of the chosen modules (A ✓ · B ● · C · D), the screen within
//! the module, the minutes left (which never rise; time for companies added beyond the plan is
//! shown apart) and a bar with an accessible name; it stays in view while scrolling.

use yew::prelude::*;

use partnering_core::display::joined_in;
use partnering_core::i18n::Words;
use partnering_core::journey::{Position, Stage, StepperEntry};

use crate::words::use_words;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub position: Position,
    /// The chosen modules and where each stands.
    pub stages: Vec<StepperEntry>,
    /// The companies added beyond the plan whose pages are still to come.
    #[prop_or_default]
    pub added: Vec<String>,
    /// The module this screen belongs to ("D. Alliance health and trust"), or "Your company".
    pub module_title: AttrValue,
}

fn stage(words: &Words, entry: &StepperEntry) -> Html {
    let (class, mark, said) = match entry.stage {
        Stage::Done => ("done", " \u{2713}", words.get("progress.done")),
        Stage::Current => ("current", " \u{25cf}", words.get("progress.in_progress")),
        Stage::Ahead => ("ahead", "", words.get("progress.to_come")),
    };
    let spoken = words.fill(
        "progress.stage",
        &[
            ("letter", (&entry.letter).into()),
            ("title", (&entry.title).into()),
            ("state", said.into()),
        ],
    );
    html! {
        <li class={class} aria-current={(entry.stage == Stage::Current).then_some("step")}>
            <span aria-hidden="true">{ format!("{}{mark}", entry.letter) }</span>
            <span class="visually-hidden">{ spoken }</span>
        </li>
    }
}

/// "Screen 2 of 5 · about 21 minutes left", or on the opening screen the minutes alone.
fn count(words: &Words, position: &Position) -> String {
    let left = match position.minutes_left {
        0 => words.get("progress.almost_done").to_owned(),
        n => words.count("progress.minutes_left", n, &[]),
    };
    match position.module_screen {
        0 => left,
        screen => words.fill(
            "progress.screen_of",
            &[
                ("screen", screen.into()),
                ("screens", position.module_screens.into()),
                ("left", (&left).into()),
            ],
        ),
    }
}

#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let words = use_words();
    let position = &props.position;
    let shown = count(&words, position);
    let added = (position.added_minutes > 0).then(|| {
        let whom = match props.added.len() {
            0 => words.get("progress.added_companies").to_owned(),
            1..=3 => joined_in(&words, &props.added),
            n => words.count("progress.added_many", n, &[]),
        };
        words.fill(
            "progress.added",
            &[
                ("minutes", position.added_minutes.into()),
                ("whom", (&whom).into()),
            ],
        )
    });
    let label = match &added {
        Some(added) => format!("{}, {shown}, {added}", props.module_title),
        None => format!("{}, {shown}", props.module_title),
    };
    let percent = position.percent_done.min(100).to_string();
    html! {
        <div class="progress" role="group" aria-label={words.get("progress.label").to_owned()}>
            <ol class="stepper" aria-label={words.get("progress.modules").to_owned()}>{ for props.stages.iter().map(|entry| stage(&words, entry)) }</ol>
            <p class="progress-text">
                <span class="progress-module">{ &props.module_title }</span>
                <span class="progress-count">{ shown }</span>
                if let Some(added) = added { <span class="progress-added">{ added }</span> }
            </p>
            <div class="progress-bar" role="progressbar" aria-label={label}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.clone()}>
                // An SVG bar, not a style attribute, so a strict style-src needs no 'unsafe-inline'.
                <svg class="progress-fill" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect width={percent} height="8" />
                </svg>
            </div>
        </div>
    }
}
