//! Personas: companies as a practitioner would describe them, and what a seasoned alliance
//! leader would tell each one. Each test states the rule it relies on; removing that rule from
//! the content or the scoring makes it fail.

use crate::common::*;
use partnering_core::answers::{Answers, Response};
use partnering_core::model::{About, CompanySize, Content, QuestionKind, Tier};
use partnering_core::scoring::{
    Cause, ModuleDetail, ModuleResult, ModuleStatus, ROLES_A_SMALL_COMPANY_LACKS, Report,
    SignStatus, owner_for, partner_assessments, score, verdict_sentence,
};

fn module<'a>(report: &'a Report, id: &str) -> &'a ModuleResult {
    report
        .modules
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no module {id} in the report"))
}

/// The level a module shows (capped), or `None` when not rated.
fn level(report: &Report, id: &str) -> Option<u8> {
    module(report, id).rating().map(|r| r.level())
}

/// What a reader sees first: enough to say why a persona failed.
fn describe(report: &Report) -> String {
    let content = content();
    let mut lines = vec![format!(
        "overall: {:?}; verdict: {}",
        report.overall.as_ref().map(|r| (
            r.score.rounded(),
            r.level(),
            r.cap.as_ref().map(|c| c.reason())
        )),
        report
            .verdict
            .as_ref()
            .map(|v| verdict_sentence(&english(), content, v))
            .unwrap_or_default()
    )];
    for m in &report.modules {
        lines.push(format!(
            "{}: {:?}; findings {:?}",
            m.letter,
            m.rating().map(|r| (
                r.score.rounded(),
                r.level(),
                r.cap.as_ref().map(|c| c.reason())
            )),
            findings(m)
        ));
    }
    for a in &report.top_actions {
        lines.push(format!("action {} ({:?}): {}", a.id, a.cause, a.text));
    }
    lines.join("\n")
}

/// Module D answered as a healthy alliance: every question at its best choice.
fn healthy_alliance() -> Answers {
    let mut a = answers(&["health"]);
    size(&mut a, "large");
    answer_all(content(), &mut a, "health", usize::MAX);
    a
}

// ---------------------------------------------------------------- the three cases of the issue

/// Seed 003: premature changes of people and resources are probably the most common cause of
/// alliance failure. A company that reassigns its alliance managers and withdrew the
/// alliance's resources, yet trusts its partner and answers everything else well, must not
/// read "Optimizing": two destabilizers at their worst cap D at Emerging, with the reasons,
/// and the first action is the knock-out's.
#[test]
fn reorganizing_enterprise_that_withdrew_resources_is_capped_at_emerging() {
    let mut a = healthy_alliance();
    choose(&mut a, "d.stability.people", 0, "replaced");
    choose(&mut a, "d.stability.resources", 0, "withdrawn");
    let report = score(content(), &a);
    let d = module(&report, "health");
    let rating = d.rating().expect("D is rated");
    assert!(rating.score.rounded() >= 80, "{}", describe(&report));
    assert_eq!(rating.level(), 2, "{}", describe(&report));
    let cap = rating.cap.as_ref().expect("capped");
    assert!(
        cap.reason().contains("resources were withdrawn"),
        "{}",
        cap.reason()
    );
    assert!(
        cap.reason()
            .contains("people running the alliance were changed")
    );
    assert_eq!(report.overall.as_ref().map(|o| o.level()), Some(2));
    // The knock-out actions lead: the joint review of what the changes did, then the decision
    // it informs (keep the alliance with a stability commitment, or wind it down).
    let [review, decision] = [&report.top_actions[0], &report.top_actions[1]];
    assert_eq!(review.cause, Cause::Cap, "{}", describe(&report));
    assert_eq!(
        review.id,
        "d.stability.r_joint_diagnosis",
        "{}",
        describe(&report)
    );
    assert_eq!(decision.cause, Cause::Cap, "{}", describe(&report));
    assert!(decision.text.contains("commitment"), "{}", decision.text);
    assert!(
        findings(d)[0].starts_with("Capped at Emerging: "),
        "{:?}",
        findings(d)
    );
    // The level sentence describes what the answers show beside the strengths it names; the
    // Emerging band's "lacks the organization's backing" would contradict them.
    let verdict = verdict_sentence(
        &english(),
        content(),
        report.verdict.as_ref().expect("a verdict"),
    );
    assert!(
        verdict.starts_with("Without that, the answers reach Optimizing"),
        "{verdict}"
    );
    assert!(
        !verdict.contains("lacks the organization's backing"),
        "{verdict}"
    );
}

/// One destabilizer at its worst is enough to cap D at Defined; seed 003 counts an alliance
/// manager changed again and again among them (both a sign and a cause of failure).
#[test]
fn one_destabilizer_at_its_worst_caps_health_at_defined() {
    for (question, worst) in [
        ("d.stability.people", "replaced"),
        ("d.stability.resources", "withdrawn"),
        ("d.stability.ownership", "moved_often"),
        ("d.stability.narrative", "cynical"),
        ("d.principles.consistency", "erratic"),
    ] {
        let mut a = healthy_alliance();
        choose(&mut a, question, 0, worst);
        let report = score(content(), &a);
        assert_eq!(
            level(&report, "health"),
            Some(3),
            "{question}\n{}",
            describe(&report)
        );
        assert_eq!(report.top_actions[0].cause, Cause::Cap, "{question}");
    }
}

/// Seed 000: value is lost in the seams between partner functions. A large company whose five
/// partner functions each do their own job well but never talk (collaboration index near 0)
/// is capped at Emerging in A, and the overall level with it; the seams lead its findings.
#[test]
fn large_company_whose_partner_functions_never_talk_is_capped_at_emerging() {
    let content = content();
    let mut a = answers(&["collaboration"]);
    size(&mut a, "large");
    functions(&mut a, &ALL_FUNCTIONS);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    for seam in content.modules[0]
        .dimensions
        .iter()
        .find(|d| d.id == "a.seams")
        .unwrap()
        .questions
        .iter()
    {
        choose(&mut a, seam.id.as_str(), 0, seam.choices[0].id.as_str());
    }
    let report = score(content, &a);
    let collaboration = module(&report, "collaboration");
    let ModuleDetail::Collaboration {
        collaboration_index,
        ..
    } = &collaboration.detail
    else {
        unreachable!()
    };
    assert_eq!(collaboration_index.map(|i| i.round()), Some(0.0));
    assert_eq!(
        level(&report, "collaboration"),
        Some(2),
        "{}",
        describe(&report)
    );
    assert!(
        findings(collaboration)[0].contains("seldom work together"),
        "{:?}",
        findings(collaboration)
    );
    assert_eq!(report.overall.as_ref().map(|o| o.level()), Some(2));
    assert!(
        report.strengths.len() <= 3,
        "strengths are not a list of everything"
    );
    assert_eq!(
        report.top_actions[0].cause,
        Cause::Cap,
        "{}",
        describe(&report)
    );
}

