//! A reader who chose German sees no English sentence the core made: a whole report rendered
//! with German words and German content, and the exports (CSV, Markdown, iCalendar) with
//! German headers and labels.

use crate::common::*;
use partnering_core::answers::Answers;
use partnering_core::export::to_csv;
use partnering_core::plan::{Date, Target, default_plan, plan_csv, plan_ics, plan_markdown};
use partnering_core::scoring::score;

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// Module D answered badly enough to hold the level, with a plan made from its report.
fn health_with_plan(content: &partnering_core::model::Content) -> Answers {
    let mut a = answers(&["health"]);
    size(&mut a, "large");
    answer_all(content, &mut a, "health", 1);
    let report = score(content, &a);
    a.plan = default_plan(&report, day("2026-11-30"));
    a.plan.targets.push(Target {
        module: "health".into(),
        level: 4,
    });
    a.plan.made = Some(day("2026-11-30"));
    a
}

#[test]
fn the_exports_in_german_have_german_headers_and_labels() {
    let (words, content) = (german(), german_content());
    let a = health_with_plan(content);
    let csv = to_csv(&words, content, &a);
    assert!(
        csv.starts_with(
            "Modul,Dimension,Frage_ID,Frage,Bewertetes Unternehmen,Antwort_ID,Antwort,Punkte\r\n"
        ),
        "{csv}"
    );
    let plan = plan_csv(&words, content, &a.plan, None);
    assert!(
        plan.starts_with(
            "Fällig,Verantwortlich,Maßnahme,Modul,Dimension,Ergebnis,Rhythmus,Messgröße,ID\r\n"
        ),
        "{plan}"
    );
    let targets = [("D. Allianz".to_owned(), 4, Some(2))];
    let markdown = plan_markdown(&words, content, &a.plan, "Plan", &targets, None);
    for german in [
        "Erstellt am 2026-11-30; erneut bewerten bis",
        "## Ziele",
        "| Modul | Aktuell | Ziel |",
        "| Reifegrad 2 | Reifegrad 4 |",
        "## Maßnahmen",
        "  - Verantwortlich: ",
        "  - Ergebnis: ",
        "  - Rhythmus: ",
        "  - Messgröße: ",
    ] {
        assert!(markdown.contains(german), "{german:?} in {markdown}");
    }
    let ics = plan_ics(
        &words,
        content,
        &a.plan,
        day("2026-11-30"),
        "20261130T140500Z",
        "Plan",
    )
    .replace("\r\n ", "");
    assert!(ics.contains("SUMMARY:Fällig: "), "{ics}");
    assert!(ics.contains("\\nVerantwortlich: "), "{ics}");
    assert!(
        ics.contains("SUMMARY:Partnering-Reife erneut bewerten"),
        "{ics}"
    );
    for english in [
        "Made ",
        "Targets",
        "Owner",
        "Produces",
        "Cadence",
        "Measure",
        "Due:",
        "Reassess",
        "This quarter",
        "This year",
        "this quarter",
        "this year",
        "Level ",
    ] {
        for (name, text) in [
            ("CSV", &csv),
            ("plan CSV", &plan),
            ("Markdown", &markdown),
            ("iCalendar", &ics),
        ] {
            assert!(!text.contains(english), "{english:?} in the {name}: {text}");
        }
    }
}

#[derive(yew::Properties, PartialEq)]
struct InGermanProps {
    children: yew::Html,
}

/// Its children with the German words as the app's language.
#[yew::component(InGerman)]
fn in_german(props: &InGermanProps) -> yew::Html {
    let context = partnering_maturity::words::Language {
        words: std::rc::Rc::new(german()),
        offered: partnering_core::i18n::offered(None),
        choose: yew::Callback::noop(),
        failed: false,
    };
    yew::html! {
        <yew::ContextProvider<partnering_maturity::words::Language> {context}>
            { props.children.clone() }
        </yew::ContextProvider<partnering_maturity::words::Language>>
    }
}

