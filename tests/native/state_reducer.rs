//! The session's state machine: every `Action` through `State::apply`, including hostile names.

use crate::common::{answers, choose, content, response};
use partnering_core::answers::{
    Answers, MAX_NAME_CHARS, MAX_SUBJECTS, NameError, Party, PortfolioPartner, Response,
    ResponseKey,
};
use partnering_core::model::{Subject, SubjectId, Tier};
use partnering_core::session::stored::ProgressError;
use partnering_core::session::{Action, Kept, Notice, State, Storage};

fn reduce(mut state: State, actions: impl IntoIterator<Item = Action>) -> State {
    for action in actions {
        state.apply(content(), action);
    }
    state
}

fn run(actions: impl IntoIterator<Item = Action>) -> State {
    reduce(State::default(), actions)
}

fn toggle(id: &str) -> Action {
    Action::ToggleModule(id.into())
}

fn add_party(name: &str) -> Action {
    Action::AddParty {
        name: name.into(),
        own: false,
    }
}

fn add_partner(name: &str, declared: Tier) -> Action {
    Action::AddPartner {
        name: name.into(),
        declared,
    }
}

/// Why the form would refuse `name` for a new party or partner, given `state`'s answers
/// (the check `Assessment::add_party` and `add_partner` make before changing the state).
fn refusal(state: &State, per: Subject, name: &str) -> Option<NameError> {
    state.answers.name_for_new(per, name).err()
}

fn key(question: &str, subject: u16) -> ResponseKey {
    ResponseKey {
        question: question.into(),
        subject: SubjectId(subject),
    }
}

fn party_names(state: &State) -> Vec<&str> {
    state
        .answers
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

fn partner_names(state: &State) -> Vec<&str> {
    state
        .answers
        .portfolio
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

fn toggle_choice(choice: &str) -> Action {
    Action::ToggleChoice {
        question: "a.functions".into(),
        choice: choice.into(),
    }
}

#[test]
fn toggling_modules_keeps_the_order_they_were_chosen_in() {
    let state = run([toggle("health"), toggle("collaboration"), toggle("tiering")]);
    assert_eq!(
        state.answers.modules,
        ["health", "collaboration", "tiering"]
    );
    let state = reduce(state, [toggle("collaboration")]);
    assert_eq!(state.answers.modules, ["health", "tiering"]);
    let state = reduce(state, [toggle("collaboration")]);
    assert_eq!(
        state.answers.modules,
        ["health", "tiering", "collaboration"]
    );
}

#[test]
fn toggling_a_module_twice_leaves_no_trace() {
    let state = run([toggle("serious_partner"), toggle("serious_partner")]);
    assert!(state.answers.modules.is_empty());
}

#[test]
fn reducing_leaves_the_previous_state_untouched() {
    use partnering_maturity::session::Session;
    use std::rc::Rc;
    use yew::Reducible;
    let before = Rc::new(Session::new(content(), State::default()));
    let after = Rc::clone(&before).reduce(toggle("health"));
    assert!(before.answers.modules.is_empty());
    assert_eq!(after.answers.modules, ["health"]);
}

#[test]
fn a_second_party_marked_as_own_is_added_as_a_partner() {
    let state = run([
        Action::AddParty {
            name: "Us".into(),
            own: true,
        },
        Action::AddParty {
            name: "Also us".into(),
            own: true,
        },
    ]);
    let own: Vec<(&str, bool)> = state
        .answers
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.own))
        .collect();
    assert_eq!(own, [("Us", true), ("Also us", false)]);
}

#[test]
fn added_party_has_a_trimmed_name_and_a_fresh_id() {
    let state = run([
        Action::AddParty {
            name: "  Acme \t  Corp \n".into(),
            own: false,
        },
        Action::AddParty {
            name: "Us".into(),
            own: true,
        },
    ]);
    assert_eq!(
        state.answers.parties,
        [
            Party {
                id: SubjectId(1),
                name: "Acme Corp".into(),
                own: false
            },
            Party {
                id: SubjectId(2),
                name: "Us".into(),
                own: true
            },
        ]
    );
}

