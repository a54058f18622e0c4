//! Robustness of the two readers of outside input: `share::decode` (the URL fragment) and
//! `progress::decode` (browser storage). Neither may panic on anything, every failure is a
//! typed error with a full-sentence message, and whatever a damaged share link still opens to
//! is already clean (`retain_known` finds nothing more to drop).
//!
//! `make fuzz` runs this file with `PROPTEST_CASES=100000` in release mode.

use crate::common::content;
use crate::common::hostile::all_names;
use crate::common::strategies::{config, tier};
use crate::common::tokens::{body_of, push_bytes, push_varint, wrap};
use partnering_core::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey};
use partnering_core::answers::{clean_name, retain_known};
use partnering_core::model::{ModuleId, Question, QuestionKind, Subject, SubjectId};
use partnering_core::session::stored::{self as progress, ProgressError};
use partnering_core::share::layouts::{Layout, QuestionLayout, history};
use partnering_core::share::{self, Opened, ShareError};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select, subsequence};
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------- checks

/// Decodes and checks the outcome: an error reads as a sentence; opened answers are clean,
/// within the limits, and about known subjects only.
fn decode_checked(token: &str) -> Result<Result<Opened, ShareError>, TestCaseError> {
    let content = content();
    let result = share::decode(content, &history(), token);
    match &result {
        Err(error) => {
            let text = error.to_string();
            prop_assert!(text.ends_with('.'), "{error:?}: {text}");
        }
        Ok(opened) => {
            prop_assert!(opened.content_version <= content.content_version);
            let answers = &opened.answers;
            prop_assert!(answers.parties.len() <= partnering_core::answers::MAX_SUBJECTS);
            prop_assert!(answers.portfolio.len() <= partnering_core::answers::MAX_SUBJECTS);
            let (again, dropped) = retain_known(content, answers.clone());
            prop_assert_eq!(dropped, 0, "{:?}", answers);
            prop_assert_eq!(&again, answers);
        }
    }
    Ok(result)
}

fn check_share(token: &str) -> Result<(), TestCaseError> {
    decode_checked(token).map(drop)
}

fn check_progress(raw: &str) -> Result<(), TestCaseError> {
    match progress::decode(content(), raw) {
        Err(error) => {
            let text = error.to_string();
            prop_assert!(text.ends_with('.'), "{error:?}: {text}");
            if let ProgressError::NewerFormat(format) = error {
                prop_assert!(format > 1);
            }
        }
        Ok(restored) => {
            prop_assert!(restored.answers.parties.len() <= 20);
            prop_assert!(restored.answers.portfolio.len() <= 20);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- generators

/// Name bytes for a link body: hostile names, any text, long text, or not UTF-8 at all.
fn name_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        10 => select(all_names()).prop_map(|s| s.as_bytes().to_vec()),
        10 => "[A-Za-z ]{0,12}".prop_map(String::into_bytes),
        6 => any::<String>().prop_map(String::into_bytes),
        3 => "\\PC{70,100}".prop_map(String::into_bytes),
        1 => vec(any::<u8>(), 0..12),
    ]
}

/// A response code for `question` drawn from `(raw, pick)`: usually a possible one (including
/// the empty choice set and N/A or "don't know" where not offered), now and then any number.
fn code(question: &QuestionLayout, noisy: bool, (raw, pick): &(u64, Index)) -> u64 {
    if noisy && raw % 40 == 0 {
        return raw / 40;
    }
    let choices = question.choices.len();
    let codes = if question.multiple {
        3 + (1usize << choices.min(16))
    } else {
        3 + choices
    };
    pick.index(codes) as u64
}

/// How a generated body departs from a well-formed one.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// Well formed, every code possible.
    Exact,
    /// Well formed, a few codes out of range.
    Noisy,
    /// Codes missing at the end.
    Short,
    /// Bytes after the codes.
    Long,
    /// Counts that do not match what follows.
    Miscounted,
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        4 => Just(Shape::Exact),
        2 => Just(Shape::Noisy),
        1 => Just(Shape::Short),
        1 => Just(Shape::Long),
        1 => Just(Shape::Miscounted),
    ]
}

