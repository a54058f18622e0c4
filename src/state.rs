//! App state and every change to it, as a reducer with no side effects.

use std::rc::Rc;

use yew::Reducible;

use std::fmt;

use partnering_core::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey};
use partnering_core::display::edition_notice;
use partnering_core::model::{ChoiceId, ModuleId, QuestionId, Subject, SubjectId, Tier};
use partnering_core::progress::ProgressError;

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
    /// It holds unreadable progress that could not be copied aside (no room), so it stays
    /// where it is and is not saved over.
    HeldUnreadable,
    /// Another tab or window saved different progress; nothing is saved over it until the
    /// person chooses whose answers to keep.
    ChangedElsewhere,
}

/// Everything the journey needs to remember.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub answers: Answers,
    pub storage: Storage,
    /// Progress found in storage on start, offered back until resumed or discarded.
    pub saved: Option<Answers>,
    /// Something that went wrong quietly (e.g. corrupt saved progress), until dismissed.
    pub notice: Option<Notice>,
    /// The review has been seen, so steps offer a way straight back to it after a change.
    pub visited_review: bool,
    /// The contact step was completed or skipped in this visit (held in memory only: contact
    /// details are never stored).
    pub lead_done: bool,
}

/// Something that went wrong quietly, shown as a sentence until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Saved progress no longer fits the questions: this many answers no longer apply and were
    /// left out.
    AnswersDropped(usize),
    /// Saved progress was made with an earlier edition of the assessment, whose method differs.
    EarlierEdition {
        /// The edition it was saved with.
        made_with: u32,
        /// This build's edition.
        current: u32,
        /// Answers left out because they have no counterpart now.
        dropped: usize,
    },
    /// Saved progress could not be used.
    Progress(ProgressError),
    /// Saved progress could not be read; `kept_aside` tells whether a copy was kept under
    /// another key or, with no room for one, left where it was.
    Unreadable {
        /// Whether the unreadable copy was moved aside.
        kept_aside: bool,
    },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AnswersDropped(1) => f.write_str(
                "The assessment changed since you saved: 1 answer no longer applies and was left out.",
            ),
            Self::AnswersDropped(count) => write!(
                f,
                "The assessment changed since you saved: {count} answers no longer apply and were left out."
            ),
            Self::EarlierEdition {
                made_with,
                current,
                dropped,
            } => f.write_str(
                &edition_notice(*made_with, *current, *dropped).unwrap_or_default(),
            ),
            Self::Progress(error) => error.fmt(f),
            Self::Unreadable { kept_aside: true } => write!(
                f,
                "{} The unreadable copy was kept aside rather than deleted.",
                ProgressError::Unreadable
            ),
            Self::Unreadable { kept_aside: false } => write!(
                f,
                "{} It is left where it was, because this browser has no room to keep a copy \
                 aside, and new answers are not saved over it. Free some storage for this site to \
                 save progress again.",
                ProgressError::Unreadable
            ),
        }
    }
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ToggleModule(ModuleId),
    AddParty {
        name: String,
        own: bool,
    },
    AddPartner {
        name: String,
        declared: Tier,
    },
    /// Removes a party or partner, and every response about it.
    RemoveSubject(SubjectId),
    SetDeclared {
        partner: SubjectId,
        declared: Tier,
    },
    Answer {
        key: ResponseKey,
        response: Response,
    },
    /// Ticks or unticks one choice of a multiple-choice question.
    ToggleChoice {
        question: QuestionId,
        choice: ChoiceId,
    },
    /// Takes the quick check (`true`) or the full assessment.
    SetQuick(bool),
    Resume,
    StartOver,
    /// Replaces the answers (e.g. "edit these answers" from a shared report).
    Load(Answers),
    StorageFailed,
    /// Another tab or window saved different progress: stop saving until the person chooses.
    ChangedElsewhere,
    /// Keep this tab's answers and save them over the other tab's.
    KeepMine,
    /// Take the answers the other tab saved.
    TakeTheirs(Answers),
    Notice(Option<Notice>),
    ReviewVisited,
    /// The contact step was sent or skipped.
    LeadDone,
    /// Replaces the plan (targets and picked actions).
    SetPlan(partnering_core::plan::Plan),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
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
                // The handle checked the name; two adds in one frame can still clash.
                if let Ok(name) = answers.name_for_new(Subject::Party, &name) {
                    let id = answers.next_subject_id();
                    // One own company at most; a second is added as a partner.
                    let own = own && !answers.has_own_party();
                    answers.parties.push(Party { id, name, own });
                }
            }
            Action::AddPartner { name, declared } => {
                if let Ok(name) = answers.name_for_new(Subject::PortfolioPartner, &name) {
                    let id = answers.next_subject_id();
                    answers
                        .portfolio
                        .push(PortfolioPartner { id, name, declared });
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
                    subject: SubjectId::ORGANIZATION,
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
            Action::SetQuick(quick) => answers.quick = quick,
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
            Action::ChangedElsewhere => {
                if next.storage == Storage::Available {
                    next.storage = Storage::ChangedElsewhere;
                }
            }
            Action::KeepMine => {
                if next.storage == Storage::ChangedElsewhere {
                    next.storage = Storage::Available;
                }
            }
            Action::TakeTheirs(theirs) => {
                next.answers = theirs;
                next.saved = None;
                if next.storage == Storage::ChangedElsewhere {
                    next.storage = Storage::Available;
                }
            }
            Action::Notice(notice) => next.notice = notice,
            Action::ReviewVisited => next.visited_review = true,
            Action::LeadDone => next.lead_done = true,
            Action::SetPlan(plan) => next.answers.plan = plan,
        }
        Rc::new(next)
    }
}
