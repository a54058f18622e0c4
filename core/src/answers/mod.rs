//! A person's answers: which modules, whom they are about, and every response.

mod alliance;
mod edits;
mod names;
mod plan;
mod pruning;
mod response;
mod response_list;
mod subjects;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{
    CompanySize, Content, Module, ModuleId, Question, QuestionId, Subject, SubjectId,
};

pub use names::{MAX_NAME_CHARS, NameError, clean_name};
pub use plan::{MAX_PLANNED, Plan, PlanEdit, PlannedAction, Target, clean_owner, recommendation};
pub use pruning::retain_known;
pub use response::{Response, ResponseKey};
pub use subjects::{MAX_SUBJECTS, Party, PortfolioPartner, SubjectRef};

/// Everything a person has answered; the input to scoring, share links and exports.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Answers {
    /// Ids of the chosen modules, in the order they are taken.
    pub modules: Vec<ModuleId>,
    #[serde(default)]
    /// Parties assessed in module B: one's own company and/or named partners.
    pub parties: Vec<Party>,
    #[serde(default)]
    /// Partners in the go-to-market portfolio (module C), with the tier each is treated as.
    pub portfolio: Vec<PortfolioPartner>,
    /// Every response, by question and subject.
    #[serde(default, with = "response_list")]
    pub responses: BTreeMap<ResponseKey, Response>,
    /// A five-minute quick check: only the questions marked quick are asked, and the report
    /// is labelled indicative. Turned off to continue into the full assessment.
    #[serde(default)]
    pub quick: bool,
    /// Targets and the actions picked for the next 90 days; empty until a plan is made.
    #[serde(default, skip_serializing_if = "Plan::is_empty")]
    pub plan: Plan,
    /// Set when these answers are one side of a two-sided review: the company that invited
    /// this person to answer about the relationship from their side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_by: Option<String>,
    /// The partner module D is about, when the person chose one (see `Answers::alliance`):
    /// a portfolio partner's or party's id. Progress saved before it was asked has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alliance: Option<SubjectId>,
    /// The partner module D is about, typed by name when it is none of the partners named in
    /// C or B (cleaned like every company name). Set only while `alliance` is `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed_alliance: Option<String>,
}

impl Answers {
    /// The response to `question` about `subject`, if any.
    pub fn response(&self, question: &QuestionId, subject: SubjectId) -> Option<&Response> {
        self.responses.get(&ResponseKey {
            question: question.clone(),
            subject,
        })
    }

    /// The company's size, from the opening question; `None` when not answered (links made
    /// before it was asked).
    pub fn size(&self, content: &Content) -> Option<CompanySize> {
        let question = content.opening.iter().find(|q| q.id == "org.size")?;
        match self.response(&question.id, SubjectId::ORGANIZATION)? {
            Response::Choice(choice) => CompanySize::from_choice(choice),
            _ => None,
        }
    }

    /// Whether the module with this id is chosen.
    pub fn has_module(&self, id: &ModuleId) -> bool {
        self.modules.contains(id)
    }

    /// Whom a module's own rating is about: the organization, or one's own party in a module
    /// about parties (none when one's own company was not added there).
    pub fn own_subject(&self, module: &Module) -> Option<SubjectId> {
        match module.subjects {
            crate::model::Subjects::Parties => self.parties.iter().find(|p| p.own).map(|p| p.id),
            _ => Some(SubjectId::ORGANIZATION),
        }
    }

    /// Whom `module`'s per-subject questions are about, in order (the organization alone for
    /// a module that names nobody).
    pub fn subjects(&self, module: &Module) -> Vec<SubjectRef> {
        self.subjects_of(module.subjects.subject())
    }

    /// Whom questions of this kind are asked about, in order: the organization alone (id 0),
    /// the parties, or the portfolio partners.
    pub fn subjects_of(&self, per: Subject) -> Vec<SubjectRef> {
        let named = |id: SubjectId, name: &String| SubjectRef {
            id,
            name: name.clone(),
        };
        match per {
            Subject::Organization => vec![SubjectRef {
                id: SubjectId::ORGANIZATION,
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

    /// Whether one of module B's parties is the respondent's own company.
    pub fn has_own_party(&self) -> bool {
        self.parties.iter().any(|p| p.own)
    }

    /// Whether `question` is asked, given the module's profile answers (branching); a question an
    /// edition hides never is.
    pub fn is_asked(&self, question: &Question) -> bool {
        if question.hidden {
            return false;
        }
        let Some(requirement) = &question.requires else {
            return true;
        };
        let chosen = match self.response(&requirement.question, SubjectId::ORGANIZATION) {
            Some(Response::Choices(chosen)) => chosen.as_slice(),
            Some(Response::Choice(chosen)) => std::slice::from_ref(chosen),
            _ => return false,
        };
        requirement
            .all_of
            .iter()
            .all(|needed| chosen.contains(needed))
            && chosen.len() >= usize::from(requirement.at_least)
    }

    /// One above the highest subject id in use. Removing a subject also removes its responses,
    /// so a reused id never inherits answers.
    pub fn next_subject_id(&self) -> SubjectId {
        let ids: Vec<u16> = self
            .parties
            .iter()
            .map(|p| p.id.0)
            .chain(self.portfolio.iter().map(|p| p.id.0))
            .collect();
        match ids.iter().max() {
            None => SubjectId(1),
            Some(&max) if max < u16::MAX => SubjectId(max + 1),
            // The top id is in use (only possible from a hand-made file): take the first gap.
            Some(_) => SubjectId(
                (1..u16::MAX)
                    .find(|id| !ids.contains(id))
                    .unwrap_or(u16::MAX),
            ),
        }
    }
}
