//! Each module's own view in the report: the seam heatmap (A), the signs table per company
//! (B), the tier portfolio (C) and the trust profile with top risks (D).

use yew::prelude::*;

use crate::components::ContentRef;
use crate::components::TableScroll;
use crate::components::charts::{Bars, Datum, SeamHeatmap};
use partnering_core::display::{function_label, tier_name, value_text, whole};
use partnering_core::model::{RedFlag, TierRules};
use partnering_core::scoring::{ModuleDetail, ModuleResult, SignStatus, TierCounts};

#[derive(Properties, PartialEq)]
pub struct ModuleDetailProps {
    pub result: ModuleResult,
    pub content: ContentRef,
}

#[component(ModuleDetailView)]
pub fn module_detail_view(props: &ModuleDetailProps) -> Html {
    let (result, content) = (&props.result, props.content.0);
    match &result.detail {
        ModuleDetail::Collaboration {
            functions,
            present,
            seams,
            collaboration_index,
            weakest_seams,
        } => {
            let label = |id: &str| function_label(functions, id);
            let cells: Vec<_> = seams
                .iter()
                .map(|s| (s.functions.clone(), s.score))
                .collect();
            html! {
                <div class="detail">
                    <h3>{ "Where the seams are" }</h3>
                    if let Some(index) = collaboration_index { <p>{ format!("Collaboration index across the seams: {} / 100.", whole(*index)) }</p> }
                    <SeamHeatmap functions={functions.clone()} present={present.clone()} {cells} />
                    if !weakest_seams.is_empty() {
                        <h4>{ "Where most value is lost" }</h4>
                        <ol>{ for weakest_seams.iter().map(|s| {
                            let [a, b] = &s.functions;
                            html! { <li>{ format!("{} ↔ {}: {} / 100", label(a), label(b), whole(s.score.unwrap_or(0.0))) }</li> }
                        }) }</ol>
                    }
                </div>
            }
        }
        ModuleDetail::Signs { parties } => {
            let titles: Vec<&str> = content
                .module(&result.id)
                .map(|m| m.dimensions.iter().map(|d| d.title.as_str()).collect())
                .unwrap_or_default();
            let mark = |status: SignStatus| match status {
                SignStatus::Present => "✔ Present",
                SignStatus::Partial => "◐ Partial",
                SignStatus::Absent => "✘ Absent",
                SignStatus::Unknown => "? Not known",
                SignStatus::NotAsked => "Not in the quick check",
            };
            let heading = |own: bool| {
                if own {
                    "Your company"
                } else {
                    "Partner assessment"
                }
            };
            html! {
                <div class="detail">
                    <h3>{ "Signs of a serious partner" }</h3>
                    <TableScroll label="Signs by company">
                        <table class="signs">
                            <thead><tr><th scope="col">{ "Sign" }</th>{ for parties.iter().map(|p| html! {
                                <th scope="col"><bdi>{ &p.name }</bdi><span class="party-kind">{ heading(p.own) }</span></th>
                            }) }</tr></thead>
                            <tbody>
                                { for titles.iter().enumerate().map(|(i, title)| html! {
                                    <tr><th scope="row">{ *title }</th>{ for parties.iter().map(|p| html! { <td>{ mark(p.signs.get(i).map_or(SignStatus::Unknown, |s| s.2)) }</td> }) }</tr>
                                }) }
                                <tr class="total"><th scope="row">{ "In place" }</th>{ for parties.iter().map(|p| html! {
                                    <td>{ format!("{} present, {} partial, {} absent", p.present, p.partial, p.absent) }</td>
                                }) }</tr>
                            </tbody>
                        </table>
                    </TableScroll>
                    { for parties.iter().filter_map(|p| p.guidance.as_ref().map(|g| html! {
                        <p><strong><bdi>{ &p.name }</bdi>{ if p.own { " (your company): " } else { " (partner): " } }</strong>{ g }</p>
                    })) }
                </div>
            }
        }
        ModuleDetail::Tiering {
            partners,
            declared,
            recommended,
            findings,
            red_flags,
        } => {
            let rules = content.module(&result.id).and_then(|m| m.tiering.as_ref());
            let flag = |f: &RedFlag| rules.and_then(|r| r.flag_name(*f)).unwrap_or("").to_owned();
            html! {
                <div class="detail">
                    <h3>{ "Portfolio: declared versus recommended tier" }</h3>
                    <p>{ format!("Declared today: {}. Recommended from the evidence: {}. {}", counts(declared), counts(recommended), healthy_shape(rules)) }</p>
                    <TableScroll label="Declared and recommended tier by partner">
                        <table class="tiers">
                            <thead><tr><th scope="col">{ "Partner" }</th><th scope="col">{ "Treated as" }</th><th scope="col">{ "Evidence supports" }</th><th scope="col">{ "Readiness" }</th><th scope="col">{ "Red flags" }</th></tr></thead>
                            <tbody>{ for partners.iter().map(|p| {
                                let supported = p.recommended.map_or("Too few answers".to_owned(), |t| tier_name(t).to_owned());
                                let change = p.recommended.is_some_and(|t| t != p.declared);
                                html! {
                                    <tr class={classes!(change.then_some("retier"))}>
                                        <th scope="row"><bdi>{ &p.name }</bdi></th>
                                        <td>{ tier_name(p.declared) }</td>
                                        <td>{ supported }{ if change { " (re-tier)" } else { "" } }</td>
                                        <td>{ value_text(p.readiness) }</td>
                                        <td>{ p.red_flags.iter().map(&flag).collect::<Vec<_>>().join(", ") }</td>
                                    </tr>
                                }
                            }) }</tbody>
                        </table>
                    </TableScroll>
                    <ul class="shape">{ for findings.iter().filter_map(|f| rules.and_then(|r| r.finding_text(*f))).map(|s| html! { <li>{ s }</li> }) }</ul>
                    if !red_flags.is_empty() {
                        <p class="flags"><strong>{ "Red flags raised: " }</strong>{ red_flags.iter().map(&flag).collect::<Vec<_>>().join("; ") }</p>
                    }
                    <p class="hint">{ "Per-partner readiness is an assessment of each partnership, shown beside your own rating and never part of it." }</p>
                </div>
            }
        }
        ModuleDetail::Health {
            trust_profile,
            top_risks,
        } => {
            let data: Vec<Datum> = trust_profile
                .iter()
                .map(|(label, value)| Datum {
                    label: label.clone(),
                    key: String::new(),
                    value: *value,
                })
                .collect();
            html! {
                <div class="detail">
                    <h3>{ "Trust profile" }</h3>
                    <div class="trust-block">
                        <Bars id={format!("trust-{}", result.id)} title="Trust profile: competence, intentions and the trust principles" data={data.clone()} />
                        <ValueList {data} />
                        if !top_risks.is_empty() {
                            <div class="top-risks">
                                <h4>{ "Top risks" }</h4>
                                <ol>{ for top_risks.iter().map(|r| html! { <li>{ format!("{} ({} / 100)", r.text, whole(r.score)) }</li> }) }</ol>
                            </div>
                        }
                    </div>
                </div>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct ValueListProps {
    data: Vec<Datum>,
}

/// The trust profile on paper: each item with its value and a small bar, in two columns, so
/// sixteen items take a few centimetres rather than a page's third. The chart says the same
/// on screen, so this list is hidden there and from assistive technology.
#[component(ValueList)]
fn value_list(props: &ValueListProps) -> Html {
    html! {
        <ul class="value-list" aria-hidden="true">
            { for props.data.iter().map(|d| {
                let width = d.value.map_or(0, |v| whole(v.clamp(0.0, 100.0)));
                html! {
                    <li>
                        <span class="label">{ &d.label }</span>
                        <svg class="mini-bar" viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false">
                            <rect width="100" height="8" class="bar-track" />
                            <rect width={width.to_string()} height="8" class="bar" />
                        </svg>
                        <span class="value">{ value_text(d.value) }</span>
                    </li>
                }
            }) }
        </ul>
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
