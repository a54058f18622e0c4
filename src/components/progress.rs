//! Where the person is in the journey, as text and a bar with an accessible name.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub module_position: usize,
    pub module_count: usize,
    pub step_position: usize,
    pub step_count: usize,
    pub module_title: AttrValue,
}

#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let label = format!(
        "Module {} of {}, step {} of {}",
        props.module_position, props.module_count, props.step_position, props.step_count
    );
    let percent = (props.step_position * 100)
        .checked_div(props.step_count)
        .unwrap_or(0);
    html! {
        <div class="progress">
            <p class="progress-text"><span>{ &props.module_title }</span>{ " · " }{ &label }</p>
            <div class="progress-bar" role="progressbar" aria-label={label.clone()}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.to_string()}>
                // An SVG bar, not a style attribute, so a strict style-src needs no 'unsafe-inline'.
                <svg class="progress-fill" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect width={percent.to_string()} height="8" />
                </svg>
            </div>
        </div>
    }
}
