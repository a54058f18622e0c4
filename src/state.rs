//! App state and every change to it, as a reducer with no side effects.

use std::rc::Rc;

use yew::Reducible;

use crate::answers::{
    Answers, NameError, Party, PortfolioPartner, Response, ResponseKey, clean_name,
};
use crate::model::Tier;

/// Whether progress can be kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Storage {
    #[default]
    Available,
    /// Storage is disabled, full or blocked; the journey goes on without saving.
    Unavailable,
    /// It holds progress from a newer version of the app, which this one must not overwrite;
    /// the notice explains, and the journey goes on without saving.
    HeldByNewerVersion,
}

/// Everything the journey needs to remember.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub answers: Answers,
    pub storage: Storage,
    /// Progress found in storage on start, offered back until resumed or discarded.
    pub saved: Option<Answers>,
    /// A message about something that went wrong quietly (e.g. corrupt saved progress).
    pub notice: Option<String>,
    /// Why the last name was refused, shown beside the name field.
    pub name_error: Option<NameError>,
    /// The review has been seen, so steps offer a way straight back to it after a change.
    pub visited_review: bool,
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ToggleModule(String),
    AddParty {
        name: String,
        own: bool,
    },
    AddPartner {
        name: String,
        declared: Tier,
    },
    /// Removes a party or partner, and every response about it.
    RemoveSubject(u16),
    SetDeclared {
        partner: u16,
        declared: Tier,
    },
    Answer {
        key: ResponseKey,
        response: Response,
    },
    /// Ticks or unticks one choice of a multiple-choice question.
    ToggleChoice {
        question: String,
        choice: String,
    },
    Resume,
    StartOver,
    /// Replaces the answers (e.g. "edit these answers" from a shared report).
    Load(Answers),
    StorageFailed,
    Notice(Option<String>),
    ReviewVisited,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.name_error = None;
        let answers = &mut next.answers;
        match action {
            Action::ToggleModule(id) => {
                if let Some(at) = answers.modules.iter().position(|m| *m == id) {
                    answers.modules.remove(at);
                } else {
                    answers.modules.push(id);
                }
            }
            Action::AddParty { name, own } => {
                let names = answers.parties.iter().map(|p| p.name.as_str());
                match clean_name(&name, names) {
                    Ok(name) => {
                        let id = answers.next_subject_id();
                        answers.parties.push(Party { id, name, own });
                    }
                    Err(error) => next.name_error = Some(error),
                }
            }
            Action::AddPartner { name, declared } => {
                let names = answers.portfolio.iter().map(|p| p.name.as_str());
                match clean_name(&name, names) {
                    Ok(name) => {
                        let id = answers.next_subject_id();
                        answers
                            .portfolio
                            .push(PortfolioPartner { id, name, declared });
                    }
                    Err(error) => next.name_error = Some(error),
                }
            }
            Action::RemoveSubject(id) => {
                answers.parties.retain(|p| p.id != id);
                answers.portfolio.retain(|p| p.id != id);
                answers.responses.retain(|key, _| key.subject != id);
            }
            Action::SetDeclared { partner, declared } => {
                if let Some(p) = answers.portfolio.iter_mut().find(|p| p.id == partner) {
                    p.declared = declared;
                }
            }
            Action::Answer { key, response } => {
                answers.responses.insert(key, response);
            }
            Action::ToggleChoice { question, choice } => {
                let key = ResponseKey {
                    question,
                    subject: 0,
                };
                let mut chosen = match answers.responses.remove(&key) {
                    Some(Response::Choices(chosen)) => chosen,
                    _ => Vec::new(),
                };
                if let Some(at) = chosen.iter().position(|c| *c == choice) {
                    chosen.remove(at);
                } else {
                    chosen.push(choice);
                }
                if !chosen.is_empty() {
                    answers.responses.insert(key, Response::Choices(chosen));
                }
            }
            Action::Resume => {
                if let Some(saved) = next.saved.take() {
                    next.answers = saved;
                }
            }
            Action::StartOver => {
                next.answers = Answers::default();
                next.saved = None;
                next.visited_review = false;
            }
            Action::Load(loaded) => {
                next.answers = loaded;
                next.saved = None;
            }
            Action::StorageFailed => next.storage = Storage::Unavailable,
            Action::Notice(notice) => next.notice = notice,
            Action::ReviewVisited => next.visited_review = true,
        }
        Rc::new(next)
    }
}
