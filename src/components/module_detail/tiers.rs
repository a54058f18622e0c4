//! Module C's view: the portfolio's declared tiers against what the evidence supports, per
//! partner, with the red flags raised.

use yew::prelude::*;

use partnering_core::i18n::Words;

use crate::components::TableScroll;
use partnering_core::display::{tier_words, value_text};
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
    let words = crate::words::use_words();
    let rules = props.rules.as_ref();
    let flag = |f: &RedFlag| rules.and_then(|r| r.flag_name(*f)).unwrap_or("").to_owned();
    html! {
        <div class="detail">
            <h3>{ words.get("tiers.title") }</h3>
            <p>{ words.fill("tiers.declared", &[("declared", counts(&words, &props.declared).as_str().into()), ("recommended", counts(&words, &props.recommended).as_str().into()), ("shape", healthy_shape(&words, rules).as_str().into())]) }</p>
            <TableScroll label={words.get("tiers.table").to_owned()}>
                <table class="tiers">
                    <thead><tr><th scope="col">{ words.get("tiers.partner") }</th><th scope="col">{ words.get("tiers.treated_as") }</th><th scope="col">{ words.get("tiers.supports") }</th><th scope="col">{ words.get("tiers.score") }</th><th scope="col">{ words.get("tiers.red_flags") }</th></tr></thead>
                    <tbody>{ for props.partners.iter().map(|p| {
                        let supported = p.recommended.map_or(words.get("tiers.too_few").to_owned(), |t| tier_words(&words, t).0.to_owned());
                        let change = p.recommended.is_some_and(|t| t != p.declared);
                        html! {
                            <tr class={classes!(change.then_some("retier"))}>
                                <th scope="row"><bdi>{ &p.name }</bdi></th>
                                <td>{ tier_words(&words, p.declared).0 }</td>
                                <td>{ supported }{ if change { words.get("tiers.change") } else { "" } }</td>
                                <td>{ value_text(p.readiness) }</td>
                                <td>{ p.red_flags.iter().map(&flag).collect::<Vec<_>>().join(", ") }</td>
                            </tr>
                        }
                    }) }</tbody>
                </table>
            </TableScroll>
            <ul class="shape">{ for props.findings.iter().filter_map(|f| rules.and_then(|r| r.finding_text(*f))).map(|s| html! { <li>{ s }</li> }) }</ul>
            if !props.red_flags.is_empty() {
                <p class="flags"><strong>{ words.get("tiers.flags_raised") }</strong>{ props.red_flags.iter().map(&flag).collect::<Vec<_>>().join("; ") }</p>
            }
            <p class="hint">{ words.get("tiers.hint") }</p>
        </div>
    }
}

fn counts(words: &Words, counts: &TierCounts) -> String {
    words.fill(
        "tiers.counts",
        &[
            ("strategic", counts.strategic.into()),
            ("tactical", counts.tactical.into()),
            ("opportunistic", counts.opportunistic.into()),
            ("exit", counts.exit.into()),
        ],
    )
}

/// The healthy portfolio shape, in the numbers the content's tier rules use.
fn healthy_shape(words: &Words, rules: Option<&TierRules>) -> String {
    rules.map_or_else(String::new, |rules| {
        let (s, t) = (rules.strategic_partners, rules.tactical_partners);
        words.fill(
            "tiers.shape",
            &[
                ("s_min", s.min.to_string().as_str().into()),
                ("s_max", s.max.to_string().as_str().into()),
                ("t_min", t.min.to_string().as_str().into()),
                ("t_max", t.max.to_string().as_str().into()),
            ],
        )
    })
}
