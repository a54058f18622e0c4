//! The radar over every scored dimension: spokes carry short keys ("A1"), and a legend below
//! pairs each key with its dimension and value(s), so labels never overlap or get cut.

use yew::prelude::*;

use super::{Bars, ChartProps, describe, px};
use crate::components::charts::bars::narrow_list;
use partnering_core::display::value_text;

const CX: f64 = 260.0;
const CY: f64 = 230.0;
const RADIUS: f64 = 170.0;

/// Cosine and sine of an angle; in the browser from JavaScript's Math, which keeps the
/// trigonometry code out of the wasm.
fn cos_sin(angle: f64) -> (f64, f64) {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Math::cos(angle), js_sys::Math::sin(angle));
    #[cfg(not(target_arch = "wasm32"))]
    (angle.cos(), angle.sin())
}

/// A radar over three or more dimensions; falls back to bars below three.
#[component(Radar)]
pub fn radar(props: &ChartProps) -> Html {
    let count = props.data.len();
    if count < 3 {
        return html! { <Bars id={props.id.clone()} title={props.title.clone()} data={props.data.clone()} /> };
    }
    let directions: Vec<(f64, f64)> = (0..count)
        .map(|i| {
            cos_sin(std::f64::consts::TAU * i as f64 / count as f64 - std::f64::consts::FRAC_PI_2)
        })
        .collect();
    let point = |(dx, dy): (f64, f64), value: f64| {
        (
            px(CX + RADIUS * value / 100.0 * dx),
            px(CY + RADIUS * value / 100.0 * dy),
        )
    };
    let polygon = |values: &mut dyn Iterator<Item = f64>| {
        directions
            .iter()
            .zip(values)
            .map(|(direction, value)| {
                let (x, y) = point(*direction, value);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings = [25.0, 50.0, 75.0, 100.0].map(|level| {
        let points = polygon(&mut std::iter::repeat(level));
        html! { <polygon class="grid" points={points} /> }
    });
    let axes = props.data.iter().zip(&directions).map(|(d, direction)| {
        let (x, y) = point(*direction, 100.0);
        let (lx, ly) = point(*direction, 113.0);
        html! {
            <g>
                <line class="axis" x1={px(CX).to_string()} y1={px(CY).to_string()} x2={x.to_string()} y2={y.to_string()} />
                <text x={lx.to_string()} y={(ly + 5).to_string()} text-anchor="middle" class="axis-label">{ &d.key }</text>
            </g>
        }
    });
    let first = polygon(&mut props.data.iter().map(|d| d.value.unwrap_or(0.0)));
    let second = props
        .second
        .as_ref()
        .map(|second| polygon(&mut second.iter().map(|d| d.value.unwrap_or(0.0))));
    let target = props
        .target
        .as_ref()
        .map(|target| polygon(&mut target.iter().copied()));
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let mut description = describe(&props.data);
    if let Some(second) = &props.second {
        description = format!("First: {description}. Second: {}", describe(second));
    }
    if props.target.is_some() {
        description.push_str(". A dotted outline marks the target levels.");
    }
    let legend = props.data.iter().enumerate().map(|(at, d)| {
        let values = match &props.second {
            Some(second) => format!(
                "{} / {}",
                value_text(d.value),
                value_text(second.get(at).and_then(|o| o.value))
            ),
            None => value_text(d.value),
        };
        html! {
            <li><span class="key">{ &d.key }</span><span class="label">{ &d.label }</span><span class="value">{ values }</span></li>
        }
    });
    html! {
        <>
            <div class="radar-block">
                <svg class="chart radar" viewBox="0 0 520 460" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                    <title id={title_id}>{ &props.title }</title>
                    <desc id={desc_id}>{ description.clone() }</desc>
                    { for rings }
                    { for axes }
                    <polygon class="series" points={first} />
                    if let Some(second) = second { <polygon class="series second" points={second} /> }
                    if let Some(target) = target { <polygon class="target" points={target} /> }
                </svg>
                // The chart's description already reads every value to a screen reader.
                <ul class="chart-legend" aria-hidden="true">
                    { for legend }
                    if props.target.is_some() { <li class="target-key"><span class="key">{ "···" }</span><span class="label">{ "Target level (dotted)" }</span></li> }
                </ul>
            </div>
            { narrow_list(props, description, "chart bar-list") }
        </>
    }
}
