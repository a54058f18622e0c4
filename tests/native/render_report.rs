//! The report rendered natively from worked examples, checked figure by figure; and a shared
//! report opened from a good and a damaged link.

use crate::common::hostile::*;
use crate::common::render::*;
use crate::common::*;
use partnering_core::answers::Answers;
use partnering_core::model::{Content, Tier};
use partnering_core::scoring::score;
use partnering_core::share;
use partnering_maturity::pages::{ContentRef, ReportView, SharedPage};
use partnering_maturity::state::State;
use yew::prelude::*;

const SHARE_URL: &str = "https://partners.example/assess/#/r/AQEEAwAB";

async fn report_html(answers: &Answers) -> String {
    let content = content();
    let report = score(content, answers);
    let content = ContentRef(content);
    render_html(html! {
        <ReportView {report} {content} share_url={SHARE_URL} consultancy="Example Partners" date="2026-11-23" />
    })
    .await
}

/// Answers every question of `module_id` about one subject with the choice at `pick`
/// (0 = worst, usize::MAX = best).
fn answer_subject(
    content: &Content,
    answers: &mut Answers,
    module_id: &str,
    subject: u16,
    pick: usize,
) {
    let Some(module) = content.modules.iter().find(|m| m.id == module_id) else {
        return;
    };
    for question in module.dimensions.iter().flat_map(|d| &d.questions) {
        let mut choices: Vec<_> = question.choices.iter().collect();
        choices.sort_by_key(|c| c.score);
        if let Some(choice) = choices.get(pick.min(choices.len() - 1)) {
            choose(answers, &question.id, subject, &choice.id);
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn overall_score_is_the_mean_of_modules_with_level_and_verdict() {
    let content = content();
    let mut a = answers(&["health", "collaboration"]);
    answer_all(content, &mut a, "health", 0);
    functions(&mut a, &ALL_FUNCTIONS);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    let html = report_html(&a).await;
    assert!(html.contains(">Your partnering maturity report</h1>"));
    // (0 + 100) / 2 = 50, in the 40–59 band.
    assert!(html.contains(
        "<p class=\"overall\"><span class=\"score\">50</span> / 100 · Level 3 Defined</p>"
    ));
    assert!(html.contains("<p class=\"verdict\">The basics are in place and mostly followed;"));
    let health = html.find(">D. Alliance health and trust</h2><p class=\"score-line\"><span class=\"score\">0</span> / 100 · Level 1 Ad hoc</p>");
    let collaboration = html.find(">A. Partner-organization collaboration</h2><p class=\"score-line\"><span class=\"score\">100</span> / 100 · Level 5 Optimizing</p>");
    assert!(health.is_some() && collaboration.is_some(), "{html}");
    assert!(health < collaboration, "modules in the order taken");
    assert!(html.contains("<th scope=\"row\">Trust principles</th><td>0 · Ad hoc</td>"));
    assert!(
        html.contains(
            "<th scope=\"row\">The seams between functions</th><td>100 · Optimizing</td>"
        )
    );
    assert!(html.contains("<h3>Your three most valuable next steps</h3>"));
    let top = first_span(&html, "<ol class=\"top-actions\">", "</ol>").unwrap_or_default();
    assert_eq!(count(top, "<li>"), 3, "{top}");
}

#[tokio::test(flavor = "current_thread")]
async fn module_with_too_few_answers_is_not_scored_and_says_why() {
    let mut a = answers(&["health"]);
    choose(&mut a, "d.design.scope", 0, "maintained");
    let html = report_html(&a).await;
    assert!(
        html.contains("<p class=\"insufficient\">Not enough answers for an overall score yet.</p>")
    );
    assert!(html.contains(">D. Alliance health and trust</h2><p class=\"insufficient\">Not scored: 1 of 27 questions were answered with a choice, and a fair score needs at least 50%."));
    assert!(!html.contains("class=\"overall\""));
    assert!(
        !html.contains("overall-radar"),
        "no chart without a scored module"
    );
    assert!(!html.contains("Your three most valuable next steps"));
    assert!(html.contains(
        "<th scope=\"row\">Stability under pressure</th><td>–</td><td>Not answered.</td>"
    ));
}

#[tokio::test(flavor = "current_thread")]
async fn seam_heatmap_shows_scores_between_present_functions_and_na_for_absent_ones() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel", "technology"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    choose(&mut a, "a.seam.channel_technology", 0, "regular");
    let html = report_html(&a).await;
    let table = first_span(&html, "<table class=\"heatmap\">", "</table>").unwrap_or_default();
    assert!(table.contains("<th scope=\"col\">Sales channel</th><th scope=\"col\">Technology partnerships</th><th scope=\"col\">M&amp;A / corporate development</th>"));
    // 20 cells off the diagonal; only the two for channel ↔ technology have a score.
    assert_eq!(
        count(table, "<td class=\"heat absent\">n/a</td>"),
        18,
        "{table}"
    );
    assert_eq!(count(table, "<td class=\"heat self\">—</td>"), 5);
    assert_eq!(
        count(table, "<td class=\"heat h3\">67</td>"),
        2,
        "67 rounds to band 3"
    );
    assert!(table.contains("<tr><th scope=\"row\">Sales channel</th><td class=\"heat self\">—</td><td class=\"heat h3\">67</td><td class=\"heat absent\">n/a</td>"));
    assert!(html.contains("<p>Collaboration index across the seams: 67 / 100.</p>"));
    assert!(html.contains("<h4>Where most value is lost</h4><ol><li>Sales channel ↔ Technology partnerships: 67 / 100</li></ol>"));
    // On a phone the table scrolls inside a named region that the keyboard can reach.
    let region = opening_tag(&html, "div", "aria-label=\"Seam heatmap\"").unwrap_or_default();
    for attribute in [
        "class=\"table-scroll\"",
        "role=\"region\"",
        "tabindex=\"0\"",
    ] {
        assert!(region.contains(attribute), "{region}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn signs_table_counts_signs_present_for_each_party() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Acme", false);
    party(&mut a, 2, "Us", true);
    answer_all(content, &mut a, "serious_partner", 0);
    answer_subject(content, &mut a, "serious_partner", 2, usize::MAX);
    let html = report_html(&a).await;
    let table = first_span(&html, "<table class=\"signs\">", "</table>").unwrap_or_default();
    assert!(table.contains(
        "<th scope=\"col\">Sign</th><th scope=\"col\"><bdi>Acme</bdi></th><th scope=\"col\"><bdi>Us</bdi></th>"
    ));
    assert!(table.contains("<tr><th scope=\"row\">A CEO who champions alliances</th><td>✘ Absent</td><td>✔ Present</td></tr>"));
    assert_eq!(count(table, "<td>✘ Absent</td>"), 6);
    assert_eq!(count(table, "<td>✔ Present</td>"), 6);
    assert!(
        table.contains("<th scope=\"row\">Signs fully present</th><td>0 of 6</td><td>6 of 6</td>")
    );
    assert!(
        html.contains(
            "<p><strong><bdi>Acme</bdi>: </strong>None of the six signs is fully present."
        )
    );
    assert!(html.contains("<p><strong><bdi>Us</bdi>: </strong>All six signs are fully present"));
    // Each sign is (0 + 100) / 2 across the two parties.
    assert!(html.contains(">B. Six signs of a serious partner</h2><p class=\"score-line\"><span class=\"score\">50</span> / 100 · Level 3 Defined</p>"));
}

#[tokio::test(flavor = "current_thread")]
async fn tier_table_recommends_re_tiering_and_names_the_red_flags() {
    let content = content();
    let mut a = answers(&["tiering"]);
    for id in 1..=4 {
        partner(&mut a, id, &format!("Partner {id}"), Tier::Strategic);
    }
    partner(&mut a, 5, "Lunch Co", Tier::Strategic);
    partner(&mut a, 6, "Drifting Ltd", Tier::Tactical);
    answer_all(content, &mut a, "tiering", usize::MAX);
    choose(&mut a, "c.origins.start", 5, "exec_lunch");
    answer_subject(content, &mut a, "tiering", 6, 0);
    let html = report_html(&a).await;
    assert!(
        html.contains("Declared today: 5 strategic, 1 tactical, 0 opportunistic, 0 under review.")
    );
    assert!(html.contains(
        "<th scope=\"row\"><bdi>Partner 1</bdi></th><td>Strategic</td><td>Strategic</td><td>100</td><td></td>"
    ));
    // A red flag caps an otherwise strategic score (85) at tactical.
    assert!(html.contains("<tr class=\"retier\"><th scope=\"row\"><bdi>Lunch Co</bdi></th><td>Strategic</td><td>Tactical (re-tier)</td><td>85</td><td>Deal struck over an executive lunch</td></tr>"));
    assert!(html.contains("<tr class=\"retier\"><th scope=\"row\"><bdi>Drifting Ltd</bdi></th><td>Tactical</td><td>Under review / winding down (re-tier)</td><td>0</td><td>Hidden agendas, Deal struck over an executive lunch, Press-release partnering</td></tr>"));
    assert_eq!(count(&html, "(re-tier)"), 2);
    assert!(html.contains("<strong>Red flags raised: </strong>Deal struck over an executive lunch; Hidden agendas; Press-release partnering; Everyone is strategic</p>"));
    let shape = first_span(&html, "<ul class=\"shape\">", "</ul>").unwrap_or_default();
    assert_eq!(count(shape, "<li>"), 3, "{shape}");
    assert!(shape.contains("<li>More than two partners are treated as strategic."));
    assert!(shape.contains("<li>Every partner, or nearly every one, is called strategic."));
    assert!(shape.contains("<li>Fewer than three partners sit in tactical programs."));
}

#[tokio::test(flavor = "current_thread")]
async fn trust_profile_is_an_accessible_chart_with_title_and_description() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", usize::MAX);
    choose(&mut a, "d.principles.consistency", 0, "erratic");
    choose(&mut a, "d.stability.credit", 0, "line_item");
    let html = report_html(&a).await;
    let svg = opening_tag(&html, "svg", "trust-health").unwrap_or_default();
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(
        svg.contains("aria-labelledby=\"trust-health-title trust-health-desc\""),
        "{svg}"
    );
    assert!(html.contains("<title id=\"trust-health-title\">Trust profile: competence, intentions and the twelve principles</title>"));
    let desc = first_span(&html, "<desc id=\"trust-health-desc\">", "</desc>").unwrap_or_default();
    assert!(desc.starts_with("<desc id=\"trust-health-desc\">Trust in competence 100; Trust in intentions 100; Explicit trust building 100; Integrity 100; Consistency 0; "), "{desc}");
    assert_eq!(
        count(desc, ";"),
        13,
        "14 bars: competence, intentions and twelve principles"
    );
    let chart = element_around(&html, "<svg", "</svg>", "trust-health-title").unwrap_or_default();
    assert_eq!(count(chart, "class=\"bar-value\">"), 14);
    // Its phone stand-in, like the radar's: same title and description, a bar per item.
    let list =
        element_around(&html, "<svg", "</svg>", "trust-health-list-title").unwrap_or_default();
    assert!(list.contains("class=\"chart bar-list\""), "{list}");
    assert!(
        list.contains("<desc id=\"trust-health-list-desc\">Trust in competence 100;"),
        "{list}"
    );
    assert_eq!(count(list, "class=\"bar\""), 14);
    assert!(html.contains("<h4>Top risks</h4><ol><li>Alliance manager keeps changing (0 / 100)</li><li>Partners' part in wins goes unrecognized (33 / 100)</li></ol>"));
}

#[tokio::test(flavor = "current_thread")]
async fn summary_draws_a_radar_from_three_dimensions() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel", "technology"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    let html = report_html(&a).await;
    let svg = opening_tag(&html, "svg", "overall-radar-title").unwrap_or_default();
    assert!(svg.contains("class=\"chart radar\""), "{svg}");
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(html.contains(
        "<title id=\"overall-radar-title\">Scores by dimension across the modules taken</title>"
    ));
    assert!(html.contains("<desc id=\"overall-radar-desc\">A: Sales channel 100; A: Technology partnerships 100; A: The seams between functions 100</desc>"));
    assert_eq!(count(&html, "class=\"axis\""), 3);
    assert_eq!(
        count(&html, "class=\"grid\""),
        4,
        "rings at 25, 50, 75 and 100"
    );
    // The phone stand-in: the same title and description, one full-width bar per dimension.
    let list = opening_tag(&html, "svg", "overall-radar-list-title").unwrap_or_default();
    assert!(list.contains("class=\"chart bar-list\""), "{list}");
    assert!(list.contains("role=\"img\""), "{list}");
    assert!(html.contains("<desc id=\"overall-radar-list-desc\">A: Sales channel 100; A: Technology partnerships 100; A: The seams between functions 100</desc>"));
    let figure = first_span(&html, "<figure", "</figure>").unwrap_or_default();
    assert_eq!(count(figure, "class=\"bar\""), 3);
    assert!(
        figure.contains("class=\"bar-label\">A: The seams between functions</text>"),
        "{figure}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn summary_falls_back_to_bars_below_three_dimensions() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    let html = report_html(&a).await;
    assert!(!html.contains("chart radar"));
    let svg = opening_tag(&html, "svg", "overall-radar-title").unwrap_or_default();
    assert!(svg.contains("class=\"chart bars\""), "{svg}");
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(html.contains("<desc id=\"overall-radar-desc\">A: Sales channel 100</desc>"));
    let figure = first_span(&html, "<figure", "</figure>").unwrap_or_default();
    assert!(
        figure.contains("class=\"bar-label\">A: Sales channel</text>"),
        "{figure}"
    );
    assert!(
        figure.contains("class=\"bar-value\">100</text>"),
        "{figure}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn share_link_and_date_are_printed_with_the_report() {
    let html = report_html(&answers(&["health"])).await;
    let line = first_span(&html, "<p class=\"share-url\">", "</p>").unwrap_or_default();
    assert!(
        line.contains(&format!("<a href=\"{SHARE_URL}\">{SHARE_URL}</a>")),
        "{line}"
    );
    assert!(html.contains(">Copy share link</button>"));
    assert!(html.contains(">Example Partners · 2026-11-23</p>"));
}

fn hostile_report_answers() -> Answers {
    let content = content();
    let mut a = answers(&["serious_partner", "tiering"]);
    for (id, name) in (1..).zip(HOSTILE_NAMES) {
        party(&mut a, id, name, false);
        partner(&mut a, id + 100, name, Tier::Strategic);
    }
    answer_all(content, &mut a, "serious_partner", usize::MAX);
    answer_all(content, &mut a, "tiering", 0);
    a
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_partner_names_are_escaped_in_the_report() {
    let html = report_html(&hostile_report_answers()).await;
    assert_names_escaped(&html);
    assert!(
        html.contains("<th scope=\"col\"><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></th>"),
        "signs column"
    );
    assert!(
        html.contains(
            "<th scope=\"row\"><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></th><td>Strategic</td>"
        ),
        "tier row"
    );
    assert!(html.contains(
        "<p><strong><bdi>Café 🤝 Partners</bdi>: </strong>All six signs are fully present"
    ));
}

#[tokio::test(flavor = "current_thread")]
async fn shared_link_opens_a_read_only_report() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", 0);
    let token = share::encode(content, &a);
    let html = render_page(
        State::default(),
        html! { <SharedPage token={token.clone()} /> },
    )
    .await;
    let notice = element_around(&html, "<p", "</p>", "You are looking at a shared report.")
        .unwrap_or_default();
    assert!(notice.contains("role=\"status\""), "{notice}");
    assert!(notice.contains("It is read-only; nothing here changes your own assessment."));
    assert!(html.contains(">Your partnering maturity report</h1>"));
    assert!(html.contains(
        "<p class=\"overall\"><span class=\"score\">0</span> / 100 · Level 1 Ad hoc</p>"
    ));
    assert!(html.contains(">Take this assessment yourself</button>"));
    assert!(html.contains(">Edit these answers</button>"));
    assert!(
        html.contains(&format!("<a href=\"#/r/{token}\">")),
        "the link reopens itself"
    );
    assert!(!html.contains("role=\"alert\""));
}

#[tokio::test(flavor = "current_thread")]
async fn shared_link_keeps_hostile_names_escaped() {
    let token = share::encode(content(), &hostile_report_answers());
    let html = render_page(State::default(), html! { <SharedPage {token} /> }).await;
    assert!(html.contains(">Your partnering maturity report</h1>"));
    assert_names_escaped(&html);
}

#[tokio::test(flavor = "current_thread")]
async fn damaged_shared_link_explains_and_offers_a_fresh_start() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", 0);
    let token = share::encode(content, &a);
    let middle = token.len() / 2;
    let flipped = if token.get(middle..=middle) == Some("A") {
        "B"
    } else {
        "A"
    };
    let tampered = format!("{}{flipped}{}", &token[..middle], &token[middle + 1..]);
    let truncated = token[..middle].to_owned();
    for (damaged, reason) in [
        (tampered, "its checksum does not match"),
        (truncated, ""),
        (
            "not a link!".to_owned(),
            "contains characters a report link never has",
        ),
    ] {
        let html = render_page(
            State::default(),
            html! { <SharedPage token={damaged.clone()} /> },
        )
        .await;
        assert!(
            html.contains(">This share link cannot be opened</h1>"),
            "{damaged}: {html}"
        );
        let alert = element_around(&html, "<p", "</p>", "role=\"alert\"").unwrap_or_default();
        assert!(alert.contains("This share link"), "{alert}");
        assert!(alert.contains(reason), "{damaged}: {alert}");
        assert!(html.contains(">Start a new assessment</button>"));
        assert!(!html.contains("Your partnering maturity report"));
    }
}