type Header = (
    u8,
    u64,
    u64,
    Vec<u8>,
    Vec<(u8, Vec<u8>)>,
    Vec<(u8, Vec<u8>)>,
);

/// Format, edition, flags, module indexes, parties (own byte, name) and partners (tier byte,
/// name): mostly valid for this build, sometimes not.
fn header() -> impl Strategy<Value = Header> {
    let edition = u64::from(content().content_version);
    (
        prop_oneof![30 => Just(share::FORMAT), 1 => any::<u8>()],
        prop_oneof![30 => Just(edition), 1 => 0u64..edition + 2, 1 => any::<u64>()],
        prop_oneof![20 => Just(0u64), 10 => Just(1), 1 => any::<u64>()],
        vec(prop_oneof![40 => 0u8..4, 1 => any::<u8>()], 0..6),
        vec(
            (prop_oneof![40 => 0u8..2, 1 => any::<u8>()], name_bytes()),
            0..5,
        ),
        vec(
            (prop_oneof![40 => 0u8..4, 1 => any::<u8>()], name_bytes()),
            0..5,
        ),
    )
}

/// Link bodies that follow the format closely enough to reach every part of the parser.
fn near_valid_body() -> impl Strategy<Value = Vec<u8>> {
    let layout = Layout::of(content());
    let questions = layout.questions.clone();
    (header(), shape())
        .prop_flat_map(move |(header, shape)| {
            let (_, _, _, _, parties, partners) = &header;
            let slots = layout
                .questions
                .iter()
                .map(|q| match q.per {
                    Subject::Organization => 1,
                    Subject::Party => parties.len(),
                    Subject::PortfolioPartner => partners.len(),
                })
                .sum::<usize>();
            (
                Just(header),
                Just(shape),
                vec((any::<u64>(), any::<Index>()), slots),
                vec(any::<u8>(), 1..6),
                any::<Index>(),
            )
        })
        .prop_map(
            move |(
                (format, version, flags, modules, parties, partners),
                shape,
                cells,
                extra,
                at,
            )| {
                let mut out = vec![format];
                push_varint(&mut out, version);
                if format >= 2 {
                    push_varint(&mut out, flags);
                }
                push_bytes(&mut out, &modules);
                let miscount = matches!(shape, Shape::Miscounted);
                push_varint(&mut out, parties.len() as u64 + u64::from(miscount));
                for (own, name) in &parties {
                    out.push(*own);
                    push_bytes(&mut out, name);
                }
                push_varint(&mut out, partners.len() as u64);
                for (tier, name) in &partners {
                    out.push(*tier);
                    push_bytes(&mut out, name);
                }
                let noisy = matches!(shape, Shape::Noisy);
                let mut cells = cells.iter();
                for question in &questions {
                    let subjects = match question.per {
                        Subject::Organization => 1,
                        Subject::Party => parties.len(),
                        Subject::PortfolioPartner => partners.len(),
                    };
                    for cell in cells.by_ref().take(subjects) {
                        push_varint(&mut out, code(question, noisy, cell));
                    }
                }
                match shape {
                    Shape::Short => {
                        let keep = at.index(out.len());
                        out.truncate(keep.max(1));
                    }
                    Shape::Long => out.extend_from_slice(&extra),
                    _ => {}
                }
                out
            },
        )
}