/// The overall level describes one's own organization. Assessing a weak partner in module B
/// reports the partner beside one's own level and never lowers it.
#[test]
fn assessing_a_weak_partner_does_not_lower_your_own_level() {
    let content = content();
    let mut own_only = healthy_alliance();
    own_only.modules.push("serious_partner".into());
    party(&mut own_only, 1, "Our company", true);
    answer_all(content, &mut own_only, "serious_partner", usize::MAX);
    let mut with_weak_partner = own_only.clone();
    party(&mut with_weak_partner, 2, "Laggard Systems", false);
    for question in content.modules[1]
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
    {
        choose(
            &mut with_weak_partner,
            question.id.as_str(),
            2,
            question.choices[0].id.as_str(),
        );
    }
    let alone = score(content, &own_only);
    let beside = score(content, &with_weak_partner);
    assert_eq!(
        alone.overall.as_ref().map(|o| o.score.rounded()),
        beside.overall.as_ref().map(|o| o.score.rounded())
    );
    assert_eq!(
        module(&alone, "serious_partner").rating(),
        module(&beside, "serious_partner").rating()
    );
    let lines = partner_assessments(&english(), &beside);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("Laggard Systems: 0 of the 6 signs"),
        "{lines:?}"
    );
    let ModuleDetail::Signs { parties } = &module(&beside, "serious_partner").detail else {
        unreachable!()
    };
    let laggard = parties.iter().find(|p| !p.own).unwrap();
    let guidance = laggard.guidance.as_deref().unwrap_or_default();
    assert!(
        guidance.contains("step"),
        "the partner wording, not ours: {guidance}"
    );
}

/// Module B about partners only has nothing to say about one's own organization, but it says
/// what to do about the partner: one showing none of the six signs is to be stepped away from
/// (seed 002), and that decision, naming the partner, leads the report's actions.
#[test]
fn module_b_about_partners_only_is_reported_as_partner_assessments() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    size(&mut a, "mid");
    party(&mut a, 1, "Globex", false);
    answer_all(content, &mut a, "serious_partner", 0);
    let report = score(content, &a);
    assert_eq!(
        module(&report, "serious_partner").status,
        ModuleStatus::PartnersOnly
    );
    assert_eq!(
        report.overall, None,
        "no level from a partner's signs alone"
    );
    let ids: Vec<&str> = report.top_actions.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["b.partner.r_step_away"], "{}", describe(&report));
    let first = &report.top_actions[0];
    assert_eq!(first.about, ["Globex"]);
    assert!(
        first.text.contains("no further people or money"),
        "{}",
        first.text
    );
    assert_eq!(partner_assessments(&english(), &report).len(), 1);
}

/// Seed 001: one strategic initiative with one or two intimate partners. Two partners declared
/// tactical whose evidence is strategic-ready cannot take the count of strategic partners past
/// two, and the findings and actions agree.
#[test]
fn portfolio_rule_keeps_recommended_strategic_partners_to_two() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "large");
    partner(&mut a, 1, "Alpha", Tier::Strategic);
    partner(&mut a, 2, "Beta", Tier::Strategic);
    partner(&mut a, 3, "Gamma", Tier::Tactical);
    partner(&mut a, 4, "Delta", Tier::Tactical);
    answer_all(content, &mut a, "tiering", usize::MAX);
    let report = score(content, &a);
    let ModuleDetail::Tiering {
        partners,
        recommended,
        findings,
        ..
    } = &module(&report, "tiering").detail
    else {
        unreachable!()
    };
    assert_eq!(recommended.strategic, 2, "{partners:?}");
    // The incumbents keep the strategic slots; the others stay tactical, as declared.
    assert_eq!(partners[0].recommended, Some(Tier::Strategic));
    assert_eq!(partners[2].recommended, Some(Tier::Tactical));
    assert!(
        !findings.contains(&partnering_core::model::ShapeFinding::OverTiered),
        "{findings:?}"
    );
}

// ---------------------------------------------------------------- more companies a practitioner knows

/// A 40-person start-up with no alliance staff, where every partner is "strategic": capped at
/// Defined in C (more strategic partners than one initiative can carry), everyone-strategic
/// raised, and advice that fits a company of its size: pick the one partner, the founders work
/// the rest deal by deal.
#[test]
fn start_up_that_calls_every_partner_strategic_gets_advice_for_its_size() {
    let content = content();
    let mut a = answers(&["tiering", "serious_partner"]);
    size(&mut a, "small");
    for (id, name) in [(1, "Alpha"), (2, "Beta"), (3, "Gamma"), (4, "Delta")] {
        partner(&mut a, id, name, Tier::Strategic);
    }
    answer_all(content, &mut a, "tiering", 1);
    party(&mut a, 10, "Us", true);
    answer_all(content, &mut a, "serious_partner", 1);
    choose(&mut a, "b.executive.q", 10, "partial");
    let report = score(content, &a);
    let c = module(&report, "tiering");
    assert!(
        level(&report, "tiering").is_some_and(|l| l <= 3),
        "{}",
        describe(&report)
    );
    let cap = c.cap().expect("the strategic cap holds");
    assert!(cap.reason().contains("strategic"), "{}", cap.reason());
    let ModuleDetail::Tiering { red_flags, .. } = &c.detail else {
        unreachable!()
    };
    assert!(red_flags.contains(&partnering_core::model::RedFlag::EveryoneStrategic));
    let first = &report.top_actions[0];
    assert_eq!(first.cause, Cause::Cap);
    assert!(
        first.owner.contains("Founder"),
        "small-company owner: {}",
        first.owner
    );
    // A named executive who also does other work is the sign in full at this size.
    let ModuleDetail::Signs { parties } = &module(&report, "serious_partner").detail else {
        unreachable!()
    };
    let executive = parties[0]
        .signs
        .iter()
        .find(|s| s.0 == "b.executive")
        .unwrap();
    assert_eq!(executive.2, SignStatus::Present, "{executive:?}");
}

/// A mature enterprise that really is good: every module answered at its best, one strategic
/// partner and a tactical group with strong evidence. Optimizing overall, no cap, a healthy
/// portfolio, and nothing urgent among its actions.
#[test]
fn mature_enterprise_that_is_genuinely_good_reads_optimizing() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    size(&mut a, "large");
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Anchor Systems", Tier::Strategic);
    for (id, name) in [(3, "Beta"), (4, "Gamma"), (5, "Delta")] {
        partner(&mut a, id, name, Tier::Tactical);
    }
    for id in ["collaboration", "serious_partner", "tiering", "health"] {
        answer_all(content, &mut a, id, usize::MAX);
    }
    let report = score(content, &a);
    assert_eq!(
        report.overall.as_ref().map(|o| o.level()),
        Some(5),
        "{}",
        describe(&report)
    );
    assert!(
        report.modules.iter().all(|m| m.cap().is_none()),
        "{}",
        describe(&report)
    );
    let ModuleDetail::Tiering { findings, .. } = &module(&report, "tiering").detail else {
        unreachable!()
    };
    assert_eq!(findings, &[partnering_core::model::ShapeFinding::Healthy]);
    assert!(report.top_actions.iter().all(|a| a.cause != Cause::Cap));
}

