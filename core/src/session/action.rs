//! Every change to the session, and `State::apply`, which makes it with no side effects.

use crate::answers::{Answers, Response, ResponseKey};
use crate::answers::{Plan, PlanEdit};
use crate::date::Date;
use crate::journey::is_complete;
use crate::model::{ChoiceId, Content, ModuleId, QuestionId, SubjectId, Tier};
use crate::route::Route;

use super::stored::decode;
use super::{Known, Notice, State, Storage, carries_on};

/// A change to the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Chooses a module, or unchooses it.
    ToggleModule(ModuleId),
    /// Adds a party to assess in module B (the name is cleaned, and refused quietly).
    AddParty {
        /// The name as typed.
        name: String,
        /// Whether it is the respondent's own company.
        own: bool,
    },
    /// Adds a portfolio partner for module C.
    AddPartner {
        /// The name as typed.
        name: String,
        /// The tier it is treated as today.
        declared: Tier,
    },
    /// Removes a party or partner, and every response about it.
    RemoveSubject(SubjectId),
    /// Changes the tier a portfolio partner is treated as today.
    SetDeclared {
        /// The partner.
        partner: SubjectId,
        /// Its tier.
        declared: Tier,
    },
    /// Records one response.
    Answer {
        /// What it answers.
        key: ResponseKey,
        /// The response.
        response: Response,
    },
    /// Ticks or unticks one choice of a multiple-choice question.
    ToggleChoice {
        /// The question.
        question: QuestionId,
        /// The choice.
        choice: ChoiceId,
    },
    /// Takes the quick check (`true`) or the full assessment.
    SetQuick(bool),
    /// Replaces the plan (the one a report proposes, on the first visit to the plan).
    SetPlan(Plan),
    /// Makes one edit to the plan, made `today` if it was not made before.
    EditPlan {
        /// The edit.
        edit: PlanEdit,
        /// Today.
        today: Date,
    },
    /// Takes up the progress on offer.
    Resume,
    /// Clears the answers and any progress on offer; unless the person chose to delete it, a
    /// finished assessment among them is kept as the previous one, saved on `today`.
    StartOver {
        /// Today, when known.
        today: Option<Date>,
        /// Whether a finished assessment is kept to restore (`false`: the person chose to
        /// delete it).
        keep: bool,
    },
    /// Takes up the previous assessment; what it replaces becomes the previous one.
    RestorePrevious {
        /// Today, when known.
        today: Option<Date>,
    },
    /// Replaces the answers (e.g. "edit these answers" from a shared report).
    Load(Answers),
    /// The screen changed to this route.
    Visited(Route),
    /// The review has been seen.
    ReviewVisited,
    /// The contact step was sent or skipped.
    LeadDone,
    /// Shows a notice, or hides it.
    Notice(Option<Notice>),
    /// Storage refused a write.
    StorageFailed,
    /// Progress was written (`None`: removed) as this value.
    Wrote(Option<String>),
    /// Another tab or window changed storage, which now holds this progress.
    StoredElsewhere(Option<String>),
    /// Another tab or window saved different progress: stop saving until the person chooses.
    ChangedElsewhere,
    /// Keep this tab's answers and save them over what storage now holds.
    KeepMine(Option<String>),
    /// Take the progress storage now holds (from the other tab).
    TakeTheirs(Option<String>),
    /// Unreadable progress was moved aside (`true`), or could not be for want of room.
    SetAside(bool),
}

impl State {
    /// Applies one change; the only way the session changes.
    pub fn apply(&mut self, content: &Content, action: Action) {
        match action {
            Action::ToggleModule(id) => self.answers.toggle_module(id),
            // The handle checked the name; two adds in one frame can still clash.
            Action::AddParty { name, own } => {
                let _ = self.answers.add_party(&name, own);
            }
            Action::AddPartner { name, declared } => {
                let _ = self.answers.add_partner(&name, declared);
            }
            Action::RemoveSubject(id) => self.answers.remove_subject(id),
            Action::SetDeclared { partner, declared } => {
                self.answers.set_declared(partner, declared)
            }
            Action::Answer { key, response } => self.answers.answer(key, response),
            Action::ToggleChoice { question, choice } => {
                self.answers.toggle_choice(question, choice)
            }
            Action::SetQuick(quick) => self.answers.quick = quick,
            Action::SetPlan(plan) => self.answers.plan = plan,
            Action::EditPlan { edit, today } => self.answers.plan.edit(edit, today),
            other => self.apply_to_session(content, other),
        }
    }