/// Small valid answer sets (any modules, up to three parties and partners, random valid
/// responses), for tokens to damage.
fn valid_answers() -> impl Strategy<Value = Answers> {
    let content = content();
    let module_ids: Vec<ModuleId> = content.modules.iter().map(|m| m.id.clone()).collect();
    (
        subsequence(module_ids, 0..=4).prop_shuffle(),
        vec((select(all_names()), any::<bool>()), 0..=3),
        vec((select(all_names()), tier()), 0..=3),
        vec((0u8..8, any::<Index>()), 220),
    )
        .prop_map(move |(modules, parties, partners, cells)| {
            let mut a = Answers {
                modules,
                ..Answers::default()
            };
            let mut id = SubjectId(1);
            for (name, own) in parties {
                let names = a.parties.iter().map(|p| p.name.as_str());
                if let Ok(name) = clean_name(name, names) {
                    a.parties.push(Party { id, name, own });
                    id.0 += 1;
                }
            }
            for (name, declared) in partners {
                let names = a.portfolio.iter().map(|p| p.name.as_str());
                if let Ok(name) = clean_name(name, names) {
                    a.portfolio.push(PortfolioPartner { id, name, declared });
                    id.0 += 1;
                }
            }
            let mut cells = cells.iter().cycle();
            let questions: Vec<(&Question, Vec<SubjectId>)> = content
                .questions()
                .map(|(q, per)| {
                    let subjects = match per {
                        Subject::Organization => vec![SubjectId::ORGANIZATION],
                        Subject::Party => a.parties.iter().map(|p| p.id).collect(),
                        Subject::PortfolioPartner => a.portfolio.iter().map(|p| p.id).collect(),
                    };
                    (q, subjects)
                })
                .collect();
            {
                for (question, subjects) in questions {
                    for subject in subjects {
                        let Some((kind, pick)) = cells.next() else {
                            continue;
                        };
                        let choice = pick.get(&question.choices).id.clone();
                        let response = match kind {
                            0..=2 => continue,
                            3 if question.allow_not_applicable => Response::NotApplicable,
                            4 if question.allow_unknown => Response::Unknown,
                            _ if question.kind == QuestionKind::Many => {
                                Response::Choices(vec![choice])
                            }
                            _ => Response::Choice(choice),
                        };
                        let key = ResponseKey {
                            question: question.id.clone(),
                            subject,
                        };
                        a.responses.insert(key, response);
                    }
                }
            }
            a
        })
}

/// One edit of a string or byte vector: replace, insert or delete at a position.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Index, u8),
    Insert(Index, u8),
    Delete(Index),
}

fn edit(alphabet: impl Strategy<Value = u8> + Clone) -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), alphabet.clone()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<Index>(), alphabet).prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<Index>().prop_map(Edit::Delete),
    ]
}

fn apply(bytes: &mut Vec<u8>, edits: &[Edit]) {
    for edit in edits {
        match edit {
            Edit::Replace(at, b) if !bytes.is_empty() => {
                let at = at.index(bytes.len());
                bytes[at] = *b;
            }
            Edit::Insert(at, b) => bytes.insert(at.index(bytes.len() + 1), *b),
            Edit::Delete(at) if !bytes.is_empty() => {
                bytes.remove(at.index(bytes.len()));
            }
            _ => {}
        }
    }
}

/// The characters of a link: base64url, `[A-Za-z0-9_-]`.
const LINK_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Characters a link may hold, and a few it may not.
fn link_char() -> impl Strategy<Value = u8> + Clone {
    prop_oneof![
        9 => select(LINK_ALPHABET),
        1 => select(b"%+/= \n#?&".to_vec()),
    ]
}

/// JSON keys progress and answers use, plus a few others.
const KEYS: &[&str] = &[
    "format",
    "content_version",
    "answers",
    "modules",
    "parties",
    "portfolio",
    "responses",
    "question",
    "subject",
    "response",
    "id",
    "name",
    "own",
    "declared",
    "choice",
    "choices",
    "not_applicable",
    "unknown",
    "__proto__",
    "",
];

