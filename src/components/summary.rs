//! The executive summary. It opens with the result (the level, the verdict, the next step and
//! the three most valuable actions with their owners), then one line per module, anything to
//! reconcile, research and the partner assessments kept apart. It fits one printed page.

use yew::prelude::*;

use crate::components::ActionItem;
use crate::components::module_section::rating_line;
use crate::components::{CallToAction, ContentRef, NextStep, NextStepBlock, QrCodeImage};
use crate::words::use_words;
use partnering_core::display::{capitalized, level_name, module_heading};
use partnering_core::i18n::Words;
use partnering_core::model::Content;
use partnering_core::scoring::{
    AppliedCap, Cause, ModuleStatus, Report, cap_sentence, contradiction_text,
    overall_provisional_note, partner_assessments, provisional_note, verdict_sentence,
};

/// Why the overall level is held down, with the module and the reason, so the summary says
/// it even where the module's own level is lower still.
fn held_by(words: &Words, report: &Report, content: &Content, cap: &AppliedCap) -> String {
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
                    m.cap().filter(|c| c.is_unchecked()).map(|c| {
                        let reason = c.reason_in(words, content);
                        words.fill(
                            "summary.module_reason",
                            &[("letter", (&m.letter).into()), ("reason", (&reason).into())],
                        )
                    })
                })
                .collect();
            let missing = missing.join("; ");
            words.fill(
                "summary.held_unchecked",
                &[("level", level.into()), ("missing", (&missing).into())],
            )
        }
        Some(module) => {
            let reason = cap.reason_in(words, content);
            words.fill(
                "summary.held_by_module",
                &[
                    ("level", level.into()),
                    ("letter", (&module.letter).into()),
                    ("reason", (&reason).into()),
                ],
            )
        }
        None => {
            let reason = cap.reason_in(words, content);
            words.fill(
                "summary.held",
                &[("level", level.into()), ("reason", (&reason).into())],
            )
        }
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
fn result_lines(words: &Words, report: &Report, content: &Content) -> Html {
    html! {
        <>
            { match &report.overall {
                // A held level shows no score beside it: 98 / 100 next to "Defined" reads as a
                // contradiction; the hold's reason follows at once.
                Some(overall) => html! {
                    <p class="overall">
                        <span class="level">{ words.fill("summary.level", &[("level", overall.level().to_string().as_str().into()), ("name", level_name(content, overall.level()).into())]) }</span>
                        if !overall.is_capped() {
                            <span class="score">{ words.fill("summary.score", &[("score", overall.score.rounded().to_string().as_str().into())]) }</span>
                        }
                        if report.quick {
                            <span class="indicative">{ words.get("summary.indicative") }</span>
                        }
                        // Every module rated rests on too little: the level as a whole is
                        // provisional, said beside it.
                        if let Some(note) = overall_provisional_note(words, report) {
                            <span class="indicative provisional">{ note }</span>
                        }
                    </p>
                },
                None => html! { <p class="insufficient">{ words.get("summary.insufficient") }</p> },
            } }
            if let Some(verdict) = &report.verdict {
                if let Some(cap) = &verdict.cap {
                    <p class="verdict-cap">{ held_by(words, report, content, cap) }</p>
                }
                <p class="verdict">{ verdict_sentence(words, content, verdict) }</p>
            }
        </>
    }
}

/// One line per module: score and level, how sure, and a hold not already said above.
fn module_lines(words: &Words, report: &Report, content: &Content) -> Html {
    let overall_cap = report.verdict.as_ref().and_then(|v| v.cap.as_ref());
    let modules = report.modules.iter().map(|m| {
        let line = match &m.status {
            ModuleStatus::Scored { rating } => {
                rating_line(words, content, rating.score.rounded(), rating.level())
            }
            ModuleStatus::Insufficient { .. } => words.get("summary.too_few").to_owned(),
            ModuleStatus::PartnersOnly => words.get("summary.partners_only").to_owned(),
            ModuleStatus::NothingToJudge => words.get("summary.nothing_to_judge").to_owned(),
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
                if let Some(note) = m.rating().and(provisional_note(words, m.confidence())) {
                    <span class="module-provisional">{ note }</span>
                }
                if let Some(cap) = cap.filter(|cap| !said_above(cap)) {
                    <span class="module-cap">{ capitalized(&cap_sentence(words, content, cap)) }</span>
                }
            </li>
        }
    });
    html! { <ul class="module-lines">{ for modules }</ul> }
}

