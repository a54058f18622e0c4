//! SVG charts drawn by the app: radar, horizontal bars and the seam heatmap. Each carries a
//! title and a description for screen readers and prints its numbers, so greyscale is enough.

use yew::prelude::*;

use crate::components::TableScroll;
use partnering_core::display::{value_text, whole};

/// One labelled value, 0–100 (`None` when not answered).
#[derive(Clone, PartialEq)]
pub struct Datum {
    pub label: String,
    pub value: Option<f64>,
}

fn describe(data: &[Datum]) -> String {
    data.iter()
        .map(|d| match d.value {
            Some(v) => format!("{} {}", d.label, whole(v)),
            None => format!("{} not answered", d.label),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub data: Vec<Datum>,
    /// A second series (compare views); drawn dashed.
    #[prop_or_default]
    pub second: Option<Vec<Datum>>,
}

/// Cosine and sine of an angle; in the browser from JavaScript's Math, which keeps the
/// trigonometry code out of the wasm.
fn cos_sin(angle: f64) -> (f64, f64) {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Math::cos(angle), js_sys::Math::sin(angle));
    #[cfg(not(target_arch = "wasm32"))]
    (angle.cos(), angle.sin())
}

/// Whole-pixel coordinates are sharp enough for these charts and keep float formatting out.
fn px(value: f64) -> i64 {
    whole(value)
}

/// How many characters of a label fit beside a radar axis or a bar on a wide screen.
const WIDE_LABEL_CHARS: usize = 26;

const CX: f64 = 380.0;
const CY: f64 = 220.0;
const RADIUS: f64 = 150.0;

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
        let (lx, ly) = point(*direction, 112.0);
        let anchor = if (lx - px(CX)).abs() < 12 { "middle" } else if lx > px(CX) { "start" } else { "end" };
        let value = value_text(d.value);
        html! {
            <g>
                <line class="axis" x1={px(CX).to_string()} y1={px(CY).to_string()} x2={x.to_string()} y2={y.to_string()} />
                <text x={lx.to_string()} y={(ly + 4).to_string()} text-anchor={anchor} class="axis-label">
                    { format!("{} ({value})", shorten(&d.label, WIDE_LABEL_CHARS)) }
                </text>
            </g>
        }
    });
    let first = polygon(&mut props.data.iter().map(|d| d.value.unwrap_or(0.0)));
    let second = props
        .second
        .as_ref()
        .map(|second| polygon(&mut second.iter().map(|d| d.value.unwrap_or(0.0))));
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let mut description = describe(&props.data);
    if let Some(second) = &props.second {
        description = format!("First: {description}. Second: {}", describe(second));
    }
    html! {
        <>
            <svg class="chart radar" viewBox="0 0 760 440" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <title id={title_id}>{ &props.title }</title>
                <desc id={desc_id}>{ description.clone() }</desc>
                { for rings }
                { for axes }
                <polygon class="series" points={first} />
                if let Some(second) = second { <polygon class="series second" points={second} /> }
            </svg>
            { narrow_list(props, description) }
        </>
    }
}

/// The stand-in for a radar or a bar chart on a phone, where their labels would be too small
/// to read: one full-width bar per dimension (two when comparing, the second a dashed
/// outline), with the label and the values above it. The stylesheet shows exactly one of the
/// wide chart and this list.
fn narrow_list(props: &ChartProps, description: String) -> Html {
    const WIDTH: i64 = 320;
    const BAR: i64 = 10;
    let series = 1 + i64::from(props.second.is_some());
    let row = 22 + series * (BAR + 3) + 8;
    // Two values ("100 / 100") leave less room for the label on the same line.
    let label_chars = if props.second.is_some() { 30 } else { 36 };
    let bar = |value: Option<f64>, y: i64, class: &'static str| {
        let width = px(value.unwrap_or(0.0).clamp(0.0, 100.0) * WIDTH as f64 / 100.0);
        html! {
            <>
                <rect x="0" y={y.to_string()} width={WIDTH.to_string()} height={BAR.to_string()} class="bar-track" />
                <rect x="0" y={y.to_string()} width={width.to_string()} height={BAR.to_string()} class={class} />
            </>
        }
    };
    let rows = props.data.iter().zip(0i64..).map(|(d, i)| {
        let top = row * i;
        let other = props
            .second
            .as_ref()
            .map(|second| second.get(i as usize).and_then(|o| o.value));
        let values = match other {
            Some(o) => format!("{} / {}", value_text(d.value), value_text(o)),
            None => value_text(d.value),
        };
        html! {
            <g>
                <text x="0" y={(top + 15).to_string()} class="bar-label">{ shorten(&d.label, label_chars) }</text>
                <text x={WIDTH.to_string()} y={(top + 15).to_string()} text-anchor="end" class="bar-value">{ values }</text>
                { bar(d.value, top + 22, "bar") }
                if let Some(o) = other { { bar(o, top + 22 + BAR + 3, "bar second") } }
            </g>
        }
    });
    let height = row * props.data.len() as i64;
    let title_id = format!("{}-list-title", props.id);
    let desc_id = format!("{}-list-desc", props.id);
    html! {
        <svg class="chart bar-list" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ &props.title }</title>
            <desc id={desc_id}>{ description }</desc>
            { for rows }
        </svg>
    }
}