/// Strings progress uses as values, plus a few others.
const WORDS: &[&str] = &[
    "collaboration",
    "serious_partner",
    "tiering",
    "health",
    "a.functions",
    "channel",
    "b.ceo.q",
    "d.design.scope",
    "strategic",
    "tactical",
    "opportunistic",
    "exit",
    "not_applicable",
    "unknown",
    "",
    "<img src=x onerror=alert(1)>",
];

fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![0i64..3, any::<i64>()].prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        (0u16..50).prop_map(|n| json!(n)),
        select(WORDS).prop_map(|s| json!(s)),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..8).prop_map(Value::Array),
            vec((select(KEYS), inner), 0..8).prop_map(|entries| {
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<String, Value>>(),
                )
            }),
        ]
    })
    .boxed()
}

/// Small JSON: a scalar, or now and then a short array or object of scalars.
fn junk() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        select(WORDS).prop_map(|s| json!(s)),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(1, 6, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Value::Array),
            vec((select(KEYS), inner), 0..3).prop_map(|entries| {
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect(),
                )
            }),
        ]
    })
    .boxed()
}

/// Usually `right`, now and then any small JSON.
fn mostly(right: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<Value> {
    prop_oneof![20 => right, 1 => junk()].boxed()
}

/// Progress-shaped JSON: the stored wrapper with a plausible format, and answers whose every
/// part is usually the right type but now and then any JSON at all, or missing.
fn progress_json() -> impl Strategy<Value = Value> {
    let content = content();
    let mut questions: Vec<&'static str> = content
        .modules
        .iter()
        .flat_map(|m| {
            m.profile
                .iter()
                .chain(m.dimensions.iter().flat_map(|d| &d.questions))
        })
        .map(|q| q.id.as_str())
        .collect();
    questions.extend(WORDS);
    let choices: Vec<&'static str> = content
        .modules
        .iter()
        .flat_map(|m| {
            m.profile
                .iter()
                .chain(m.dimensions.iter().flat_map(|d| &d.questions))
        })
        .flat_map(|q| q.choices.iter().map(|c| c.id.as_str()))
        .collect();
    let response = prop_oneof![
        select(choices.clone()).prop_map(|c| json!({ "choice": c })),
        vec(select(choices), 0..4).prop_map(|c| json!({ "choices": c })),
        Just(json!("not_applicable")),
        Just(json!("unknown")),
    ];
    let small_id = || (0u16..8).prop_map(|n| json!(n));
    let entry = (
        mostly(select(questions).prop_map(|q| json!(q))),
        mostly(small_id()),
        mostly(response),
    )
        .prop_map(|(q, s, r)| json!({ "question": q, "subject": s, "response": r }));
    let name = || mostly(select(all_names()).prop_map(|n| json!(n)));
    let party = (
        mostly(small_id()),
        name(),
        mostly(any::<bool>().prop_map(|b| json!(b))),
    )
        .prop_map(|(id, name, own)| json!({ "id": id, "name": name, "own": own }));
    let tier = select(&["strategic", "tactical", "opportunistic", "exit"][..]);
    let partner = (
        mostly(small_id()),
        name(),
        mostly(tier.prop_map(|t| json!(t))),
    )
        .prop_map(|(id, name, declared)| json!({ "id": id, "name": name, "declared": declared }));
    let modules = vec(select(WORDS), 0..6).prop_map(|m| json!(m));
    (
        mostly((0u64..3).prop_map(|n| json!(n))),
        mostly((0u64..3).prop_map(|n| json!(n))),
        mostly(modules),
        vec(party, 0..4),
        vec(partner, 0..4),
        vec(entry, 0..12),
        any::<Index>(),
    )
        .prop_map(
            |(format, version, modules, parties, portfolio, responses, drop)| {
                let mut answers = Map::new();
                answers.insert("modules".into(), modules);
                answers.insert("parties".into(), json!(parties));
                answers.insert("portfolio".into(), json!(portfolio));
                answers.insert("responses".into(), json!(responses));
                if drop.index(4) == 0 {
                    let keys: Vec<String> = answers.keys().cloned().collect();
                    answers.remove(drop.get(&keys));
                }
                json!({ "format": format, "content_version": version, "answers": answers })
            },
        )
}

// ---------------------------------------------------------------- share links

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn share_decode_never_panics_on_any_text(text in any::<String>()) {
        check_share(&text)?;
    }

    #[test]
    fn share_decode_never_panics_on_link_alphabet_text(text in vec(select(LINK_ALPHABET), 0..=400)) {
        check_share(std::str::from_utf8(&text).unwrap())?;
    }

    #[test]
    fn share_decode_never_panics_on_random_bytes_past_the_checksum(
        prefix in prop_oneof![Just(vec![]), Just(vec![1u8]), Just(vec![1u8, 1])],
        bytes in vec(any::<u8>(), 0..400),
    ) {
        check_share(&wrap(&[prefix, bytes].concat()))?;
    }

    #[test]
    fn share_decode_never_panics_on_near_valid_bodies(body in near_valid_body()) {
        check_share(&wrap(&body))?;
    }

    #[test]
    fn damaged_tokens_never_panic_and_never_open(
        answers in valid_answers(),
        edits in vec(edit(link_char()), 1..=3),
    ) {
        let token = share::encode(content(), &answers);
        let mut bytes = token.clone().into_bytes();
        apply(&mut bytes, &edits);
        let damaged = String::from_utf8(bytes).unwrap();
        let result = decode_checked(&damaged)?;
        // CRC-32 catches every change this small unless the edits cancel out.
        if damaged.trim() != token {
            prop_assert!(result.is_err(), "{damaged} opened: {result:?}");
        }
    }

    #[test]
    fn damaged_bodies_behind_a_valid_checksum_never_panic_and_open_clean(
        answers in valid_answers(),
        edits in vec(edit(any::<u8>()), 1..=4),
    ) {
        let mut body = body_of(&share::encode(content(), &answers));
        apply(&mut body, &edits);
        check_share(&wrap(&body))?;
    }
}

