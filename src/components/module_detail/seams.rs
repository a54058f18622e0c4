//! Module A's view: where the seams between the partner functions one runs are strong or
//! weak. Only the functions that exist are drawn; with two there is one seam, said in words.

use yew::prelude::*;

use crate::components::charts::SeamHeatmap;
use partnering_core::display::{function_label, whole};
use partnering_core::model::ChoiceId;
use partnering_core::scoring::Seam;

#[derive(Properties, PartialEq)]
pub struct SeamsProps {
    pub functions: Vec<(ChoiceId, String)>,
    pub present: Vec<ChoiceId>,
    pub seams: Vec<Seam>,
    pub collaboration_index: Option<f64>,
    pub weakest_seams: Vec<Seam>,
}

#[component(SeamsView)]
pub fn seams_view(props: &SeamsProps) -> Html {
    let words = crate::words::use_words();
    let label = |id: &ChoiceId| function_label(&props.functions, id);
    let cells: Vec<_> = props
        .seams
        .iter()
        .map(|s| (s.functions.clone(), s.score))
        .collect();
    // The functions the company runs, in the content's order: no rows of "n/a".
    let functions: Vec<(ChoiceId, String)> = props
        .functions
        .iter()
        .filter(|(id, _)| props.present.contains(id))
        .cloned()
        .collect();
    // Two functions have one seam: the module's findings already say how it scored.
    let matrix = functions.len() > 2;
    html! {
        <div class="detail">
            <h3>{ words.get("seams.title") }</h3>
            if let Some(index) = props.collaboration_index { <p>{ words.fill("seams.index", &[("index", whole(index).to_string().as_str().into())]) }</p> }
            if matrix {
                <SeamHeatmap {functions} {cells} />
                if !props.weakest_seams.is_empty() {
                    <h4>{ words.get("seams.most_lost") }</h4>
                    <ol>{ for props.weakest_seams.iter().map(|s| {
                        let [a, b] = &s.functions;
                        html! { <li>{ format!("{} ↔ {}: {} / 100", label(a), label(b), whole(s.score.unwrap_or(0.0))) }</li> }
                    }) }</ol>
                }
            }
        </div>
    }
}