/// The label cut to at most `max` characters, with an ellipsis when cut.
fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() > max {
        format!(
            "{}…",
            label
                .chars()
                .take(max.saturating_sub(1))
                .collect::<String>()
        )
    } else {
        label.to_owned()
    }
}

/// Horizontal bars with the value printed at each bar's end.
#[component(Bars)]
pub fn bars(props: &ChartProps) -> Html {
    const ROW: i64 = 30;
    let height = ROW * props.data.len() as i64 + 10;
    let rows = props.data.iter().zip(0i64..).map(|(d, i)| {
        let y = 5 + ROW * i;
        let width = px(d.value.unwrap_or(0.0).clamp(0.0, 100.0) * 2.6);
        let value = d.value.map_or("not answered".to_owned(), |v| whole(v).to_string());
        html! {
            <g>
                <text x="0" y={(y + 16).to_string()} class="bar-label">{ shorten(&d.label, WIDE_LABEL_CHARS) }</text>
                <rect x="220" y={y.to_string()} width="260" height="22" class="bar-track" />
                <rect x="220" y={y.to_string()} width={width.to_string()} height="22" class="bar" />
                <text x={(226 + width.min(200)).to_string()} y={(y + 16).to_string()} class="bar-value">{ value }</text>
            </g>
        }
    });
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let description = describe(&props.data);
    html! {
        <>
            <svg class="chart bars" viewBox={format!("0 0 500 {height}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <title id={title_id}>{ &props.title }</title>
                <desc id={desc_id}>{ description.clone() }</desc>
                { for rows }
            </svg>
            { narrow_list(props, description) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    /// (id, label) of each partner function.
    pub functions: Vec<(String, String)>,
    pub present: Vec<String>,
    /// (pair, score) for every seam.
    pub cells: Vec<([String; 2], Option<f64>)>,
}

/// The 5×5 seam heatmap: darker is stronger collaboration; absent functions are hatched.
#[component(SeamHeatmap)]
pub fn seam_heatmap(props: &HeatmapProps) -> Html {
    let cell = |a: &str, b: &str| {
        props
            .cells
            .iter()
            .find(|(pair, _)| (pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a))
            .and_then(|(_, s)| *s)
    };
    let header = props
        .functions
        .iter()
        .map(|(_, label)| html! { <th scope="col">{ label }</th> });
    let rows = props.functions.iter().map(|(row_id, row_label)| {
        let cells = props.functions.iter().map(|(col_id, _)| {
            let absent = !props.present.contains(row_id) || !props.present.contains(col_id);
            if row_id == col_id {
                html! { <td class="heat self">{ "—" }</td> }
            } else if absent {
                html! { <td class="heat absent">{ "n/a" }</td> }
            } else {
                match cell(row_id, col_id) {
                    Some(v) => {
                        let band = whole(v / 25.0).clamp(0, 4);
                        html! { <td class={format!("heat h{band}")}>{ whole(v) }</td> }
                    }
                    None => html! { <td class="heat unknown">{ "?" }</td> },
                }
            }
        });
        html! { <tr><th scope="row">{ row_label }</th>{ for cells }</tr> }
    });
    html! {
        <TableScroll label="Seam heatmap">
            <table class="heatmap">
                <caption>{ "Collaboration across each seam, 0 (none) to 100 (systematic); n/a where a function does not exist" }</caption>
                <thead><tr><td></td>{ for header }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </TableScroll>
    }
}