/// Guards against a vacuous fuzz: near-valid bodies really open, and really reach each
/// error the parser can give.
#[test]
fn near_valid_bodies_reach_every_part_of_the_parser() {
    let strategy = near_valid_body();
    let mut runner = TestRunner::deterministic();
    let mut seen = std::collections::BTreeMap::new();
    let (mut opened, mut with_subjects, mut dropped) = (0, 0, 0);
    let samples = 1000;
    for _ in 0..samples {
        let body = strategy.new_tree(&mut runner).unwrap().current();
        let kind = match share::decode(content(), &history(), &wrap(&body)) {
            Ok(o) => {
                opened += 1;
                with_subjects += usize::from(!o.answers.parties.is_empty());
                dropped += usize::from(o.dropped > 0);
                "opened".to_owned()
            }
            Err(ShareError::Malformed(what)) => format!("malformed: {what}"),
            Err(error) => format!("{error:?}")
                .split(['(', ' '])
                .next()
                .unwrap_or_default()
                .to_owned(),
        };
        *seen.entry(kind).or_insert(0) += 1;
    }
    for kind in [
        "opened",
        "Truncated",
        "NewerFormat",
        "NewerContent",
        "RetiredContent",
        "malformed: an unknown module",
        "malformed: an unknown partner tier",
        "malformed: an answer that is not one of the choices",
        "malformed: unexpected data after the answers",
        "malformed: a name that is not text",
    ] {
        assert!(seen.contains_key(kind), "{kind} never reached: {seen:#?}");
    }
    assert!(opened * 4 > samples, "{seen:#?}");
    assert!(
        with_subjects * 10 > samples && dropped > 0,
        "{with_subjects} / {dropped}"
    );
}

