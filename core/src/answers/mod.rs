//! A person's answers: which modules, whom they are about, and every response.

mod names;
mod pruning;
mod response;
mod response_list;
mod subjects;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Module, Question, Subject};

pub use names::{MAX_NAME_CHARS, NameError, clean_name};
pub use pruning::retain_known;
pub use response::{Response, ResponseKey};
pub use subjects::{MAX_SUBJECTS, Party, PortfolioPartner, SubjectRef};

/// Everything a person has answered; the input to scoring, share links and exports.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Answers {
    /// Ids of the chosen modules, in the order they are taken.
    pub modules: Vec<String>,
    #[serde(default)]
    /// Parties assessed in module B: one's own company and/or named partners.
    pub parties: Vec<Party>,
    #[serde(default)]
    /// Partners in the go-to-market portfolio (module C), with the tier each is treated as.
    pub portfolio: Vec<PortfolioPartner>,
    #[serde(default, with = "response_list")]
    /// Every response, by question and subject.
    pub responses: BTreeMap<ResponseKey, Response>,
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
        self.subjects_of(module.subject)
    }

    /// Whom questions of this kind are asked about, in order: the organization alone (id 0),
    /// the parties, or the portfolio partners.
    pub fn subjects_of(&self, per: Subject) -> Vec<SubjectRef> {
        let named = |id: u16, name: &String| SubjectRef {
            id,
            name: name.clone(),
        };
        match per {
            Subject::Organization => vec![SubjectRef {
                id: 0,
                name: String::new(),
            }],
            Subject::Party => self.parties.iter().map(|p| named(p.id, &p.name)).collect(),
            Subject::PortfolioPartner => self
                .portfolio
                .iter()
                .map(|p| named(p.id, &p.name))
                .collect(),
        }
    }

    /// The cleaned name a new party (`Subject::Party`) or portfolio partner would be added
    /// under, or why it is refused: empty, already listed, or one too many.
    pub fn name_for_new(&self, per: Subject, raw: &str) -> Result<String, NameError> {
        match per {
            Subject::PortfolioPartner => {
                clean_name(raw, self.portfolio.iter().map(|p| p.name.as_str()))
            }
            _ => clean_name(raw, self.parties.iter().map(|p| p.name.as_str())),
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
        let ids: Vec<u16> = self
            .parties
            .iter()
            .map(|p| p.id)
            .chain(self.portfolio.iter().map(|p| p.id))
            .collect();
        match ids.iter().max() {
            None => 1,
            Some(&max) if max < u16::MAX => max + 1,
            // The top id is in use (only possible from a hand-made file): take the first gap.
            Some(_) => (1..u16::MAX)
                .find(|id| !ids.contains(id))
                .unwrap_or(u16::MAX),
        }
    }
}