/// An alliance that is well designed, stable and pointed at a shared vision, but where
/// neither side trusts the other: weak on trust only. Seed 003 calls trust absolutely
/// necessary and names its two parts, competence and intentions: with customer information
/// withheld both ways and the partner's work redone, the alliance is held at Emerging and the
/// first action tests it on one deal run in the open, with the two-way trust session beside
/// it; withheld both ways with some reliance on the partner's work, it is held at Defined and
/// the trust session comes first. Neither is a repair that assumes only the partner distrusts.
#[test]
fn alliance_weak_on_trust_only_is_told_so_first() {
    let content = content();
    let mut a = healthy_alliance();
    let d = &content.modules[3];
    for dimension in d.dimensions.iter().filter(|d| d.id == "d.trust") {
        for question in &dimension.questions {
            choose(
                &mut a,
                question.id.as_str(),
                0,
                question.choices[0].id.as_str(),
            );
        }
    }
    let report = score(content, &a);
    assert_eq!(
        module(&report, "health").cap().map(|c| c.id.as_str()),
        Some("d.cap_no_trust_either_way")
    );
    assert_eq!(level(&report, "health"), Some(2), "{}", describe(&report));
    let first: Vec<&str> = report.top_actions.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        first[..2],
        ["d.trust.r_trial_deal", "d.trust.r_two_way"],
        "{}",
        describe(&report)
    );
    assert_eq!(report.top_actions[0].owner, "Executive sponsor");
    let verdict = report.verdict.as_ref().unwrap();
    assert_eq!(
        verdict.weakest.as_ref().map(|w| w.title.as_str()),
        Some("Trust")
    );
    assert!(
        report.top_actions[0].dimension == "Trust",
        "{}",
        describe(&report)
    );
    // Some reliance on the partner's work: held at Defined, the trust session first.
    choose(&mut a, "d.trust.in_competence", 0, "conditional");
    let report = score(content, &a);
    assert_eq!(
        module(&report, "health").cap().map(|c| c.id.as_str()),
        Some("d.cap_no_trust")
    );
    assert_eq!(level(&report, "health"), Some(3), "{}", describe(&report));
    assert_eq!(report.top_actions[0].id, "d.trust.r_two_way");
    // Withheld one way only is a risk to work on, not a knock-out.
    choose(&mut a, "d.trust.intentions_shown", 0, "deal_level");
    assert!(module(&score(content, &a), "health").cap().is_none());
}

/// Someone who answers "don't know" to everything gets no level at all, and actions that
/// say how to find out, not advice built on guesses.
#[test]
fn every_answer_dont_know_gives_no_level_and_find_out_actions() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    size(&mut a, "mid");
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Globex", Tier::Tactical);
    for (question, subject) in slots(content, &[1], &[2]) {
        if question.allow_unknown {
            respond(&mut a, question.id.as_str(), subject.0, Response::Unknown);
        }
    }
    let report = score(content, &a);
    assert_eq!(report.overall, None, "{}", describe(&report));
    assert!(!report.top_actions.is_empty());
    assert!(
        report
            .top_actions
            .iter()
            .all(|a| matches!(a.cause, Cause::Unknown | Cause::UnknownHold)),
        "{}",
        describe(&report)
    );
}

/// Seed 001's executive lunch: a partnership that started over lunch and has no plan is
/// flagged; the same one, since grounded in a written joint plan, is no longer flagged for its
/// origin.
#[test]
fn lunch_deal_since_grounded_in_a_joint_plan_is_not_flagged_for_its_origin() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "mid");
    partner(&mut a, 1, "Initech", Tier::Tactical);
    answer_all(content, &mut a, "tiering", 2);
    choose(&mut a, "c.origins.start", 1, "exec_lunch");
    choose(&mut a, "c.commitment.plan", 1, "none");
    let flags = |a: &Answers| {
        let report = score(content, a);
        let ModuleDetail::Tiering { partners, .. } = &module(&report, "tiering").detail else {
            unreachable!()
        };
        partners[0].red_flags.clone()
    };
    assert_eq!(flags(&a), [partnering_core::model::RedFlag::ExecutiveLunch]);
    choose(&mut a, "c.commitment.plan", 1, "written");
    assert!(flags(&a).is_empty());
}

// ---------------------------------------------------------------- the quick check cannot flatter

/// Most visitors take the quick check. A company whose partner functions never talk across
/// their most valuable seam, that withdrew the alliance's resources and moved its ownership
/// twice, must not read "Optimizing" after five minutes: the quick check asks the key seam and
/// every destabilizer, so A and D are held at Emerging as the full assessment would hold them.
#[test]
fn quick_check_of_dead_seams_and_withdrawn_resources_is_held_at_emerging() {
    let content = content();
    let mut a = healthy_alliance();
    a.modules.insert(0, "collaboration".into());
    functions(&mut a, &["channel", "technology", "alliances"]);
    answer_all(content, &mut a, "collaboration", usize::MAX);
    a.quick = true;
    // The seam where the seed says most value is lost among these three functions.
    choose(&mut a, "a.seam.channel_technology", 0, "no_route");
    choose(&mut a, "d.stability.resources", 0, "withdrawn");
    choose(&mut a, "d.stability.ownership", 0, "moved_often");
    let report = score(content, &a);
    let seen = describe(&report);
    assert_eq!(level(&report, "collaboration"), Some(2), "{seen}");
    assert_eq!(level(&report, "health"), Some(2), "{seen}");
    assert_eq!(
        report.overall.as_ref().map(|o| o.level()),
        Some(2),
        "{seen}"
    );
    assert!(report.quick);
}

/// A new head of alliances does not know whether the alliance's budget held when results
/// lagged. "Don't know" on a knock-out question cannot count as a pass: the module shows
/// Defined at most, says which answer is missing, and the report says so in the summary.
#[test]
fn knock_out_answered_dont_know_holds_the_level_at_defined_until_checked() {
    let content = content();
    let mut a = healthy_alliance();
    a.quick = true;
    respond(&mut a, "d.stability.resources", 0, Response::Unknown);
    let report = score(content, &a);
    let seen = describe(&report);
    assert_eq!(level(&report, "health"), Some(3), "{seen}");
    let cap = module(&report, "health").cap().expect("a hold");
    assert!(cap.is_unchecked(), "{seen}");
    assert_eq!(cap.reasons, ["Investment held"]);
    assert_eq!(
        partnering_core::scoring::cap_sentence(&english(), content, cap),
        "Not above Defined until checked: no answer yet on Investment held."
    );
    // Answered, the same company reads Optimizing again.
    choose(&mut a, "d.stability.resources", 0, "held_fixed");
    assert_eq!(level(&score(content, &a), "health"), Some(5));
}

