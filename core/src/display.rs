//! How numbers, levels, tiers and module names are written for people: the one place every
//! page, export and comparison formats them. Numbers are formatted through integers, so the
//! wasm carries no float-formatting code.

use crate::model::{ChoiceId, Content, Tier};

/// A 0–100 value rounded to a whole number; 0 for a value that is not a number.
pub fn whole(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

/// A score as a whole number, or a dash when there is none.
pub fn value_text(value: Option<f64>) -> String {
    value.map_or("–".to_owned(), |v| whole(v).to_string())
}

/// A change between two scores with its sign ("+12", "-3", "0"), or a dash when there is none.
pub fn signed(delta: Option<f64>) -> String {
    match delta.map(whole) {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => "–".into(),
    }
}

/// A value to one decimal ("66.7").
pub fn tenths(value: f64) -> String {
    let scaled = if value.is_finite() {
        (value.clamp(-1000.0, 1000.0) * 10.0).round() as i64
    } else {
        0
    };
    let sign = if scaled < 0 { "-" } else { "" };
    format!("{sign}{}.{}", scaled.abs() / 10, scaled.abs() % 10)
}

/// Items joined as one clause in the reader's words: "a", "a and b", "a, b and c" ("a, b und
/// c").
pub fn joined_in(words: &crate::i18n::Words, items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let rest = rest.join(", ");
            words.fill(
                "core_list.and",
                &[("rest", (&rest).into()), ("last", last.into())],
            )
        }
        _ => joined(items),
    }
}

/// Items joined as one clause: "a", "a and b", "a, b and c".
pub fn joined(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A count with its noun, singular for one: "1 answer", "3 answers".
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A module as headings name it: "D. Alliance health and trust".
pub fn module_heading(letter: &str, title: &str) -> String {
    format!("{letter}. {title}")
}

/// Every tier with the name people see, in order of importance.
pub const TIERS: [(Tier, &str); 4] = [
    (Tier::Strategic, "Strategic"),
    (Tier::Tactical, "Tactical"),
    (Tier::Opportunistic, "Opportunistic"),
    (Tier::Exit, "Under review / winding down"),
];

/// The name people see for a tier.
pub fn tier_name(tier: Tier) -> &'static str {
    TIERS
        .iter()
        .find(|(t, _)| *t == tier)
        .map_or("", |(_, name)| name)
}

/// A tier's name in the reader's words: as a label ("Strategic") and within a sentence
/// ("treated as strategic").
pub fn tier_words(words: &crate::i18n::Words, tier: Tier) -> (&str, &str) {
    let (label, in_text) = match tier {
        Tier::Strategic => ("core_tier.strategic", "core_tier.strategic_in_text"),
        Tier::Tactical => ("core_tier.tactical", "core_tier.tactical_in_text"),
        Tier::Opportunistic => ("core_tier.opportunistic", "core_tier.opportunistic_in_text"),
        Tier::Exit => ("core_tier.exit", "core_tier.exit_in_text"),
    };
    (words.get(label), words.get(in_text))
}

/// The tier with this display name; `None` for any other text.
pub fn tier_named(name: &str) -> Option<Tier> {
    TIERS.iter().find(|(_, n)| *n == name).map(|(t, _)| *t)
}

/// The name of a maturity level (1 Ad hoc … 5 Optimizing), as the content calls it.
pub fn level_name(content: &Content, level: u8) -> &str {
    content
        .levels
        .iter()
        .find(|band| band.level == level)
        .map_or("", |band| band.name.as_str())
}

