//! The executive summary. It opens with the result (the level, the verdict, the next step and
//! the three most valuable actions with their owners), then one line per module, anything to
//! reconcile, research and the partner assessments kept apart. It fits one printed page.

use yew::prelude::*;

use crate::components::ActionItem;
use crate::components::module_section::rating_line;
use crate::components::{CallToAction, ContentRef, NextStep, NextStepBlock, QrCodeImage};
use partnering_core::display::{capitalized, counted, level_name, module_heading};
use partnering_core::model::Content;
use partnering_core::scoring::{
    AppliedCap, ModuleStatus, Report, cap_sentence, partner_assessments, provisional_note,
    verdict_sentence,
};

/// Why the overall level is held down, with the module and the reason, so the summary says
/// it even where the module's own level is lower still.
fn held_by(report: &Report, content: &Content, cap: &AppliedCap) -> String {
    let level = level_name(content, cap.level);
    match report
        .modules
        .iter()
        .find(|m| m.cap().is_some_and(|c| c.id == cap.id))
    {
        // Every module held for unanswered knock-outs is named, with its missing answers.
        Some(_) if cap.is_unchecked() => {
            let missing: Vec<String> = report
                .modules
                .iter()
                .filter_map(|m| {
                    m.cap()
                        .filter(|c| c.is_unchecked())
                        .map(|c| format!("module {}: {}", m.letter, c.reason()))
                })
                .collect();
            format!(
                "Held at {level} overall until these answers are in, since each could hold it down: {}.",
                missing.join("; ")
            )
        }
        Some(module) => format!(
            "Held at {level} overall by what module {} found: {}.",
            module.letter,
            cap.reason()
        ),
        None => format!("Held at {level} overall: {}.", cap.reason()),
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub report: Report,
    pub content: ContentRef,
    #[prop_or_default]
    pub cta: Option<CallToAction>,
    /// The product's next step, shown where the call to action has no link.
    #[prop_or_default]
    pub next_step: Option<NextStep>,
    /// The link that reopens the report; on paper its QR code sits beside the level.
    #[prop_or_default]
    pub share_url: Option<AttrValue>,
}

/// The level, any hold with its reason, and the verdict: the result in three lines.
fn result_lines(report: &Report, content: &Content) -> Html {
    html! {
        <>
            { match &report.overall {
                // A held level shows no score beside it: 98 / 100 next to "Defined" reads as a
                // contradiction; the hold's reason follows at once.
                Some(overall) => html! {
                    <p class="overall">
                        <span class="level">{ format!("Level {} \u{b7} {}", overall.level(), level_name(content, overall.level())) }</span>
                        if !overall.is_capped() {
                            <span class="score">{ format!("{} / 100", overall.score.rounded()) }</span>
                        }
                        if report.quick {
                            <span class="indicative">{ "Indicative: a quick check, not yet a firm result" }</span>
                        }
                    </p>
                },
                None => html! { <p class="insufficient">{ "Not enough answers about your own organization for an overall level yet." }</p> },
            } }
            if let Some(verdict) = &report.verdict {
                if let Some(cap) = &verdict.cap {
                    <p class="verdict-cap">{ held_by(report, content, cap) }</p>
                }
                <p class="verdict">{ verdict_sentence(content, verdict) }</p>
            }
        </>
    }
}

/// One line per module: score and level, how sure, and a hold not already said above.
fn module_lines(report: &Report, content: &Content) -> Html {
    let overall_cap = report.verdict.as_ref().and_then(|v| v.cap.as_ref());
    let modules = report.modules.iter().map(|m| {
        let line = match &m.status {
            ModuleStatus::Scored { rating } => {
                rating_line(content, rating.score.rounded(), rating.level())
            }
            ModuleStatus::Insufficient { .. } => "Not scored: too few answers".to_owned(),
            ModuleStatus::PartnersOnly => "Partner assessments only".to_owned(),
            ModuleStatus::NothingToJudge => {
                "Not rated: one partner function, no seams to judge".to_owned()
            }
        };
        let cap = m
            .rating()
            .filter(|r| r.is_capped())
            .and_then(|r| r.cap.as_ref());
        // The reason is not repeated when the overall line above already gives it.
        let said_above = |cap: &AppliedCap| overall_cap.is_some_and(|o| o.id == cap.id);
        html! {
            <li>
                <span class="module-name">{ module_heading(&m.letter, &m.title) }</span>
                <span class="module-rating">{ line }</span>
                if let Some(note) = m.rating().and(provisional_note(m.confidence())) {
                    <span class="module-provisional">{ note }</span>
                }
                if let Some(cap) = cap.filter(|cap| !said_above(cap)) {
                    <span class="module-cap">{ capitalized(&cap_sentence(content, cap)) }</span>
                }
            </li>
        }
    });
    html! { <ul class="module-lines">{ for modules }</ul> }
}

#[component(ExecutiveSummary)]
pub fn executive_summary(props: &SummaryProps) -> Html {
    let (report, content) = (&props.report, props.content.0);
    let partners = partner_assessments(report);
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ "Executive summary" }</h2>
            if let Some(url) = &props.share_url {
                <div class="summary-qr print-only">
                    <QrCodeImage text={url.clone()} label="QR code that opens the live report" />
                    <p>{ "Scan for the live report" }</p>
                </div>
            }
            // A short flag before the level; the contradictions themselves follow the module
            // lines, so the result stays on a phone's first screen.
            if !report.contradictions.is_empty() {
                <p class="contradiction-flag" role="note">
                    { format!("{} in your answers to reconcile before you rely on this level (listed below).", counted(report.contradictions.len(), "contradiction", "contradictions")) }
                </p>
            }
            <div class="hero">
                <div class="hero-result">
                    { result_lines(report, content) }
                    <NextStepBlock cta={props.cta.clone()} step={props.next_step.clone()} />
                </div>
                if !report.top_actions.is_empty() {
                    <div class="hero-actions">
                        <h3>{ "Your three most valuable next steps" }</h3>
                        <ol class="top-actions">
                            { for report.top_actions.iter().map(|a| html! { <ActionItem action={a.clone()} with_dimension={true} compact={true} /> }) }
                        </ol>
                    </div>
                }
            </div>
            <h3 class="visually-hidden">{ "By module" }</h3>
            { module_lines(report, content) }
            if !report.contradictions.is_empty() {
                <div class="contradictions" role="note" aria-labelledby="contradictions-heading">
                    <h3 id="contradictions-heading">{ "Answers to reconcile before you rely on the level" }</h3>
                    <ul>{ for report.contradictions.iter().map(|c| html! {
                        <li>
                            { &c.text }
                            <span class="contradiction-questions">{ format!(" Look again at: {}.", c.questions.join("; ")) }</span>
                        </li>
                    }) }</ul>
                </div>
            }
            if !report.evidence.is_empty() {
                <div class="evidence">
                    <h3>{ "What research says" }</h3>
                    <ul>{ for report.evidence.iter().map(|e| html! {
                        <li>{ &e.finding }<span class="evidence-source">{ format!(" {}, {}; {}.", e.citation, e.year, e.sample) }</span></li>
                    }) }</ul>
                </div>
            }
            if !partners.is_empty() {
                <div class="partner-assessments">
                    <h3>{ "Partner assessments" }</h3>
                    <p class="hint">{ "About the partners you named; never part of your own level." }</p>
                    <ul>{ for partners.iter().map(|line| html! { <li><bdi>{ line }</bdi></li> }) }</ul>
                </div>
            }
        </section>
    }
}
