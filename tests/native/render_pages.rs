//! The journey's screens rendered natively inside the app context, checked on their HTML.

use crate::common::hostile::*;
use crate::common::render::*;
use crate::common::*;
use partnering_core::answers::{Answers, Response};
use partnering_core::config::Config;
use partnering_core::journey::{
    StepKind, assessment_seconds, minutes, module_steps, position, step_questions,
};
use partnering_core::model::{Module, ModuleId, SubjectId, Tier};
use partnering_core::session::{Kept, Notice, State, Storage};
use partnering_maturity::components::{Notices, ResumeOffer};
use partnering_maturity::pages::{ChoosePage, NotFoundPage, ReviewPage, StepPage, WelcomePage};
use yew::prelude::*;

fn with_answers(answers: Answers) -> State {
    State {
        answers,
        ..State::default()
    }
}

async fn step(state: State, module: &str, index: usize) -> String {
    let module = ModuleId::from(module);
    render_page(state, html! { <StepPage {module} {index} /> }).await
}

/// The start screen as `App` shows it: notices and the resume offer above the page.
async fn start_screen(state: State) -> String {
    render_page(
        state,
        html! { <><Notices /><ResumeOffer /><WelcomePage /></> },
    )
    .await
}

#[tokio::test(flavor = "current_thread")]
async fn a_finished_assessment_is_offered_as_its_report_and_a_previous_one_can_be_restored() {
    let kept = |answers: Answers| {
        Some(Kept {
            answers,
            saved_on: partnering_core::plan::Date::new(2026, 11, 30),
            level: Some(2),
        })
    };
    let state = State {
        saved: kept(full_assessment()),
        ..State::default()
    };
    let html = start_screen(state).await;
    assert!(html.contains("<strong>Your report of 30 November 2026 (level 2, "));
    assert!(html.contains("Your finished assessment is saved in this browser ("));
    for button in [
        "View my report",
        "Continue answering",
        "Start over with a new one",
    ] {
        assert!(html.contains(&format!(">{button}</button>")), "{button}");
    }
    assert!(!html.contains("Resume where I left off"));
    assert!(
        !html.contains("Your previous assessment"),
        "nothing kept aside yet"
    );
    let state = State {
        saved: kept(answers(&["health"])),
        previous: kept(full_assessment()),
        ..State::default()
    };
    let html = start_screen(state).await;
    assert!(html.contains(">Resume where I left off</button>"));
    assert!(html.contains("<h2 id=\"previous-heading\">Your previous assessment</h2>"));
    assert!(html.contains(">Restore your report of 30 November 2026 (level 2, "));
    assert!(html.contains("keeps the assessment you have now in its place"));
}

#[tokio::test(flavor = "current_thread")]
async fn welcome_offers_the_full_assessment_and_the_quick_check_with_times_from_the_content() {
    let html = start_screen(State::default()).await;
    assert!(html.contains(">How mature is your partnering?</h1>"));
    let modules: Vec<&Module> = bundled().modules.iter().collect();
    assert_eq!(modules.len(), 4);
    let total = |quick| {
        minutes(assessment_seconds(
            bundled(),
            &modules,
            &Answers::default(),
            quick,
        ))
    };
    assert!(
        total(true) * 3 < total(false),
        "the quick check is far shorter"
    );
    let full = element_around(&html, "<div class=\"way\">", "</button>", "Full assessment")
        .unwrap_or_else(|| panic!("no full-assessment card in {html}"));
    assert!(
        full.contains(&format!(
            "<p class=\"way-time\">About {} minutes for all 4 modules</p>",
            total(false)
        )),
        "{full}"
    );
    assert!(
        full.contains(">Start the full assessment</button>"),
        "{full}"
    );
    let quick = element_around(
        &html,
        "<div class=\"way quick main\">",
        "</button>",
        "Quick check",
    )
    .unwrap_or_else(|| panic!("no quick-check card in {html}"));
    assert!(
        quick.contains(&format!(
            "<p class=\"way-time\">About {} minutes for all 4 modules</p>",
            total(true)
        )),
        "{quick}"
    );
    assert!(
        quick.contains("<button class=\"primary\">Start the quick check</button>"),
        "the quick check is the main way on a first visit: {quick}"
    );
    assert!(
        html.find("Start the quick check") < html.find("Start the full assessment"),
        "the main way comes first"
    );
    for module in &modules {
        let entry = format!(
            "<strong>{}. {}</strong><span class=\"minutes\"> · about {} min</span>",
            module.letter,
            module.title,
            minutes(assessment_seconds(
                bundled(),
                &[*module],
                &Answers::default(),
                false
            ))
        );
        assert!(html.contains(&entry), "missing {entry}");
    }
    assert!(html.contains("<strong>Private by design: </strong>your answers stay in this browser. Nothing is sent to any server"));
    assert!(
        !html.contains("Welcome back"),
        "no saved progress, no offer"
    );
    assert!(!html.contains("not letting the assessment save progress"));
}

