//! A digest of twelve companies a practitioner would recognise, printed for a practitioner's
//! read (`cargo test --test native persona_digest -- --ignored --nocapture`). It asserts
//! nothing of its own: the personas in `personas.rs` do; this shows what the report says.

use crate::common::*;
use partnering_core::answers::{Answers, Response};
use partnering_core::display::horizon_words;
use partnering_core::model::Tier;
use partnering_core::scoring::{
    Action, ModuleDetail, cap_sentence, overall_provisional_note, partner_assessments,
    provisional_note, score, verdict_sentence,
};

fn digest(name: &str, answers: &Answers) -> String {
    let content = content();
    let report = score(content, answers);
    let mut lines = vec![format!(
        "## {name}{}",
        if answers.quick { " (quick check)" } else { "" }
    )];
    lines.push(format!(
        "- Link: #/r/{}",
        partnering_core::share::encode(content, answers)
    ));
    for m in &report.modules {
        let rating = m.rating().map_or("not rated".to_owned(), |r| {
            format!("{} / 100, level {}", r.score.rounded(), r.level())
        });
        // As the report's module lines: a cap is said where it holds the level down.
        let cap = m
            .rating()
            .filter(|r| r.is_capped())
            .and_then(|r| r.cap.as_ref())
            .map(|c| format!("; {}", cap_sentence(&english(), content, c)))
            .unwrap_or_default();
        let provisional = provisional_note(&english(), m.confidence())
            .map(|note| format!(" ({note})"))
            .unwrap_or_default();
        lines.push(format!(
            "- {}. {}: {rating}{provisional}{cap}",
            m.letter, m.title
        ));
    }
    for c in &report.contradictions {
        lines.push(format!("- Contradiction: {}", c.text));
    }
    if let Some(overall) = &report.overall {
        lines.push(format!(
            "- Overall: level {} ({} / 100)",
            overall.level(),
            overall.score.rounded()
        ));
        if let Some(note) = overall_provisional_note(&english(), &report) {
            lines.push(format!("- Overall: {note}"));
        }
    }
    if let Some(verdict) = &report.verdict {
        lines.push(format!(
            "- Verdict: {}",
            verdict_sentence(&english(), content, verdict)
        ));
        if let Some(cap) = &verdict.cap {
            lines.push(format!(
                "- Held: {}",
                cap_sentence(&english(), content, cap)
            ));
        }
    }
    for (i, a) in report.top_actions.iter().enumerate() {
        // As the report shows it: the partners a per-partner action is for, after its text.
        let about = if a.about.is_empty() {
            String::new()
        } else {
            format!(" (for {})", a.about.join(", "))
        };
        lines.push(format!(
            "- Action {}: {}{about} ({} · {})",
            i + 1,
            a.text,
            a.owner,
            horizon_words(&english(), a.horizon).0
        ));
    }
    for line in partner_assessments(&english(), &report) {
        lines.push(format!("- Partner: {line}"));
    }
    for e in &report.evidence {
        lines.push(format!(
            "- Research: {} ({}, {})",
            e.finding, e.citation, e.year
        ));
    }
    lines.join("\n")
}

/// Persona 12: four partners all called strategic, on thin evidence.
fn four_thin_strategic() -> Answers {
    let mut a = company(&["tiering"], "large");
    for (id, name) in [(2, "A1"), (3, "B2"), (4, "C3"), (5, "D4")] {
        partner(&mut a, id, name, Tier::Strategic);
    }
    fill(&mut a, &["tiering"], 1);
    a
}

/// Persona 14: a strategic partner and an inherited one called strategic.
fn inherited_partner() -> Answers {
    let mut a = company(&["tiering"], "large");
    partner(&mut a, 2, "Anchor", Tier::Strategic);
    partner(&mut a, 3, "Heritage", Tier::Strategic);
    fill(&mut a, &["tiering"], 3);
    choose(&mut a, "c.origins.start", 3, "inherited");
    choose(&mut a, "c.commitment.plan", 3, "informal");
    a
}