#[test]
fn party_with_a_name_already_listed_in_another_case_is_refused() {
    let state = run([add_party("Acme"), add_party("  ACME  ")]);
    assert_eq!(party_names(&state), ["Acme"]);
    assert_eq!(
        refusal(&state, Subject::Party, "  ACME  "),
        Some(NameError::Duplicate)
    );
}

#[test]
fn empty_or_blank_names_are_refused() {
    for blank in ["", "   ", "\t\n", "\u{7}\u{0}"] {
        let state = run([add_party(blank)]);
        assert!(state.answers.parties.is_empty(), "{blank:?} was added");
        assert_eq!(
            refusal(&state, Subject::Party, blank),
            Some(NameError::Empty),
            "{blank:?}"
        );
        let state = run([add_partner(blank, Tier::Tactical)]);
        assert!(state.answers.portfolio.is_empty(), "{blank:?} was added");
        assert_eq!(
            refusal(&state, Subject::PortfolioPartner, blank),
            Some(NameError::Empty),
            "{blank:?}"
        );
    }
}

#[test]
fn long_names_are_capped_at_max_name_chars() {
    let state = run([
        add_party(&"x".repeat(200)),
        add_partner(&"y".repeat(81), Tier::Exit),
    ]);
    assert_eq!(state.answers.parties[0].name, "x".repeat(MAX_NAME_CHARS));
    assert_eq!(state.answers.portfolio[0].name, "y".repeat(MAX_NAME_CHARS));
}

#[test]
fn parties_beyond_max_subjects_are_refused() {
    let state = run((0..MAX_SUBJECTS).map(|n| add_party(&format!("Party {n}"))));
    assert_eq!(state.answers.parties.len(), MAX_SUBJECTS);
    let state = reduce(state, [add_party("One too many")]);
    assert_eq!(state.answers.parties.len(), MAX_SUBJECTS);
    assert_eq!(
        refusal(&state, Subject::Party, "One too many"),
        Some(NameError::TooMany)
    );
}

#[test]
fn partners_beyond_max_subjects_are_refused() {
    let state =
        run((0..MAX_SUBJECTS).map(|n| add_partner(&format!("Partner {n}"), Tier::Tactical)));
    assert_eq!(state.answers.portfolio.len(), MAX_SUBJECTS);
    let state = reduce(state, [add_partner("One too many", Tier::Exit)]);
    assert_eq!(state.answers.portfolio.len(), MAX_SUBJECTS);
    assert_eq!(
        refusal(&state, Subject::PortfolioPartner, "One too many"),
        Some(NameError::TooMany)
    );
}

#[test]
fn added_partner_keeps_its_declared_tier_and_refuses_duplicates() {
    let state = run([
        add_partner(" Globex ", Tier::Strategic),
        add_partner("Initech", Tier::Opportunistic),
        add_partner("globex", Tier::Exit),
    ]);
    assert_eq!(
        state.answers.portfolio,
        [
            PortfolioPartner {
                id: SubjectId(1),
                name: "Globex".into(),
                declared: Tier::Strategic
            },
            PortfolioPartner {
                id: SubjectId(2),
                name: "Initech".into(),
                declared: Tier::Opportunistic
            },
        ]
    );
    assert_eq!(
        refusal(&state, Subject::PortfolioPartner, "globex"),
        Some(NameError::Duplicate)
    );
}

#[test]
fn parties_and_partners_draw_ids_from_one_sequence() {
    let state = run([
        add_party("Acme"),
        add_partner("Globex", Tier::Tactical),
        add_party("Us"),
    ]);
    assert_eq!(
        state
            .answers
            .parties
            .iter()
            .map(|p| p.id.0)
            .collect::<Vec<_>>(),
        [1, 3]
    );
    assert_eq!(state.answers.portfolio[0].id, SubjectId(2));
}

#[test]
fn a_refused_name_leaves_later_names_unaffected() {
    let state = run([add_party("Acme"), add_party("acme"), add_party("Globex")]);
    assert_eq!(party_names(&state), ["Acme", "Globex"]);
}

