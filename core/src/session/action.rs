//! Every change to the session (`State::apply` makes them, in `apply.rs`).

use crate::answers::{Answers, Plan, PlanEdit, Response, ResponseKey};
use crate::date::Date;
use crate::model::{ChoiceId, ModuleId, QuestionId, SubjectId, Tier};
use crate::route::Route;

use super::Notice;

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
    /// Chooses the partner module D is about (`None`: the obvious one).
    ChooseAlliance(Option<SubjectId>),
    /// Names module D's partner when it is none of C's or B's (cleaned, refused quietly).
    NameAlliance(String),
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
