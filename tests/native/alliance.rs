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
    // German, in each case, whole words only ("oder Partner" and "Partnerunternehmen" stay).
    assert_eq!(
        for_partner(
            "Treffen Sie die Leitung des Partners und sprechen Sie mit dem Partner, oder Partnerunternehmen; vom Partner gemeldet, was der Partner kennt.",
            "Acme"
        ),
        "Treffen Sie die Leitung von Acme und sprechen Sie mit Acme, oder Partnerunternehmen; von Acme gemeldet, was Acme kennt."
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
fn a_partner_only_the_evidence_would_wind_down_gets_the_decision_first_not_wind_down_terms() {
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
    // The company still calls it strategic: what the evidence says is a question for it to
    // decide (recommit or wind down), not a wind-down already agreed.
    let ids: Vec<String> = d_actions(&a).into_iter().map(|x| x.id).collect();
    assert!(!ids.contains(&"d.trust.r_wind_down".to_owned()), "{ids:?}");
    assert!(ids.contains(&"d.trust.r_reset".to_owned()), "{ids:?}");
}

/// Module D alone, with its partner typed by name (no partner is named in C or B).
fn typed_partner(name: &str) -> Answers {
    let mut a = answers(&["health"]);
    size(&mut a, "large");
    a.name_alliance(name).expect("a name");
    a
}

#[test]
fn a_partner_typed_by_name_is_module_ds_partner_and_names_its_actions() {
    let mut a = typed_partner("  Zeta\t Corp ");
    assert_eq!(about(&a).as_deref(), Some("Zeta Corp"));
    assert!(a.alliance_is_typed());
    answer_all(content(), &mut a, "health", 0);
    let actions = d_actions(&a);
    assert!(
        actions.iter().any(|x| x.text.contains("Zeta Corp")),
        "{actions:?}"
    );
    assert!(actions.iter().all(|x| x.about == ["Zeta Corp"]));
    // Nothing left of a name: refused, and the typed partner stays.
    assert!(a.name_alliance(" \t ").is_err());
    assert_eq!(about(&a).as_deref(), Some("Zeta Corp"));
    // A name module C or B lists is that partner, and choosing one replaces the typed name.
    let mut named = named_partners();
    named.name_alliance("bolt").expect("a name");
    assert_eq!(named.alliance, Some(SubjectId(4)));
    assert!(!named.alliance_is_typed());
    named.name_alliance("Zeta").expect("a name");
    assert_eq!(about(&named).as_deref(), Some("Zeta"));
    named.choose_alliance(Some(SubjectId(2)));
    assert_eq!(about(&named).as_deref(), Some("Crane"));
    assert_eq!(named.typed_alliance, None);
    // A partner added in B after its name was typed is that partner.
    let mut later = typed_partner("Crane");
    party(&mut later, 7, "Crane", false);
    assert_eq!(later.alliance().map(|s| s.id), Some(SubjectId(7)));
}

#[test]
fn a_typed_partner_is_saved_carried_in_links_and_named_in_every_export() {
    let content = content();
    let mut a = typed_partner("Zeta Corp");
    answer_all(content, &mut a, "health", 0);
    let saved = stored::encode(content, &a);
    let back = stored::decode(content, &saved).expect("progress loads");
    assert_eq!(back.answers, a);
    let token = encode(content, &a);
    let opened = decode(content, &history(), &token).expect("link opens");
    assert_eq!(opened.answers, a);
    // Links without a typed name are as before, so every old link keeps its meaning.
    assert_eq!(encode(content, &named_partners()), OLD_LINK);
    let report = score(content, &a);
    assert_eq!(report.alliance(), Some("Zeta Corp"));
    let json = partnering_core::export::to_json(content, &a, &report, "2026-12-06");
    assert!(json.contains("\"typed_alliance\": \"Zeta Corp\""), "{json}");
    let imported = partnering_core::export::from_json(content, &json).expect("imports");
    assert_eq!(imported.answers, a);
    let csv = partnering_core::export::to_csv(&english(), content, &a);
    assert!(
        csv.contains(
            "How precisely have your company and Zeta Corp agreed what the alliance covers"
        ),
        "{csv}"
    );
    assert!(!csv.contains("{partner}") && !csv.contains("{Partner}"));
    let mut plan = partnering_core::plan::default_plan(
        &report,
        partnering_core::plan::Date::new(2026, 12, 6).expect("a date"),
    );
    plan.actions.retain(|p| p.id.starts_with("d."));
    assert!(!plan.actions.is_empty());
    let markdown = partnering_core::plan::plan_markdown(
        &english(),
        content,
        &plan,
        "Plan",
        &[],
        report.alliance(),
    );
    let plan_csv = partnering_core::plan::plan_csv(&english(), content, &plan, report.alliance());
    assert!(markdown.contains("Zeta Corp"), "{markdown}");
    assert!(plan_csv.contains("Zeta Corp"), "{plan_csv}");
    // The two-sided review says whom our answers are about.
    let theirs = Answers {
        modules: a.modules.clone(),
        ..Answers::default()
    };
    let gap = partnering_core::two_sided::gap(content, &"health".into(), &a, &theirs).expect("gap");
    assert_eq!(gap.about.as_deref(), Some("Zeta Corp"));
}

#[test]
fn hostile_typed_names_are_cleaned_round_trip_through_links_and_files() {
    let content = content();
    for raw in crate::common::hostile::all_names() {
        let mut a = answers(&["health"]);
        if a.name_alliance(raw).is_err() {
            assert!(raw.trim().is_empty(), "{raw:?} refused");
            continue;
        }
        let name = about(&a).expect("named");
        assert!(!name.contains('\n') && !name.contains('\t') && name.chars().count() <= 80);
        let opened = decode(content, &history(), &encode(content, &a)).expect("link opens");
        assert_eq!(about(&opened.answers), Some(name.clone()), "{raw:?}");
        let file = partnering_core::export::to_json(content, &a, &score(content, &a), "x");
        let imported = partnering_core::export::from_json(content, &file).expect("imports");
        assert_eq!(about(&imported.answers), Some(name), "{raw:?}");
    }
    // A hand-made file's name is cleaned as if typed, or dropped when nothing is left of it.
    let mut a = answers(&["health"]);
    a.typed_alliance = Some(format!("  {}\n", "x".repeat(200)));
    let (clean, _) = partnering_core::answers::retain_known(content, a.clone());
    assert_eq!(clean.typed_alliance.map(|n| n.chars().count()), Some(80));
    a.typed_alliance = Some("\u{200b} ".into());
    let (clean, _) = partnering_core::answers::retain_known(content, a);
    assert_eq!(clean.typed_alliance, None);
}

#[test]
fn every_d_text_reads_well_with_and_without_the_partners_name() {
    use partnering_core::model::partner_text::{for_alliance, placeholder_problem};
    let health = content().module(&"health".into()).expect("module D");
    let mut placeholders = 0;
    for question in health.dimensions.iter().flat_map(|d| &d.questions) {
        let choices = question.choices.iter().flat_map(|c| [&c.label, &c.detail]);
        for text in [&question.prompt]
            .into_iter()
            .chain(&question.help)
            .chain(choices)
        {
            placeholders += text.matches("{partner}").count() + text.matches("{Partner}").count();
            for name in [None, Some("Acme")] {
                let shown = for_alliance(&english(), text, name);
                assert!(!shown.contains(['{', '}']), "{shown}");
                for wrong in [
                    "the Acme",
                    "The Acme",
                    "the the partner",
                    "a the partner",
                    "your the partner",
                    ". the partner",
                ] {
                    assert!(!shown.contains(wrong), "{wrong}: {shown}");
                }
            }
            // Unnamed, a sentence never opens with a lower-case "the partner".
            assert!(
                !for_alliance(&english(), text, None).starts_with("the partner"),
                "{text}"
            );
        }
    }
    assert!(placeholders >= 50, "{placeholders}");
    // The validator's rule, case by case.
    for (text, fine) in [
        ("Agreed with {partner}.", true),
        ("{Partner} shares its plan; so does {partner}'s lead.", true),
        ("Ask the {partner}.", false),
        ("Your {partner} agrees.", false),
        ("Most {partner}s agree.", false),
        ("{partner} shares its plan.", false),
        ("It shares with {Partner}.", false),
        ("About {subject}.", false),
        ("An unclosed brace }.", false),
    ] {
        assert_eq!(placeholder_problem(text).is_none(), fine, "{text}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn module_ds_first_screen_and_the_report_name_a_typed_partner_as_text() {
    use crate::common::render::{render_html, render_page};
    use partnering_core::session::State;
    use partnering_maturity::components::{ContentRef, ReportView};
    use partnering_maturity::pages::StepPage;
    use yew::prelude::*;
    for name in ["Zeta Corp", "<img src=x onerror=alert(1)>"] {
        let mut a = typed_partner(name);
        answer_all(content(), &mut a, "health", 0);
        let state = State {
            answers: a.clone(),
            ..State::default()
        };
        let step = render_page(state, html! { <StepPage module={partnering_core::model::ModuleId::from("health")} index={0} /> }).await;
        let report = score(content(), &a);
        let content = ContentRef(content());
        let page = render_html(html! {
            <ReportView {report} {content} share_url="https://x.example/#/r/A" consultancy="X" date="2026-12-06" />
        })
        .await;
        for html in [&step, &page] {
            assert!(!html.contains("<img src"), "{html}");
            assert!(!html.contains("{partner}") && !html.contains("{Partner}"));
        }
        let shown = name.replace('<', "&lt;").replace('>', "&gt;");
        assert!(
            step.contains("The partner&#x27;s name") || step.contains("The partner's name"),
            "{step}"
        );
        assert!(step.contains(&format!("value=\"{shown}\"")), "{step}");
        assert!(
            step.contains(&format!(
                "These answers are about the alliance with <bdi>{shown}</bdi>."
            )),
            "{step}"
        );
        assert!(
            step.contains(&format!("your company and {shown} agreed")),
            "{step}"
        );
        assert!(
            page.contains(&format!("About the alliance with <bdi>{shown}</bdi>")),
            "{page}"
        );
    }
}