// ---------------------------------------------------------------- saved progress

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn progress_decode_never_panics_on_any_text(text in any::<String>()) {
        check_progress(&text)?;
    }
}

proptest! {
    #![proptest_config(config(2_000))]

    #[test]
    fn progress_decode_never_panics_on_any_json(value in json_value()) {
        check_progress(&value.to_string())?;
        check_progress(&json!({ "format": 1, "content_version": 1, "answers": value }).to_string())?;
    }

    #[test]
    fn progress_decode_never_panics_on_progress_shaped_json(value in progress_json()) {
        check_progress(&value.to_string())?;
    }

    #[test]
    fn progress_decode_never_panics_on_damaged_saved_progress(
        answers in valid_answers(),
        edits in vec(edit(select(b"{}[]\",:0123456789aeflnrstu \\".to_vec())), 1..=3),
    ) {
        let mut bytes = progress::encode(content(), &answers).into_bytes();
        apply(&mut bytes, &edits);
        check_progress(&String::from_utf8_lossy(&bytes))?;
    }
}

/// Guards against a vacuous fuzz: progress-shaped JSON really restores, and is really refused
/// in both ways.
#[test]
fn progress_shaped_json_restores_and_is_refused() {
    let strategy = progress_json();
    let mut runner = TestRunner::deterministic();
    let (mut restored, mut unreadable, mut newer) = (0, 0, 0);
    for _ in 0..1000 {
        let value = strategy.new_tree(&mut runner).unwrap().current();
        match progress::decode(content(), &value.to_string()) {
            Ok(_) => restored += 1,
            Err(ProgressError::Unreadable) => unreadable += 1,
            Err(ProgressError::NewerFormat(_)) => newer += 1,
        }
    }
    assert!(
        restored > 50 && unreadable > 50 && newer > 50,
        "{restored} / {unreadable} / {newer}"
    );
}

// ---------------------------------------------------------------- JSON import

/// An import either opens clean answers or says, in a sentence, why not.
fn check_import(text: &str) -> Result<(), TestCaseError> {
    let content = content();
    match partnering_core::export::from_json(content, text) {
        Err(error) => {
            let message = error.to_string();
            prop_assert!(message.ends_with('.'), "{error:?}: {message}");
        }
        Ok(imported) => {
            let (again, dropped) = retain_known(content, imported.answers.clone());
            prop_assert_eq!(dropped, 0);
            prop_assert_eq!(again, imported.answers);
        }
    }
    Ok(())
}

fn export_of(answers: &Answers) -> String {
    let content = content();
    let report = partnering_core::scoring::score(content, answers);
    partnering_core::export::to_json(content, answers, &report, "2026-11-23")
}

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn json_import_never_panics_on_any_text(text in any::<String>()) {
        check_import(&text)?;
    }
}

proptest! {
    #![proptest_config(config(2_000))]

    #[test]
    fn json_import_never_panics_on_any_json(value in json_value()) {
        check_import(&value.to_string())?;
        let wrapped = json!({ "kind": "partnering-maturity-assessment", "format": 1, "content_version": 1, "answers": value });
        check_import(&wrapped.to_string())?;
    }

    #[test]
    fn json_import_never_panics_on_damaged_exports(
        answers in valid_answers(),
        edits in vec(edit(select(b"{}[]\",:0123456789aeflnrstu \\".to_vec())), 1..=3),
    ) {
        let mut bytes = export_of(&answers).into_bytes();
        apply(&mut bytes, &edits);
        check_import(&String::from_utf8_lossy(&bytes))?;
    }
}

/// Guards against a vacuous fuzz: an untouched export really imports.
#[test]
fn untouched_exports_import() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..50 {
        let answers = valid_answers().new_tree(&mut runner).map(|t| t.current());
        let answers = answers.unwrap_or_default();
        let imported = partnering_core::export::from_json(content(), &export_of(&answers));
        assert!(imported.is_ok(), "{imported:?}");
    }
}
