//! One module's part of the report: score, level, dimension findings, its own chart and the
//! recommendations in priority order.

use yew::prelude::*;

use crate::components::TableScroll;
use crate::components::charts::{Bars, Datum, SeamHeatmap};
use crate::pages::ContentRef;
use partnering_core::display::{level_name, module_heading, tier_name, value_text, whole};
use partnering_core::model::Content;
use partnering_core::scoring::{ModuleDetail, ModuleResult, ModuleStatus};

#[derive(Properties, PartialEq)]
pub struct ModuleSectionProps {
    pub result: ModuleResult,
    /// The content the result was scored with: level names, red-flag names, tier rules.
    pub content: ContentRef,
}

#[component(ModuleSection)]
pub fn module_section(props: &ModuleSectionProps) -> Html {
    let result = &props.result;
    let content = props.content.0;
    let heading_id = format!("module-{}", result.id);
    let status = match &result.status {
        ModuleStatus::Scored { score } => html! {
            <p class="score-line"><span class="score">{ score.rounded() }</span>{ " / 100 · Level " }{ score.level }{ " " }{ level_name(content, score.level) }</p>
        },
        ModuleStatus::Insufficient {
            answered,
            applicable,
            needed_percent,
        } => html! {
            <p class="insufficient">{ format!("Not scored: {answered} of {applicable} questions were answered with a choice, and a fair score needs at least {needed_percent}%. Go back and answer more to see this module's score.") }</p>
        },
    };
    let dimensions = result.dimensions.iter().map(|d| html! {
        <tr>
            <th scope="row">{ &d.title }</th>
            <td>{ d.score.map_or("–".to_owned(), |s| format!("{} · {}", s.rounded(), level_name(content, s.level))) }</td>
            <td>{ d.finding.clone().unwrap_or_else(|| "Not answered.".into()) }</td>
        </tr>
    });
    let recommendations = result.recommendations.iter().map(|a| {
        html! {
            <li><span class="rec-dimension">{ format!("{}: ", a.dimension) }</span>{ &a.text }</li>
        }
    });
    html! {
        <section class="module-report" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ module_heading(&result.letter, &result.title) }</h2>
            { status }
            <table class="dimensions">
                <caption class="visually-hidden">{ format!("{} by dimension", result.title) }</caption>
                <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Finding" }</th></tr></thead>
                <tbody>{ for dimensions }</tbody>
            </table>
            { detail(result, content) }
            if !result.recommendations.is_empty() {
                <h3>{ "Recommended actions, most valuable first" }</h3>
                <ol class="recommendations">{ for recommendations }</ol>
            }
        </section>
    }
}

fn flag_name(content: &Content, id: &str) -> String {
    content
        .modules
        .iter()
        .filter_map(|m| m.tiering.as_ref())
        .flat_map(|t| &t.flags)
        .find(|flag| flag.id == id)
        .map_or(id.replace('_', " "), |flag| flag.text.clone())
}

