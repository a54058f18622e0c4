//! A person's answers: which modules, whom they are about, and every response.

// The core never panics on input: these are errors, not warnings, here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Module, Question, Subject, Tier};

/// The longest partner or company name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The most parties (B) or portfolio partners (C) one assessment holds.
pub const MAX_SUBJECTS: usize = 20;

/// One response to one question for one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// The id of the chosen choice.
    Choice(String),
    /// Ids of every chosen choice (multiple-choice profile questions).
    Choices(Vec<String>),
    NotApplicable,
    Unknown,
}

/// A party assessed in module B: one's own company or a named partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Stable within one assessment; responses refer to it.
    pub id: u16,
    pub name: String,
    /// True when this is the respondent's own company.
    pub own: bool,
}

/// A partner in the go-to-market portfolio (module C) and the tier it is treated as today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioPartner {
    pub id: u16,
    pub name: String,
    pub declared: Tier,
}

/// Which question, about whom.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResponseKey {
    pub question: String,
    /// 0 for organization-level questions, otherwise a party or portfolio partner id.
    pub subject: u16,
}

/// Everything a person has answered; the input to scoring, share links and exports.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Answers {
    /// Ids of the chosen modules, in the order they are taken.
    pub modules: Vec<String>,
    #[serde(default)]
    pub parties: Vec<Party>,
    #[serde(default)]
    pub portfolio: Vec<PortfolioPartner>,
    #[serde(default, with = "response_list")]
    pub responses: BTreeMap<ResponseKey, Response>,
}

/// A subject a module's questions are asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectRef {
    pub id: u16,
    /// Empty for organization-level modules.
    pub name: String,
}

impl Answers {
    /// The response to `question` about `subject`, if any.
    pub fn response(&self, question: &str, subject: u16) -> Option<&Response> {
        self.responses.get(&ResponseKey {
            question: question.to_owned(),
            subject,
        })
    }

    /// Whom `module`'s dimension questions are about, in order.
    pub fn subjects(&self, module: &Module) -> Vec<SubjectRef> {
        match module.subject {
            Subject::Organization => vec![SubjectRef {
                id: 0,
                name: String::new(),
            }],
            Subject::Party => self
                .parties
                .iter()
                .map(|p| SubjectRef {
                    id: p.id,
                    name: p.name.clone(),
                })
                .collect(),
            Subject::PortfolioPartner => self
                .portfolio
                .iter()
                .map(|p| SubjectRef {
                    id: p.id,
                    name: p.name.clone(),
                })
                .collect(),
        }
    }

    /// Whether `question` is asked, given the module's profile answers (branching).
    pub fn is_asked(&self, question: &Question) -> bool {
        let Some(requirement) = &question.requires else {
            return true;
        };
        match self.response(&requirement.question, 0) {
            Some(Response::Choices(chosen)) => requirement
                .all_of
                .iter()
                .all(|needed| chosen.contains(needed)),
            Some(Response::Choice(chosen)) => {
                requirement.all_of.iter().all(|needed| needed == chosen)
            }
            _ => false,
        }
    }

    /// One above the highest subject id in use. Removing a subject also removes its responses,
    /// so a reused id never inherits answers.
    pub fn next_subject_id(&self) -> u16 {
        let parties = self.parties.iter().map(|p| p.id);
        let partners = self.portfolio.iter().map(|p| p.id);
        parties
            .chain(partners)
            .max()
            .map_or(1, |id| id.saturating_add(1))
    }
}

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    Duplicate,
    TooMany,
}

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Empty => "Enter a name first.",
            Self::Duplicate => "That name is already on the list.",
            Self::TooMany => "That is the most this assessment can hold; remove one first.",
        })
    }
}

