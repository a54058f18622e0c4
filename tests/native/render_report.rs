//! The report rendered natively from worked examples, checked figure by figure; and a shared
//! report opened from a good and a damaged link.

use crate::common::hostile::*;
use crate::common::render::*;
use crate::common::*;
use partnering_core::answers::Answers;
use partnering_core::model::{Content, Tier, Trigger};
use partnering_core::scoring::score;
use partnering_core::session::State;
use partnering_core::share;
use partnering_maturity::components::{ContentRef, ReportView};
use partnering_maturity::pages::SharedPage;
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

/// The id of the choice at `pick` (0 = worst) of `question`.
fn answer_id(content: &Content, question: &str, pick: usize) -> String {
    content
        .questions()
        .find(|(q, _)| q.id == question)
        .and_then(|(q, _)| {
            let mut choices: Vec<_> = q.choices.iter().collect();
            choices.sort_by_key(|c| c.score);
            choices.get(pick).map(|c| c.id.to_string())
        })
        .unwrap_or_default()
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
async fn summary_gives_the_level_held_by_a_knock_out_the_verdict_and_one_line_per_module() {
    let content = content();
    let mut a = answers(&["health", "collaboration"]);
    size(&mut a, "mid");
    answer_all(content, &mut a, "health", 0);
    functions(&mut a, &ALL_FUNCTIONS);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    let html = report_html(&a).await;
    assert!(html.contains(">Your partnering maturity report</h1>"));
    let summary = first_span(
        &html,
        "<section aria-labelledby=\"summary-heading\"",
        "</section>",
    )
    .unwrap_or_default();
    // (0 + 100) / 2 = 50 would be Defined; D's answers hold the overall level at Emerging. A
    // held level shows no score beside it, and the hold comes before the verdict.
    assert!(summary.contains(
        "<p class=\"overall\"><span class=\"level\">Level 2 · Emerging</span></p><p class=\"verdict-cap\">Held at Emerging overall by what module D found"
    ), "{summary}");
    assert!(
        summary.contains("<p class=\"verdict\">Without that, the answers reach Defined: "),
        "{summary}"
    );
    assert!(
        summary.contains("Strongest: Sales channel (100); weakest: Design (0).</p>"),
        "{summary}"
    );
    assert!(summary.contains(
        "<p class=\"verdict-cap\">Held at Emerging overall by what module D found: the people running the alliance were changed because results were slow, resources were withdrawn"
    ), "{summary}");
    assert!(summary.contains("<li><span class=\"module-name\">D. Alliance health and trust</span><span class=\"module-rating\">0 / 100 · Level 1 Ad hoc</span></li>"), "{summary}");
    assert!(summary.contains("<li><span class=\"module-name\">A. Partner-organization collaboration</span><span class=\"module-rating\">100 / 100 · Level 5 Optimizing</span></li>"), "{summary}");
    assert!(summary.contains("<h3>Your three most valuable next steps</h3>"));
    let top = first_span(summary, "<ol class=\"top-actions\">", "</ol>").unwrap_or_default();
    assert_eq!(count(top, "<li class=\"action\">"), 3, "{top}");
    assert_eq!(
        count(top, "<p class=\"action-meta\">"),
        3,
        "each with its owner and when: {top}"
    );
    // The knock-out's own action comes first, after the review that informs it.
    let knock_out = content
        .modules
        .iter()
        .flat_map(|m| m.dimensions.iter().flat_map(|d| &d.recommendations))
        .find(|r| matches!(&r.when, Trigger::Cap(id) if id == "d.cap_destabilized_repeatedly"))
        .unwrap_or_else(|| panic!("module D has an action for repeated destabilizers"));
    let review = first_span(top, "<li class=\"action\">", "</li>").unwrap_or_default();
    assert!(
        review.contains("Within 30 days, review with the partner"),
        "{review}"
    );
    let after_review = top.split_once(review).map_or("", |(_, rest)| rest);
    let second = first_span(after_review, "<li class=\"action\">", "</li>").unwrap_or_default();
    assert!(
        second.contains(&knock_out.text.replace('\'', "&#39;")) || second.contains(&knock_out.text),
        "{second}"
    );
    assert!(
        second.contains(&format!(
            "<p class=\"action-meta\">{} · This quarter</p>",
            knock_out.owner
        )),
        "{second}"
    );
    let health = html.find("<h2 id=\"module-health\">D. Alliance health and trust</h2><p class=\"score-line\"><span class=\"score\">0 / 100 · Level 1 Ad hoc</span>");
    let collaboration = html.find("<h2 id=\"module-collaboration\">A. Partner-organization collaboration</h2><p class=\"score-line\"><span class=\"score\">100 / 100 · Level 5 Optimizing</span>");
    assert!(health.is_some() && collaboration.is_some(), "{html}");
    assert!(health < collaboration, "modules in the order taken");
    assert!(html.contains("<th scope=\"row\">Trust principles</th><td>0 · Ad hoc</td>"));
    assert!(
        html.contains(
            "<th scope=\"row\">The seams between functions</th><td>100 · Optimizing</td>"
        )
    );
}

#[tokio::test(flavor = "current_thread")]
async fn module_with_too_few_answers_is_not_scored_and_says_why() {
    let mut a = answers(&["health"]);
    choose(&mut a, "d.design.scope", 0, "maintained");
    let html = report_html(&a).await;
    assert!(html.contains("<p class=\"insufficient\">Not enough answers about your own organization for an overall level yet.</p>"));
    assert!(html.contains("<span class=\"module-rating\">Not scored: too few answers</span>"));
    assert!(html.contains(">D. Alliance health and trust</h2><p class=\"insufficient\">Not scored: 1 of 20 questions were answered with a choice, and a fair score needs at least 50%."));
    assert!(!html.contains("class=\"overall\""));
    assert!(
        !html.contains("scores-heading"),
        "no chart without a scored module"
    );
    assert!(!html.contains("Your three most valuable next steps"));
    assert!(html.contains(
        "<th scope=\"row\">Stability under pressure</th><td>–</td><td>Not answered.</td>"
    ));
}

#[tokio::test(flavor = "current_thread")]
async fn two_functions_have_one_seam_said_once_in_words_with_no_matrix() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel", "technology"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    choose(&mut a, "a.seam.channel_technology", 0, "logged");
    let html = report_html(&a).await;
    assert!(!html.contains("<table class=\"heatmap\">"), "{html}");
    assert!(
        !html.contains("n/a"),
        "no cell for a function the company does not run"
    );
    assert!(html.contains("<p>Collaboration index across the seams: 50 / 100.</p>"));
    assert_eq!(
        html.matches("Technology partnerships (50 / 100)").count()
            + html.matches("Technology partnerships: 50 / 100").count(),
        1,
        "the one seam is said once: {html}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn seam_heatmap_shows_only_the_functions_the_company_runs() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel", "technology", "alliances"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    choose(&mut a, "a.seam.channel_technology", 0, "logged");
    let html = report_html(&a).await;
    let table = first_span(&html, "<table class=\"heatmap\">", "</table>").unwrap_or_default();
    assert!(table.contains("<th scope=\"col\">Sales channel</th><th scope=\"col\">Technology partnerships</th><th scope=\"col\">Strategic alliances</th></tr>"), "{table}");
    assert!(
        !table.contains("n/a") && !table.contains("M&amp;A"),
        "{table}"
    );
    assert_eq!(count(table, "<td class=\"heat self\">—</td>"), 3);
    assert_eq!(
        count(table, "<td class=\"heat h2\">50</td>"),
        2,
        "50 is band 2 of 0–4"
    );
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
async fn signs_table_shows_each_party_and_only_your_own_company_sets_the_level() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Acme", false);
    party(&mut a, 2, "Us", true);
    answer_all(content, &mut a, "serious_partner", 0);
    answer_subject(content, &mut a, "serious_partner", 2, usize::MAX);
    let html = report_html(&a).await;
    let table = first_span(&html, "<table class=\"signs\">", "</table>").unwrap_or_default();
    assert!(table.contains(
        "<th scope=\"col\">Sign</th><th scope=\"col\"><bdi>Acme</bdi><span class=\"party-kind\">Partner assessment</span></th><th scope=\"col\"><bdi>Us</bdi><span class=\"party-kind\">Your company</span></th>"
    ), "{table}");
    assert!(table.contains("<tr><th scope=\"row\">A CEO who champions alliances</th><td>✘ Absent</td><td>✔ Present</td></tr>"));
    assert_eq!(count(table, "<td>✘ Absent</td>"), 6);
    assert_eq!(count(table, "<td>✔ Present</td>"), 6);
    assert!(table.contains("<th scope=\"row\">In place</th><td>0 present, 0 partial, 6 absent</td><td>6 present, 0 partial, 0 absent</td>"), "{table}");
    assert!(html.contains(
        "<p><strong><bdi>Acme</bdi> (partner): </strong>None of the six signs shows at this partner"
    ));
    assert!(html.contains("<p><strong><bdi>Us</bdi> (your company): </strong>"));
    // The weak partner does not pull your own level down: B rates Us alone.
    assert!(html.contains("<h2 id=\"module-serious_partner\">B. The six signs of a serious partner</h2><p class=\"score-line\"><span class=\"score\">100 / 100 · Level 5 Optimizing</span>"), "{html}");
    let partners =
        first_span(&html, "<div class=\"partner-assessments\">", "</div>").unwrap_or_default();
    assert!(
        partners.contains(
            "<li><bdi>Acme: 0 of the 6 signs of a serious partner in full, 0 in part: step away: no further people or money until it shows a visible step, such as a named alliance owner</bdi></li>"
        ),
        "{partners}"
    );
    assert!(
        !partners.contains("Us (B)"),
        "your own company is not a partner assessment"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn tier_table_recommends_re_tiering_by_the_portfolio_rule_and_names_the_red_flags() {
    let content = content();
    let mut a = answers(&["tiering"]);
    for id in 1..=4 {
        partner(&mut a, id, &format!("Partner {id}"), Tier::Strategic);
    }
    partner(&mut a, 5, "Lunch Co", Tier::Strategic);
    partner(&mut a, 6, "Drifting Ltd", Tier::Tactical);
    answer_all(content, &mut a, "tiering", usize::MAX);
    answer_subject(content, &mut a, "tiering", 6, 0);
    choose(&mut a, "c.origins.start", 6, "exec_lunch");
    let html = report_html(&a).await;
    assert!(
        html.contains("Declared today: 5 strategic, 1 tactical, 0 opportunistic, 0 under review."),
        "{html}"
    );
    // At most two strategic partners: the first two keep the tier, the rest move to tactical.
    assert!(html.contains("<tr><th scope=\"row\"><bdi>Partner 1</bdi></th><td>Strategic</td><td>Strategic</td><td>100</td><td></td></tr>"), "{html}");
    assert!(html.contains("<tr class=\"retier\"><th scope=\"row\"><bdi>Partner 3</bdi></th><td>Strategic</td><td>Tactical · change the tier</td><td>100</td><td></td></tr>"), "{html}");
    let drifting = element_around(&html, "<tr", "</tr>", "<bdi>Drifting Ltd</bdi></th>")
        .unwrap_or_else(|| panic!("{html}"));
    assert!(
        drifting
            .contains("<td>Tactical</td><td>Under review / winding down · change the tier</td>"),
        "{drifting}"
    );
    assert!(drifting.contains("<td>0</td><td>Started over an executive lunch, Press-release partnering, Hidden agendas</td>"), "{drifting}");
    assert!(
        html.contains("<p class=\"flags\"><strong>Red flags raised: </strong>"),
        "{html}"
    );
    // Capped, and the cap is explained where the level is given.
    assert!(
        html.contains("<span class=\"cap\"> · the other answers would reach Optimizing"),
        "{html}"
    );
    assert!(html.contains("Capped at Defined: more partners are called strategic than the one or two a single market-dominance initiative can carry."));
    let shape = first_span(&html, "<ul class=\"shape\">", "</ul>").unwrap_or_default();
    assert!(
        shape.contains("<li>Every partner, or nearly every one, is called strategic."),
        "{shape}"
    );
    assert!(
        !shape.contains("healthy"),
        "a healthy shape is never claimed beside these: {shape}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn trust_profile_is_an_accessible_chart_with_title_and_description() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", usize::MAX);
    choose(
        &mut a,
        "d.principles.integrity",
        0,
        answer_id(content, "d.principles.integrity", 0),
    );
    choose(&mut a, "d.value.known", 0, "anecdotal");
    let html = report_html(&a).await;
    let svg = opening_tag(&html, "svg", "trust-health").unwrap_or_default();
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(
        svg.contains("aria-labelledby=\"trust-health-title trust-health-desc\""),
        "{svg}"
    );
    assert!(html.contains("<title id=\"trust-health-title\">Trust profile: competence, intentions and the trust principles</title>"));
    let desc = first_span(&html, "<desc id=\"trust-health-desc\">", "</desc>").unwrap_or_default();
    assert!(desc.starts_with("<desc id=\"trust-health-desc\">Trust in competence, both ways 100; Trust in partner intentions 100; Partner&#39;s openness with us 100; Fair conduct spelled out 0; ")
        || desc.starts_with("<desc id=\"trust-health-desc\">Trust in competence, both ways 100; Trust in partner intentions 100; Partner's openness with us 100; Fair conduct spelled out 0; "), "{desc}");
    assert_eq!(
        count(desc, ";"),
        6,
        "7 bars: three on trust and four principle groups"
    );
    let chart = element_around(&html, "<svg", "</svg>", "trust-health-title").unwrap_or_default();
    assert_eq!(count(chart, "class=\"bar-value\">"), 7);
    // Its phone stand-in, like the radar's: same title and description, a bar per item.
    let list =
        element_around(&html, "<svg", "</svg>", "trust-health-list-title").unwrap_or_default();
    assert!(list.contains("class=\"chart bar-list\""), "{list}");
    assert!(
        list.contains("<desc id=\"trust-health-list-desc\">Trust in competence, both ways 100;"),
        "{list}"
    );
    assert_eq!(count(list, "class=\"bar\""), 7);
    let risks = first_span(&html, "<h4>Top risks</h4>", "</ol>").unwrap_or_default();
    assert!(
        risks.contains("<li>Different ideas of fair dealing (0 / 100)</li>"),
        "{risks}"
    );
    assert!(
        risks.contains("<li>Partner&#39;s non-sales work unknown (25 / 100)</li>")
            || risks.contains("<li>Partner's non-sales work unknown (25 / 100)</li>"),
        "{risks}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn scores_by_dimension_are_named_bars_per_module_never_codes() {
    let content = content();
    let mut a = answers(&["collaboration", "tiering"]);
    functions(&mut a, &["channel", "technology"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    partner(&mut a, 1, "Globex", Tier::Strategic);
    answer_all(content, &mut a, "tiering", usize::MAX);
    let html = report_html(&a).await;
    let scores = element_around(&html, "<section", "</section>", "id=\"scores-heading\"")
        .unwrap_or_default();
    assert!(!scores.contains("chart radar"), "{scores}");
    assert_eq!(
        count(scores, "<figcaption>"),
        2,
        "one group per module: {scores}"
    );
    assert!(scores.contains("<figcaption>A. Partner-organization collaboration</figcaption>"));
    let svg = opening_tag(scores, "svg", "scores-collaboration-list-title").unwrap_or_default();
    assert!(svg.contains("class=\"chart named-bars\""), "{svg}");
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(scores.contains("<desc id=\"scores-collaboration-list-desc\">Sales channel 100; Technology partnerships 100; The seams between functions 100; Working across functions 100</desc>"), "{scores}");
    assert!(
        scores.contains(">The seams between functions</tspan>"),
        "{scores}"
    );
    assert!(scores.contains(">Tier fit</tspan>"), "{scores}");
    for code in ["A1", "A3", "C1", "C2"] {
        assert!(
            !scores.contains(&format!(">{code}")),
            "no code {code}: {scores}"
        );
    }
    assert!(!scores.contains("target-tick"), "no plan, no targets");
}

#[tokio::test(flavor = "current_thread")]
async fn a_plan_marks_each_bar_of_its_module_at_the_target_level() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", 0);
    let report = score(content, &a);
    let html = render_html(html! {
        <ReportView {report} content={ContentRef(content)} share_url={SHARE_URL} consultancy="Example Partners"
            date="2026-11-23" targets={vec![("health".into(), 4)]} />
    })
    .await;
    let group =
        element_around(&html, "<svg", "</svg>", "scores-health-list-title").unwrap_or_default();
    let bars = count(group, "class=\"bar\"");
    assert!(bars > 0, "{group}");
    assert_eq!(count(group, "class=\"target-tick\""), bars, "{group}");
    assert!(html.contains("A tick on a bar marks where your plan"));
}

#[tokio::test(flavor = "current_thread")]
async fn share_link_and_date_are_printed_with_the_report() {
    let html = report_html(&answers(&["health"])).await;
    let line = first_span(&html, "<p class=\"share-url\">", "</p>").unwrap_or_default();
    assert!(
        line.contains(&format!(
            "<a href=\"{SHARE_URL}\">partners.example/assess/#/r/AQEEAwAB</a>"
        )),
        "{line}"
    );
    assert!(html.contains(">Copy share link</button>"));
    assert!(html.contains(">Example Partners · <span class=\"nowrap\">2026-11-23</span></p>"));
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
        html.contains("<th scope=\"col\"><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi><span class=\"party-kind\">Partner assessment</span></th>"),
        "signs column"
    );
    assert!(
        html.contains(
            "<th scope=\"row\"><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></th><td>Strategic</td>"
        ),
        "tier row"
    );
    assert!(html.contains("<p><strong><bdi>Café 🤝 Partners</bdi> (partner): </strong>"));
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
    assert!(html.contains("<p class=\"overall\"><span class=\"level\">Level 1 · Ad hoc</span><span class=\"score\">0 / 100</span></p>"));
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

#[tokio::test(flavor = "current_thread")]
async fn a_gate_after_the_summary_holds_back_the_rest_of_the_report() {
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", 2);
    let report = score(content, &a);
    let gate =
        html! { <section class="lead-step"><h2>{ "Where should we send a copy?" }</h2></section> };
    let html = render_html(html! {
        <ReportView {report} content={ContentRef(content)} share_url={SHARE_URL} consultancy="Example Partners" date="2026-11-23" gate={Some(gate)} />
    })
    .await;
    let summary = html.find("id=\"summary-heading\"").unwrap_or(usize::MAX);
    let gate = html.find("Where should we send a copy?").unwrap_or(0);
    assert!(summary < gate, "the summary, then the step");
    assert!(!html.contains("Scores by dimension"), "the rest waits");
    assert!(!html.contains("id=\"module-health\""));
    assert!(!html.contains("Copy share link"));
}

/// What is not known is said where the level is: the summary marks a module with many
/// "don't know" answers provisional and names the knock-out answers still missing.
#[tokio::test(flavor = "current_thread")]
async fn summary_marks_a_provisional_level_and_the_knock_outs_not_checked_yet() {
    let content = content();
    let mut a = answers(&["health"]);
    size(&mut a, "large");
    answer_all(content, &mut a, "health", usize::MAX);
    let health = content.module(&"health".into()).unwrap();
    for (at, (question, _)) in health.questions().enumerate() {
        if at % 3 == 0 {
            respond(
                &mut a,
                question.id.as_str(),
                0,
                partnering_core::answers::Response::Unknown,
            );
        }
    }
    let html = report_html(&a).await;
    let summary =
        element_around(&html, "<section", "</section>", "id=\"summary-heading\"").unwrap();
    assert!(
        summary.contains("<span class=\"module-provisional\">Provisional: "),
        "{summary}"
    );
    assert!(
        summary.contains("Held at Defined overall until these answers are in, since each could hold it down: module D: Stable ownership."),
        "{summary}"
    );
    // Said once: the module's own line does not repeat the hold the overall line gives.
    assert_eq!(summary.matches("Stable ownership").count(), 1, "{summary}");
    assert!(summary.contains("Level 3 \u{b7} Defined"), "{summary}");
    // Every module rated is provisional, so the overall level says so beside it.
    let overall = element_around(summary, "<p", "</p>", "class=\"overall\"").unwrap();
    assert!(
        overall.contains("<span class=\"indicative provisional\">Provisional: "),
        "{overall}"
    );
    // With a second module answered in full, the overall level stands on enough answers.
    a.modules.push("serious_partner".into());
    party(&mut a, 1, "Us", true);
    answer_all(content, &mut a, "serious_partner", usize::MAX);
    let html = report_html(&a).await;
    let summary =
        element_around(&html, "<section", "</section>", "id=\"summary-heading\"").unwrap();
    let overall = element_around(summary, "<p", "</p>", "class=\"overall\"").unwrap();
    assert!(!overall.contains("Provisional"), "{overall}");
    assert!(
        summary.contains("<span class=\"module-provisional\">Provisional: "),
        "{summary}"
    );
}

/// Contradictions come first in the summary, before the level, with the questions to look at.
#[tokio::test(flavor = "current_thread")]
async fn summary_flags_contradictions_before_the_level() {
    let (_, answers) = partnering_core::scoring::contradiction_examples(content())
        .into_iter()
        .find(|(id, _)| *id == "plans.every_alliance_vs_partner")
        .unwrap();
    let html = report_html(&answers).await;
    let summary =
        element_around(&html, "<section", "</section>", "id=\"summary-heading\"").unwrap();
    let flag = summary
        .find("1 contradiction in your answers to reconcile before you rely on this level")
        .unwrap_or_else(|| panic!("{summary}"));
    assert!(summary.contains("Answers to reconcile before you rely on the level"));
    assert!(
        summary.contains("no joint plan with Example partner."),
        "{summary}"
    );
    assert!(
        summary.contains("Look again at: Written plans with goals (B); Joint plan (C)."),
        "{summary}"
    );
    if let Some(level) = summary.find("class=\"overall\"") {
        assert!(flag < level, "the flag comes before the level");
    }
}

#[test]
fn a_long_share_link_shows_as_its_start_and_a_call_to_action_prints_as_a_typeable_contact() {
    use partnering_maturity::components::{printed_contact, short_link};
    let long = format!("https://partners.example/#/r/{}", "A".repeat(180));
    let shown = short_link(&long);
    assert_eq!(shown.chars().count(), 37, "{shown}");
    assert!(shown.starts_with("partners.example/#/r/AAAA") && shown.ends_with('\u{2026}'));
    assert_eq!(
        printed_contact("mailto:hello@acme.example?subject=Report"),
        "hello@acme.example"
    );
    assert_eq!(printed_contact("tel:+44 20 7946 0000"), "+44 20 7946 0000");
    assert_eq!(
        printed_contact("https://www.acme.example/book/?utm=x#top"),
        "acme.example/book"
    );
    assert_eq!(
        printed_contact("https://acme.example/a/very/long/path/to/the/booking/page/of/the/team"),
        "acme.example"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_configured_call_to_action_leads_the_result_is_repeated_at_the_end_and_prints_its_contact()
 {
    use partnering_maturity::components::{CallToAction, NextStep};
    let content = content();
    let mut a = answers(&["health"]);
    answer_all(content, &mut a, "health", 0);
    let report = score(content, &a);
    let cta = CallToAction {
        text: AttrValue::from("Talk it through with us."),
        label: AttrValue::from("Book a call"),
        url: Some(AttrValue::from("https://acme.example/book?from=report")),
    };
    let step = NextStep {
        text: AttrValue::from("Next: the plan."),
        label: AttrValue::from("Make my 90-day plan"),
        onclick: Callback::noop(),
        others: vec![],
    };
    let html = render_html(html! {
        <ReportView {report} content={ContentRef(content)} share_url={SHARE_URL} consultancy="Example Partners"
            date="2026-11-23" company={Some(AttrValue::from("Initech"))} cta={Some(cta)} next_step={Some(step)} />
    })
    .await;
    assert!(
        html.contains("For <bdi class=\"company\">Initech</bdi> · Example Partners · "),
        "{html}"
    );
    let hero = element_around(&html, "<div", "</div>", "class=\"hero-result\"").unwrap_or_default();
    assert!(
        hero.contains(">Book a call</a>"),
        "the call to action leads: {hero}"
    );
    assert!(
        hero.contains("<span class=\"print-only cta-contact\">acme.example/book</span>"),
        "{hero}"
    );
    assert!(
        hero.contains(">Make my 90-day plan</button>"),
        "the product's step stays on offer"
    );
    assert_eq!(
        html.matches(">Book a call</a>").count(),
        2,
        "repeated where the reading ends"
    );
    let closing = html.rfind(">Book a call</a>").unwrap_or_default();
    assert!(closing > html.find("id=\"module-health\"").unwrap_or(usize::MAX));
}

/// A strong company's first steps say that they keep a strength, not that they repair a gap.
#[tokio::test(flavor = "current_thread")]
async fn actions_that_protect_a_strength_say_so() {
    let content = content();
    let mut a = answers(&["health"]);
    size(&mut a, "large");
    answer_all(content, &mut a, "health", usize::MAX);
    let html = report_html(&a).await;
    let summary =
        element_around(&html, "<section", "</section>", "id=\"summary-heading\"").unwrap();
    assert!(summary.contains("(keeps a strength)"), "{summary}");
    assert!(
        summary.contains("<h3>Three steps to keep what you have built</h3>"),
        "{summary}"
    );
    // A gap's action carries no such note.
    choose(&mut a, "d.direction.plan", 0, "none");
    let html = report_html(&a).await;
    let summary =
        element_around(&html, "<section", "</section>", "id=\"summary-heading\"").unwrap();
    let first = element_around(summary, "<li class=\"action\"", "</li>", "action-text").unwrap();
    assert!(!first.contains("(keeps a strength)"), "{first}");
    assert!(summary.contains("<h3>Your three most valuable next steps</h3>"));
}
