//! The verbs that change answers: the only way the session edits them.

use crate::model::{ChoiceId, ModuleId, QuestionId, Subject, SubjectId, Tier};

use super::{Answers, NameError, Party, PortfolioPartner, Response, ResponseKey};

impl Answers {
    /// Chooses a module, or unchooses it when chosen.
    pub fn toggle_module(&mut self, id: ModuleId) {
        if let Some(at) = self.modules.iter().position(|m| *m == id) {
            self.modules.remove(at);
        } else {
            self.modules.push(id);
        }
    }

    /// Adds a party to assess in module B under its cleaned name; one own company at most (a
    /// second is added as a partner).
    pub fn add_party(&mut self, name: &str, own: bool) -> Result<SubjectId, NameError> {
        let name = self.name_for_new(Subject::Party, name)?;
        let id = self.next_subject_id();
        let own = own && !self.has_own_party();
        self.parties.push(Party { id, name, own });
        Ok(id)
    }

    /// Adds a portfolio partner for module C under its cleaned name.
    pub fn add_partner(&mut self, name: &str, declared: Tier) -> Result<SubjectId, NameError> {
        let name = self.name_for_new(Subject::PortfolioPartner, name)?;
        let id = self.next_subject_id();
        self.portfolio.push(PortfolioPartner { id, name, declared });
        Ok(id)
    }

    /// Removes a party or partner, and every response about it.
    pub fn remove_subject(&mut self, id: SubjectId) {
        self.parties.retain(|p| p.id != id);
        self.portfolio.retain(|p| p.id != id);
        self.responses.retain(|key, _| key.subject != id);
        if self.alliance == Some(id) {
            self.alliance = None;
        }
    }

    /// Changes the tier a portfolio partner is treated as today.
    pub fn set_declared(&mut self, partner: SubjectId, declared: Tier) {
        if let Some(p) = self.portfolio.iter_mut().find(|p| p.id == partner) {
            p.declared = declared;
        }
    }

    /// Records one response, replacing any earlier one.
    pub fn answer(&mut self, key: ResponseKey, response: Response) {
        self.responses.insert(key, response);
    }

    /// Ticks or unticks one choice of a multiple-choice question (the organization's).
    pub fn toggle_choice(&mut self, question: QuestionId, choice: ChoiceId) {
        let key = ResponseKey {
            question,
            subject: SubjectId::ORGANIZATION,
        };
        let mut chosen = match self.responses.remove(&key) {
            Some(Response::Choices(chosen)) => chosen,
            _ => Vec::new(),
        };
        if let Some(at) = chosen.iter().position(|c| *c == choice) {
            chosen.remove(at);
        } else {
            chosen.push(choice);
        }
        if !chosen.is_empty() {
            self.responses.insert(key, Response::Choices(chosen));
        }
    }
}
