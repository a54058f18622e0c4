//! The session's rules as tables: what `restore` makes of every state storage and a hand-over
//! can be in, when saving writes, stops or waits, the other-tab rule, what a screen records,
//! and keeping the previous finished assessment.

use crate::common::{answers, content, full_assessment};
use partnering_core::answers::Answers;
use partnering_core::plan::Date;
use partnering_core::route::Route;
use partnering_core::session::stored::{
    KEY, LAST_STEP_KEY, PREVIOUS_KEY, ProgressError, encode, encode_kept,
};
use partnering_core::session::{
    Action, Effect, Kept, Known, Notice, Snapshot, State, Storage, Stored, Unavailable,
    keep_previous, other_tab, restore, save, visit,
};

/// What storage holds now, as the performer reads it.
type Now = Result<Option<String>, Unavailable>;

fn stored(progress: Now) -> Stored {
    Stored {
        progress,
        last_step: None,
        previous: None,
    }
}

fn kept(answers: Answers) -> Option<Kept> {
    Some(Kept {
        answers,
        ..Kept::default()
    })
}

/// Answers as stored on `saved_on` at `level`.
fn stamped(answers: &Answers, saved_on: Option<Date>, level: Option<u8>) -> String {
    let kept = Kept {
        answers: answers.clone(),
        saved_on,
        level,
    };
    encode_kept(content(), &kept)
}

fn day() -> Option<Date> {
    Date::new(2026, 12, 6)
}

fn earlier_edition(answers: &Answers) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&encode(content(), answers)).unwrap();
    value["content_version"] = (content().content_version - 1).into();
    value.to_string()
}

/// What one restore case expects: where answers end up, storage, the notice, the effects.
struct Expected {
    answers: Answers,
    saved: Option<Kept>,
    storage: Storage,
    notice: Option<Notice>,
    effects: Vec<Effect>,
}

#[test]
fn restore_outcomes() {
    let mine = answers(&["health"]);
    let valid = encode(content(), &mine);
    let newer = r#"{"format":2,"content_version":1,"answers":{}}"#.to_owned();
    let fresh = |storage, notice, effects| Expected {
        answers: Answers::default(),
        saved: None,
        storage,
        notice,
        effects,
    };
    let edition = Notice::EarlierEdition {
        made_with: content().content_version - 1,
        current: content().content_version,
        dropped: 0,
    };
    let cases: Vec<(&str, Route, Stored, Expected)> = vec![
        (
            "nothing stored",
            Route::Welcome,
            stored(Ok(None)),
            fresh(Storage::Available, None, vec![]),
        ),
        (
            "storage blocked",
            Route::Welcome,
            stored(Err(Unavailable)),
            fresh(Storage::Unavailable, None, vec![]),
        ),
        (
            "valid, on the welcome: offered",
            Route::Welcome,
            stored(Ok(Some(valid.clone()))),
            Expected {
                answers: Answers::default(),
                saved: kept(mine.clone()),
                storage: Storage::Available,
                notice: None,
                effects: vec![],
            },
        ),
        (
            "valid, at the report: carried on",
            Route::Report,
            stored(Ok(Some(valid.clone()))),
            Expected {
                answers: mine.clone(),
                saved: None,
                storage: Storage::Available,
                notice: None,
                effects: vec![],
            },
        ),
        (
            "an older edition",
            Route::Review,
            stored(Ok(Some(earlier_edition(&mine)))),
            Expected {
                answers: mine.clone(),
                saved: None,
                storage: Storage::Available,
                notice: Some(edition),
                effects: vec![],
            },
        ),
        (
            "a newer format: held",
            Route::Welcome,
            stored(Ok(Some(newer))),
            fresh(
                Storage::HeldByNewerVersion,
                Some(Notice::Progress(ProgressError::NewerFormat(2))),
                vec![],
            ),
        ),
        (
            "unreadable: held until set aside",
            Route::Welcome,
            stored(Ok(Some("{oops".into()))),
            fresh(
                Storage::HeldUnreadable,
                Some(Notice::Unreadable { kept_aside: false }),
                vec![Effect::SetAside],
            ),
        ),
    ];
    for (name, route, stored, expected) in cases {
        let (state, effects) = restore(content(), &route, &stored, None);
        assert_eq!(state.answers, expected.answers, "{name}: answers");
        assert_eq!(state.saved, expected.saved, "{name}: on offer");
        assert_eq!(state.storage, expected.storage, "{name}: storage");
        assert_eq!(state.notice, expected.notice, "{name}: notice");
        assert_eq!(effects, expected.effects, "{name}: effects");
    }
}

