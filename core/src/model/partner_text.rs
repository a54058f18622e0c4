//! Module D's question texts name its partner: "{partner}" (and "{Partner}" opening a
//! sentence) stands where "the partner" reads naturally, and is replaced by the partner's name
//! when the alliance is named, or by "the partner" when it is not. The content validator keeps
//! the placeholder where both readings are grammatical (`placeholder_problem`).

use std::borrow::Cow;

use crate::i18n::Words;

/// The placeholder within a sentence.
pub const PARTNER: &str = "{partner}";
/// The placeholder opening a sentence.
pub const PARTNER_OPENING: &str = "{Partner}";

/// `text` with the placeholders replaced by `name`, or, when no partner is named, by the
/// reader's words for "the partner" / "The partner" ("der Partner" / "Der Partner": the
/// content puts the placeholder where it is the subject); text without them is returned as it
/// is.
pub fn for_alliance<'a>(words: &Words, text: &'a str, name: Option<&str>) -> Cow<'a, str> {
    if !text.contains(PARTNER) && !text.contains(PARTNER_OPENING) {
        return Cow::Borrowed(text);
    }
    let (within, opening) = match name {
        Some(name) => (name, name),
        None => (
            words.get("core_partner.unnamed"),
            words.get("core_partner.unnamed_opening"),
        ),
    };
    Cow::Owned(
        text.replace(PARTNER, within)
            .replace(PARTNER_OPENING, opening),
    )
}

/// Words after which the placeholder would read "the Acme" or "your Acme" once named.
const DETERMINERS: [&str; 10] = [
    "the", "a", "an", "your", "our", "its", "their", "this", "that", "each",
];

/// Why a placeholder in `text` would not read well both named and unnamed, if it would not:
/// after a determiner ("the {partner}"), joined to a word ("{partner}s"), "{partner}" opening
/// a sentence (it would read "the partner" in lower case) or "{Partner}" within one, or any
/// other braces.
pub fn placeholder_problem(text: &str) -> Option<String> {
    for (at, _) in text.match_indices('{') {
        let (preceding, tail) = text.split_at(at);
        let Some(placeholder) = [PARTNER, PARTNER_OPENING]
            .into_iter()
            .find(|p| tail.starts_with(p))
        else {
            return Some(format!("braces other than {PARTNER} or {PARTNER_OPENING}"));
        };
        let after = tail.get(placeholder.len()..).unwrap_or_default();
        if after.starts_with(char::is_alphanumeric) {
            return Some(format!("{placeholder} joined to a word"));
        }
        let preceding = preceding.trim_end();
        let last_word = preceding
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if DETERMINERS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(last_word))
        {
            return Some(format!(
                "{placeholder} after \"{last_word}\" (it would read \"{last_word} Acme\")"
            ));
        }
        let opens = preceding.is_empty() || preceding.ends_with(['.', '?', '!', ':']);
        if opens != (placeholder == PARTNER_OPENING) {
            let (place, instead) = if opens {
                ("opening", PARTNER_OPENING)
            } else {
                ("within", PARTNER)
            };
            return Some(format!("{placeholder} {place} a sentence; use {instead}"));
        }
    }
    let opened = text.matches('{').count();
    (text.matches('}').count() != opened).then(|| "a brace without its pair".to_owned())
}