/// Trims a name, collapses inner whitespace, drops control characters and caps its length;
/// refuses empty names and names already in `existing` (ignoring case).
pub fn clean_name<'a>(
    raw: &str,
    existing: impl IntoIterator<Item = &'a str>,
) -> Result<String, NameError> {
    // Characters first, words second: dropping a control character between two spaces must
    // not leave a double space, so cleaning a clean name changes nothing.
    let kept: String = raw
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control() && !is_bidi_override(*c))
        .collect();
    let cleaned: String = kept
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().to_owned();
    if cleaned.is_empty() {
        return Err(NameError::Empty);
    }
    let mut count = 0;
    for name in existing {
        count += 1;
        // ASCII case folding only: full Unicode lower-casing would ship its tables (~15 KB)
        // to every visitor just to catch "ÉCLAIR" typed twice in two cases.
        if name.eq_ignore_ascii_case(&cleaned) {
            return Err(NameError::Duplicate);
        }
    }
    if count >= MAX_SUBJECTS {
        return Err(NameError::TooMany);
    }
    Ok(cleaned)
}

/// Responses serialize as a list, because JSON object keys cannot be structs.
mod response_list {
    use super::{BTreeMap, Response, ResponseKey};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Entry {
        question: String,
        #[serde(default)]
        subject: u16,
        response: Response,
    }

    pub fn serialize<S: Serializer>(
        map: &BTreeMap<ResponseKey, Response>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let entries: Vec<Entry> = map
            .iter()
            .map(|(key, response)| Entry {
                question: key.question.clone(),
                subject: key.subject,
                response: response.clone(),
            })
            .collect();
        entries.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<ResponseKey, Response>, D::Error> {
        let entries = Vec::<Entry>::deserialize(deserializer)?;
        Ok(entries
            .into_iter()
            .map(|e| {
                (
                    ResponseKey {
                        question: e.question,
                        subject: e.subject,
                    },
                    e.response,
                )
            })
            .collect())
    }
}

/// Keeps only modules, responses and choices the content still has, and caps names and list
/// sizes; returns the cleaned answers and how many responses were dropped.
pub fn retain_known(content: &crate::model::Content, mut answers: Answers) -> (Answers, usize) {
    answers
        .modules
        .retain(|id| content.modules.iter().any(|m| &m.id == id));
    let mut seen = std::collections::HashSet::new();
    answers.modules.retain(|id| seen.insert(id.clone()));
    answers.parties.truncate(MAX_SUBJECTS);
    answers.portfolio.truncate(MAX_SUBJECTS);
    let mut kept: Vec<String> = Vec::new();
    answers
        .parties
        .retain_mut(|p| keep_clean_name(&mut p.name, &mut kept));
    let mut kept: Vec<String> = Vec::new();
    answers
        .portfolio
        .retain_mut(|p| keep_clean_name(&mut p.name, &mut kept));
    let subjects: Vec<u16> = answers
        .parties
        .iter()
        .map(|p| p.id)
        .chain(answers.portfolio.iter().map(|p| p.id))
        .collect();
    let questions: Vec<&Question> = content
        .modules
        .iter()
        .flat_map(|m| {
            m.profile
                .iter()
                .chain(m.dimensions.iter().flat_map(|d| &d.questions))
        })
        .collect();
    let before = answers.responses.len();
    answers.responses.retain(|key, response| {
        let Some(question) = questions.iter().find(|q| q.id == key.question) else {
            return false;
        };
        if key.subject != 0 && !subjects.contains(&key.subject) {
            return false;
        }
        let known = |id: &String| question.choices.iter().any(|c| &c.id == id);
        match response {
            Response::Choice(id) => known(id),
            Response::Choices(ids) => !ids.is_empty() && ids.iter().all(known),
            Response::NotApplicable => question.allow_not_applicable,
            Response::Unknown => question.allow_unknown,
        }
    });
    let dropped = before - answers.responses.len();
    (answers, dropped)
}

/// Cleans a loaded name as if it had been typed; false (drop it) when empty or a duplicate.
fn keep_clean_name(name: &mut String, kept: &mut Vec<String>) -> bool {
    match clean_name(name, kept.iter().map(String::as_str)) {
        Ok(clean) => {
            kept.push(clean.clone());
            *name = clean;
            true
        }
        Err(_) => false,
    }
}

/// Characters that silently reorder the text around them; natural right-to-left text needs none.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