#[test]
fn unreadable_progress_is_saved_over_only_once_it_is_set_aside() {
    let stored = stored(Ok(Some("{oops".into())));
    for (moved, storage, kept_aside) in [
        (true, Storage::Available, true),
        (false, Storage::HeldUnreadable, false),
    ] {
        let (mut state, effects) = restore(content(), &Route::Welcome, &stored, None);
        for effect in effects {
            if let Some(action) = effect.outcome(moved) {
                state.apply(content(), action);
            }
        }
        assert_eq!(state.storage, storage, "moved aside: {moved}");
        assert_eq!(state.notice, Some(Notice::Unreadable { kept_aside }));
        let writes = save(content(), &state, Ok(None), None, None);
        assert_eq!(writes.is_empty(), !moved, "moved aside: {moved}");
    }
}

#[test]
fn a_hand_over_wins_over_storage_and_carries_on_at_a_report() {
    let mine = full_assessment();
    let offered = State {
        saved: kept(mine.clone()),
        storage: Storage::HeldByNewerVersion,
        known: Known::Held(Some("what the other bundle read".into())),
        last_step: Some("#/review".into()),
        ..State::default()
    };
    let snapshot = Snapshot::write(&offered);
    let elsewhere = stored(Ok(Some(encode(content(), &answers(&["tiering"])))));
    // On a start screen the offer stays an offer; at the report it is the report.
    let (welcome, effects) = restore(content(), &Route::Welcome, &elsewhere, Some(&snapshot));
    assert_eq!(
        (welcome.saved.clone(), effects),
        (kept(mine.clone()), vec![])
    );
    assert_eq!(welcome.storage, Storage::HeldByNewerVersion);
    assert_eq!(welcome.known, offered.known);
    assert_eq!(welcome.last_step.as_deref(), Some("#/review"));
    let (report, _) = restore(content(), &Route::Report, &elsewhere, Some(&snapshot));
    assert_eq!((report.answers, report.saved), (mine, None));
    // Something that is not a hand-over is ignored.
    let (state, _) = restore(content(), &Route::Welcome, &elsewhere, Some("{}"));
    assert!(
        state
            .saved
            .is_some_and(|s| s.answers.modules == ["tiering"])
    );
}

#[test]
fn saving_rules() {
    let mine = answers(&["health"]);
    let written = stamped(&mine, day(), None);
    let state = |storage, saved: Option<Kept>, known| State {
        answers: mine.clone(),
        storage,
        saved,
        known,
        ..State::default()
    };
    let held = |v: &str| Known::Held(Some(v.to_owned()));
    let cases: Vec<(&str, State, Now, Vec<Effect>)> = vec![
        (
            "first save",
            state(Storage::Available, None, Known::Held(None)),
            Ok(None),
            vec![Effect::SaveProgress(Some(written.clone()))],
        ),
        (
            "storage as this tab left it",
            state(Storage::Available, None, held("x")),
            Ok(Some("x".into())),
            vec![Effect::SaveProgress(Some(written.clone()))],
        ),
        (
            "another tab saved since",
            state(Storage::Available, None, held("x")),
            Ok(Some("y".into())),
            vec![Effect::Apply(Action::ChangedElsewhere)],
        ),
        (
            "another tab removed it",
            state(Storage::Available, None, held("x")),
            Ok(None),
            vec![Effect::Apply(Action::ChangedElsewhere)],
        ),
        (
            "storage refuses to be read",
            state(Storage::Available, None, held("x")),
            Err(Unavailable),
            vec![Effect::Apply(Action::StorageFailed)],
        ),
        (
            "progress on offer",
            state(
                Storage::Available,
                kept(answers(&["tiering"])),
                Known::Held(None),
            ),
            Ok(None),
            vec![],
        ),
        (
            "unavailable",
            state(Storage::Unavailable, None, Known::Unread),
            Ok(None),
            vec![],
        ),
        (
            "held by a newer version",
            state(Storage::HeldByNewerVersion, None, held("x")),
            Ok(Some("x".into())),
            vec![],
        ),
        (
            "held unreadable",
            state(Storage::HeldUnreadable, None, held("x")),
            Ok(Some("x".into())),
            vec![],
        ),
        (
            "changed elsewhere",
            state(Storage::ChangedElsewhere, None, held("x")),
            Ok(Some("y".into())),
            vec![],
        ),
    ];
    for (name, state, now, expected) in cases {
        assert_eq!(
            save(content(), &state, now, day(), None),
            expected,
            "{name}"
        );
    }
    let empty = State::default();
    assert_eq!(
        save(content(), &empty, Ok(None), day(), None),
        vec![Effect::SaveProgress(None)],
        "no answers: nothing stored"
    );
}