fn company(modules: &[&str], size_: &str) -> Answers {
    let mut a = answers(modules);
    size(&mut a, size_);
    a
}

fn fill(a: &mut Answers, modules: &[&str], pick: usize) {
    for m in modules {
        answer_all(content(), a, m, pick);
    }
}

fn top_action_ids(answers: &Answers) -> Vec<String> {
    let report = score(content(), answers);
    report.top_actions.iter().map(|a| a.id.clone()).collect()
}

/// A practitioner reviews with the partner what the changes did before deciding whether to
/// keep the alliance: the decision (`after` the review) is listed after it, in the quick check
/// of a replaced team and in a small firm weak everywhere.
#[test]
fn a_decision_on_the_alliance_comes_after_the_review_that_informs_it() {
    let mut replaced = company(&["health"], "large");
    fill(&mut replaced, &["health"], 3);
    choose(&mut replaced, "d.stability.people", 0, "replaced");
    choose(&mut replaced, "d.stability.narrative", 0, "cynical");
    replaced.quick = true;
    let mut weak = company(&["health"], "small");
    partner(&mut weak, 2, "Vendor", Tier::Strategic);
    fill(&mut weak, &["health"], 0);
    for answers in [&replaced, &weak] {
        let ids = top_action_ids(answers);
        let place = |id: &str| ids.iter().position(|a| a == id);
        let (review, decision) = (
            place("d.stability.r_joint_diagnosis"),
            place("d.trust.r_reset"),
        );
        assert!(review.is_some() && decision.is_some(), "{ids:?}");
        assert!(review < decision, "{ids:?}");
    }
}

/// The inherited partner's tier is decided before a joint plan is asked of it.
#[test]
fn an_inherited_partner_gets_its_tier_decision_before_a_joint_plan() {
    let a = inherited_partner();
    let ids = top_action_ids(&a);
    let place = |id: &str| ids.iter().position(|a| a == id);
    let (decision, plan) = (place("c.origins.r_inherited"), place("c.commitment.r2"));
    assert!(decision.is_some() && plan.is_some(), "{ids:?}");
    assert!(decision < plan, "{ids:?}");
}

/// Three resellers all called strategic: where one's evidence is a little weaker though still
/// strategic, the portfolio rule moves it down and the report says why (behind the others on
/// readiness), not that its evidence supports less; where all three are equal, it names no
/// loser and leaves the choice to the company.
#[test]
fn the_portfolio_rule_says_why_a_partner_moves_down_and_never_picks_among_equals_by_list_order() {
    let three = || {
        let mut a = company(&["tiering"], "small");
        partner(&mut a, 2, "BigReseller", Tier::Strategic);
        partner(&mut a, 3, "Boutique", Tier::Strategic);
        partner(&mut a, 4, "Marketplace", Tier::Strategic);
        fill(&mut a, &["tiering"], usize::MAX);
        a
    };
    let lines = |a: &Answers| partner_assessments(&english(), &score(content(), a));
    let equal = lines(&three());
    // The two the rule happened to keep are told the same, so no line favours them.
    assert!(
        equal[0].contains("as fully as the evidence for Boutique and Marketplace"),
        "{equal:?}"
    );
    assert!(
        equal[2].ends_with("as fully as the evidence for BigReseller and Boutique, but the portfolio has room for only a few: choose which to keep as strategic"),
        "{equal:?}"
    );
    // Marketplace a notch weaker on one question at a time, until it stays strategic on its
    // own evidence but ranks last on readiness.
    let module = content().module(&"tiering".into()).unwrap();
    let weaker = module
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
        .find_map(|q| {
            let second_best = q.choices.iter().rev().nth(1)?;
            let mut a = three();
            choose(&mut a, q.id.as_str(), 4, second_best.id.as_str());
            let report = score(content(), &a);
            let ModuleDetail::Tiering { partners, .. } = &report.modules[0].detail else {
                return None;
            };
            let (last, first) = (&partners[2], &partners[0]);
            (last.supported == Some(Tier::Strategic) && last.readiness < first.readiness)
                .then(|| lines(&a))
        });
    let weaker = weaker.expect("some answer leaves Marketplace strategic but less ready");
    assert!(
        weaker[2].contains("its evidence supports strategic, but the portfolio has room for only a few and it comes behind BigReseller and Boutique on readiness, so tactical is recommended"),
        "{weaker:?}"
    );
}

