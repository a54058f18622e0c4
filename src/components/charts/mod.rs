//! SVG charts drawn by the app: named bars, horizontal bars and the seam heatmap. Each carries a
//! title and a description for screen readers and prints its numbers, so greyscale is enough.
//! No label is ever cut short, and none is a code: every bar carries its dimension's name, and
//! labels wrap.

mod bars;
mod heatmap;

pub use bars::{Bars, NamedBars};
pub use heatmap::SeamHeatmap;

use yew::prelude::*;

use partnering_core::display::whole;

/// One labeled value, 0–100 (`None` when not answered).
#[derive(Clone, PartialEq)]
pub struct Datum {
    /// The dimension as people read it ("Trust").
    pub label: String,
    pub value: Option<f64>,
}

fn describe(words: &partnering_core::i18n::Words, data: &[Datum]) -> String {
    data.iter()
        .map(|d| {
            let name = &d.label;
            match d.value {
                Some(v) => format!("{name} {}", whole(v)),
                None => words.fill("charts.named_not_answered", &[("name", name.into())]),
            }
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
    /// Targets (0–100) per bar, marked with a tick (the named bars only).
    #[prop_or_default]
    pub target: Option<Vec<f64>>,
}

/// Whole-pixel coordinates are sharp enough for these charts and keep float formatting out.
fn px(value: f64) -> i64 {
    whole(value)
}

/// A label broken into lines of at most `width` characters at spaces (a word longer than a
/// line keeps its own line), so no label is ever cut.
fn wrap(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// SVG text lines, one `tspan` per line, starting at (`x`, `y`) and `step` apart.
fn text_lines(lines: &[String], x: i64, y: i64, step: i64, class: &'static str) -> Html {
    html! {
        <text x={x.to_string()} y={y.to_string()} class={class}>
            { for lines.iter().zip(0i64..).map(|(line, at)| html! {
                <tspan x={x.to_string()} y={(y + at * step).to_string()}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}