/// One excellent module cannot lift a company above what most of its modules show: Managed,
/// Managed and Optimizing average above 80, but the overall level is Managed, with the reason,
/// and the verdict describes what the answers show without claiming the level it is held from.
#[test]
fn one_excellent_module_does_not_lift_the_overall_level_above_the_median() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "health"]);
    size(&mut a, "large");
    functions(&mut a, &["channel", "technology", "alliances"]);
    party(&mut a, 1, "Us", true);
    answer_all(content, &mut a, "collaboration", 3);
    answer_all(content, &mut a, "serious_partner", 3);
    answer_all(content, &mut a, "health", usize::MAX);
    let report = score(content, &a);
    let seen = describe(&report);
    let overall = report.overall.as_ref().expect("rated");
    assert!(overall.score.value >= 80.0, "{seen}");
    assert_eq!(overall.level(), 4, "{seen}");
    let hold = overall.cap.as_ref().expect("a hold");
    assert_eq!(
        hold.reason(),
        "2 of the 3 modules rated are at Managed or below"
    );
    let verdict = verdict_sentence(
        &english(),
        content,
        report.verdict.as_ref().expect("a verdict"),
    );
    // The average is named for what it is, lifted by the strongest module, and the higher
    // level's description (which the hold contradicts) is not given.
    assert!(
        verdict
            .starts_with("The average score alone would read Optimizing, lifted by the strongest"),
        "{verdict}"
    );
    let optimizing = content.level(5).expect("a level 5");
    assert!(!verdict.contains(&optimizing.meaning), "{verdict}");
}

/// A quick check asks one scored question per partner. "No joint plan yet" with a strategic
/// partner is worth a conversation, not a verdict: one answer never tiers a partner down, so
/// the partner stays as declared, and the summary says the full assessment checks the tier.
/// The full assessment, with the same partner's other answers as weak, does recommend lower.
#[test]
fn one_quick_answer_never_tiers_a_strategic_partner_down() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "large");
    partner(&mut a, 1, "Anchor Systems", Tier::Strategic);
    answer_all(content, &mut a, "tiering", 0);
    a.quick = true;
    let report = score(content, &a);
    let ModuleDetail::Tiering { partners, .. } = &module(&report, "tiering").detail else {
        unreachable!()
    };
    assert_eq!(partners[0].recommended, None, "{}", describe(&report));
    assert!(
        partner_assessments(&english(), &report)
            .iter()
            .any(|line| line
                == "Anchor Systems: treated as strategic; the full assessment checks this tier"),
        "{:?}",
        partner_assessments(&english(), &report)
    );
    a.quick = false;
    let full = score(content, &a);
    let ModuleDetail::Tiering { partners, .. } = &module(&full, "tiering").detail else {
        unreachable!()
    };
    assert!(
        partners[0].recommended.is_some_and(|t| t > Tier::Strategic),
        "{}",
        describe(&full)
    );
}

/// A new head of alliances, three weeks in, answers "don't know" to a third of module D. The
/// level is shown as provisional in the summary, and what is unknown about the destabilizers
/// holds it at Defined at most instead of passing them.
#[test]
fn new_head_of_alliances_answering_a_third_dont_know_gets_a_provisional_level() {
    let content = content();
    let mut a = healthy_alliance();
    let health = content.module(&"health".into()).expect("module D");
    for (at, (question, _)) in health.questions().enumerate() {
        if at % 3 == 0 {
            respond(&mut a, question.id.as_str(), 0, Response::Unknown);
        }
    }
    let report = score(content, &a);
    let d = module(&report, "health");
    let confidence = d.confidence();
    assert!(confidence.is_provisional(), "{confidence:?}");
    assert!(
        partnering_core::scoring::provisional_note(&english(), confidence)
            .is_some_and(|note| note.starts_with("Provisional: ")),
    );
    assert_eq!(level(&report, "health"), Some(3), "{}", describe(&report));
    // The same answers with "don't know" on under 30% are not provisional.
    let mut few = healthy_alliance();
    respond(&mut few, "d.value.known", 0, Response::Unknown);
    assert!(
        !module(&score(content, &few), "health")
            .confidence()
            .is_provisional()
    );
}

/// A partner showing nothing beyond traces of the six signs (every answer at the lowest trace
/// above "none") is, in seed 002's words, "0 for 6": the reader is told to step back, not that
/// the partner is "partly serious" and worth investing in where its signs are stronger.
#[test]
fn partner_showing_only_traces_of_the_six_signs_is_told_to_step_back() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    size(&mut a, "mid");
    party(&mut a, 1, "Initech", false);
    answer_all(content, &mut a, "serious_partner", 1);
    let report = score(content, &a);
    let ModuleDetail::Signs { parties } = &module(&report, "serious_partner").detail else {
        unreachable!()
    };
    let initech = &parties[0];
    assert_eq!(
        (initech.present, initech.partial, initech.absent),
        (0, 0, 6),
        "{:?}",
        initech.signs
    );
    let guidance = initech.guidance.as_deref().unwrap_or_default();
    assert!(guidance.contains("stepping back"), "{guidance}");
    assert!(!guidance.contains("partly serious"), "{guidance}");
    // The summary's partner line carries the decision, not only the count.
    let lines = partner_assessments(&english(), &report);
    assert_eq!(
        lines,
        [
            "Initech: 0 of the 6 signs of a serious partner in full, 0 in part: step away: no further people or money until it shows a visible step, such as a named alliance owner"
        ]
    );
}