/// The study of 200 corporations' alliance departments is cited to a mid-size or large company
/// without one, not to a 40-person consultancy, which needs a named executive, not a department.
#[test]
fn research_on_alliance_departments_is_cited_only_where_a_department_is_possible() {
    let cited = |size: &str| {
        let mut a = company(&["serious_partner"], size);
        party(&mut a, 1, "Us", true);
        fill(&mut a, &["serious_partner"], 0);
        let report = score(content(), &a);
        report
            .evidence
            .iter()
            .any(|e| e.id == "research.alliance_function")
    };
    assert!(!cited("small"));
    assert!(cited("mid"));
    assert!(cited("large"));
}

/// A partner treated as strategic whose evidence falls short is told what holds it back: the
/// objective it serves, a red flag, or its focus, candor and commitment.
#[test]
fn a_partner_below_its_tier_is_told_what_holds_it_back() {
    let line = |edit: &dyn Fn(&mut Answers)| {
        let mut a = company(&["tiering"], "large");
        partner(&mut a, 2, "Anchor", Tier::Strategic);
        fill(&mut a, &["tiering"], usize::MAX);
        edit(&mut a);
        partner_assessments(&english(), &score(content(), &a)).remove(0)
    };
    let objective = line(&|a| choose(a, "c.focus.objective", 2, "shorten_cycles"));
    assert_eq!(
        objective,
        "Anchor: treated as strategic; the evidence supports tactical, since the objective it serves cannot carry a higher tier"
    );
    // (answers filled at `pick`, the objective chosen, a red flag raised or not): the line's end
    let cases = [
        (
            usize::MAX,
            "gain_share",
            true,
            "since its answers raise a red flag",
        ),
        (
            1,
            "gain_share",
            false,
            "its focus, candor and commitment reach no further",
        ),
        (
            3,
            "shorten_cycles",
            false,
            "nor its focus, candor and commitment carry a higher tier",
        ),
    ];
    for (pick, objective, flag, ending) in cases {
        let said = line(&|a| {
            fill(a, &["tiering"], pick);
            choose(a, "c.focus.objective", 2, objective);
            if flag {
                choose(a, "c.candor.agendas", 2, "hidden");
            }
        });
        assert!(said.ends_with(ending), "{said}");
    }
    assert_eq!(
        line(&|_| {}),
        "Anchor: treated as strategic, as the evidence supports"
    );
}

/// Partners the report recommends for deal-by-deal work are the field's to handle (seed 001):
/// no alliance manager's work is asked for them, only the portfolio's decision; a partner it
/// keeps in a program still gets its own actions.
#[test]
fn no_alliance_work_is_asked_for_partners_left_to_the_field() {
    let a = four_thin_strategic();
    let report = score(content(), &a);
    let named: Vec<&Action> = report.modules[0]
        .recommendations
        .iter()
        .filter(|r| !r.about.is_empty())
        .collect();
    assert!(named.is_empty(), "{named:?}");
    assert!(!report.modules[0].recommendations.is_empty());
    // The inherited partner, recommended tactical, keeps its own actions.
    let report = score(content(), &inherited_partner());
    assert!(
        report.modules[0]
            .recommendations
            .iter()
            .any(|r| r.about == ["Heritage"]),
        "{:?}",
        report.modules[0].recommendations
    );
}

