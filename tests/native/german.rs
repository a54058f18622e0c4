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
        csv.starts_with("Modul,Dimension,Frage_ID,Frage,Bewertet,Antwort_ID,Antwort,Punkte\r\n"),
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
        "| Modul | Heute | Ziel |",
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