#[tokio::test(flavor = "current_thread")]
async fn saved_progress_is_offered_back_above_the_welcome_page() {
    let mut saved = answers(&["health", "tiering"]);
    choose(&mut saved, "d.design.scope", 0, "outline");
    choose(&mut saved, "d.design.resources", 0, "this_year");
    choose(&mut saved, "d.design.feedback", 0, "prompt");
    let state = State {
        saved: Some(partnering_core::session::Kept {
            answers: saved,
            ..Default::default()
        }),
        ..State::default()
    };
    let html = start_screen(state).await;
    assert!(html.contains("<h2 id=\"resume-heading\">Welcome back</h2>"));
    assert!(html.contains("saved in this browser (2 modules, 3 answers)."));
    assert!(html.contains(">Resume where I left off</button>"));
    assert!(html.contains(">Start over</button>"));
    assert!(
        html.contains(">Start a new full assessment</button>")
            && html.contains(">Start a new quick check</button>"),
        "starting anew says it replaces what is saved"
    );
    assert!(
        html.find("Welcome back").unwrap_or(usize::MAX)
            < html.find("How mature is your partnering?").unwrap_or(0),
        "the offer comes first, as in the app shell"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn unavailable_storage_is_explained_on_the_welcome_page() {
    let state = State {
        storage: Storage::Unavailable,
        ..State::default()
    };
    let html = start_screen(state).await;
    let notice = element_around(
        &html,
        "<p",
        "</p>",
        "not letting the assessment save progress",
    )
    .unwrap_or_default();
    assert!(notice.contains("class=\"notice\""), "{notice}");
    assert!(
        html.contains("<div role=\"status\" class=\"notices\"><p class=\"notice\">"),
        "inside the live region"
    );
    assert!(
        notice.contains("so it will not be kept if you leave"),
        "{notice}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_quiet_notice_is_shown_with_a_dismiss_button() {
    let state = State {
        notice: Some(Notice::AnswersDropped(2)),
        ..State::default()
    };
    let html = start_screen(state).await;
    assert!(html.contains("<p>The assessment changed since you saved: 2 answers no longer apply and were left out.</p><button class=\"link\">Dismiss</button>"));
}

#[tokio::test(flavor = "current_thread")]
async fn choose_lists_a_labelled_checkbox_per_module_ticked_when_chosen() {
    let state = with_answers(answers(&["health", "collaboration"]));
    let html = render_page(state, html! { <ChoosePage /> }).await;
    assert_eq!(count(&html, "type=\"checkbox\""), 4);
    for (id, letter, chosen) in [
        ("collaboration", "A", true),
        ("serious_partner", "B", false),
        ("tiering", "C", false),
        ("health", "D", true),
    ] {
        let input = opening_tag(&html, "input", &format!("id=\"module-{id}\""))
            .unwrap_or_else(|| panic!("no checkbox for {id}"));
        assert!(input.contains("type=\"checkbox\""), "{input}");
        assert_eq!(input.contains(" checked"), chosen, "{input}");
        let label = format!("<label for=\"module-{id}\"><span class=\"choice-label\">{letter}. ");
        assert!(html.contains(&label), "missing {label}");
    }
    assert!(html.contains("<legend>Modules to take</legend>"));
    assert!(
        !html.contains("Tick at least one module"),
        "no error before Begin"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_module_chosen_before_the_configuration_stopped_offering_it_can_still_be_unticked() {
    let known: Vec<&str> = bundled().modules.iter().map(|m| m.id.as_str()).collect();
    let (config, _) = Config::from_sources(None, "modules=collaboration", &known);
    let state = with_answers(answers(&["health"]));
    let html = render_configured_page(state, Some(config), html! { <ChoosePage /> }).await;
    assert_eq!(
        count(&html, "type=\"checkbox\""),
        2,
        "the offered module and the chosen one"
    );
    let offered = opening_tag(&html, "input", "id=\"module-collaboration\"")
        .unwrap_or_else(|| panic!("no checkbox for the offered module"));
    assert!(!offered.contains(" checked"), "{offered}");
    let kept = opening_tag(&html, "input", "id=\"module-health\"")
        .unwrap_or_else(|| panic!("no checkbox for the withdrawn module"));
    assert!(kept.contains(" checked"), "{kept}");
    let label = element_around(
        &html,
        "<label",
        "</label>",
        "D. Alliance health and trust</span>",
    )
    .unwrap_or_else(|| panic!("no label for the withdrawn module"));
    assert!(label.contains("No longer offered here."), "{label}");
    assert_eq!(count(&html, "No longer offered here."), 1);
}

#[tokio::test(flavor = "current_thread")]
async fn first_step_of_module_a_asks_which_functions_exist_with_progress() {
    let mut a = answers(&["collaboration", "health"]);
    functions(&mut a, &["channel", "mna"]);
    let html = step(with_answers(a.clone()), "collaboration", 0).await;
    assert!(html.contains(">Your partner functions</h1>"));
    assert_eq!(count(&html, "name=\"a.functions-0\""), 5);
    for (function, ticked) in [
        ("channel", true),
        ("technology", false),
        ("mna", true),
        ("venture", false),
        ("alliances", false),
    ] {
        let input = opening_tag(&html, "input", &format!("id=\"a.functions-0-{function}\""))
            .unwrap_or_else(|| panic!("no checkbox for {function}"));
        assert!(input.contains("type=\"checkbox\""), "{input}");
        assert_eq!(input.contains(" checked"), ticked, "{input}");
        assert!(html.contains(&format!("<label for=\"a.functions-0-{function}\">")));
    }
    assert!(html.contains("<p class=\"hint\">Tick all that apply.</p>"));
    let at = position(bundled(), &a, &ModuleId::from("collaboration"), 0)
        .unwrap_or_else(|| panic!("the first step is part of the journey"));
    assert_eq!(at.module_screen, 1);
    assert!(
        at.module_screens > 2,
        "A's profile and pages: {}",
        at.module_screens
    );
    let shown = format!(
        "Screen 1 of {} · about {} minutes left",
        at.module_screens, at.minutes_left
    );
    assert!(html.contains(&format!(
        "<span class=\"progress-module\">A. Partner-organization collaboration</span><span class=\"progress-count\">{shown}</span>"
    )), "{html}");
    assert!(
        html.contains(
            "<li aria-current=\"step\" class=\"current\"><span aria-hidden=\"true\">A ●</span>"
        ),
        "{html}"
    );
    let bar = opening_tag(&html, "div", "role=\"progressbar\"").unwrap_or_default();
    assert!(
        bar.contains(&format!(
            "aria-label=\"A. Partner-organization collaboration, {shown}\"",
        )),
        "{bar}"
    );
    assert!(
        bar.contains(&format!("aria-valuenow=\"{}\"", at.percent_done)),
        "{bar}"
    );
    assert!(
        at.percent_done < 5,
        "only the opening question is behind: {}",
        at.percent_done
    );
}

#[tokio::test(flavor = "current_thread")]
async fn dimension_step_shows_a_numbered_radio_group_per_question_with_dont_know_and_the_answer_checked()
 {
    let mut a = answers(&["collaboration"]);
    functions(&mut a, &["channel"]);
    choose(&mut a, "a.channel.exec_attention", 0, "sponsored");
    let html = step(with_answers(a), "collaboration", 1).await;
    assert!(html.contains(">Sales channel</h1>"));
    let channel = ["exec_attention", "insight", "open_access"];
    assert_eq!(count(&html, "<fieldset"), channel.len());
    assert!(html.contains("<legend><span class=\"number\">1. </span>How does the executive attention each large channel partner gets compare with its share of your revenue?</legend>"));
    assert!(html.contains("<legend><span class=\"number\">3. </span>"));
    for question in channel {
        // Five anchored choices, "don't know", and "not applicable" where the content allows it.
        let id = format!("a.channel.{question}");
        let expected = bundled()
            .questions()
            .find(|(q, _)| q.id == id.as_str())
            .map_or(0, |(q, _)| {
                q.choices.len() + 1 + usize::from(q.allow_not_applicable)
            });
        assert_eq!(
            count(&html, &format!("name=\"{id}-0\"")),
            expected,
            "{question}"
        );
    }
    assert_eq!(
        count(&html, "<span class=\"choice-label\">Don’t know</span>"),
        3
    );
    let answered = opening_tag(
        &html,
        "input",
        "id=\"a.channel.exec_attention-0-sponsored\"",
    )
    .unwrap_or_default();
    assert!(answered.contains(" checked"), "{answered}");
    assert_eq!(
        count(&html, " checked type="),
        1,
        "only the answered choice is checked"
    );
    assert!(
        html.contains("<span class=\"choice-detail\">Every partner above a set share of revenue has a named executive sponsor"),
        "each choice says what it looks like"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn dimension_step_offers_dont_know_and_not_applicable_where_the_content_says_so() {
    let mut a = answers(&["health"]);
    respond(&mut a, "d.stability.people", 0, Response::NotApplicable);
    let html = step(with_answers(a), "health", 1).await;
    assert!(html.contains(">Stability under pressure</h1>"));
    assert_eq!(count(&html, "<fieldset"), 5);
    // Whether people or resources held under pressure is a thing a new alliance lead may not
    // know: every question of module D offers "don't know".
    assert_eq!(count(&html, "Don’t know"), 5);
    assert_eq!(
        count(&html, "<span class=\"choice-label\">Not applicable</span>"),
        2,
        "people and investment"
    );
    let not_applicable = opening_tag(&html, "input", "id=\"d.stability.people-0-not_applicable\"")
        .unwrap_or_default();
    assert!(not_applicable.contains(" checked"), "{not_applicable}");
}

#[tokio::test(flavor = "current_thread")]
async fn party_step_groups_radios_by_question_and_party_with_at_most_six_questions() {
    let mut a = answers(&["serious_partner"]);
    party(&mut a, 1, "Acme", false);
    party(&mut a, 2, "Us", true);
    choose(&mut a, "b.ceo.internal", 2, "regular");
    let module = bundled().modules.iter().find(|m| m.id == "serious_partner");
    let module = module.unwrap_or_else(|| panic!("module B"));
    let steps = module_steps(module, &a);
    let index = steps
        .iter()
        .position(|s| {
            matches!(s, StepKind::Questions(page) if page.subject == SubjectId(2)
            && step_questions(module, s).iter().any(|(q, _)| q.id == "b.ceo.internal"))
        })
        .unwrap_or_else(|| panic!("a page about Us asks about its CEO"));
    let html = step(with_answers(a.clone()), "serious_partner", index).await;
    assert!(
        html.contains("<h1 id=\"page-heading\" tabindex=\"-1\">Us</h1>"),
        "{html}"
    );
    let asked = count(&html, "<fieldset");
    assert!((1..=6).contains(&asked), "{asked} questions on one screen");
    assert_eq!(
        count(&html, "name=\"b.ceo.internal-2\""),
        6,
        "five choices and don't know"
    );
    assert!(!html.contains("-1-"), "nothing about the other party");
    assert!(html.contains("id=\"b.ceo.internal-2-silent\""));
    let answered =
        opening_tag(&html, "input", "id=\"b.ceo.internal-2-regular\"").unwrap_or_default();
    assert!(answered.contains(" checked"), "{answered}");
}

#[tokio::test(flavor = "current_thread")]
async fn step_of_a_module_not_chosen_says_it_is_not_part_of_the_assessment() {
    let state = with_answers(answers(&["health"]));
    for (module, index) in [("tiering", 0), ("health", 99), ("no-such-module", 0)] {
        let html = step(state.clone(), module, index).await;
        assert!(
            html.contains(">This step is not part of your assessment</h1>"),
            "{module}/{index}: {html}"
        );
        assert!(html.contains("<a href=\"#/choose\">Choose your modules</a>"));
        assert!(!html.contains("progressbar"));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn review_lists_every_answer_by_module_with_a_change_link_to_its_step() {
    let mut a = answers(&["health", "collaboration"]);
    choose(&mut a, "d.design.scope", 0, "maintained");
    respond(&mut a, "d.stability.people", 0, Response::NotApplicable);
    choose(&mut a, "d.trust.in_intentions", 0, "open_accounts");
    functions(&mut a, &["technology", "alliances"]);
    respond(&mut a, "a.technology.metric", 0, Response::Unknown);
    let html = render_page(with_answers(a.clone()), html! { <ReviewPage /> }).await;
    let link = |module: &str, question: &str| {
        let module = bundled().modules.iter().find(|m| m.id == module);
        let module = module.unwrap_or_else(|| panic!("{module:?}"));
        let index = module_steps(module, &a)
            .iter()
            .position(|s| {
                step_questions(module, s)
                    .iter()
                    .any(|(q, _)| q.id == question)
            })
            .map_or(0, |i| i);
        // Change lands on the question itself: its anchor (about the organization) ends the link.
        format!("#/edit/{}/{index}/q-{question}-0", module.id)
    };
    for (question, id, answer) in [
        ("Scope agreed", "d.design.scope", "maintained"),
        (
            "People kept in place",
            "d.stability.people",
            "Not applicable",
        ),
        (
            "Trust in partner intentions",
            "d.trust.in_intentions",
            "open_accounts",
        ),
        (
            "Program success measure",
            "a.technology.metric",
            "Don’t know",
        ),
    ] {
        let row = element_around(&html, "<li>", "</li>", &format!(">{question}</span>"))
            .unwrap_or_else(|| panic!("no review row for {question}"));
        let label = bundled()
            .questions()
            .find(|(q, _)| q.id == id)
            .and_then(|(q, _)| match answer {
                "Not applicable" | "Don’t know" => None,
                _ => q
                    .choices
                    .iter()
                    .find(|c| c.id == answer)
                    .map(|c| c.label.clone()),
            })
            .unwrap_or_else(|| answer.to_owned());
        assert!(
            row.contains(&format!("<span class=\"review-answer\">{label}</span>")),
            "{row}"
        );
        let module = if id.starts_with('d') {
            "health"
        } else {
            "collaboration"
        };
        assert!(
            row.contains(&format!("<a href=\"{}\"", link(module, id))),
            "{row}"
        );
        assert!(
            row.contains(&format!("aria-label=\"Change: {question}\">Change</a>")),
            "{row}"
        );
    }
    let row =
        element_around(&html, "<li>", "</li>", ">Partner functions</span>").unwrap_or_default();
    assert!(
        row.contains(
            "<span class=\"review-answer\">Technology partnerships, Strategic alliances</span>"
        ),
        "{row}"
    );
    let asked: usize = ["health", "collaboration"]
        .iter()
        .filter_map(|id| bundled().modules.iter().find(|m| m.id == *id))
        .map(|module| {
            module_steps(module, &a)
                .iter()
                .map(|step| match step {
                    StepKind::Questions(_) => step_questions(module, step).len(),
                    _ => 1,
                })
                .sum::<usize>()
        })
        .sum();
    // D asks 20 questions; A its profile and what applies to technology and alliances.
    assert!(asked > 20 + 9, "{asked}");
    assert_eq!(count(&html, ">Change</a>"), asked);
    assert_eq!(count(&html, "review-answer\">Not answered<"), asked - 5);
    assert!(
        html.contains(">D. Alliance health and trust · 3 of 20 answered</button>"),
        "{html}"
    );
    assert!(
        html.find("D. Alliance health and trust")
            .unwrap_or(usize::MAX)
            < html
                .find("A. Partner-organization collaboration")
                .unwrap_or(0),
        "modules in the order chosen"
    );
    assert_eq!(
        count(&html, ">See my report</button>"),
        2,
        "at the top and at the bottom"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn review_with_no_modules_points_back_to_choosing() {
    let html = render_page(State::default(), html! { <ReviewPage /> }).await;
    assert!(
        html.contains("No modules are chosen yet. <a href=\"#/choose\">Choose your modules</a>")
    );
    assert!(!html.contains("See my report"));
}

#[tokio::test(flavor = "current_thread")]
async fn not_found_shows_the_unknown_address_escaped() {
    let path = "step/<script>alert(1)</script>";
    let html = render_page(State::default(), html! { <NotFoundPage {path} /> }).await;
    assert!(html.contains(">There is nothing at this address</h1>"));
    assert!(html.contains("<p role=\"alert\">The address “#/step/&lt;script&gt;alert(1)&lt;/script&gt;” is not part of the assessment.</p>"));
    assert!(!html.contains("<script"));
}

fn hostile_parties(module: &str) -> Answers {
    let mut a = answers(&[module]);
    for (id, name) in (1..).zip(HOSTILE_NAMES) {
        if module == "tiering" {
            partner(&mut a, id, name, Tier::Tactical);
        } else {
            party(&mut a, id, name, id == 1);
        }
    }
    a
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_party_names_are_escaped_on_the_subjects_step() {
    let html = step(
        with_answers(hostile_parties("serious_partner")),
        "serious_partner",
        0,
    )
    .await;
    assert!(html.contains(">Whom are you assessing?</h1>"));
    assert_names_escaped(&html);
    assert!(html.contains("<button aria-label=\"Remove &lt;script&gt;alert(1)&lt;/script&gt;\""));
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_portfolio_names_are_escaped_on_the_subjects_step() {
    let html = step(with_answers(hostile_parties("tiering")), "tiering", 0).await;
    assert!(html.contains(">Your go-to-market partners</h1>"));
    assert_names_escaped(&html);
    assert!(html.contains(">Tier &lt;img src=x onerror=alert(1)&gt; is treated as today</label>"));
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_name_is_escaped_in_its_step_heading() {
    let answers = hostile_parties("tiering");
    let state = with_answers(answers.clone());
    let module = bundled().modules.iter().find(|m| m.id == "tiering");
    let module = module.unwrap_or_else(|| panic!("module C"));
    let steps = module_steps(module, &answers);
    let escaped = [
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "Café 🤝 Partners",
        "شركة الشركاء",
    ];
    for (id, name) in (1..).zip(escaped) {
        let index = steps
            .iter()
            .position(|s| matches!(s, StepKind::Questions(page) if page.subject == SubjectId(id)))
            .unwrap_or_else(|| panic!("a page about partner {id}"));
        let html = step(state.clone(), "tiering", index).await;
        let heading = format!("<h1 id=\"page-heading\" tabindex=\"-1\">{name}</h1>");
        assert!(html.contains(&heading), "missing {heading} in {html}");
        assert!(!html.contains("<img") && !html.contains("<script"));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_names_are_escaped_on_review() {
    let mut a = hostile_parties("serious_partner");
    choose(&mut a, "b.ceo.internal", 2, "present");
    let html = render_page(with_answers(a), html! { <ReviewPage /> }).await;
    assert_names_escaped(&html);
    let row = element_around(
        &html,
        "<li>",
        "</li>",
        "&lt;script&gt;alert(1)&lt;/script&gt;: CEO speaks for alliances",
    )
    .unwrap_or_default();
    assert!(row.contains("<a href=\"#/edit/serious_partner/"), "{row}");
}

#[tokio::test(flavor = "current_thread")]
async fn config_json_can_make_the_full_assessment_the_main_way() {
    let known: Vec<&str> = bundled().modules.iter().map(|m| m.id.as_str()).collect();
    let (config, _) = Config::from_sources(Some(r#"{ "primary_way": "full" }"#), "", &known);
    let html =
        render_configured_page(State::default(), Some(config), html! { <WelcomePage /> }).await;
    assert!(
        html.contains("<button class=\"primary\">Start the full assessment</button>"),
        "{html}"
    );
    assert!(
        html.contains("<button>Start the quick check</button>"),
        "{html}"
    );
    assert!(html.find("Start the full assessment") < html.find("Start the quick check"));
}

#[tokio::test(flavor = "current_thread")]
async fn the_first_screen_asks_the_size_with_module_choice_behind_a_disclosure() {
    let html = render_configured_page(
        with_answers(answers(&["collaboration", "health"])),
        None,
        html! { <ChoosePage /> },
    )
    .await;
    assert!(html.contains(">About your company</h1>"), "{html}");
    assert!(html.contains("id=\"q-org.size-0\""), "{html}");
    let choice = element_around(&html, "<details", "</summary>", "Choose modules")
        .unwrap_or_else(|| panic!("no module choice in {html}"));
    assert!(
        !choice.contains(" open"),
        "closed until asked for: {choice}"
    );
    assert!(
        choice.contains("(full assessment, 2 modules, about "),
        "{choice}"
    );
    assert!(html.contains("<span class=\"progress-module\">Your company</span>"));
}