/// A 40-person software firm whose founder runs partnering next to everything else. Every
/// action it receives is owned by someone it has: no head of alliances, alliance manager, HR
/// lead or head of partner functions, and it is not told to hire a senior alliance
/// professional, but to make alliances part of one named leader's job.
#[test]
fn forty_person_firm_gets_no_action_owned_by_a_role_it_lacks() {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    size(&mut a, "small");
    functions(&mut a, &["channel", "technology"]);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Bigco", Tier::Strategic);
    for id in ["collaboration", "serious_partner", "tiering", "health"] {
        answer_all(content, &mut a, id, 0);
    }
    let report = score(content, &a);
    let lacking = ROLES_A_SMALL_COMPANY_LACKS;
    // Every action the content can give a firm this size, whatever its answers, is owned by
    // a role it has: the recommendations that fit it and every partner decision.
    let mut possible = 0;
    for module in &content.modules {
        let recommendations = module
            .dimensions
            .iter()
            .flat_map(|d| &d.recommendations)
            .filter(|r| r.fits(CompanySize::Small))
            .map(|r| (r.id.as_str(), r.owner.as_str()));
        let decisions = module
            .guidance
            .iter()
            .filter_map(|g| g.partner_action.as_ref())
            .map(|p| (p.id.as_str(), p.owner.as_str()));
        for (id, owner) in recommendations.chain(decisions) {
            possible += 1;
            let owner = owner_for(owner, CompanySize::Small);
            assert!(!lacking.contains(&owner.as_str()), "{id} owned by {owner}");
        }
    }
    assert!(possible > 100, "{possible} actions checked");
    for role in [
        "Executive sponsor",
        "Head of corporate venture",
        "Partner manager",
    ] {
        assert!(lacking.contains(&role), "{role}");
    }
    let actions: Vec<_> = report
        .modules
        .iter()
        .flat_map(|m| &m.recommendations)
        .collect();
    assert!(actions.len() >= 10, "{}", describe(&report));
    for action in &actions {
        assert!(
            !lacking.contains(&action.owner.as_str()),
            "{} owned by {}",
            action.id,
            action.owner
        );
    }
    let ids: Vec<&str> = actions.iter().map(|a| a.id.as_str()).collect();
    // Module C's evidence would wind Bigco down, but the firm still calls it strategic: D
    // asks for that decision first (recommit or wind down) and agrees no wind-down terms yet.
    assert!(ids.contains(&"d.trust.r_reset"), "{ids:?}");
    let health = content.module(&"health".into()).expect("module D");
    for recommendation in health.dimensions.iter().flat_map(|d| &d.recommendations) {
        if recommendation.winding_down == Some(true) {
            assert!(
                !ids.contains(&recommendation.id.as_str()),
                "{}",
                recommendation.id
            );
        }
    }
    // One name for the top of a small firm, whichever action asks for it.
    assert!(!actions.iter().any(|a| a.owner == "CEO"), "{ids:?}");
    assert!(!ids.contains(&"b.professionals.r_anchor_hire"), "{ids:?}");
    assert!(ids.contains(&"b.professionals.r_anchor_small"), "{ids:?}");
    // The same answers at a large company keep the content's roles.
    size(&mut a, "large");
    let large = score(content, &a);
    let owners: Vec<&str> = large
        .modules
        .iter()
        .flat_map(|m| &m.recommendations)
        .map(|a| a.owner.as_str())
        .collect();
    assert!(owners.contains(&"Head of alliances"), "{owners:?}");
    // Module A finds the head of partner functions missing, and the functions reporting to
    // different executives: its seams go to the CEO or COO, over all of them, at any size.
    assert!(!owners.contains(&"Head of partner functions"), "{owners:?}");
    assert!(owners.contains(&"CEO or COO"), "{owners:?}");
}

/// A company that tells each module what it wants to hear: B says every alliance has a
/// written business plan, C says there is no joint plan with its strategic partner, D says the
/// alliance has no plan this year. The report does not average this into a confident level:
/// it flags both contradictions, with the questions to look at again, and holds the overall
/// level at Defined until they are reconciled.
#[test]
fn contradictory_plans_across_modules_are_flagged_with_the_questions_to_reconcile() {
    let content = content();
    let mut a = answers(&["serious_partner", "tiering", "health"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Anchor Systems", Tier::Strategic);
    for id in ["serious_partner", "tiering", "health"] {
        answer_all(content, &mut a, id, usize::MAX);
    }
    choose(&mut a, "b.inspect.plans", 1, "all");
    choose(&mut a, "c.commitment.plan", 2, "none");
    choose(&mut a, "d.direction.plan", 0, "none");
    let report = score(content, &a);
    let ids: Vec<&str> = report
        .contradictions
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "plans.every_alliance_vs_this_alliance",
            "plans.every_alliance_vs_partner"
        ],
        "{:#?}",
        report.contradictions
    );
    let partner_line = &report.contradictions[1];
    assert!(
        partner_line
            .text
            .ends_with("no joint plan with Anchor Systems."),
        "{}",
        partner_line.text
    );
    assert_eq!(
        partner_line.questions,
        ["Written plans with goals (B)", "Joint plan (C)"]
    );
    let overall = report.overall.as_ref().expect("rated");
    assert_eq!(overall.level(), 3, "{}", describe(&report));
    assert_eq!(
        overall.cap.as_ref().map(|c| c.reason()),
        Some("answers in different modules contradict each other".to_owned())
    );
    // A score resting on a denied claim is named neither strength nor weakness: B's
    // "Inspect what you expect" scores high on the very plans C and D deny.
    let verdict = report.verdict.as_ref().expect("a verdict");
    for area in [&verdict.strongest, &verdict.weakest].into_iter().flatten() {
        assert!(
            !["Inspect what you expect", "Commitment", "Shared direction"]
                .contains(&area.title.as_str()),
            "{area:?}"
        );
    }
    // Answers that agree raise no flag and hold nothing.
    choose(&mut a, "c.commitment.plan", 2, "reviewed");
    choose(&mut a, "d.direction.plan", 0, "linked");
    let agreed = score(content, &a);
    assert!(agreed.contradictions.is_empty());
    assert!(agreed.overall.as_ref().is_some_and(|o| o.level() > 3));
}

/// A channel chief names four partners in B and four in C, all "strategic", and takes the
/// quick check. It asks about its own company in B and the first two strategic partners in C;
/// the rest are said to be left to the full assessment, not shown as zero signs.
#[test]
fn quick_check_with_four_partners_says_which_are_left_to_the_full_assessment() {
    let content = content();
    let mut a = answers(&["serious_partner", "tiering"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    party(&mut a, 2, "Initech", false);
    for (id, name) in [(6, "Acme"), (7, "Globex"), (8, "Hooli"), (9, "Umbrella")] {
        partner(&mut a, id, name, Tier::Strategic);
    }
    answer_all(content, &mut a, "serious_partner", usize::MAX);
    answer_all(content, &mut a, "tiering", usize::MAX);
    a.quick = true;
    let report = score(content, &a);
    let lines = partner_assessments(&english(), &report);
    assert!(
        lines.contains(
            &"Initech: not asked in the quick check; the full assessment grades its six signs"
                .to_owned()
        ),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"Hooli: treated as strategic; the full assessment checks this tier".to_owned()
        ),
        "{lines:?}"
    );
    // Four strategic partners: the portfolio cap holds whatever the quick check asked.
    assert_eq!(
        level(&report, "tiering").map(|l| l <= 3),
        Some(true),
        "{}",
        describe(&report)
    );
}

/// A mid-size company takes the quick check and calls its one partner strategic. The quick
/// check asks too little about the partner to say whether it earns the tier, and the full
/// assessment holds a strategic list no partner earns at Defined: so the quick check shows
/// module C no higher than Defined, "not checked yet", however well the rest reads.
#[test]
fn quick_check_holds_tiering_at_defined_while_no_strategic_tier_is_checked() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "mid");
    partner(&mut a, 1, "CloudCo", Tier::Strategic);
    answer_all(content, &mut a, "tiering", 3);
    let full = score(content, &a);
    let cap = module(&full, "tiering").cap().map(|c| c.id.clone());
    assert_eq!(
        cap.as_deref(),
        Some("c.cap_strategic_unearned"),
        "{}",
        describe(&full)
    );
    a.quick = true;
    let quick = score(content, &a);
    let tiering = module(&quick, "tiering");
    assert_eq!(level(&quick, "tiering"), Some(3), "{}", describe(&quick));
    let held = tiering.cap().expect("held until checked");
    assert!(held.is_unchecked(), "{held:?}");
    assert!(held.reason().contains("earns the tier"), "{held:?}");
    assert!(
        tiering.score().is_some_and(|s| s.level > 3),
        "the answers alone read Managed: {}",
        describe(&quick)
    );
}