#[test]
fn a_write_is_remembered_and_a_refused_one_stops_saving() {
    let mut state = State::default();
    let value = Some("saved".to_owned());
    let learned = Effect::SaveProgress(value.clone()).outcome(true).unwrap();
    state.apply(content(), learned);
    assert_eq!(state.known, Known::Held(value));
    let refused = Effect::SaveProgress(None).outcome(false).unwrap();
    state.apply(content(), refused);
    assert_eq!(state.storage, Storage::Unavailable);
    assert_eq!(
        Effect::Write {
            key: KEY,
            value: String::new()
        }
        .outcome(false),
        None
    );
}

#[test]
fn other_tab_rule() {
    let known = State {
        known: Known::Held(Some("mine".into())),
        ..State::default()
    };
    let cases: Vec<(&str, State, Option<&str>, Now, Storage)> = vec![
        (
            "our key, changed",
            known.clone(),
            Some(KEY),
            Ok(Some("theirs".into())),
            Storage::ChangedElsewhere,
        ),
        (
            "storage cleared",
            known.clone(),
            None,
            Ok(None),
            Storage::ChangedElsewhere,
        ),
        (
            "our key, unchanged",
            known.clone(),
            Some(KEY),
            Ok(Some("mine".into())),
            Storage::Available,
        ),
        (
            "another key",
            known.clone(),
            Some(LAST_STEP_KEY),
            Ok(Some("theirs".into())),
            Storage::Available,
        ),
        (
            "unreadable now",
            known.clone(),
            Some(KEY),
            Err(Unavailable),
            Storage::Available,
        ),
        (
            "nothing read yet",
            State::default(),
            Some(KEY),
            Ok(Some("theirs".into())),
            Storage::Available,
        ),
    ];
    for (name, mut state, key, now, storage) in cases {
        for effect in other_tab(key, now) {
            if let Some(action) = effect.outcome(true) {
                state.apply(content(), action);
            }
        }
        assert_eq!(state.storage, storage, "{name}");
    }
}

#[test]
fn a_screen_records_the_last_step_and_an_address_typed_in_carries_on() {
    let step = Route::Step {
        module: "health".into(),
        index: 2,
    };
    let remembered = |route: &Route| Effect::Write {
        key: LAST_STEP_KEY,
        value: route.to_hash(),
    };
    assert_eq!(visit(&State::default(), &step), vec![remembered(&step)]);
    assert_eq!(
        visit(&State::default(), &Route::Review),
        vec![remembered(&Route::Review)]
    );
    assert_eq!(visit(&State::default(), &Route::Report), vec![]);
    // A finished assessment on offer is carried on with at a report typed into the address;
    // unfinished progress stays on offer; answers given since are never replaced.
    let offered = |saved: Answers, answers: Answers| State {
        saved: kept(saved),
        answers,
        ..State::default()
    };
    let finished = full_assessment();
    let cases = [
        (
            "finished",
            offered(finished.clone(), Answers::default()),
            Route::Report,
            true,
        ),
        (
            "finished, at the welcome",
            offered(finished.clone(), Answers::default()),
            Route::Welcome,
            false,
        ),
        (
            "unfinished",
            offered(answers(&["health"]), Answers::default()),
            Route::Report,
            false,
        ),
        (
            "answers given since",
            offered(finished.clone(), answers(&["tiering"])),
            Route::Report,
            false,
        ),
    ];
    for (name, before, route, carried_on) in cases {
        let mut state = before.clone();
        for effect in visit(&before, &route) {
            if let Some(action) = effect.outcome(true) {
                state.apply(content(), action);
            }
        }
        assert_eq!(state.saved.is_none(), carried_on, "{name}");
        if carried_on {
            assert_eq!(state.answers, finished, "{name}");
        } else {
            assert_eq!(state, before, "{name}");
        }
    }
}