#[test]
fn hostile_names_are_kept_as_plain_text() {
    let long = "A".repeat(5_000);
    let cases = [
        (
            "<img src=x onerror=alert(1)>",
            "<img src=x onerror=alert(1)>".to_owned(),
        ),
        (
            "  <script>alert('x')</script>  ",
            "<script>alert('x')</script>".to_owned(),
        ),
        (long.as_str(), "A".repeat(MAX_NAME_CHARS)),
        ("🤝 Partner Co 🚀", "🤝 Partner Co 🚀".to_owned()),
        ("  شركة الشريك  ", "شركة الشريك".to_owned()),
        (
            "Robert'); DROP TABLE partners;--",
            "Robert'); DROP TABLE partners;--".to_owned(),
        ),
    ];
    for (raw, kept) in cases {
        assert_eq!(
            refusal(&State::default(), Subject::Party, raw),
            None,
            "{raw:?} was refused"
        );
        let state = run([add_party(raw), add_partner(raw, Tier::Tactical)]);
        assert_eq!(party_names(&state), [kept.as_str()], "party {raw:?}");
        assert_eq!(partner_names(&state), [kept.as_str()], "partner {raw:?}");
    }
}

#[test]
fn names_with_bidi_controls_are_not_refused() {
    let name = "\u{202e}evil\u{202c} Ltd";
    assert_eq!(refusal(&State::default(), Subject::Party, name), None);
    let state = run([add_party(name)]);
    assert!(state.answers.parties[0].name.contains("evil"));
    assert!(state.answers.parties[0].name.ends_with("Ltd"));
}

#[test]
fn names_made_only_of_invisible_characters_are_refused() {
    for name in [
        "\u{200b}",
        "\u{feff}\u{feff}",
        "\u{200b} \u{2060}\u{200d}",
        "\u{3164}",
        "\u{ad}\u{200e}",
        "\u{e0041}\u{e0042}",
    ] {
        assert_eq!(
            refusal(&State::default(), Subject::Party, name),
            Some(NameError::Empty),
            "{name:?}"
        );
        let state = run([add_party(name), add_partner(name, Tier::Tactical)]);
        assert!(state.answers.parties.is_empty() && state.answers.portfolio.is_empty());
    }
    // Joiners inside a visible name stay: emoji sequences and several scripts need them.
    let family = "Family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} Ltd";
    let state = run([add_party(&format!("\u{feff}{family}\u{200b}"))]);
    assert_eq!(party_names(&state), [family]);
}

#[test]
fn long_multibyte_names_are_capped_by_characters_not_bytes() {
    let emoji = "🤝".repeat(5_000);
    let arabic = "شركة ".repeat(1_000);
    let state = run([add_party(&emoji), add_party(&arabic)]);
    assert_eq!(state.answers.parties.len(), 2, "neither name was refused");
    assert_eq!(state.answers.parties[0].name, "🤝".repeat(MAX_NAME_CHARS));
    let capped = &state.answers.parties[1].name;
    assert!(capped.chars().count() <= MAX_NAME_CHARS, "{capped}");
    assert!(capped.starts_with("شركة شركة"));
    assert_eq!(capped.trim(), capped, "no trailing space after the cap");
}

#[test]
fn removing_a_subject_drops_it_and_only_its_responses() {
    let state = run([
        add_party("Acme"),
        add_party("Us"),
        add_partner("Globex", Tier::Tactical),
    ]);
    let mut loaded = state.answers.clone();
    choose(&mut loaded, "b.ceo.q", 1, "present");
    choose(&mut loaded, "b.ceo.q", 2, "absent");
    choose(&mut loaded, "c.focus.market", 3, "sized");
    choose(&mut loaded, "d.design.scope", 0, "none");
    let state = reduce(
        state,
        [Action::Load(loaded), Action::RemoveSubject(SubjectId(1))],
    );
    assert_eq!(party_names(&state), ["Us"]);
    assert_eq!(partner_names(&state), ["Globex"]);
    let keys: Vec<(&str, u16)> = state
        .answers
        .responses
        .keys()
        .map(|k| (k.question.as_str(), k.subject.0))
        .collect();
    assert_eq!(
        keys,
        [("b.ceo.q", 2), ("c.focus.market", 3), ("d.design.scope", 0)]
    );

    let state = reduce(state, [Action::RemoveSubject(SubjectId(3))]);
    assert!(state.answers.portfolio.is_empty());
    assert_eq!(state.answers.responses.len(), 2);
}

