//! Scores by dimension: one group of named bars per rated module, each dimension by its name
//! at a readable size on every screen, with the plan's target level marked on each bar.

use yew::prelude::*;

use crate::components::ContentRef;
use crate::components::charts::{Datum, NamedBars};
use partnering_core::display::module_heading;
use partnering_core::model::{Content, ModuleId};
use partnering_core::scoring::{ModuleResult, Report};

#[derive(Properties, PartialEq)]
pub struct ScoresProps {
    pub report: Report,
    pub content: ContentRef,
    /// The plan's target level per module; none when no plan is made.
    #[prop_or_default]
    pub targets: Vec<(ModuleId, u8)>,
}

/// The lowest score of a level: where a bar reaches it.
fn level_floor(content: &Content, level: u8) -> f64 {
    content
        .levels
        .iter()
        .find(|l| l.level == level)
        .map_or(0.0, |l| f64::from(l.min))
}

/// A module's scored dimensions as bars, and its target on each when a plan sets one.
fn group(
    module: &ModuleResult,
    content: &Content,
    targets: &[(ModuleId, u8)],
) -> (Vec<Datum>, Option<Vec<f64>>) {
    let scored: Vec<Datum> = module
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .map(|d| Datum {
            label: d.title.clone(),
            value: d.score.map(|s| s.value),
        })
        .collect();
    let target = targets
        .iter()
        .find(|(id, _)| *id == module.id)
        .map(|(_, level)| vec![level_floor(content, *level); scored.len()]);
    (scored, target)
}

#[component(ScoresByDimension)]
pub fn scores_by_dimension(props: &ScoresProps) -> Html {
    let words = crate::words::use_words();
    let content = props.content.0;
    let groups: Vec<Html> = props
        .report
        .modules
        .iter()
        .filter(|m| m.rating().is_some())
        .filter_map(|m| {
            let (data, target) = group(m, content, &props.targets);
            (!data.is_empty()).then(|| {
                let heading = module_heading(&m.letter, &m.title);
                html! {
                    <figure class="score-group">
                        <figcaption>{ heading.clone() }</figcaption>
                        <NamedBars id={format!("scores-{}", m.id)} title={words.fill("scores.chart_title", &[("heading", (&heading).into())])} {data} {target} />
                    </figure>
                }
            })
        })
        .collect();
    if groups.is_empty() {
        return Html::default();
    }
    html! {
        <section class="scores" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ words.get("scores.title") }</h2>
            if !props.targets.is_empty() {
                <p class="hint">{ words.get("scores.target_hint") }</p>
            }
            <div class="score-groups">{ for groups }</div>
        </section>
    }
}
