//! The contact step sends once: the first submit whose details pass is sent, and any later
//! submit of the same step (a double click, a script submitting the form several times in one
//! moment, before the page has re-rendered) sends nothing.

use super::{Contact, LeadField, LeadForm, LeadProblem, validate_contact};

/// What one submit of the contact step does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// Send these details (the first valid submit).
    Send(Contact),
    /// Nothing: the details were sent already.
    AlreadySent,
    /// Nothing yet: what needs attention, field by field.
    Problems(Vec<LeadProblem>),
}

/// One contact step, from shown to sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeadStep {
    sent: bool,
}

impl LeadStep {
    /// Checks a submit (as [`validate_contact`]) and says whether to send it: only the first
    /// that passes is sent.
    pub fn submit(
        &mut self,
        form: &LeadForm,
        typed: &[(LeadField, String)],
        consent: bool,
    ) -> Submitted {
        if self.sent {
            return Submitted::AlreadySent;
        }
        match validate_contact(form, typed, consent) {
            Ok(contact) => {
                self.sent = true;
                Submitted::Send(contact)
            }
            Err(problems) => Submitted::Problems(problems),
        }
    }

    /// Whether the details were sent.
    pub fn is_sent(&self) -> bool {
        self.sent
    }
}