/// A company whose alliances are led by no one in particular and whose alliance people were
/// replaced when results lagged: the report cites what research found on both, with source,
/// year and sample, and never more than three findings.
#[test]
fn published_research_is_cited_beside_the_answers_it_touches() {
    let content = content();
    let mut a = answers(&["serious_partner", "health"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    answer_all(content, &mut a, "serious_partner", usize::MAX);
    answer_all(content, &mut a, "health", usize::MAX);
    assert!(
        score(content, &a).evidence.is_empty(),
        "nothing cited for a strong company"
    );
    choose(&mut a, "b.executive.q", 1, "absent");
    choose(&mut a, "d.stability.people", 0, "replaced");
    choose(&mut a, "d.trust.in_intentions", 0, "withheld");
    let report = score(content, &a);
    let cited: Vec<&str> = report.evidence.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        cited,
        [
            "research.alliance_function",
            "research.early_trouble",
            "research.trust_costs"
        ]
    );
    let first = &report.evidence[0];
    assert!(first.finding.contains("25% higher long-term success rate"));
    assert_eq!(first.year, 2001);
    assert_eq!(first.sample, "200 corporations and their 1,572 alliances");
    assert!(report.evidence.len() <= partnering_core::scoring::MAX_EVIDENCE);
}

/// A new head of alliances answers "don't know" to every other question of B and D. What is
/// not known is the first gap to close: the top three actions are the find-out actions, not
/// confident advice built on the answers that happen to be there.
#[test]
fn half_dont_know_puts_finding_out_first() {
    let content = content();
    let mut a = answers(&["serious_partner", "health"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    answer_all(content, &mut a, "serious_partner", 3);
    answer_all(content, &mut a, "health", 3);
    for (id, subject) in [("serious_partner", 1), ("health", 0)] {
        let module = content.module(&id.into()).expect("module");
        for (at, (question, _)) in module.questions().enumerate() {
            if at % 2 == 0 {
                respond(&mut a, question.id.as_str(), subject, Response::Unknown);
            }
        }
    }
    let report = score(content, &a);
    let causes: Vec<Cause> = report.top_actions.iter().map(|a| a.cause).collect();
    // Finding out what holds the level comes first: module D's stability answers, knock-outs
    // left "don't know", hold it at Defined until they are known.
    assert_eq!(
        causes,
        [Cause::UnknownHold, Cause::Unknown, Cause::Unknown],
        "{}",
        describe(&report)
    );
    assert_eq!(report.top_actions[0].id, "d.stability.r_unknown");
}

/// Two knock-outs hold at the same level: people replaced when results lagged, and customer
/// information withheld both ways. Both reasons are said, and both knock-outs' actions are
/// called for; neither is silently dropped.
#[test]
fn two_knock_outs_at_the_same_level_are_both_said_and_both_acted_on() {
    let content = content();
    let mut a = healthy_alliance();
    choose(&mut a, "d.stability.people", 0, "replaced");
    choose(&mut a, "d.trust.in_intentions", 0, "withheld");
    choose(&mut a, "d.trust.intentions_shown", 0, "withheld");
    let report = score(content, &a);
    let d = module(&report, "health");
    let cap = d.cap().expect("held");
    assert_eq!(cap.level, 3, "{}", describe(&report));
    assert!(
        cap.reason()
            .contains("people running the alliance were changed"),
        "{}",
        cap.reason()
    );
    assert!(
        cap.reason().contains("withholds customer information"),
        "{}",
        cap.reason()
    );
    let ids: Vec<&str> = d.recommendations.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.contains(&"d.stability.r_joint_diagnosis"), "{ids:?}");
    assert!(ids.contains(&"d.trust.r_two_way"), "{ids:?}");
}

// ---------------------------------------------------------------- knock-outs that know their cause

/// An alliance whose home moved once when the company was acquired and folded into the
/// buyer's divisions. Seed 003 describes destabilizers as reactions to impatience; this move
/// was not one, so the first action is to have the new owner reconfirm the plan with the
/// partner, not to review "why results lagged". The cap still holds: a move is a move.
#[test]
fn ownership_moved_by_an_acquisition_gets_the_reconfirm_action_first() {
    let mut a = healthy_alliance();
    choose(&mut a, "d.stability.ownership", 0, "moved_once");
    choose(&mut a, "d.stability.move_cause", 0, "reorganization");
    let report = score(content(), &a);
    assert_eq!(level(&report, "health"), Some(3), "{}", describe(&report));
    let first = &report.top_actions[0];
    assert_eq!(first.cause, Cause::Cap, "{}", describe(&report));
    assert_eq!(
        first.id,
        "d.stability.r_after_reorganization",
        "{}",
        describe(&report)
    );
    assert!(
        first.text.contains("acquisition or reorganization"),
        "{}",
        first.text
    );
    let ids: Vec<&str> = module(&report, "health")
        .recommendations
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        !ids.contains(&"d.stability.r_joint_diagnosis"),
        "the general review is replaced, not repeated: {ids:?}"
    );
}

/// The same move made in impatience with results keeps the general first action: a joint
/// review of what the change did and why, starting with one's own part (seed 003's "look in
/// the mirror first"). A promotion gets a handover instead.
#[test]
fn ownership_moved_in_impatience_or_by_a_promotion_gets_an_action_for_that_cause() {
    for (cause, expected) in [
        ("impatience", "d.stability.r_joint_diagnosis"),
        ("promotion", "d.stability.r_after_handover"),
    ] {
        let mut a = healthy_alliance();
        choose(&mut a, "d.stability.ownership", 0, "moved_once");
        choose(&mut a, "d.stability.move_cause", 0, cause);
        let report = score(content(), &a);
        assert_eq!(level(&report, "health"), Some(3), "{cause}");
        assert_eq!(
            report.top_actions[0].id,
            expected,
            "{cause}\n{}",
            describe(&report)
        );
    }
}

/// A partner that came with an acquired company: nobody on today's team chose it. A
/// practitioner's first move is to decide its tier with the partner within 90 days, not to
/// carry it on the strategic list by inheritance; the action names the partner.
#[test]
fn inherited_partner_is_given_a_tier_decision_within_90_days() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "large");
    partner(&mut a, 1, "Heritage Systems", Tier::Strategic);
    answer_all(content, &mut a, "tiering", usize::MAX);
    choose(&mut a, "c.origins.start", 1, "inherited");
    let report = score(content, &a);
    let action = report
        .top_actions
        .iter()
        .find(|x| x.id == "c.origins.r_inherited")
        .unwrap_or_else(|| panic!("{}", describe(&report)));
    assert_eq!(action.about, ["Heritage Systems"]);
    assert!(action.text.contains("Within 90 days"), "{}", action.text);
    assert_eq!(
        report.top_actions[0].id,
        "c.origins.r_inherited",
        "{}",
        describe(&report)
    );
}