/// About how many characters one printed line of the summary's research and partner notes
/// holds.
const NOTE_LINE_CHARS: usize = 110;

/// Whether the summary carries so much beside the result (answers to reconcile, or research
/// and partner notes running to more than four printed lines) that print sets it tighter to
/// keep it on page one.
fn dense(report: &Report, partners: &[String]) -> bool {
    let lines = |text: &str| text.chars().count().div_ceil(NOTE_LINE_CHARS).max(1);
    let notes: usize = partners.iter().map(|p| lines(p)).sum::<usize>()
        + report
            .evidence
            .iter()
            .map(|e| lines(&e.finding) + 1)
            .sum::<usize>();
    !report.contradictions.is_empty() || notes > 4
}

#[component(ExecutiveSummary)]
pub fn executive_summary(props: &SummaryProps) -> Html {
    let words = use_words();
    let (report, content) = (&props.report, props.content.0);
    let partners = partner_assessments(&words, report);
    html! {
        <section class={classes!("summary", dense(report, &partners).then_some("dense"))} aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ words.get("summary.title") }</h2>
            if let Some(url) = &props.share_url {
                <div class="summary-qr print-only">
                    <QrCodeImage text={url.clone()} label={words.get("summary.qr_label").to_owned()} />
                    <p>{ words.get("summary.scan") }</p>
                </div>
            }
            // A short flag before the level; the contradictions themselves follow the module
            // lines, so the result stays on a phone's first screen.
            if !report.contradictions.is_empty() {
                <p class="contradiction-flag" role="note">
                    { words.count("summary.contradictions", report.contradictions.len(), &[]) }
                </p>
            }
            <div class="hero">
                <div class="hero-result">
                    { result_lines(&words, report, content) }
                    <NextStepBlock cta={props.cta.clone()} step={props.next_step.clone()} />
                </div>
                if !report.top_actions.is_empty() {
                    <div class="hero-actions">
                        // A strong company's first steps keep what it has; the heading says so.
                        <h3>{ if report.top_actions.iter().all(|a| a.cause == Cause::Strength) {
                            words.get("summary.top_actions_keep")
                        } else {
                            words.get("summary.top_actions")
                        } }</h3>
                        <ol class="top-actions">
                            { for report.top_actions.iter().map(|a| html! { <ActionItem action={a.clone()} with_dimension={true} compact={true} /> }) }
                        </ol>
                    </div>
                }
            </div>
            <h3 class="visually-hidden">{ words.get("summary.by_module") }</h3>
            { module_lines(&words, report, content) }
            if !report.contradictions.is_empty() {
                <div class="contradictions" role="note" aria-labelledby="contradictions-heading">
                    <h3 id="contradictions-heading">{ words.get("summary.reconcile") }</h3>
                    <ul>{ for report.contradictions.iter().map(|c| html! {
                        <li>
                            { contradiction_text(&words, c) }
                            <span class="contradiction-questions">{ words.fill("summary.look_again", &[("questions", c.questions.join("; ").as_str().into())]) }</span>
                        </li>
                    }) }</ul>
                </div>
            }
            if !report.evidence.is_empty() {
                <div class="evidence">
                    <h3>{ words.get("summary.research") }</h3>
                    <ul>{ for report.evidence.iter().map(|e| html! {
                        <li>{ &e.finding }<span class="evidence-source">{ words.fill("summary.source", &[("citation", (&e.citation).into()), ("year", e.year.to_string().as_str().into()), ("sample", (&e.sample).into())]) }</span></li>
                    }) }</ul>
                </div>
            }
            if !partners.is_empty() {
                <div class="partner-assessments">
                    <h3>{ words.get("summary.partner_assessments") }</h3>
                    <p class="hint">{ words.get("summary.partner_hint") }</p>
                    <ul>{ for partners.iter().map(|line| html! { <li><bdi>{ line }</bdi></li> }) }</ul>
                </div>
            }
        </section>
    }
}