#[test]
fn removing_an_unknown_subject_changes_nothing() {
    let state = run([add_party("Acme")]);
    let after = reduce(state.clone(), [Action::RemoveSubject(SubjectId(42))]);
    assert_eq!(after, state);
}

#[test]
fn set_declared_changes_only_that_partner() {
    let state = run([
        add_partner("Globex", Tier::Tactical),
        add_partner("Initech", Tier::Tactical),
        Action::SetDeclared {
            partner: SubjectId(2),
            declared: Tier::Exit,
        },
        Action::SetDeclared {
            partner: SubjectId(99),
            declared: Tier::Strategic,
        },
    ]);
    let tiers: Vec<Tier> = state.answers.portfolio.iter().map(|p| p.declared).collect();
    assert_eq!(tiers, [Tier::Tactical, Tier::Exit]);
}

#[test]
fn answer_records_and_replaces_a_response() {
    let state = run([
        Action::Answer {
            key: key("d.design.scope", 0),
            response: Response::Choice("none".into()),
        },
        Action::Answer {
            key: key("d.stability.people", 0),
            response: Response::NotApplicable,
        },
        Action::Answer {
            key: key("d.design.scope", 0),
            response: Response::Unknown,
        },
    ]);
    assert_eq!(
        response(&state.answers, "d.design.scope", 0),
        Some(&Response::Unknown)
    );
    assert_eq!(
        response(&state.answers, "d.stability.people", 0),
        Some(&Response::NotApplicable)
    );
    assert_eq!(state.answers.responses.len(), 2);
}

#[test]
fn toggle_choice_adds_and_removes_in_order() {
    let state = run([
        toggle_choice("channel"),
        toggle_choice("mna"),
        toggle_choice("venture"),
    ]);
    assert_eq!(
        response(&state.answers, "a.functions", 0),
        Some(&Response::Choices(vec![
            "channel".into(),
            "mna".into(),
            "venture".into()
        ]))
    );
    let state = reduce(state, [toggle_choice("mna")]);
    assert_eq!(
        response(&state.answers, "a.functions", 0),
        Some(&Response::Choices(vec!["channel".into(), "venture".into()]))
    );
}

#[test]
fn unticking_the_last_choice_removes_the_response() {
    let state = run([toggle_choice("channel"), toggle_choice("channel")]);
    assert_eq!(response(&state.answers, "a.functions", 0), None);
    assert!(state.answers.responses.is_empty());
}

#[test]
fn toggle_choice_replaces_a_non_list_response() {
    let state = run([
        Action::Answer {
            key: key("a.functions", 0),
            response: Response::Unknown,
        },
        toggle_choice("alliances"),
    ]);
    assert_eq!(
        response(&state.answers, "a.functions", 0),
        Some(&Response::Choices(vec!["alliances".into()]))
    );
}

fn with_saved(saved: Answers) -> State {
    State {
        answers: answers(&["tiering"]),
        saved: Some(Kept {
            answers: saved,
            ..Kept::default()
        }),
        ..State::default()
    }
}

#[test]
fn resume_restores_the_saved_answers_and_forgets_the_offer() {
    let saved = answers(&["health", "collaboration"]);
    let state = reduce(with_saved(saved.clone()), [Action::Resume]);
    assert_eq!(state.answers, saved);
    assert_eq!(state.saved, None);
}

#[test]
fn resume_without_saved_progress_keeps_the_answers() {
    let state = run([toggle("tiering"), Action::Resume]);
    assert_eq!(state.answers, answers(&["tiering"]));
}