/// Seed 001: a strategic label is earned by an objective, a focus, candor and commitment. A
/// portfolio in which no partner called strategic shows them is not managed, whatever its
/// other answers: module C is held at Defined with that reason, and a single partner whose
/// evidence does support the tier lifts the hold.
#[test]
fn a_strategic_list_no_partner_earns_is_held_at_defined() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "large");
    partner(&mut a, 1, "Anchor", Tier::Strategic);
    partner(&mut a, 2, "Heritage", Tier::Strategic);
    answer_all(content, &mut a, "tiering", 3);
    let tiering = |a: &Answers| {
        let report = score(content, a);
        let module = report.modules.into_iter().find(|m| m.id == "tiering");
        module.expect("module C")
    };
    let held = tiering(&a);
    let cap = held.cap().unwrap_or_else(|| panic!("{held:?}"));
    assert_eq!(cap.id, "c.cap_strategic_unearned");
    assert!(
        cap.reasons[0].contains("no partner called strategic"),
        "{cap:?}"
    );
    let rating = held.rating().expect("scored");
    assert_eq!(rating.level(), 3);
    assert!(
        rating.score.rounded() >= 60,
        "the answers alone reach Managed"
    );
    // Anchor's evidence made strong: it earns the tier, and the hold goes.
    let best = answers_for_best(content, &a, "Anchor");
    let earned = tiering(&best);
    assert!(
        earned
            .cap()
            .is_none_or(|c| c.id != "c.cap_strategic_unearned"),
        "{:?}",
        earned.cap()
    );
}

/// The answers with every question about `name` in module C at its best choice (for an
/// objective question, the one that supports the highest tier).
fn answers_for_best(content: &Content, answers: &Answers, name: &str) -> Answers {
    let mut best = answers.clone();
    let id = answers
        .portfolio
        .iter()
        .find(|p| p.name == name)
        .expect("partner")
        .id;
    let module = content.module(&"tiering".into()).expect("module C");
    for dimension in module
        .dimensions
        .iter()
        .filter(|d| d.about == About::EachSubject)
    {
        for question in dimension.questions.iter().filter(|q| answers.is_asked(q)) {
            let chosen = match &question.kind {
                QuestionKind::Objective(ceilings) => ceilings
                    .iter()
                    .min_by_key(|c| c.ceiling)
                    .map(|c| c.choice.clone()),
                _ => question
                    .choices
                    .iter()
                    .max_by_key(|c| c.score)
                    .map(|c| c.id.clone()),
            };
            if let Some(chosen) = chosen {
                choose(&mut best, question.id.as_str(), id.0, chosen.as_str());
            }
        }
    }
    best
}

/// Seed 004: partners spread their risk across competing vendors. A partner whose people
/// reach for a rival's product first is told so, with a business result to track: our share
/// of its pipeline, from a baseline to a target.
#[test]
fn partner_that_reaches_for_rivals_first_gets_a_share_of_attention_action() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "mid");
    partner(&mut a, 1, "Crowded Co", Tier::Tactical);
    answer_all(content, &mut a, "tiering", usize::MAX);
    choose(&mut a, "c.commitment.attention", 1, "crowded_out");
    let report = score(content, &a);
    let action = report
        .top_actions
        .iter()
        .find(|x| x.id == "c.commitment.r_attention")
        .unwrap_or_else(|| panic!("{}", describe(&report)));
    assert!(action.result, "a business-result measure");
    assert!(action.measure.contains("baseline"), "{}", action.measure);
}

// ---------------------------------------------------------------- partner actions and the floor

/// Module B about one's own company and a partner with traces only (seed 002: keep
/// commitments small and deal by deal): the partner's decision is an action naming it, and
/// it can stand among the first three beside one's own company's gaps.
#[test]
fn partner_with_traces_only_gets_a_deal_by_deal_action_in_the_top_three() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    party(&mut a, 2, "Tracer", false);
    // Both show traces of every sign; the partner has a dedicated alliance executive too
    // (one sign present: two of twelve points).
    answer_all(content, &mut a, "serious_partner", 1);
    choose(&mut a, "b.executive.q", 2, "present");
    let report = score(content, &a);
    let partner = report
        .top_actions
        .iter()
        .find(|x| x.id == "b.partner.r_deal_by_deal")
        .unwrap_or_else(|| panic!("{}", describe(&report)));
    assert_eq!(partner.about, ["Tracer"]);
    assert!(partner.text.contains("single deals"), "{}", partner.text);
}

/// Nothing below the priority floor leads a plan: a company whose only gaps are small ones
/// on useful actions is told how to keep its strengths rather than given trivia dressed as
/// priorities; the small gap stays in its module's list.
#[test]
fn no_top_action_falls_below_the_priority_floor() {
    let content = content();
    let mut a = answers(&["tiering"]);
    size(&mut a, "mid");
    partner(&mut a, 1, "Steady Co", Tier::Strategic);
    answer_all(content, &mut a, "tiering", usize::MAX);
    // A campaign before the plan, long since grounded: origins 62.5, a useful action (impact
    // 1) on a gap of 37.5.
    choose(&mut a, "c.origins.announcement", 1, "campaign_only");
    let report = score(content, &a);
    assert!(
        report
            .top_actions
            .iter()
            .all(|x| x.cause == Cause::Strength),
        "{}",
        describe(&report)
    );
    let low: Vec<&str> = module(&report, "tiering")
        .recommendations
        .iter()
        .filter(|x| {
            x.cause != Cause::Strength && x.priority < partnering_core::scoring::PRIORITY_FLOOR
        })
        .map(|x| x.id.as_str())
        .collect();
    assert!(
        !low.is_empty()
            && !report
                .top_actions
                .iter()
                .any(|x| low.contains(&x.id.as_str())),
        "a small gap is listed in its module, not among the first three\n{}",
        describe(&report)
    );
}

/// An area that scores low and holds an answer at its worst choice gets both actions: the
/// general one for the low score and the one that answer calls for (disagreements avoided or
/// escalated before anyone talks to the partner), not one hiding the other.
#[test]
fn an_answer_at_its_worst_keeps_its_own_action_beside_the_areas() {
    let mut a = healthy_alliance();
    choose(&mut a, "d.principles.integrity", 0, "unspoken");
    choose(&mut a, "d.principles.disagreements", 0, "avoided");
    choose(&mut a, "d.principles.reciprocity", 0, "scorekeeping");
    let report = score(content(), &a);
    let ids: Vec<&str> = module(&report, "health")
        .recommendations
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert!(
        ids.contains(&"d.principles.r1") && ids.contains(&"d.principles.r2"),
        "{ids:?}\n{}",
        describe(&report)
    );
}

/// Two prospective partners showing none of the signs share one step-away decision naming
/// both, rather than two copies of the same action.
#[test]
fn partners_in_the_same_band_share_one_decision_naming_them_all() {
    let content = content();
    let mut a = answers(&["serious_partner"]);
    size(&mut a, "mid");
    party(&mut a, 1, "Globex", false);
    party(&mut a, 2, "Initech", false);
    answer_all(content, &mut a, "serious_partner", 0);
    let report = score(content, &a);
    let decisions: Vec<&Vec<String>> = report
        .top_actions
        .iter()
        .filter(|x| x.id == "b.partner.r_step_away")
        .map(|x| &x.about)
        .collect();
    assert_eq!(
        decisions,
        [&vec!["Globex".to_owned(), "Initech".to_owned()]]
    );
}

