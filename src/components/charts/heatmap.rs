//! The seam heatmap of module A over the partner functions a company runs: stronger
//! collaboration reads darker.

use yew::prelude::*;

use crate::components::TableScroll;
use partnering_core::display::whole;
use partnering_core::model::ChoiceId;

#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    /// (id, label) of each partner function the company runs.
    pub functions: Vec<(ChoiceId, String)>,
    /// (pair, score) for every seam.
    pub cells: Vec<([ChoiceId; 2], Option<f64>)>,
}

/// The seam heatmap: darker is stronger collaboration; "?" where a seam was not answered.
#[component(SeamHeatmap)]
pub fn seam_heatmap(props: &HeatmapProps) -> Html {
    let words = crate::words::use_words();
    let cell = |a: &ChoiceId, b: &ChoiceId| {
        props
            .cells
            .iter()
            .find(|([first, second], _)| (first == a && second == b) || (first == b && second == a))
            .and_then(|(_, s)| *s)
    };
    let header = props
        .functions
        .iter()
        .map(|(_, label)| html! { <th scope="col">{ label }</th> });
    let rows = props.functions.iter().map(|(row_id, row_label)| {
        let cells = props.functions.iter().map(|(col_id, _)| {
            if row_id == col_id {
                html! { <td class="heat self">{ "—" }</td> }
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
        <TableScroll label={words.get("charts.heatmap").to_owned()}>
            <table class="heatmap">
                <caption>{ words.get("charts.heatmap_caption") }</caption>
                <thead><tr><td></td>{ for header }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </TableScroll>
    }
}