fn detail(result: &ModuleResult, content: &Content) -> Html {
    match &result.detail {
        ModuleDetail::Collaboration {
            functions,
            present,
            seams,
            collaboration_index,
            weakest_seams,
        } => {
            let label = |id: &str| {
                functions
                    .iter()
                    .find(|(f, _)| f == id)
                    .map_or(id.to_owned(), |(_, l)| l.clone())
            };
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
                        <ol>{ for weakest_seams.iter().map(|s| html! {
                            <li>{ format!("{} ↔ {}: {} / 100", label(&s.functions[0]), label(&s.functions[1]), whole(s.score.unwrap_or(0.0))) }</li>
                        }) }</ol>
                    }
                </div>
            }
        }
        ModuleDetail::Signs { parties } => {
            let titles: Vec<&str> = result.dimensions.iter().map(|d| d.title.as_str()).collect();
            let mark = |score: Option<f64>| match score {
                Some(v) if v >= 100.0 => "✔ Present",
                Some(v) if v > 0.0 => "◐ Partial",
                Some(_) => "✘ Absent",
                None => "? Unknown",
            };
            html! {
                <div class="detail">
                    <h3>{ "Signs of a serious partner" }</h3>
                    <TableScroll label="Signs by party">
                        <table class="signs">
                            <thead><tr><th scope="col">{ "Sign" }</th>{ for parties.iter().map(|p| html! { <th scope="col"><bdi>{ &p.name }</bdi></th> }) }</tr></thead>
                            <tbody>
                                { for titles.iter().enumerate().map(|(i, title)| html! {
                                    <tr><th scope="row">{ *title }</th>{ for parties.iter().map(|p| html! { <td>{ mark(p.signs.get(i).and_then(|s| s.1)) }</td> }) }</tr>
                                }) }
                                <tr class="total"><th scope="row">{ "Signs fully present" }</th>{ for parties.iter().map(|p| html! { <td>{ format!("{} of {}", p.present, p.signs.len()) }</td> }) }</tr>
                            </tbody>
                        </table>
                    </TableScroll>
                    { for parties.iter().filter_map(|p| p.guidance.as_ref().map(|g| html! { <p><strong><bdi>{ &p.name }</bdi>{ ": " }</strong>{ g }</p> })) }
                </div>
            }
        }
        ModuleDetail::Tiering {
            partners,
            shape,
            red_flags,
            declared_counts,
        } => html! {
            <div class="detail">
                <h3>{ "Portfolio: declared versus recommended tier" }</h3>
                <p>{ format!("Declared today: {} strategic, {} tactical, {} opportunistic, {} under review. {}", declared_counts[0], declared_counts[1], declared_counts[2], declared_counts[3], healthy_shape(content)) }</p>
                <TableScroll label="Declared and recommended tier by partner">
                    <table class="tiers">
                        <thead><tr><th scope="col">{ "Partner" }</th><th scope="col">{ "Treated as" }</th><th scope="col">{ "Answers support" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Red flags" }</th></tr></thead>
                        <tbody>{ for partners.iter().map(|p| {
                            let recommended = p.recommended.map_or("Too few answers".to_owned(), |t| tier_name(t).to_owned());
                            let change = p.recommended.is_some_and(|t| t != p.declared);
                            html! {
                                <tr class={classes!(change.then_some("retier"))}>
                                    <th scope="row"><bdi>{ &p.name }</bdi></th>
                                    <td>{ tier_name(p.declared) }</td>
                                    <td>{ recommended }{ if change { " (re-tier)" } else { "" } }</td>
                                    <td>{ value_text(p.score) }</td>
                                    <td>{ p.red_flags.iter().map(|f| flag_name(content, f)).collect::<Vec<_>>().join(", ") }</td>
                                </tr>
                            }
                        }) }</tbody>
                    </table>
                </TableScroll>
                <ul class="shape">{ for shape.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                if !red_flags.is_empty() {
                    <p class="flags"><strong>{ "Red flags raised: " }</strong>{ red_flags.iter().map(|f| flag_name(content, f)).collect::<Vec<_>>().join("; ") }</p>
                }
            </div>
        },
        ModuleDetail::Health {
            trust_profile,
            top_risks,
        } => {
            let data: Vec<Datum> = trust_profile
                .iter()
                .map(|(label, value)| Datum {
                    label: label.clone(),
                    value: *value,
                })
                .collect();
            html! {
                <div class="detail">
                    <h3>{ "Trust profile" }</h3>
                    <Bars id={format!("trust-{}", result.id)} title="Trust profile: competence, intentions and the twelve principles" {data} />
                    if !top_risks.is_empty() {
                        <h4>{ "Top risks" }</h4>
                        <ol>{ for top_risks.iter().map(|r| html! { <li>{ format!("{} ({} / 100)", r.text, whole(r.score)) }</li> }) }</ol>
                    }
                </div>
            }
        }
    }
}

/// The healthy portfolio shape, in the numbers the content's tier rules use.
fn healthy_shape(content: &Content) -> String {
    let rules = content.modules.iter().find_map(|m| m.tiering.as_ref());
    match rules {
        Some(rules) => {
            let [s_low, s_high] = rules.strategic_partners;
            let [t_low, t_high] = rules.tactical_partners;
            format!(
                "A healthy shape is one strategic initiative with {s_low} to {s_high} partners and {t_low} to {t_high} tactical partners in all."
            )
        }
        None => String::new(),
    }
}