/// Content text written about "{subject}" (module B), with the assessed company's name in its
/// place; other text is returned as it is.
pub fn for_subject<'a>(text: &'a str, name: &str) -> std::borrow::Cow<'a, str> {
    if text.contains("{subject}") {
        std::borrow::Cow::Owned(text.replace("{subject}", name))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// German prepositions that take the dative: after them an unnamed company is "diesem
/// Unternehmen" ("von diesem Unternehmen"), elsewhere "dieses Unternehmen".
const DATIVE_PREPOSITIONS: [&str; 16] = [
    "von",
    "Von",
    "bei",
    "Bei",
    "mit",
    "Mit",
    "zu",
    "Zu",
    "aus",
    "Aus",
    "nach",
    "Nach",
    "seit",
    "Seit",
    "gegenüber",
    "Gegenüber",
];

/// Content text written about "{subject}" (module B), about the company named, or about
/// "this company" in the reader's language (in German's dative after a preposition that takes
/// it); other text is returned as it is.
pub fn about_subject<'a>(
    words: &crate::i18n::Words,
    text: &'a str,
    name: Option<&str>,
) -> std::borrow::Cow<'a, str> {
    match name {
        Some(name) => for_subject(text, name),
        None if text.contains("{subject}") => {
            let dative = words.get("common.this_company_dative");
            let mut out = text.to_owned();
            for preposition in DATIVE_PREPOSITIONS {
                out = out.replace(
                    &format!("{preposition} {{subject}}"),
                    &format!("{preposition} {dative}"),
                );
            }
            std::borrow::Cow::Owned(out.replace("{subject}", words.get("common.this_company")))
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// How module D's texts name "the partner", and what stands before the partner's name in its
/// place: English "the partner" ("the partner's lead" becomes "Acme's lead"), and German in each
/// case ("mit dem Partner" becomes "mit Acme", "die Leitung des Partners" "die Leitung von
/// Acme", "vom Partner" "von Acme").
const PARTNER_PHRASES: [(&str, &str); 7] = [
    ("the partner", ""),
    ("des Partners", "von "),
    ("dem Partner", ""),
    ("den Partner", ""),
    ("der Partner", ""),
    ("Vom Partner", "Von "),
    ("vom Partner", "von "),
];

/// Module D's text written about "the partner", with the named partner in its place, in
/// English or German; "the partners", "the partnership", "die Partner" and
/// "Partnerunternehmen" are kept.
pub fn for_partner(text: &str, name: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, phrase, prefix)) = next_partner_phrase(rest) {
        let (before, found) = rest.split_at(at);
        out.push_str(before);
        out.push_str(prefix);
        out.push_str(name);
        rest = found.get(phrase.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// The first whole-word partner phrase in `text`: where it starts, the phrase, and what goes
/// before the name in its place.
fn next_partner_phrase(text: &str) -> Option<(usize, &'static str, &'static str)> {
    let word = |c: char| c.is_alphanumeric();
    PARTNER_PHRASES
        .iter()
        .filter_map(|&(phrase, prefix)| {
            text.match_indices(phrase)
                .find(|&(at, _)| {
                    let before = text.get(..at).and_then(|b| b.chars().next_back());
                    let after = text.get(at + phrase.len()..).and_then(|a| a.chars().next());
                    !before.is_some_and(word) && !after.is_some_and(word)
                })
                .map(|(at, _)| (at, phrase, prefix))
        })
        .min_by_key(|&(at, _, _)| at)
}

/// When an action should be done, in the reader's words: as a label ("This quarter") and
/// within a sentence ("this quarter").
pub fn horizon_words(words: &crate::i18n::Words, horizon: crate::model::Horizon) -> (&str, &str) {
    let (label, in_text) = match horizon {
        crate::model::Horizon::Quarter => ("core_horizon.quarter", "core_horizon.quarter_in_text"),
        crate::model::Horizon::Year => ("core_horizon.year", "core_horizon.year_in_text"),
    };
    (words.get(label), words.get(in_text))
}

/// Text with its first letter in capitals ("resources were…" → "Resources were…"). ASCII
/// only: content text starts in English, and Unicode case tables would cost every visitor.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// What a reader must know about answers made with an earlier edition of the questions: the
/// method changed, so the figures are worked out anew and differ from the original report;
/// `None` for answers made with this edition.
///
/// (The saved-progress notice still says it in English: `edition_notice_english`.)
pub fn edition_notice(
    words: &crate::i18n::Words,
    made_with: u32,
    current: u32,
    dropped: usize,
) -> Option<String> {
    (made_with < current).then(|| {
        let (made_with, current) = (made_with.to_string(), current.to_string());
        let mut notice = words.fill(
            "core_edition.notice",
            &[
                ("made", (&made_with).into()),
                ("current", (&current).into()),
            ],
        );
        if dropped > 0 {
            notice.push(' ');
            notice.push_str(&words.count("core_edition.dropped", dropped, &[]));
        }
        notice
    })
}

/// The edition notice in English, for the saved-progress notice (`session::Notice`).
pub(crate) fn edition_notice_english(
    made_with: u32,
    current: u32,
    dropped: usize,
) -> Option<String> {
    (made_with < current).then(|| {
        let lost = match dropped {
            0 => String::new(),
            1 => " One answer has no counterpart in this edition and is left out.".to_owned(),
            n => format!(" {n} answers have no counterpart in this edition and are left out."),
        };
        format!(
            "These answers were given to edition {made_with} of the assessment. The method has \
             changed since (levels now follow knock-out answers such as resources withdrawn, and \
             assessments of partners no longer count toward your own level), so the figures \
             below are worked out with edition {current} and will differ from the report made \
             at the time.{lost}"
        )
    })
}

/// A partner function's label from module A's (id, label) list; the id itself when unknown.
pub fn function_label(functions: &[(ChoiceId, String)], id: &ChoiceId) -> String {
    functions
        .iter()
        .find(|(function, _)| function == id)
        .map_or(id.to_string(), |(_, label)| label.clone())
}
