//! Module D names the alliance it is about: chosen among the partners named in C or B (the
//! single strategic partner until another is chosen); its actions name that partner, its
//! answers are checked against that partner's, a partner C winds down is offered wind-down
//! terms instead of a stability commitment, and the choice is saved and carried in links.

use crate::common::*;
use partnering_core::answers::Answers;
use partnering_core::display::for_partner;
use partnering_core::model::{SubjectId, Tier};
use partnering_core::scoring::{Action, score};
use partnering_core::session::stored;
use partnering_core::share::layouts::history;
use partnering_core::share::{decode, encode};

/// Own company and one partner in B; a strategic and a tactical partner in C; C and D taken.
fn named_partners() -> Answers {
    let mut a = answers(&["serious_partner", "tiering", "health"]);
    size(&mut a, "large");
    party(&mut a, 1, "Us", true);
    party(&mut a, 2, "Crane", false);
    partner(&mut a, 3, "Acme", Tier::Strategic);
    partner(&mut a, 4, "Bolt", Tier::Tactical);
    a
}

fn about(a: &Answers) -> Option<String> {
    a.alliance().map(|s| s.name)
}

fn d_actions(a: &Answers) -> Vec<Action> {
    score(content(), a)
        .modules
        .into_iter()
        .filter(|m| m.id == "health")
        .flat_map(|m| m.recommendations)
        .collect()
}

#[test]
fn module_d_is_about_the_single_strategic_partner_until_another_is_chosen() {
    let mut a = named_partners();
    assert_eq!(
        a.alliance_candidates()
            .into_iter()
            .map(|c| c.name)
            .collect::<Vec<_>>(),
        ["Acme", "Bolt", "Crane"]
    );
    assert_eq!(about(&a).as_deref(), Some("Acme"));
    a.choose_alliance(Some(SubjectId(2)));
    assert_eq!(about(&a).as_deref(), Some("Crane"));
    // One's own company is not an alliance; an unknown id changes nothing.
    a.choose_alliance(Some(SubjectId(1)));
    a.choose_alliance(Some(SubjectId(9)));
    assert_eq!(about(&a).as_deref(), Some("Crane"));
    a.remove_subject(SubjectId(2));
    assert_eq!(about(&a).as_deref(), Some("Acme"));
    // Two strategic partners: no obvious one until the person chooses.
    a.set_declared(SubjectId(4), Tier::Strategic);
    assert_eq!(about(&a), None);
    // A single partner named anywhere is the obvious one.
    let mut only = answers(&["serious_partner", "health"]);
    party(&mut only, 1, "Crane", false);
    assert_eq!(about(&only).as_deref(), Some("Crane"));
}

#[test]
fn the_partner_phrase_is_replaced_but_partners_and_partnership_are_kept() {
    assert_eq!(
        for_partner(
            "Ask the partner's lead; tell the partner, the partners and the partnership.",
            "Acme"
        ),
        "Ask Acme's lead; tell Acme, the partners and the partnership."
    );
}

#[test]
fn module_d_actions_name_its_partner_instead_of_the_partner() {
    let mut a = named_partners();
    answer_all(content(), &mut a, "health", 0);
    let actions = d_actions(&a);
    let lead = actions
        .iter()
        .find(|x| x.id == "d.trust.r1")
        .expect("the trust repair action at the worst answers");
    assert!(
        lead.text.starts_with("Ask Acme's alliance lead"),
        "{}",
        lead.text
    );
    assert!(actions.iter().all(|x| x.about == ["Acme"]), "{actions:#?}");
    assert!(actions.iter().all(|x| !x.text.contains("the partner ")));
    // With nobody named, the actions speak of "the partner" as before.
    let mut unnamed = answers(&["health"]);
    answer_all(content(), &mut unnamed, "health", 0);
    let general = d_actions(&unnamed);
    assert!(general.iter().any(|x| x.text.contains("the partner's")));
    assert!(general.iter().all(|x| x.about.is_empty()));
}

#[test]
fn module_d_is_checked_against_its_own_partners_plan_in_module_c() {
    let mut a = named_partners();
    choose(&mut a, "c.commitment.plan", 3, "reviewed");
    choose(&mut a, "c.commitment.plan", 4, "none");
    choose(&mut a, "d.direction.plan", 0, "none");
    let flagged = |a: &Answers| {
        score(content(), a)
            .contradictions
            .into_iter()
            .find(|c| c.id == "plans.partner_vs_this_alliance")
            .map(|c| c.text)
    };
    // About Acme, which C says has a reviewed joint plan: one of the two answers is wrong.
    assert_eq!(
        flagged(&a).as_deref(),
        Some(
            "Module C says there is a written joint plan with Acme; module D says the alliance with Acme has none."
        )
    );
    // About Bolt, which C says has none: the answers agree.
    a.choose_alliance(Some(SubjectId(4)));
    assert_eq!(flagged(&a), None);
    // About Crane, named in B only: C has nothing to check it against.
    a.choose_alliance(Some(SubjectId(2)));
    assert_eq!(flagged(&a), None);
}

