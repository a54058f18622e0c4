//! Consultancy editions: a JSON file beside `config.json` that puts a consultancy's own words on
//! the content's texts (by the same paths as [translations](super::translation)), hides
//! questions no rule needs, and adds actions of its own. Nothing that scores can be changed.
//!
//! [`apply`] works item by item: every text, hidden question and action that breaks a rule is
//! left out with an [`EditionProblem`] naming its id and the rule, the standard content stays
//! for that item, and the rest applies. The result passes the content's validator. Hidden
//! questions stay in the content (marked `hidden`), so share links and saved progress made
//! without the edition keep their layout.

mod actions;
mod hide;
mod texts;

use std::fmt;

use serde_json::{Map, Value};

use super::validate;
use crate::model::{Content, EditionMark};

/// Largest edition file read (a real one is a few kilobytes).
pub const MAX_EDITION_BYTES: usize = 256 * 1024;

/// The keys an edition file has.
const EDITION_KEYS: [&str; 5] = ["id", "version", "texts", "hide", "actions"];

/// Fields that score or route answers: an edition never changes them.
const SCORING_FIELDS: [&str; 27] = [
    "id",
    "weight",
    "score",
    "score_small",
    "min",
    "max",
    "level",
    "impact",
    "when",
    "given",
    "unless",
    "sizes",
    "winding_down",
    "after",
    "result",
    "caps",
    "composition",
    "tiering",
    "rule",
    "rules",
    "kind",
    "requires",
    "quick",
    "metric",
    "min_answered_percent",
    "content_version",
    "weights",
];

/// An edition file, read but not yet checked against the content: its parts are kept as JSON
/// so that each item is accepted or refused on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Edition {
    /// Which edition this is, as share links record it.
    pub mark: EditionMark,
    /// Per language (`en`, `de`), the texts by path.
    texts: Map<String, Value>,
    /// The question ids to hide.
    hide: Value,
    /// The actions to add.
    actions: Value,
    /// Keys an edition does not have.
    other_keys: Vec<String>,
}

/// One item of an edition left out, and why; the standard content stays for it.
#[derive(Debug, Clone, PartialEq)]
pub struct EditionProblem {
    /// The text's path, the question's or the action's id, or the key at fault.
    pub id: String,
    /// The rule it breaks.
    pub rule: Rule,
}

/// The rules an edition's items must keep.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// The file is not a JSON object, or is too large.
    Unreadable(String),
    /// `id` or `version` is missing, or not a short plain name.
    Identity,
    /// A key an edition file does not have.
    NotAnEditionKey,
    /// It would change a scoring id, weight, score, cap or rule.
    Scoring,
    /// It names an id the content does not have.
    UnknownId,
    /// The path leads to something that is not one of the texts an edition may override.
    NotOverridable,
    /// The text is empty, or holds markup or control characters.
    NotPlainText,
    /// The text drops or adds a `{placeholder}` the standard text has.
    Placeholders,
    /// The item has the wrong shape (what the reader said).
    Malformed(String),
    /// Hiding the question would break what needs its answer (which rule).
    Needed(String),
    /// The action's trigger reads a question the edition hides.
    ReadsHidden,
    /// Hiding the question would leave its dimension with nothing to ask.
    LastQuestion,
    /// The action's link is not an https: address (why).
    BadLink(String),
    /// The action's id is already used in the content.
    Clash,
    /// With this item the content breaks one of its own rules (which).
    Breaks(String),
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(why) => write!(f, "the edition file could not be read: {why}"),
            Self::Identity => f.write_str(
                "an edition needs an `id` and a `version`, each up to 40 letters, digits, dots, dashes or underscores",
            ),
            Self::NotAnEditionKey => f.write_str(
                "an edition has only id, version, texts, hide and actions",
            ),
            Self::Scoring => f.write_str(
                "an edition cannot change scoring ids, weights, scores, caps or rules",
            ),
            Self::UnknownId => f.write_str("names an id the content does not have"),
            Self::NotOverridable => f.write_str(
                "is not a text an edition may override (prompts, short labels, help, choice labels and details, recommendations' text, owner, artefact, cadence and measure, level names and meanings)",
            ),
            Self::NotPlainText => {
                f.write_str("the text is empty or holds markup or control characters")
            }
            Self::Placeholders => {
                f.write_str("the text does not keep the standard text's {placeholders}")
            }
            Self::Malformed(why) => write!(f, "has the wrong shape: {why}"),
            Self::Needed(by) => write!(f, "cannot be hidden: {by} needs its answer"),
            Self::ReadsHidden => f.write_str("its trigger reads a question the edition hides"),
            Self::LastQuestion => {
                f.write_str("cannot be hidden: its dimension would have no question left")
            }
            Self::BadLink(why) => write!(f, "its link is refused: {why}"),
            Self::Clash => f.write_str("the id is already used in the content"),
            Self::Breaks(rules) => write!(f, "the content would break its own rules: {rules}"),
        }
    }
}