/// The English packs' sentences as fragments a page could show: each text cut at its
/// `{placeholders}`, the pieces of three words or more that German does not say the same way.
fn english_fragments() -> Vec<String> {
    let read = |language: &str| {
        let mut files: Vec<_> = std::fs::read_dir(format!("core/lang/{language}"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        files
            .iter()
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect::<Vec<_>>()
    };
    let texts = |files: Vec<String>| -> Vec<String> {
        let mut all = Vec::new();
        for file in files {
            let value: serde_json::Value = serde_json::from_str(&file).unwrap();
            for (_, text) in value["texts"].as_object().unwrap() {
                match text {
                    serde_json::Value::String(text) => all.push(text.clone()),
                    serde_json::Value::Object(forms) => {
                        all.extend(forms.values().filter_map(|f| f.as_str().map(str::to_owned)));
                    }
                    _ => {}
                }
            }
        }
        all
    };
    let german = texts(read("de")).join("\n");
    let mut fragments: Vec<String> = texts(read("en"))
        .iter()
        .flat_map(|text| {
            text.split(['{', '}'])
                .step_by(2)
                .map(|piece| {
                    piece.trim_matches(|c: char| c.is_whitespace() || c == ':' || c == ';')
                })
                .filter(|piece| piece.split_whitespace().count() >= 3)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|piece| {
            !german.contains(piece.as_str()) && !piece.contains(['\'', '"', '<', '>', '&'])
        })
        .collect();
    fragments.sort();
    fragments.dedup();
    fragments
}

/// Sentences the core wrote in English before they came from the packs.
const CORE_ENGLISH: [&str; 27] = [
    "Partner decision",
    ">Strategic<",
    ">Tactical<",
    "Strongest:",
    "weakest:",
    "Capped at",
    "Held at",
    "Not above",
    "treated as",
    "signs of a serious partner",
    "the evidence supports",
    "Provisional:",
    "No answer yet on",
    "on its own this holds",
    "Most value is lost",
    "Your company shows",
    "Top risk:",
    "This quarter",
    "This year",
    "Head of",
    "Executive the partner functions",
    "Founder or CEO",
    "modules rated",
    "contradict each other",
    "Module B says",
    "Module C says",
    "the partner ",
];

async fn report_in(german_words: bool, answers: &Answers) -> String {
    use partnering_maturity::components::{ContentRef, ReportView};
    let content = if german_words {
        german_content()
    } else {
        content()
    };
    let report = score(content, answers);
    let content = ContentRef(content);
    let view = yew::html! {
        <ReportView {report} {content} share_url="https://partners.example/#/r/AQ" consultancy="Beispiel Partner" date="2026-11-23" />
    };
    if german_words {
        crate::common::render::render_html(yew::html! { <InGerman>{ view }</InGerman> }).await
    } else {
        crate::common::render::render_html(view).await
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_whole_report_in_german_has_no_english_sentence() {
    let mut a = full_assessment();
    // Module B's plans for every alliance against D's none: a contradiction to reconcile.
    choose(&mut a, "b.inspect.plans", 1, "all");
    choose(&mut a, "d.direction.plan", 0, "none");
    let english = report_in(false, &a).await;
    let fragments = english_fragments();
    let shown_in_english = fragments
        .iter()
        .filter(|f| english.contains(f.as_str()))
        .count();
    assert!(
        shown_in_english > 20,
        "the English report shows the packs' sentences ({shown_in_english})"
    );
    let core_in_english: Vec<&str> = CORE_ENGLISH
        .iter()
        .copied()
        .filter(|sentence| english.contains(sentence))
        .collect();
    assert!(
        core_in_english.len() >= 8,
        "the English report shows the core's sentences: {core_in_english:?}"
    );
    let german = report_in(true, &a).await;
    assert!(german.contains("Management Summary"), "{german}");
    let found: Vec<&str> = fragments
        .iter()
        .map(String::as_str)
        .chain(CORE_ENGLISH)
        .filter(|f| german.contains(f))
        .collect();
    assert!(found.is_empty(), "English in the German report: {found:#?}");
}

#[test]
fn the_packs_english_error_sentences_are_the_ones_the_core_wrote() {
    use partnering_core::plan::{DueDateError, RefusedDue};
    use partnering_core::share::ShareError;
    use partnering_core::two_sided::InviteError;
    let (english, german) = (english(), german());
    let share = [
        ShareError::Empty,
        ShareError::TooLong,
        ShareError::NotALink,
        ShareError::Truncated,
        ShareError::Tampered,
        ShareError::NewerFormat(9),
        ShareError::NewerContent { link: 7, app: 6 },
        ShareError::RetiredContent(1),
        ShareError::Malformed("an unknown module"),
    ];
    for error in share {
        assert_eq!(error.in_words(&english), error.to_string());
        assert!(
            error.in_words(&german).starts_with("Dieser Teilen-Link"),
            "{error:?}"
        );
    }
    for error in [InviteError::Damaged, InviteError::NotTwoSided] {
        assert_eq!(error.in_words(&english), error.to_string());
        assert!(!error.in_words(&german).contains("invitation"));
    }
    let kept = day("2026-12-31");
    for error in [
        DueDateError::Missing,
        DueDateError::TooEarly("1969-12-31".into()),
        DueDateError::TooLate("10000-01-01".into()),
        DueDateError::NotADay("2027-02-30".into()),
    ] {
        let refused = RefusedDue { error, kept };
        assert_eq!(refused.in_words(&english), refused.to_string());
        let german = refused.in_words(&german);
        assert!(
            german.contains("Fälligkeitsdatum") && german.contains("behalten"),
            "{german}"
        );
    }
}

/// The German content's translation of each English owner role, as its packs write it.
fn german_roles() -> std::collections::BTreeMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("core/content/de");
    let mut roles = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        for (key, value) in json["texts"].as_object().into_iter().flatten() {
            if key.ends_with("/owner") {
                let (source, german) = (value["source"].as_str(), value["text"].as_str());
                roles.insert(source.unwrap().to_owned(), german.unwrap().to_owned());
            }
        }
    }
    roles
}

/// A small firm reading in German gets no action owned by a role it lacks, as in English:
/// the owners are matched in the German content's own words, and the people who act instead
/// are the German content's names for them where it has one.
#[test]
fn a_small_firm_in_german_gets_no_action_owned_by_a_role_it_lacks() {
    use partnering_core::model::CompanySize;
    use partnering_core::scoring::{ROLES_A_SMALL_COMPANY_LACKS, owner_for};
    let roles = german_roles();
    let lacking: Vec<&str> = ROLES_A_SMALL_COMPANY_LACKS
        .iter()
        .filter_map(|role| roles.get(*role).map(String::as_str))
        .collect();
    assert!(lacking.len() >= 8, "{lacking:?}");
    let content = german_content();
    let mut checked = 0;
    for module in &content.modules {
        let owners = module
            .dimensions
            .iter()
            .flat_map(|d| &d.recommendations)
            .filter(|r| r.fits(CompanySize::Small))
            .map(|r| (r.id.as_str(), r.owner.as_str()))
            .chain(
                module
                    .guidance
                    .iter()
                    .filter_map(|g| g.partner_action.as_ref())
                    .map(|p| (p.id.as_str(), p.owner.as_str())),
            );
        for (id, owner) in owners {
            checked += 1;
            let acting = owner_for(owner, CompanySize::Small);
            assert!(
                !lacking.contains(&acting.as_str()),
                "{id} owned by {acting}"
            );
            assert!(
                !roles.contains_key(&acting),
                "{id}: the English role {acting}"
            );
        }
    }
    assert!(checked > 100, "{checked} actions checked");
    // The top of a small firm has one name in German too, whichever role an action names.
    for role in ["CEO", "Executive sponsor", "CEO or COO"] {
        assert_eq!(
            owner_for(&roles[role], CompanySize::Small),
            roles["Founder or CEO"],
            "{role}"
        );
    }
    // And the head of partner functions, missing in most companies of any size.
    assert_eq!(
        owner_for(&roles["Head of partner functions"], CompanySize::Large),
        roles["CEO or COO"]
    );
}

/// The journey's sentences, written twice by design (the English the core logs, the pack's
/// words a reader sees), say the same in English; the German packs give them German.
#[test]
fn the_journeys_english_sentences_are_the_ones_the_core_wrote() {
    use partnering_core::answers::NameError;
    use partnering_core::export::ImportError;
    use partnering_core::journey::{Blocker, Unanswered};
    use partnering_core::model::{Subject, SubjectId};
    use partnering_core::pasted::{PasteBox, PasteError, ReadError};
    use partnering_core::session::Notice;
    use partnering_core::session::stored::ProgressError;
    let (english, german) = (english(), german());
    let open = |number| Unanswered {
        number,
        question: "d.design.scope".into(),
        subject: SubjectId::ORGANIZATION,
    };
    let blockers = [
        Blocker::NoSubjects(Subject::PortfolioPartner),
        Blocker::NoSubjects(Subject::Party),
        Blocker::NoFunctions,
        Blocker::Unanswered(vec![open(2)]),
        Blocker::Unanswered(vec![open(1), open(3), open(4)]),
    ];
    let mut pairs: Vec<(String, String, String)> = blockers
        .iter()
        .map(|b| (b.to_string(), b.in_words(&english), b.in_words(&german)))
        .collect();
    for error in [NameError::Empty, NameError::Duplicate, NameError::TooMany] {
        let words = |w| error.in_words(w).to_owned();
        pairs.push((error.to_string(), words(&english), words(&german)));
    }
    let notices = [
        Notice::AnswersDropped(1),
        Notice::AnswersDropped(3),
        Notice::EarlierEdition {
            made_with: 1,
            current: 2,
            dropped: 2,
        },
        Notice::Progress(ProgressError::Unreadable),
        Notice::Progress(ProgressError::NewerFormat(9)),
        Notice::Unreadable { kept_aside: true },
        Notice::Unreadable { kept_aside: false },
    ];
    for notice in notices {
        pairs.push((
            notice.to_string(),
            notice.in_words(&english),
            notice.in_words(&german),
        ));
    }
    let reads = [
        ReadError::Empty,
        ReadError::FileTooLarge,
        ReadError::FileUnreadable,
        ReadError::Export(ImportError::NotJson),
        ReadError::Export(ImportError::NewerContent { file: 7, app: 6 }),
        ReadError::Export(ImportError::Damaged("its answers")),
        ReadError::TooLarge(PasteError::TooLarge {
            paste: PasteBox::OneReport,
            size: 2_500_000,
        }),
        ReadError::TooLarge(PasteError::TooManyLinks {
            paste: PasteBox::TeamLinks,
            links: 5_000,
        }),
    ];
    for error in reads {
        pairs.push((
            error.to_string(),
            error.in_words(&english),
            error.in_words(&german),
        ));
    }
    for (core, in_english, in_german) in pairs {
        assert_eq!(in_english, core);
        assert_ne!(in_german, core, "German: {in_german}");
    }
}

/// Module B's texts about "{subject}" read right in German for a company with no name: "von
/// diesem Unternehmen" after a preposition that takes the dative, "dieses Unternehmen"
/// elsewhere; a named company is simply named.
#[test]
fn an_unnamed_company_is_declined_in_german() {
    use partnering_core::display::about_subject;
    let (words, content) = (german(), german_content());
    let texts: Vec<&str> = content
        .questions()
        .flat_map(|(q, _)| {
            let choices = q
                .choices
                .iter()
                .flat_map(|c| [c.label.as_str(), c.detail.as_str()]);
            [q.prompt.as_str(), q.help.as_deref().unwrap_or_default()]
                .into_iter()
                .chain(choices)
        })
        .filter(|t| t.contains("{subject}"))
        .collect();
    assert!(texts.len() > 20, "{}", texts.len());
    let mut dative = 0;
    for text in &texts {
        let unnamed = about_subject(&words, text, None);
        assert!(!unnamed.contains("{subject}"), "{unnamed}");
        for wrong in ["von dieses", "bei dieses", "Bei dieses", "mit dieses"] {
            assert!(!unnamed.contains(wrong), "{unnamed}");
        }
        dative += unnamed.matches("diesem Unternehmen").count();
        assert_eq!(
            about_subject(&words, text, Some("Acme")),
            text.replace("{subject}", "Acme")
        );
    }
    assert!(dative > 10, "{dative}");
    assert_eq!(
        about_subject(&words, "Hat {subject} mit {subject} gesprochen?", None),
        "Hat dieses Unternehmen mit diesem Unternehmen gesprochen?"
    );
    assert_eq!(
        about_subject(&english(), "How does {subject}'s CEO speak?", None),
        "How does this company's CEO speak?"
    );
}