#[test]
fn a_partner_module_c_winds_down_gets_wind_down_terms_not_a_stability_commitment() {
    let mut a = named_partners();
    choose(&mut a, "d.stability.people", 0, "replaced");
    choose(&mut a, "d.stability.resources", 0, "withdrawn");
    let ids = |a: &Answers| -> Vec<String> { d_actions(a).into_iter().map(|x| x.id).collect() };
    let kept = ids(&a);
    assert!(kept.contains(&"d.trust.r_reset".to_owned()), "{kept:?}");
    assert!(
        !kept.contains(&"d.trust.r_wind_down".to_owned()),
        "{kept:?}"
    );
    a.set_declared(SubjectId(3), Tier::Exit);
    a.choose_alliance(Some(SubjectId(3)));
    let wound_down = ids(&a);
    assert!(
        wound_down.contains(&"d.trust.r_wind_down".to_owned()),
        "{wound_down:?}"
    );
    assert!(
        !wound_down.contains(&"d.trust.r_reset".to_owned()),
        "{wound_down:?}"
    );
    let action = d_actions(&a)
        .into_iter()
        .find(|x| x.id == "d.trust.r_wind_down")
        .expect("wind-down action");
    assert!(action.text.starts_with("Meet Acme's senior executive"));
    assert!(!action.text.contains("twelve-month"));
}

#[test]
fn progress_saved_before_the_choice_existed_loads_and_a_new_choice_is_kept() {
    let content = content();
    let old = stored::encode(content, &named_partners());
    assert!(!old.contains("alliance"), "{old}");
    let restored = stored::decode(content, &old).expect("old progress loads");
    assert_eq!(restored.answers.alliance, None);
    assert_eq!(about(&restored.answers).as_deref(), Some("Acme"));
    let mut chosen = named_partners();
    chosen.choose_alliance(Some(SubjectId(4)));
    let saved = stored::encode(content, &chosen);
    let back = stored::decode(content, &saved).expect("new progress loads");
    assert_eq!(about(&back.answers).as_deref(), Some("Bolt"));
}

/// A link made before module D named its partner (format 2, no partner flag), for the
/// answers of `named_partners` with nothing answered.
const OLD_LINK: &str = "AgMAAwECAwIBAlVzAAVDcmFuZQIABEFjbWUBBEJvbHQFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABTbwQx";

#[test]
fn a_link_made_before_the_choice_opens_about_the_obvious_partner() {
    let opened = decode(content(), &history(), OLD_LINK).expect("old link opens");
    assert_eq!(opened.answers.alliance, None);
    assert_eq!(about(&opened.answers).as_deref(), Some("Acme"));
    assert_eq!(encode(content(), &named_partners()), OLD_LINK);
}

#[test]
fn a_new_link_carries_the_chosen_partner_of_module_d() {
    for (id, name) in [(4, "Bolt"), (2, "Crane"), (3, "Acme")] {
        let mut a = named_partners();
        a.choose_alliance(Some(SubjectId(id)));
        let token = encode(content(), &a);
        assert_ne!(token, OLD_LINK);
        let opened = decode(content(), &history(), &token).expect("link opens");
        assert_eq!(about(&opened.answers).as_deref(), Some(name), "{token}");
        assert!(opened.answers.alliance.is_some());
    }
}

#[test]
fn a_partner_module_c_recommends_winding_down_gets_wind_down_terms() {
    let mut a = named_partners();
    answer_all(content(), &mut a, "tiering", 0);
    choose(&mut a, "d.stability.people", 0, "replaced");
    choose(&mut a, "d.stability.resources", 0, "withdrawn");
    let report = score(content(), &a);
    let recommended = report.modules.iter().find_map(|m| match &m.detail {
        partnering_core::scoring::ModuleDetail::Tiering { partners, .. } => partners
            .iter()
            .find(|p| p.name == "Acme")
            .map(|p| p.recommended),
        _ => None,
    });
    assert_eq!(
        recommended,
        Some(Some(Tier::Exit)),
        "treated as strategic, evidence says exit"
    );
    let ids: Vec<String> = d_actions(&a).into_iter().map(|x| x.id).collect();
    assert!(ids.contains(&"d.trust.r_wind_down".to_owned()), "{ids:?}");
    assert!(!ids.contains(&"d.trust.r_reset".to_owned()), "{ids:?}");
}