/// A level-1 portfolio names no "strongest" area at 25 / 100: below Defined, nothing is a
/// strength; the weakest is named alone.
#[test]
fn an_area_below_defined_is_not_called_the_strongest() {
    let a = four_thin_strategic();
    let report = score(content(), &a);
    let verdict = verdict_sentence(&english(), content(), report.verdict.as_ref().unwrap());
    assert!(!verdict.contains("Strongest"), "{verdict}");
    assert!(verdict.ends_with("Weakest: Tier fit (0)."), "{verdict}");
}

#[test]
#[ignore = "prints a digest for a practitioner's read"]
fn persona_digest() {
    let all = ["collaboration", "serious_partner", "tiering", "health"];
    let mut out = Vec::new();

    // 1. A 600-person SaaS company: channel and technology partners, a decent program, a
    // channel-technology seam where requests are only forwarded; quick check.
    let mut a = company(&all, "mid");
    functions(&mut a, &["channel", "technology"]);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "CloudCo", Tier::Strategic);
    partner(&mut a, 3, "Resell Ltd", Tier::Tactical);
    fill(&mut a, &all, 3);
    choose(&mut a, "a.seam.channel_technology", 0, "forwarded");
    a.quick = true;
    out.push(digest(
        "1. Mid-size SaaS with a channel and a technology program",
        &a,
    ));

    // 2. A global enterprise with all five functions, strong practice, but the alliance's
    // budget was frozen and its ownership moved once after a reorganization; full assessment.
    let mut a = company(&all, "large");
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Hyperscaler", Tier::Strategic);
    partner(&mut a, 3, "SI Partner", Tier::Tactical);
    fill(&mut a, &all, usize::MAX);
    choose(&mut a, "d.stability.resources", 0, "frozen");
    choose(&mut a, "d.stability.ownership", 0, "moved_once");
    choose(&mut a, "d.stability.move_cause", 0, "reorganization");
    out.push(digest(
        "2. Global enterprise, ownership moved once in a reorganization",
        &a,
    ));

    // 3. A 30-person start-up whose only partner function is a reseller channel.
    let mut a = company(&["collaboration", "tiering"], "small");
    functions(&mut a, &["channel"]);
    partner(&mut a, 2, "BigReseller", Tier::Strategic);
    partner(&mut a, 3, "Boutique", Tier::Strategic);
    partner(&mut a, 4, "Marketplace", Tier::Strategic);
    fill(&mut a, &["collaboration", "tiering"], usize::MAX);
    out.push(digest(
        "3. 30-person start-up, channel only, three 'strategic' resellers",
        &a,
    ));

    // 4. A new head of alliances, three weeks in: "don't know" to much of B and D.
    let mut a = company(&["serious_partner", "health"], "large");
    party(&mut a, 1, "Us", true);
    fill(&mut a, &["serious_partner", "health"], 3);
    let content = content();
    for id in ["serious_partner", "health"] {
        let module = content.module(&id.into()).unwrap();
        for (at, (q, _)) in module.questions().enumerate() {
            if at % 2 == 0 {
                let subject = if id == "health" { 0 } else { 1 };
                respond(&mut a, q.id.as_str(), subject, Response::Unknown);
            }
        }
    }
    out.push(digest("4. New head of alliances, half don't know", &a));

    // 5. Due diligence on a prospective partner only (B about the partner): traces at best.
    let mut a = company(&["serious_partner"], "mid");
    party(&mut a, 1, "Prospect Inc", false);
    fill(&mut a, &["serious_partner"], 1);
    out.push(digest(
        "5. Due diligence on a partner showing traces only",
        &a,
    ));

    // 6. Alliance with a strong design and plan but where neither side trusts the other.
    let mut a = company(&["health"], "large");
    fill(&mut a, &["health"], usize::MAX);
    for q in [
        "d.trust.in_competence",
        "d.trust.in_intentions",
        "d.trust.intentions_shown",
    ] {
        let module = content.module(&"health".into()).unwrap();
        let first = module
            .questions()
            .find(|(x, _)| x.id.as_str() == q)
            .unwrap()
            .0
            .choices[0]
            .id
            .clone();
        choose(&mut a, q, 0, first.as_str());
    }
    out.push(digest("6. Well-run alliance with no trust", &a));

    // 7. Company whose people were replaced and cynicism spreads; quick check.
    let mut a = company(&["health"], "large");
    fill(&mut a, &["health"], 3);
    choose(&mut a, "d.stability.people", 0, "replaced");
    choose(&mut a, "d.stability.narrative", 0, "cynical");
    a.quick = true;
    out.push(digest(
        "7. Quick check: alliance team replaced, cynicism spreading",
        &a,
    ));

    // 8. Contradictions: B says every alliance has a plan; C and D say otherwise.
    let mut a = company(&["serious_partner", "tiering", "health"], "large");
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Anchor", Tier::Strategic);
    fill(&mut a, &["serious_partner", "tiering", "health"], 3);
    choose(&mut a, "b.inspect.plans", 1, "all");
    choose(&mut a, "c.commitment.plan", 2, "none");
    choose(&mut a, "d.direction.plan", 0, "none");
    out.push(digest("8. Contradictory plans across modules", &a));

    // 9. A 40-person consultancy, weak everywhere.
    let mut a = company(&all, "small");
    functions(&mut a, &["channel", "alliances"]);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Vendor", Tier::Strategic);
    fill(&mut a, &all, 0);
    out.push(digest("9. 40-person consultancy, weak everywhere", &a));

    // 10. Mature enterprise, every module strong.
    let mut a = company(&all, "large");
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Anchor", Tier::Strategic);
    partner(&mut a, 3, "Beta", Tier::Tactical);
    fill(&mut a, &all, usize::MAX);
    out.push(digest("10. Mature enterprise, genuinely good", &a));

    // 11. Managed in A and B, Optimizing in D: one excellent module.
    let mut a = company(&["collaboration", "serious_partner", "health"], "large");
    functions(&mut a, &["channel", "technology", "alliances"]);
    party(&mut a, 1, "Us", true);
    fill(&mut a, &["collaboration", "serious_partner"], 3);
    fill(&mut a, &["health"], usize::MAX);
    out.push(digest("11. One excellent alliance, the rest Managed", &a));

    // 12. Over-tiered portfolio: four strategic partners, thin evidence, full assessment.
    let a = four_thin_strategic();
    out.push(digest("12. Four 'strategic' partners, thin evidence", &a));

    // 13. A mid-size firm acquired last year: the alliance moved into the buyer's division
    // and its alliance manager left with the deal; otherwise sound.
    let mut a = company(&["health"], "mid");
    fill(&mut a, &["health"], 3);
    choose(&mut a, "d.stability.ownership", 0, "moved_once");
    choose(&mut a, "d.stability.move_cause", 0, "reorganization");
    out.push(digest("13. Alliance moved in an acquisition", &a));

    // 14. A portfolio with an inherited strategic partner that came with an acquired company.
    let a = inherited_partner();
    out.push(digest("14. An inherited 'strategic' partner", &a));

    // 15. Our company serious, a prospective partner with one sign present and traces of the rest.
    let mut a = company(&["serious_partner"], "large");
    party(&mut a, 1, "Us", true);
    party(&mut a, 2, "Tracer", false);
    fill(&mut a, &["serious_partner"], 3);
    for q in [
        "b.professionals.q",
        "b.professionals.drive",
        "b.professionals.continuity",
        "b.development.q",
        "b.sales_mindset.involve",
        "b.sales_mindset.incentives",
        "b.ceo.internal",
        "b.ceo.strategy",
        "b.inspect.plans",
        "b.inspect.review",
        "b.inspect.failures",
    ] {
        let module = content.module(&"serious_partner".into()).unwrap();
        let trace = module
            .questions()
            .find(|(x, _)| x.id.as_str() == q)
            .unwrap()
            .0
            .choices[1]
            .id
            .clone();
        choose(&mut a, q, 2, trace.as_str());
    }
    out.push(digest(
        "15. A serious company weighing a partner with traces",
        &a,
    ));

    println!("{}", out.join("\n\n"));
}
