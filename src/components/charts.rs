//! SVG charts drawn by the app: radar, horizontal bars and the seam heatmap. Each carries a
//! title and a description for screen readers and prints its numbers, so greyscale is enough.

use yew::prelude::*;

/// One labelled value, 0–100 (`None` when not answered).
#[derive(Clone, PartialEq)]
pub struct Datum {
    pub label: String,
    pub value: Option<f64>,
}

fn describe(data: &[Datum]) -> String {
    data.iter()
        .map(|d| match d.value {
            Some(v) => format!("{} {:.0}", d.label, v),
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

/// A radar over three or more dimensions; falls back to bars below three.
#[function_component(Radar)]
pub fn radar(props: &ChartProps) -> Html {
    let count = props.data.len();
    if count < 3 {
        return html! { <Bars id={props.id.clone()} title={props.title.clone()} data={props.data.clone()} /> };
    }
    let (cx, cy, radius) = (250.0_f64, 190.0_f64, 130.0_f64);
    let point = |index: usize, value: f64| {
        let angle =
            std::f64::consts::TAU * index as f64 / count as f64 - std::f64::consts::FRAC_PI_2;
        (
            cx + radius * value / 100.0 * angle.cos(),
            cy + radius * value / 100.0 * angle.sin(),
        )
    };
    let polygon = |data: &[Datum]| {
        data.iter()
            .enumerate()
            .map(|(i, d)| {
                let (x, y) = point(i, d.value.unwrap_or(0.0));
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings = [25.0, 50.0, 75.0, 100.0].map(|level| {
        let points = (0..count)
            .map(|i| {
                let (x, y) = point(i, level);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ");
        html! { <polygon class="grid" points={points} /> }
    });
    let axes = props.data.iter().enumerate().map(|(i, d)| {
        let (x, y) = point(i, 100.0);
        let (lx, ly) = point(i, 118.0);
        let anchor = if (lx - cx).abs() < 10.0 { "middle" } else if lx > cx { "start" } else { "end" };
        let value = d.value.map_or("–".to_owned(), |v| format!("{v:.0}"));
        html! {
            <g>
                <line class="axis" x1={format!("{cx}")} y1={format!("{cy}")} x2={format!("{x:.1}")} y2={format!("{y:.1}")} />
                <text x={format!("{lx:.1}")} y={format!("{ly:.1}")} text-anchor={anchor} class="axis-label">
                    { format!("{} ({value})", shorten(&d.label)) }
                </text>
            </g>
        }
    });
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let mut description = describe(&props.data);
    if let Some(second) = &props.second {
        description = format!("First: {description}. Second: {}", describe(second));
    }
    html! {
        <svg class="chart radar" viewBox="0 0 500 380" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ &props.title }</title>
            <desc id={desc_id}>{ description }</desc>
            { for rings }
            { for axes }
            <polygon class="series" points={polygon(&props.data)} />
            if let Some(second) = &props.second { <polygon class="series second" points={polygon(second)} /> }
        </svg>
    }
}

fn shorten(label: &str) -> String {
    if label.chars().count() > 26 {
        format!("{}…", label.chars().take(25).collect::<String>())
    } else {
        label.to_owned()
    }
}

/// Horizontal bars with the value printed at each bar's end.
#[function_component(Bars)]
pub fn bars(props: &ChartProps) -> Html {
    let row_height = 30.0_f64;
    let height = row_height * props.data.len() as f64 + 10.0;
    let rows = props.data.iter().enumerate().map(|(i, d)| {
        let y = 5.0 + row_height * i as f64;
        let width = d.value.unwrap_or(0.0) * 2.6;
        let value = d.value.map_or("not answered".to_owned(), |v| format!("{v:.0}"));
        html! {
            <g>
                <text x="0" y={format!("{:.1}", y + 19.0)} class="bar-label">{ shorten(&d.label) }</text>
                <rect x="200" y={format!("{y:.1}")} width="260" height="22" class="bar-track" />
                <rect x="200" y={format!("{y:.1}")} width={format!("{width:.1}")} height="22" class="bar" />
                <text x={format!("{:.1}", 206.0 + width.min(200.0))} y={format!("{:.1}", y + 16.0)} class="bar-value">{ value }</text>
            </g>
        }
    });
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    html! {
        <svg class="chart bars" viewBox={format!("0 0 500 {height:.0}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ &props.title }</title>
            <desc id={desc_id}>{ describe(&props.data) }</desc>
            { for rows }
        </svg>
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
#[function_component(SeamHeatmap)]
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
                        let band = (v / 25.0).round().clamp(0.0, 4.0);
                        html! { <td class={format!("heat h{band}")}>{ format!("{v:.0}") }</td> }
                    }
                    None => html! { <td class="heat unknown">{ "?" }</td> },
                }
            }
        });
        html! { <tr><th scope="row">{ row_label }</th>{ for cells }</tr> }
    });
    html! {
        <table class="heatmap">
            <caption>{ "Collaboration across each seam, 0 (none) to 100 (systematic); n/a where a function does not exist" }</caption>
            <thead><tr><td></td>{ for header }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
