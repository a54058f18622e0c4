//! Where the person is in the whole assessment: the screen of how many, the minutes left and
//! the module, as text and a bar with an accessible name; it stays in view while scrolling.

use yew::prelude::*;

use partnering_core::journey::Position;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub position: Position,
    /// The module this screen belongs to ("D. Alliance health and trust").
    pub module_title: AttrValue,
}

#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let Position {
        screen,
        screens,
        minutes_left,
    } = props.position;
    let left = match minutes_left {
        0 => "almost done".to_owned(),
        1 => "about 1 minute left".to_owned(),
        n => format!("about {n} minutes left"),
    };
    let label = format!("Screen {screen} of {screens}, {left}");
    let done = screen.saturating_sub(1);
    let percent = (done * 100).checked_div(screens).unwrap_or(0);
    html! {
        <div class="progress" role="group" aria-label="Progress">
            <p class="progress-text">
                <span class="progress-module">{ &props.module_title }</span>
                <span class="progress-count">{ format!("Screen {screen} of {screens} \u{b7} {left}") }</span>
            </p>
            <div class="progress-bar" role="progressbar" aria-label={label}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.to_string()}>
                // An SVG bar, not a style attribute, so a strict style-src needs no 'unsafe-inline'.
                <svg class="progress-fill" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect width={percent.to_string()} height="8" />
                </svg>
            </div>
        </div>
    }
}
