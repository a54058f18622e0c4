//! Horizontal bars with wrapped labels and the value beside each bar, and the full-width bar
//! list that stands in for any chart on a phone.

use yew::prelude::*;

use super::{ChartProps, describe, px, text_lines, wrap};
use partnering_core::display::value_text;

/// Characters per line of a bar label beside its bar.
const LABEL_CHARS: usize = 26;

/// Horizontal bars with the value printed after each bar, outside it, so every value reads
/// on the page's own background.
#[component(Bars)]
pub fn bars(props: &ChartProps) -> Html {
    let words = crate::words::use_words();
    const LINE: i64 = 15;
    let mut y = 5;
    let rows: Vec<Html> = props
        .data
        .iter()
        .map(|d| {
            let lines = wrap(&d.label, LABEL_CHARS);
            let row = (lines.len() as i64 * LINE).max(22) + 8;
            let top = y;
            y += row;
            let width = px(d.value.unwrap_or(0.0).clamp(0.0, 100.0) * 2.4);
            let value = d
                .value
                .map_or(words.get("charts.not_answered").to_owned(), |_| value_text(d.value));
            html! {
                <g>
                    { text_lines(&lines, 0, top + 15, LINE, "bar-label") }
                    <rect x="200" y={top.to_string()} width="240" height="22" class="bar-track" />
                    <rect x="200" y={top.to_string()} width={width.to_string()} height="22" class="bar" />
                    <text x="448" y={(top + 16).to_string()} class="bar-value">{ value }</text>
                </g>
            }
        })
        .collect();
    let height = y + 5;
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let description = describe(&words, &props.data);
    html! {
        <>
            <svg class="chart bars" viewBox={format!("0 0 560 {height}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <title id={title_id}>{ &props.title }</title>
                <desc id={desc_id}>{ description.clone() }</desc>
                { for rows }
            </svg>
            { narrow_list(props, description, "chart bar-list") }
        </>
    }
}

/// Named bars at every width: each dimension's name (never a code) above its bar, at a size
/// that reads on a phone and a desktop alike; a plan's target shows as a tick on the bar.
#[component(NamedBars)]
pub fn named_bars(props: &ChartProps) -> Html {
    let words = crate::words::use_words();
    narrow_list(props, describe(&words, &props.data), "chart named-bars")
}

/// The stand-in for a bar chart on a phone (and the named bars at every width), where their labels would be too small
/// to read: one full-width bar per dimension (two when comparing, the second a dashed
/// outline), with the label (wrapped) and the values above it. The stylesheet shows exactly
/// one of the wide chart and this list.
pub(super) fn narrow_list(props: &ChartProps, description: String, class: &'static str) -> Html {
    const WIDTH: i64 = 320;
    const BAR: i64 = 10;
    const LINE: i64 = 17;
    let series = 1 + i64::from(props.second.is_some());
    // Values ("100 / 100") sit at the right of the first line, so lines stop short of them.
    let label_chars = if props.second.is_some() { 28 } else { 33 };
    let bar = |value: Option<f64>, y: i64, class: &'static str| {
        let width = px(value.unwrap_or(0.0).clamp(0.0, 100.0) * WIDTH as f64 / 100.0);
        html! {
            <>
                <rect x="0" y={y.to_string()} width={WIDTH.to_string()} height={BAR.to_string()} class="bar-track" />
                <rect x="0" y={y.to_string()} width={width.to_string()} height={BAR.to_string()} class={class} />
            </>
        }
    };
    let mut top = 0;
    let rows: Vec<Html> = props
        .data
        .iter()
        .enumerate()
        .map(|(at, d)| {
            let lines = wrap(&d.label, label_chars);
            let label_height = lines.len() as i64 * LINE;
            let row_top = top;
            top += label_height + 7 + series * (BAR + 3) + 8;
            let other = props
                .second
                .as_ref()
                .map(|second| second.get(at).and_then(|o| o.value));
            let values = match other {
                Some(o) => format!("{} / {}", value_text(d.value), value_text(o)),
                None => value_text(d.value),
            };
            let bars_top = row_top + label_height + 7;
            html! {
                <g>
                    { text_lines(&lines, 0, row_top + 14, LINE, "bar-label") }
                    <text x={WIDTH.to_string()} y={(row_top + 14).to_string()} text-anchor="end" class="bar-value">{ values }</text>
                    { bar(d.value, bars_top, "bar") }
                    if let Some(target) = props.target.as_ref().and_then(|t| t.get(at)).filter(|t| **t > 0.0) {
                        { target_tick(*target, bars_top, BAR, WIDTH) }
                    }
                    if let Some(o) = other { { bar(o, bars_top + BAR + 3, "bar second") } }
                </g>
            }
        })
        .collect();
    let title_id = format!("{}-list-title", props.id);
    let desc_id = format!("{}-list-desc", props.id);
    html! {
        <svg {class} viewBox={format!("0 0 {WIDTH} {top}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ &props.title }</title>
            <desc id={desc_id}>{ description }</desc>
            { for rows }
        </svg>
    }
}

/// A plan's target on a bar: a short upright line where the target level starts.
fn target_tick(target: f64, top: i64, height: i64, width: i64) -> Html {
    let x = px(target.clamp(0.0, 100.0) * width as f64 / 100.0).to_string();
    html! { <line class="target-tick" x1={x.clone()} x2={x} y1={(top - 3).to_string()} y2={(top + height + 3).to_string()} /> }
}