#[test]
fn start_over_clears_answers_and_saved_progress() {
    let state = reduce(
        with_saved(answers(&["health"])),
        [
            add_party("Acme"),
            toggle_choice("channel"),
            Action::StartOver {
                today: None,
                keep: true,
            },
        ],
    );
    assert_eq!(state.answers, Answers::default());
    assert_eq!(state.saved, None);
}

#[test]
fn start_over_keeps_storage_status() {
    let state = run([
        Action::StorageFailed,
        Action::StartOver {
            today: None,
            keep: true,
        },
    ]);
    assert_eq!(state.storage, Storage::Unavailable);
}

#[test]
fn load_replaces_the_answers_and_forgets_the_saved_offer() {
    let mut loaded = answers(&["serious_partner"]);
    loaded.parties.push(Party {
        id: SubjectId(7),
        name: "Acme".into(),
        own: false,
    });
    choose(&mut loaded, "b.ceo.q", 7, "partial");
    let state = reduce(
        with_saved(answers(&["health"])),
        [Action::Load(loaded.clone())],
    );
    assert_eq!(state.answers, loaded);
    assert_eq!(state.saved, None);
    let state = reduce(state, [add_party("Globex")]);
    assert_eq!(
        state.answers.parties[1].id,
        SubjectId(8),
        "new ids follow loaded ones"
    );
}

#[test]
fn storage_failed_marks_storage_unavailable_and_keeps_answers() {
    let state = run([toggle("health"), Action::StorageFailed]);
    assert_eq!(state.storage, Storage::Unavailable);
    assert_eq!(state.answers.modules, ["health"]);
    assert_eq!(State::default().storage, Storage::Available);
}

#[test]
fn notice_is_set_replaced_and_cleared() {
    let unreadable = Notice::Progress(ProgressError::Unreadable);
    let state = run([Action::Notice(Some(unreadable.clone()))]);
    assert_eq!(state.notice, Some(unreadable.clone()));
    let state = reduce(state, [toggle("health")]);
    assert_eq!(state.notice, Some(unreadable), "other actions keep it");
    let state = reduce(state, [Action::Notice(Some(Notice::AnswersDropped(2)))]);
    assert_eq!(state.notice, Some(Notice::AnswersDropped(2)));
    let state = reduce(state, [Action::Notice(None)]);
    assert_eq!(state.notice, None);
}

#[test]
fn visiting_the_review_is_remembered_until_starting_over() {
    assert!(!State::default().visited_review);
    let state = run([toggle("health"), Action::ReviewVisited]);
    assert!(state.visited_review);
    let state = reduce(state, [toggle("tiering")]);
    assert!(state.visited_review, "other actions keep it");
    let state = reduce(
        state,
        [Action::StartOver {
            today: None,
            keep: true,
        }],
    );
    assert!(!state.visited_review);
}

#[test]
fn progress_changed_in_another_tab_stops_saving_until_the_person_chooses() {
    let mine = answers(&["health"]);
    let theirs = answers(&["collaboration"]);
    let state = reduce(
        State {
            answers: mine.clone(),
            ..State::default()
        },
        [Action::ChangedElsewhere],
    );
    assert_eq!(state.storage, Storage::ChangedElsewhere);
    assert_eq!(state.answers, mine, "nothing is lost in this tab");
    let kept = reduce(state.clone(), [Action::KeepMine(None)]);
    assert_eq!((kept.storage, &kept.answers), (Storage::Available, &mine));
    let stored = partnering_core::session::stored::encode(content(), &theirs);
    let taken = reduce(state, [Action::TakeTheirs(Some(stored))]);
    assert_eq!(
        (taken.storage, &taken.answers),
        (Storage::Available, &theirs)
    );
    // A browser that cannot save at all stays that way.
    let unavailable = reduce(
        State {
            storage: Storage::Unavailable,
            ..State::default()
        },
        [Action::ChangedElsewhere, Action::KeepMine(None)],
    );
    assert_eq!(unavailable.storage, Storage::Unavailable);
}
