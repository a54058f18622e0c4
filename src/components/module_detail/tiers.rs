//! Module C's view: the portfolio's declared tiers against what the evidence supports, per
//! partner, with the red flags raised.

use yew::prelude::*;

use crate::components::TableScroll;
use partnering_core::display::{tier_name, value_text};
use partnering_core::model::{RedFlag, ShapeFinding, TierRules};
use partnering_core::scoring::{PartnerTiering, TierCounts};

#[derive(Properties, PartialEq)]
pub struct TiersProps {
    pub rules: Option<TierRules>,
    pub partners: Vec<PartnerTiering>,
    pub declared: TierCounts,
    pub recommended: TierCounts,
    pub findings: Vec<ShapeFinding>,
    pub red_flags: Vec<RedFlag>,
}

#[component(TiersView)]
pub fn tiers_view(props: &TiersProps) -> Html {
    let rules = props.rules.as_ref();
    let flag = |f: &RedFlag| rules.and_then(|r| r.flag_name(*f)).unwrap_or("").to_owned();
    html! {
        <div class="detail">
            <h3>{ "Portfolio: declared versus recommended tier" }</h3>
            <p>{ format!("Declared today: {}. Recommended from the evidence: {}. {}", counts(&props.declared), counts(&props.recommended), healthy_shape(rules)) }</p>
            <TableScroll label="Declared and recommended tier by partner">
                <table class="tiers">
                    <thead><tr><th scope="col">{ "Partner" }</th><th scope="col">{ "Treated as" }</th><th scope="col">{ "Evidence supports" }</th><th scope="col">{ "Partnership score" }</th><th scope="col">{ "Red flags" }</th></tr></thead>
                    <tbody>{ for props.partners.iter().map(|p| {
                        let supported = p.recommended.map_or("Too few answers".to_owned(), |t| tier_name(t).to_owned());
                        let change = p.recommended.is_some_and(|t| t != p.declared);
                        html! {
                            <tr class={classes!(change.then_some("retier"))}>
                                <th scope="row"><bdi>{ &p.name }</bdi></th>
                                <td>{ tier_name(p.declared) }</td>
                                <td>{ supported }{ if change { " \u{b7} change the tier" } else { "" } }</td>
                                <td>{ value_text(p.readiness) }</td>
                                <td>{ p.red_flags.iter().map(&flag).collect::<Vec<_>>().join(", ") }</td>
                            </tr>
                        }
                    }) }</tbody>
                </table>
            </TableScroll>
            <ul class="shape">{ for props.findings.iter().filter_map(|f| rules.and_then(|r| r.finding_text(*f))).map(|s| html! { <li>{ s }</li> }) }</ul>
            if !props.red_flags.is_empty() {
                <p class="flags"><strong>{ "Red flags raised: " }</strong>{ props.red_flags.iter().map(&flag).collect::<Vec<_>>().join("; ") }</p>
            }
            <p class="hint">{ "Each partnership's score is an assessment of that partnership, shown beside your own rating and never part of it." }</p>
        </div>
    }
}

fn counts(counts: &TierCounts) -> String {
    format!(
        "{} strategic, {} tactical, {} opportunistic, {} under review",
        counts.strategic, counts.tactical, counts.opportunistic, counts.exit
    )
}

/// The healthy portfolio shape, in the numbers the content's tier rules use.
fn healthy_shape(rules: Option<&TierRules>) -> String {
    rules.map_or_else(String::new, |rules| {
        let (s, t) = (rules.strategic_partners, rules.tactical_partners);
        format!(
            "A healthy shape is one strategic initiative with {} to {} partners and {} to {} tactical partners in all.",
            s.min, s.max, t.min, t.max
        )
    })
}