#[test]
fn the_day_and_level_saved_are_those_of_the_last_change() {
    let finished = full_assessment();
    let earlier = Date::new(2026, 11, 30);
    let stored = stamped(&finished, earlier, Some(3));
    let state = State {
        answers: finished.clone(),
        known: Known::Held(Some(stored.clone())),
        ..State::default()
    };
    let written = |state: &State, level| {
        let effects = save(content(), state, Ok(Some(stored.clone())), day(), level);
        let [Effect::SaveProgress(Some(value))] = effects.as_slice() else {
            panic!("one save expected, got {effects:?}");
        };
        let restored = partnering_core::session::stored::decode(content(), value).unwrap();
        (restored.saved_on, restored.level)
    };
    // Viewing it (the journey bundle, which does not score) keeps its day and level.
    assert_eq!(written(&state, None), (earlier, Some(3)));
    assert_eq!(written(&state, Some(4)), (earlier, Some(4)));
    let mut changed = state.clone();
    changed.apply(content(), Action::SetQuick(true));
    assert_eq!(written(&changed, None), (day(), None));
    // Starting over from the report keeps it with its day and level.
    let mut over = state;
    over.apply(
        content(),
        Action::StartOver {
            today: day(),
            keep: true,
        },
    );
    let previous = over.previous.unwrap();
    assert_eq!((previous.saved_on, previous.level), (earlier, Some(3)));
}

#[test]
fn starting_over_keeps_a_finished_assessment_to_restore() {
    let finished = full_assessment();
    let unfinished = answers(&["health"]);
    let cases: Vec<(&str, State, Option<Kept>)> = vec![
        (
            "finished, on offer",
            State {
                saved: kept(finished.clone()),
                ..State::default()
            },
            kept(finished.clone()),
        ),
        (
            "finished, being worked on",
            State {
                answers: finished.clone(),
                ..State::default()
            },
            Some(Kept {
                answers: finished.clone(),
                saved_on: day(),
                level: None,
            }),
        ),
        (
            "unfinished, on offer",
            State {
                saved: kept(unfinished.clone()),
                ..State::default()
            },
            None,
        ),
        (
            "unfinished keeps an earlier one",
            State {
                answers: unfinished.clone(),
                previous: kept(finished.clone()),
                ..State::default()
            },
            kept(finished.clone()),
        ),
    ];
    for (name, mut state, previous) in cases {
        state.apply(
            content(),
            Action::StartOver {
                today: day(),
                keep: true,
            },
        );
        assert_eq!(
            (&state.answers, &state.saved),
            (&Answers::default(), &None),
            "{name}"
        );
        assert_eq!(state.previous, previous, "{name}");
    }
    // Restoring swaps: what it replaces becomes the previous one, so nothing is lost.
    let mut state = State {
        answers: unfinished.clone(),
        previous: kept(finished.clone()),
        ..State::default()
    };
    state.apply(content(), Action::RestorePrevious { today: day() });
    assert_eq!(state.answers, finished);
    assert_eq!(state.previous.map(|p| p.answers), Some(unfinished));
}

#[test]
fn the_previous_assessment_is_stored_and_read_back_with_its_day() {
    let previous = Some(Kept {
        answers: full_assessment(),
        saved_on: day(),
        level: Some(2),
    });
    let state = State {
        previous: previous.clone(),
        ..State::default()
    };
    let effects = keep_previous(content(), &state);
    let [Effect::Write { key, value }] = effects.as_slice() else {
        panic!("one write expected, got {effects:?}");
    };
    assert_eq!(*key, PREVIOUS_KEY);
    let stored = Stored {
        progress: Ok(None),
        last_step: None,
        previous: Some(value.clone()),
    };
    let (restored, _) = restore(content(), &Route::Welcome, &stored, None);
    assert_eq!(restored.previous, previous);
    let unavailable = State {
        storage: Storage::Unavailable,
        ..state
    };
    assert_eq!(keep_previous(content(), &unavailable), vec![]);
}