/// A seasoned alliance leader assessing a partner answers only what can be seen from outside
/// it: module B's questions about its internal practice (how it trains alliance staff, how many
/// of its alliances have plans, how its CEO speaks at all-hands) are asked about a partner as
/// what the partner has shown you or publishes, with the same choices and scores, and say why.
#[tokio::test(flavor = "current_thread")]
async fn a_partner_is_asked_what_can_be_seen_from_outside_it() {
    use crate::common::render::render_page;
    use partnering_core::journey::module_steps;
    use partnering_core::model::ModuleId;
    use partnering_core::session::State;
    use partnering_maturity::pages::StepPage;
    use yew::prelude::*;
    let content = content();
    let b = content.module(&"serious_partner".into()).expect("module B");
    let reworded: Vec<_> = b
        .dimensions
        .iter()
        .flat_map(|d| &d.questions)
        .filter_map(|q| q.about_partner.as_ref().map(|w| (q, w)))
        .collect();
    let ids: Vec<&str> = reworded.iter().map(|(q, _)| q.id.as_str()).collect();
    for unseen in [
        "b.development.q",
        "b.inspect.plans",
        "b.inspect.review",
        "b.ceo.internal",
    ] {
        assert!(ids.contains(&unseen), "{unseen} not reworded: {ids:?}");
    }
    // What a partner shows of itself reads the same about anyone.
    for seen in ["b.executive.q", "b.professionals.drive"] {
        assert!(!ids.contains(&seen), "{seen}");
    }
    for (question, wording) in &reworded {
        assert_ne!(question.prompt_for(true), question.prompt_for(false));
        assert!(!wording.why.is_empty(), "{}", question.id);
    }
    let mut a = answers(&["serious_partner"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    party(&mut a, 2, "Crane", false);
    let steps = module_steps(b, &a).len();
    let state = State {
        answers: a,
        ..State::default()
    };
    let mut html = String::new();
    for index in 0..steps {
        let module = ModuleId::from("serious_partner");
        html += &render_page(state.clone(), html! { <StepPage {module} {index} /> }).await;
    }
    assert!(
        html.contains(
            "Does Crane have a written business plan with goals for its alliance with your company?"
        ),
        "{html}"
    );
    assert!(html.contains("Joint plan, named owners"));
    assert!(
        html.contains("How many of Us&#x27;s alliances have a written business plan with goals?")
            || html.contains("How many of Us's alliances have a written business plan with goals?"),
        "{html}"
    );
    assert!(!html.contains("How many of Crane"), "{html}");
    assert!(!html.contains("Crane&#x27;s all-hands") && !html.contains("{subject}"));
}

/// A company that is genuinely good everywhere (every answer at its best, five partner
/// functions, a strategic and a tactical partner) is told how to keep it: three actions that
/// protect its strengths, from three different modules, none of them repairs, instead of an
/// empty plan.
#[test]
fn a_mature_company_is_given_strengths_to_protect_not_an_empty_plan() {
    let content = content();
    let all = ["collaboration", "serious_partner", "tiering", "health"];
    let mut a = answers(&all);
    size(&mut a, "large");
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Us", true);
    partner(&mut a, 2, "Anchor", Tier::Strategic);
    partner(&mut a, 3, "Beta", Tier::Tactical);
    for m in all {
        answer_all(content, &mut a, m, usize::MAX);
    }
    let report = score(content, &a);
    assert_eq!(report.overall.as_ref().map(|o| o.level()), Some(5));
    assert_eq!(report.top_actions.len(), 3, "{}", describe(&report));
    assert!(
        report
            .top_actions
            .iter()
            .all(|x| x.cause == Cause::Strength),
        "{}",
        describe(&report)
    );
    let mut modules: Vec<String> = report
        .top_actions
        .iter()
        .map(|x| x.module.to_string())
        .collect();
    modules.dedup();
    assert_eq!(modules.len(), 3, "{}", describe(&report));
    // The same company with one real gap hears about the gap first.
    choose(&mut a, "d.direction.plan", 0, "none");
    let report = score(content, &a);
    assert_ne!(
        report.top_actions[0].cause,
        Cause::Strength,
        "{}",
        describe(&report)
    );
    // An alliance held down by a knock-out has a repair to make, not strengths to keep, though
    // its shared direction is as strong as before.
    let mut capped = healthy_alliance();
    let strengths = |a: &Answers| {
        module(&score(content, a), "health")
            .recommendations
            .iter()
            .filter(|x| x.cause == Cause::Strength)
            .count()
    };
    assert!(
        strengths(&capped) > 0,
        "the strong alliance has strengths to keep"
    );
    choose(&mut capped, "d.stability.resources", 0, "withdrawn");
    let report = score(content, &capped);
    assert!(module(&report, "health").cap().is_some());
    assert_eq!(strengths(&capped), 0, "{}", describe(&report));
}

/// A missing answer holds the level only where it could still fire a knock-out: customer
/// information withheld one way and not known the other could be "no trust" and holds D at
/// Defined until answered; shared one way and not known the other cannot, and does not hold.
#[test]
fn a_missing_answer_holds_the_level_only_where_it_could_fire_a_knock_out() {
    let content = content();
    let mut a = healthy_alliance();
    respond(&mut a, "d.trust.intentions_shown", 0, Response::Unknown);
    let report = score(content, &a);
    assert_eq!(level(&report, "health"), Some(5), "{}", describe(&report));
    choose(&mut a, "d.trust.in_intentions", 0, "withheld");
    let report = score(content, &a);
    let held = module(&report, "health").cap();
    assert!(
        held.is_some_and(|c| c.is_unchecked() && c.level == 3),
        "{}",
        describe(&report)
    );
}

/// Cynicism about an alliance left to spread is half of what holds it down; seed 003's answer
/// is to give the partner credit inside one's own company. The knock-out's actions include
/// that, and only where cynicism was the answer.
#[test]
fn cynicism_left_to_spread_is_answered_with_credit_for_the_partner() {
    let content = content();
    let mut a = healthy_alliance();
    choose(&mut a, "d.stability.narrative", 0, "cynical");
    let report = score(content, &a);
    let ids: Vec<&str> = module(&report, "health")
        .recommendations
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert!(
        ids.contains(&"d.stability.r_credit_partner"),
        "{}",
        describe(&report)
    );
    let mut a = healthy_alliance();
    choose(&mut a, "d.stability.resources", 0, "withdrawn");
    let report = score(content, &a);
    assert!(
        module(&report, "health")
            .recommendations
            .iter()
            .all(|x| x.id != "d.stability.r_credit_partner"),
        "{}",
        describe(&report)
    );
}
