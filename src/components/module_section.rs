//! One module's part of the report: its rating (with any cap), the two or three findings that
//! matter, its own chart, and then, one click away (always open in print), every dimension
//! and every recommended action.

use yew::prelude::*;

use crate::components::ContentRef;
use crate::components::module_detail::ModuleDetailView;
use crate::components::{ActionItem, Disclosure};
use crate::words::use_words;
use partnering_core::display::{capitalized, joined_in, level_name, module_heading};
use partnering_core::i18n::Words;
use partnering_core::model::Content;
use partnering_core::scoring::{
    MAX_ACTIONS_PER_MODULE, ModuleDetail, ModuleResult, ModuleStatus, key_findings,
};

#[derive(Properties, PartialEq)]
pub struct ModuleSectionProps {
    pub result: ModuleResult,
    /// The content the result was scored with: level names, red-flag names, tier rules.
    pub content: ContentRef,
}

/// "42 / 100 · Level 2 Emerging", as every rating is written.
pub fn rating_line(words: &Words, content: &Content, value: u8, level: u8) -> String {
    words.fill(
        "module.rating",
        &[
            ("value", value.to_string().as_str().into()),
            ("level", level.to_string().as_str().into()),
            ("name", level_name(content, level).into()),
        ],
    )
}

#[component(ModuleSection)]
pub fn module_section(props: &ModuleSectionProps) -> Html {
    let words = use_words();
    let result = &props.result;
    let content = props.content.0;
    let findings = key_findings(&words, content, result);
    let heading_id = format!("module-{}", result.id);
    let status = match &result.status {
        ModuleStatus::Scored { rating } => html! {
            <p class="score-line">
                <span class="score">{ rating_line(&words, content, rating.score.rounded(), rating.level()) }</span>
                if rating.is_capped() {
                    // The first finding says why it is held; the line says what the rest reaches.
                    <span class="cap">{ words.fill("module.would_reach", &[("level", level_name(content, rating.score.level).into())]) }</span>
                }
            </p>
        },
        ModuleStatus::Insufficient {
            answered,
            applicable,
            needed_percent,
            ..
        } => html! {
            <p class="insufficient">{ words.fill("module.insufficient", &[("answered", (*answered).into()), ("applicable", (*applicable).into()), ("needed", needed_percent.to_string().as_str().into())]) }</p>
        },
        ModuleStatus::PartnersOnly => html! {
            <p class="insufficient">{ words.get("module.partners_only") }</p>
        },
        ModuleStatus::NothingToJudge => html! {
            <p class="insufficient">{ words.get("module.nothing_to_judge") }</p>
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
            <td>{ d.finding.clone().unwrap_or_else(|| not_scored(&words, d)) }</td>
        </tr>
    });
    html! {
        <section class="module-report" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ module_heading(&result.letter, &result.title) }</h2>
            if let ModuleDetail::Health { alliance: Some(name), .. } = &result.detail {
                <p class="alliance-named">{ words.get("module.about_alliance") }<bdi>{ name }</bdi></p>
            }
            { status }
            if !findings.is_empty() {
                <ul class="key-findings">
                    { for findings.iter().map(|f| html! { <li>{ f }</li> }) }
                </ul>
            }
            <ModuleDetailView result={result.clone()} content={props.content} />
            if let Some(summary) = more_summary(&words, result, asked.len()) {
            <Disclosure id={format!("more-{}", result.id)} {summary}>
                if !asked.is_empty() {
                    <table class="dimensions">
                        <caption class="visually-hidden">{ words.fill("module.by_dimension", &[("title", (&result.title).into())]) }</caption>
                        <thead><tr><th scope="col">{ words.get("module.dimension") }</th><th scope="col">{ words.get("module.score") }</th><th scope="col">{ words.get("module.finding") }</th></tr></thead>
                        <tbody>{ for dimensions }</tbody>
                    </table>
                }
                if !not_asked.is_empty() {
                    <p class="hint">{ words.fill("module.not_asked", &[("dimensions", joined_in(&words, &not_asked.iter().map(|d| d.title.clone()).collect::<Vec<_>>()).as_str().into())]) }</p>
                }
                if !result.recommendations.is_empty() {
                    <h3>{ words.get("module.recommended") }</h3>
                    <p class="hint recommendations-note">{ words.fill("module.recommended_note", &[("max", MAX_ACTIONS_PER_MODULE.into())]) }</p>
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
fn more_summary(words: &Words, result: &ModuleResult, dimensions: usize) -> Option<String> {
    let actions = match result.recommendations.len() {
        0 => None,
        n => Some(words.count("module.actions", n, &[])),
    };
    let dimensions = match dimensions {
        0 => None,
        n => Some(words.count("module.dimensions", n, &[])),
    };
    match (dimensions, actions) {
        (Some(d), Some(a)) => Some(capitalized(&words.fill(
            "module.and",
            &[("dimensions", (&d).into()), ("actions", (&a).into())],
        ))),
        (Some(one), None) | (None, Some(one)) => Some(capitalized(&one)),
        (None, None) => None,
    }
}

/// Why a dimension has no score, as the table says it.
fn not_scored(words: &Words, dimension: &partnering_core::scoring::DimensionResult) -> String {
    if dimension.unknown > 0 {
        words.get("module.unknown").into()
    } else {
        words.get("module.not_answered").into()
    }
}