    fn apply_to_session(&mut self, content: &Content, action: Action) {
        match action {
            Action::Resume => self.resume(),
            Action::StartOver { today, keep } => self.start_over(content, today, keep),
            Action::RestorePrevious { today } => self.restore_previous(content, today),
            Action::Load(loaded) => {
                self.answers = loaded;
                self.saved = None;
            }
            Action::Visited(route) => {
                // An address typed in on a start screen carries on with a finished assessment
                // on offer, as a reload there would; never over answers given since. Unfinished
                // progress stays on offer, untouched, until the person resumes it.
                let offered_finished = self
                    .saved
                    .as_ref()
                    .is_some_and(|saved| is_complete(content, &saved.answers));
                if carries_on(&route) && offered_finished && self.answers == Answers::default() {
                    self.resume();
                }
            }
            Action::ReviewVisited => self.visited_review = true,
            Action::LeadDone => self.lead_done = true,
            Action::Notice(notice) => self.notice = notice,
            other => self.apply_to_storage(content, other),
        }
    }

    fn apply_to_storage(&mut self, content: &Content, action: Action) {
        match action {
            Action::StorageFailed => self.storage = Storage::Unavailable,
            Action::Wrote(value) => self.known = Known::Held(value),
            Action::StoredElsewhere(now) => {
                if matches!(&self.known, Known::Held(known) if *known != now) {
                    self.stop_saving();
                }
            }
            Action::ChangedElsewhere => self.stop_saving(),
            Action::KeepMine(now) => {
                self.known = Known::Held(now);
                self.resume_saving();
            }
            Action::TakeTheirs(now) => {
                self.answers = now
                    .as_deref()
                    .and_then(|raw| decode(content, raw).ok())
                    .map(|restored| restored.answers)
                    .unwrap_or_default();
                self.saved = None;
                self.known = Known::Held(now);
                self.resume_saving();
            }
            Action::SetAside(true) => {
                self.known = Known::Held(None);
                self.notice = Some(Notice::Unreadable { kept_aside: true });
                if self.storage == Storage::HeldUnreadable {
                    self.storage = Storage::Available;
                }
            }
            _ => {}
        }
    }

    fn resume(&mut self) {
        if let Some(saved) = self.saved.take() {
            self.answers = saved.answers;
        }
    }

    fn start_over(&mut self, content: &Content, today: Option<Date>, keep: bool) {
        let replaced = match self.saved.take() {
            Some(saved) => saved,
            None => self.kept_now(content, today, None),
        };
        if keep && is_complete(content, &replaced.answers) {
            self.previous = Some(replaced);
        }
        self.answers = Answers::default();
        self.visited_review = false;
    }

    fn restore_previous(&mut self, content: &Content, today: Option<Date>) {
        let Some(previous) = self.previous.take() else {
            return;
        };
        let replaced = match self.saved.take() {
            Some(saved) => saved,
            None => self.kept_now(content, today, None),
        };
        // Nothing is lost: what the previous assessment replaces takes its place.
        self.previous = (replaced.answers != Answers::default()).then_some(replaced);
        self.answers = previous.answers;
        self.visited_review = false;
    }

    fn stop_saving(&mut self) {
        if self.storage == Storage::Available {
            self.storage = Storage::ChangedElsewhere;
        }
    }

    fn resume_saving(&mut self) {
        if self.storage == Storage::ChangedElsewhere {
            self.storage = Storage::Available;
        }
    }
}