impl fmt::Display for EditionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "edition: `{}` ignored: {}; the standard content applies.",
            self.id, self.rule
        )
    }
}

impl EditionProblem {
    fn new(id: impl Into<String>, rule: Rule) -> Self {
        Self {
            id: id.into(),
            rule,
        }
    }
}

/// Reads an edition file; `Err` only when nothing of it can apply (not a JSON object, too
/// large, or without a usable id and version).
pub fn read(json: &str) -> Result<Edition, EditionProblem> {
    let unreadable = |why: String| EditionProblem::new("edition", Rule::Unreadable(why));
    if json.len() > MAX_EDITION_BYTES {
        return Err(unreadable("it is larger than 256 KB".into()));
    }
    let value: Value = serde_json::from_str(json).map_err(|e| unreadable(e.to_string()))?;
    let Value::Object(mut file) = value else {
        return Err(unreadable("it is not a JSON object".into()));
    };
    let mark = EditionMark {
        id: name(file.get("id")).ok_or_else(|| EditionProblem::new("id", Rule::Identity))?,
        version: name(file.get("version"))
            .ok_or_else(|| EditionProblem::new("version", Rule::Identity))?,
    };
    let texts = match file.remove("texts") {
        Some(Value::Object(texts)) => texts,
        _ => Map::new(),
    };
    Ok(Edition {
        mark,
        texts,
        hide: file.remove("hide").unwrap_or(Value::Array(Vec::new())),
        actions: file.remove("actions").unwrap_or(Value::Array(Vec::new())),
        other_keys: file
            .keys()
            .filter(|key| !EDITION_KEYS.contains(&key.as_str()))
            .cloned()
            .collect(),
    })
}

/// An edition's id or version: up to 40 letters, digits, dots, dashes or underscores (a
/// number is read as its digits).
fn name(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    is_plain_name(&text).then_some(text)
}

/// Whether an edition's id or version is a short plain name: 1 to 40 letters, digits, dots,
/// dashes or underscores (so it reads safely anywhere, share links included).
pub fn is_plain_name(text: &str) -> bool {
    (1..=40).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// What a reader of a shared report is told when the link was made with an edition this page
/// does not have (or another version of it): whose words the report was made with, and whose
/// it is shown with. `None` when the wording is the same.
pub fn wording_notice(
    words: &crate::i18n::Words,
    link: Option<&EditionMark>,
    here: Option<&EditionMark>,
) -> Option<String> {
    let link = link?;
    if Some(link) == here {
        return None;
    }
    let made = format!("{} v{}", link.id, link.version);
    Some(match here {
        None => words.fill("core_edition.wording_standard", &[("made", (&made).into())]),
        Some(here) => {
            let here = format!("{} v{}", here.id, here.version);
            words.fill(
                "core_edition.wording_here",
                &[("made", (&made).into()), ("here", (&here).into())],
            )
        }
    })
}

/// The content with the edition applied in `language` (texts of other languages are left
/// alone), and every item left out with its rule. The result passes the content's validator.
pub fn apply(
    content: &Content,
    edition: &Edition,
    language: &str,
) -> (Content, Vec<EditionProblem>) {
    let mut result = content.clone();
    let mut problems: Vec<EditionProblem> = edition
        .other_keys
        .iter()
        .map(|key| {
            let rule = if SCORING_FIELDS.contains(&key.as_str()) {
                Rule::Scoring
            } else {
                Rule::NotAnEditionKey
            };
            EditionProblem::new(key.clone(), rule)
        })
        .collect();
    if let Some(texts) = edition.texts.get(language) {
        texts::apply(&mut result, texts, &mut problems);
        // A question's reading time was worked out from the standard wording.
        let dimensions = result.modules.iter_mut().flat_map(|m| &mut m.dimensions);
        for question in dimensions.flat_map(|d| &mut d.questions) {
            question.reading = Default::default();
        }
    }
    hide::apply(&mut result, &edition.hide, &mut problems);
    actions::apply(&mut result, &edition.mark, &edition.actions, &mut problems);
    result.edition = Some(edition.mark.clone());
    (result, problems)
}

/// Makes one change on a copy and keeps it only if the content still passes its validator.
fn keep_if_valid(
    content: &mut Content,
    change: impl FnOnce(&mut Content) -> Result<(), Rule>,
) -> Result<(), Rule> {
    let mut trial = content.clone();
    change(&mut trial)?;
    if let Err(errors) = validate(&trial) {
        let clash = errors.iter().any(|e| e.problem.contains("more than once"));
        if clash {
            return Err(Rule::Clash);
        }
        let rules: Vec<String> = errors.iter().map(ToString::to_string).collect();
        return Err(Rule::Breaks(rules.join("; ")));
    }
    *content = trial;
    Ok(())
}

/// A text a person will read: words, and no markup or control characters.
fn plain(text: &str) -> bool {
    !text.trim().is_empty()
        && text.chars().count() <= 2_000
        && !text.contains(['<', '>'])
        && !text.chars().any(|c| {
            c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
}
