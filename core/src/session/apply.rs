//! `State::apply`: every change to the session, made with no side effects.

use crate::answers::Answers;
use crate::date::Date;
use crate::journey::is_complete;
use crate::model::Content;

use super::stored::decode;
use super::{Action, Known, Notice, State, Storage, carries_on};

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
            Action::ChooseAlliance(partner) => self.answers.choose_alliance(partner),
            Action::NameAlliance(name) => {
                // The app checks the name first and shows why it is refused.
                let _ = self.answers.name_alliance(&name);
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
