//! One module's part of the report: its rating (with any cap), the two or three findings that
//! matter, its own chart, and then, one click away (always open in print), every dimension
//! and every recommended action.

use yew::prelude::*;

use crate::components::ContentRef;
use crate::components::module_detail::ModuleDetailView;
use crate::components::{ActionItem, Disclosure};
use partnering_core::display::{capitalized, joined, level_name, module_heading};
use partnering_core::model::Content;
use partnering_core::scoring::{MAX_ACTIONS_PER_MODULE, ModuleDetail, ModuleResult, ModuleStatus};

#[derive(Properties, PartialEq)]
pub struct ModuleSectionProps {
    pub result: ModuleResult,
    /// The content the result was scored with: level names, red-flag names, tier rules.
    pub content: ContentRef,
}

/// "42 / 100 · Level 2 Emerging", as every rating is written.
pub fn rating_line(content: &Content, value: u8, level: u8) -> String {
    format!(
        "{value} / 100 \u{b7} Level {level} {}",
        level_name(content, level)
    )
}

#[component(ModuleSection)]
pub fn module_section(props: &ModuleSectionProps) -> Html {
    let result = &props.result;
    let content = props.content.0;
    let heading_id = format!("module-{}", result.id);
    let status = match &result.status {
        ModuleStatus::Scored { rating } => html! {
            <p class="score-line">
                <span class="score">{ rating_line(content, rating.score.rounded(), rating.level()) }</span>
                if rating.is_capped() {
                    // The first finding says why it is held; the line says what the rest reaches.
                    <span class="cap">{ format!(" \u{b7} the other answers would reach {}", level_name(content, rating.score.level)) }</span>
                }
            </p>
        },
        ModuleStatus::Insufficient {
            answered,
            applicable,
            needed_percent,
            ..
        } => html! {
            <p class="insufficient">{ format!("Not scored: {answered} of {applicable} questions were answered with a choice, and a fair score needs at least {needed_percent}%. Answer more to see this module's score.") }</p>
        },
        ModuleStatus::PartnersOnly => html! {
            <p class="insufficient">{ "Partner assessments only: add your own company to this module to rate your own organization on it." }</p>
        },
        ModuleStatus::NothingToJudge => html! {
            <p class="insufficient">{ "Not rated: this module judges how your partner functions work together, and with one partner function there is no seam between functions to judge. The function's own answers are shown below." }</p>
        },
    };
    // A dimension that does not apply to these answers is named once, not given a row.
    let (asked, not_asked): (Vec<_>, Vec<_>) = result
        .dimensions
        .iter()
        .partition(|d| d.asked > 0 || d.score.is_some());
    let dimensions = asked.iter().map(|d| html! {
        <tr>
            <th scope="row">{ &d.title }</th>
            <td>{ d.score.map_or("–".to_owned(), |s| format!("{} · {}", s.rounded(), level_name(content, s.level))) }</td>
            <td>{ d.finding.clone().unwrap_or_else(|| not_scored(d)) }</td>
        </tr>
    });
    html! {
        <section class="module-report" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ module_heading(&result.letter, &result.title) }</h2>
            if let ModuleDetail::Health { alliance: Some(name), .. } = &result.detail {
                <p class="alliance-named">{ "About the alliance with " }<bdi>{ name }</bdi></p>
            }
            { status }
            if !result.findings.is_empty() {
                <ul class="key-findings">
                    { for result.findings.iter().map(|f| html! { <li>{ f }</li> }) }
                </ul>
            }
            <ModuleDetailView result={result.clone()} content={props.content} />
            if let Some(summary) = more_summary(result, asked.len()) {
            <Disclosure id={format!("more-{}", result.id)} {summary}>
                if !asked.is_empty() {
                    <table class="dimensions">
                        <caption class="visually-hidden">{ format!("{} by dimension", result.title) }</caption>
                        <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Finding" }</th></tr></thead>
                        <tbody>{ for dimensions }</tbody>
                    </table>
                }
                if !not_asked.is_empty() {
                    <p class="hint">{ format!("Not asked, as they do not apply to your answers: {}.", joined(&not_asked.iter().map(|d| d.title.clone()).collect::<Vec<_>>())) }</p>
                }
                if !result.recommendations.is_empty() {
                    <h3>{ "Recommended actions, most valuable first" }</h3>
                    <p class="hint recommendations-note">{ format!("The moves that would recover the most: at most one per area and {MAX_ACTIONS_PER_MODULE} per module, besides any a knock-out calls for. Take the assessment again after the next review for the next ones.") }</p>
                    <ol class="recommendations">
                        { for result.recommendations.iter().map(|a| html! { <ActionItem action={a.clone()} with_dimension={true} /> }) }
                    </ol>
                }
            </Disclosure>
            }
        </section>
    }
}

/// What the module's disclosure holds, in a few words; `None` when it would hold nothing.
fn more_summary(result: &ModuleResult, dimensions: usize) -> Option<String> {
    let actions = match result.recommendations.len() {
        0 => None,
        1 => Some("the recommended action".to_owned()),
        n => Some(format!("{n} recommended actions")),
    };
    let dimensions = match dimensions {
        0 => None,
        1 => Some("the dimension".to_owned()),
        n => Some(format!("all {n} dimensions")),
    };
    match (dimensions, actions) {
        (Some(d), Some(a)) => Some(capitalized(&format!("{d} and {a}"))),
        (Some(one), None) | (None, Some(one)) => Some(capitalized(&one)),
        (None, None) => None,
    }
}

/// Why a dimension has no score, as the table says it.
fn not_scored(dimension: &partnering_core::scoring::DimensionResult) -> String {
    if dimension.unknown > 0 {
        "Not known to you yet: see the actions to find out.".into()
    } else {
        "Not answered.".into()
    }
}
