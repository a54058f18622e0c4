//! The interface's words: packs read leniently, English behind every key, placeholders and
//! plural forms filled, and a pack checked strictly against English.

use partnering_core::i18n::{Locale, PackError, PlainLocale, Plural, UiPack, Words, check_against};

const ENGLISH: &str = r#"{"language": "en", "texts": {
  "greeting": "Hello {name}",
  "answers": {"one": "{count} answer", "other": "{count} answers"},
  "only_english": "Only in English"
}}"#;

const GERMAN: &str = r#"{"language": "de", "texts": {
  "greeting": "Hallo {name}",
  "answers": {"one": "{count} Antwort", "other": "{count} Antworten"},
  "broken": 42,
  "unknown": "<b>Neu</b>"
}}"#;

fn pack(json: &str) -> UiPack {
    UiPack::read(json).unwrap().0
}

/// German plural rules are English's; numbers are written with points, as German does.
struct GermanLocale;

impl Locale for GermanLocale {
    fn plural(&self, count: i64) -> Plural {
        PlainLocale.plural(count)
    }
    fn number(&self, value: i64) -> String {
        PlainLocale.number(value).replace(',', ".")
    }
    fn date(&self, date: partnering_core::date::Date) -> String {
        let (year, month, day) = date.parts();
        format!("{day}.{month}.{year}")
    }
}

#[test]
fn words_fill_placeholders_choose_plurals_and_fall_back_to_english() {
    let words = Words::new(pack(GERMAN), pack(ENGLISH), Box::new(GermanLocale));
    assert_eq!(words.language(), "de");
    assert_eq!(
        words.fill("greeting", &[("name", "Acme".into())]),
        "Hallo Acme"
    );
    assert_eq!(words.count("answers", 1, &[]), "1 Antwort");
    assert_eq!(words.count("answers", 1234, &[]), "1.234 Antworten");
    assert_eq!(words.get("only_english"), "Only in English");
    assert_eq!(
        words.get("nowhere"),
        "nowhere",
        "a key no pack has shows as itself"
    );
    assert_eq!(
        words.fill("greeting", &[]),
        "Hallo {name}",
        "a placeholder without a value stays visible rather than vanishing"
    );
}

#[test]
fn a_pack_is_read_leniently_and_checked_strictly() {
    let (german, problems) = UiPack::read(GERMAN).unwrap();
    assert_eq!(problems, [PackError::BadEntry("broken".into())]);
    let problems: Vec<String> = check_against(&pack(ENGLISH), &german)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "only_english is in English but not in this language",
            "unknown is not a key English has",
            "unknown is empty or contains markup",
        ]
    );
    assert!(UiPack::read("[]").is_err());
    assert!(UiPack::read(r#"{"language": "de"}"#).is_err());
}

#[test]
fn a_key_in_two_files_of_a_language_is_a_problem() {
    let (merged, problems) = UiPack::merge(vec![pack(ENGLISH), pack(ENGLISH)]);
    assert_eq!(merged.keys().count(), 3);
    assert_eq!(problems.len(), 3);
}

#[test]
fn plain_locale_writes_numbers_and_dates_in_english() {
    assert_eq!(PlainLocale.number(-1234567), "-1,234,567");
    assert_eq!(PlainLocale.number(999), "999");
    let date = partnering_core::date::Date::new(2026, 12, 6).unwrap();
    assert_eq!(PlainLocale.date(date), "6 December 2026");
}
