//! The assessment handle every page and component holds: what is answered, the content, the
//! configuration, and the verbs that are the only way to change the state.

use std::rc::Rc;

use yew::prelude::*;

use partnering_core::answers::{Answers, NameError, Response, ResponseKey};
use partnering_core::config::Config;
use partnering_core::model::{
    ChoiceId, Content, Module, ModuleId, QuestionId, Subject, SubjectId, Tier,
};
use partnering_core::plan::{Date, Plan, PlanEdit, planned};

use crate::browser::storage;
use crate::session::{Session, today};
use partnering_core::session::{Action, Notice, State};

/// Shared by every page through a context provider; cheap to clone.
#[derive(Clone)]
pub struct Assessment {
    state: UseReducerHandle<Session>,
    /// The content the assessment asks and scores.
    pub content: &'static Content,
    /// The host's configuration.
    pub config: Rc<Config>,
}

impl PartialEq for Assessment {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && std::ptr::eq(self.content, other.content)
            && self.config == other.config
    }
}

impl Assessment {
    /// Wraps the root's state handle.
    pub fn new(
        state: UseReducerHandle<Session>,
        content: &'static Content,
        config: Rc<Config>,
    ) -> Self {
        Self {
            state,
            content,
            config,
        }
    }

    /// The whole state (answers, saved progress on offer, storage, notice).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// What has been answered so far.
    pub fn answers(&self) -> &Answers {
        &self.state.answers
    }

    /// Who offers the assessment (from configuration; the product's name in the reader's
    /// words where the host names none).
    pub fn consultancy(&self, words: &partnering_core::i18n::Words) -> AttrValue {
        AttrValue::from(self.config.name_in(words).to_owned())
    }

    /// The modules offered, in the configured order.
    pub fn offered_modules(&self) -> Vec<&'static Module> {
        self.modules_by_id(self.config.offered_modules(&self.module_ids()))
    }

    /// The chosen modules that the configuration no longer offers.
    pub fn withdrawn_modules(&self) -> Vec<&'static Module> {
        let ids = self
            .config
            .withdrawn_modules(&self.module_ids(), &self.state.answers.modules);
        self.modules_by_id(ids)
    }

    fn module_ids(&self) -> Vec<&'static str> {
        self.content.modules.iter().map(|m| m.id.as_str()).collect()
    }

    fn modules_by_id(&self, ids: Vec<ModuleId>) -> Vec<&'static Module> {
        ids.iter()
            .filter_map(|id| self.content.module(id))
            .collect()
    }

    /// Seconds for the assessment over `modules`, full or quick, for these answers; a module
    /// whose pack has not arrived counts at the catalog's estimate (`Catalog::seconds`).
    pub fn seconds(&self, modules: &[&Module], answers: &Answers, quick: bool) -> usize {
        crate::embedded::shown().seconds(self.content, modules, answers, quick)
    }

    /// Seconds for one module for these answers, or its catalog estimate while its pack has
    /// not arrived.
    pub fn module_seconds(&self, module: &Module, answers: &Answers) -> usize {
        crate::embedded::shown().module_seconds(module, answers)
    }

    /// Chooses a module, or unchooses it when chosen.
    pub fn toggle_module(&self, id: &ModuleId) {
        self.state.dispatch(Action::ToggleModule(id.clone()));
    }

    /// Adds a party to assess in module B, cleaned; refused when empty, repeated or one too many.
    pub fn add_party(&self, name: &str, own: bool) -> Result<(), NameError> {
        let name = self.answers().name_for_new(Subject::Party, name)?;
        self.state.dispatch(Action::AddParty { name, own });
        Ok(())
    }

    /// Adds a portfolio partner for module C, cleaned; refused like `add_party`.
    pub fn add_partner(&self, name: &str, declared: Tier) -> Result<(), NameError> {
        let name = self
            .answers()
            .name_for_new(Subject::PortfolioPartner, name)?;
        self.state.dispatch(Action::AddPartner { name, declared });
        Ok(())
    }

    /// Removes a party or partner and every answer about it.
    pub fn remove_subject(&self, id: SubjectId) {
        self.state.dispatch(Action::RemoveSubject(id));
    }

    /// Changes the tier a portfolio partner is treated as today.
    pub fn set_declared(&self, partner: SubjectId, declared: Tier) {
        self.state
            .dispatch(Action::SetDeclared { partner, declared });
    }

    /// Chooses the partner module D is about (`None`: the obvious one).
    pub fn choose_alliance(&self, partner: Option<SubjectId>) {
        self.state.dispatch(Action::ChooseAlliance(partner));
    }

    /// Names module D's partner when it is none of C's or B's, cleaned; refused (with why)
    /// when nothing is left of the name.
    pub fn name_alliance(&self, name: &str) -> Result<(), NameError> {
        let name = partnering_core::answers::clean_name(name, [])?;
        self.state.dispatch(Action::NameAlliance(name));
        Ok(())
    }

    /// Records one response.
    pub fn answer(&self, question: &QuestionId, subject: SubjectId, response: Response) {
        self.state.dispatch(Action::Answer {
            key: ResponseKey {
                question: question.clone(),
                subject,
            },
            response,
        });
    }

    /// Ticks or unticks one choice of a multiple-choice question.
    pub fn toggle_choice(&self, question: &QuestionId, choice: &ChoiceId) {
        self.state.dispatch(Action::ToggleChoice {
            question: question.clone(),
            choice: choice.clone(),
        });
    }

    /// Chooses the five-minute quick check, or the full assessment (continuing a quick check
    /// keeps every answer given).
    pub fn set_quick(&self, quick: bool) {
        self.state.dispatch(Action::SetQuick(quick));
    }

    /// Takes up the progress offered back from storage.
    pub fn resume(&self) {
        self.state.dispatch(Action::Resume);
    }

    /// Clears every answer (and the progress on offer) to start afresh; a finished assessment
    /// among them is kept as the previous one, which `restore_previous` brings back.
    pub fn start_over(&self) {
        self.state.dispatch(Action::StartOver {
            today: today(),
            keep: true,
        });
    }

    /// Deletes every answer (and the progress on offer) to start afresh, keeping nothing:
    /// only when the person chose to, after being asked.
    pub fn delete_and_start_over(&self) {
        self.state.dispatch(Action::StartOver {
            today: today(),
            keep: false,
        });
    }

    /// Takes up the previous finished assessment; what it replaces becomes the previous one.
    pub fn restore_previous(&self) {
        self.state
            .dispatch(Action::RestorePrevious { today: today() });
    }

    /// Replaces the answers (e.g. "edit these answers" from a shared report).
    pub fn load(&self, answers: Answers) {
        self.state.dispatch(Action::Load(answers));
    }

    /// After another tab saved different progress: keep this tab's answers and save them.
    pub fn keep_mine(&self) {
        let now = storage::progress().ok().flatten();
        self.state.dispatch(Action::KeepMine(now));
    }

    /// After another tab saved different progress: take those answers instead.
    pub fn take_theirs(&self) {
        let now = storage::progress().ok().flatten();
        self.state.dispatch(Action::TakeTheirs(now));
    }

    /// Starts the plan from the one a report proposes (the first visit to the plan).
    pub fn start_plan(&self, plan: Plan) {
        self.state.dispatch(Action::SetPlan(plan));
    }

    /// Sets a module's target level in the plan.
    pub fn set_target(&self, module: &ModuleId, level: u8) {
        self.edit_plan(PlanEdit::Target {
            module: module.clone(),
            level,
        });
    }

    /// Picks a recommended action for the plan (owned by its role, due by its horizon from the
    /// day the plan was made), or unpicks it.
    pub fn toggle_planned(&self, action: &partnering_core::scoring::Action) {
        let made = self.answers().plan.made.unwrap_or_else(plan_day);
        self.edit_plan(PlanEdit::Toggle(planned(action, made)));
    }

    /// Changes who owns a picked action.
    pub fn set_owner(&self, id: &str, owner: &str) {
        self.edit_plan(PlanEdit::Owner {
            id: id.to_owned(),
            owner: owner.to_owned(),
        });
    }

    /// Changes when a picked action is due.
    pub fn set_due(&self, id: &str, due: Date) {
        self.edit_plan(PlanEdit::Due {
            id: id.to_owned(),
            due,
        });
    }

    fn edit_plan(&self, edit: PlanEdit) {
        self.state.dispatch(Action::EditPlan {
            edit,
            today: plan_day(),
        });
    }

    /// The contact step was sent or skipped: show the report.
    pub fn lead_done(&self) {
        self.state.dispatch(Action::LeadDone);
    }

    /// Notes that this browser refused to save progress.
    pub fn storage_failed(&self) {
        self.state.dispatch(Action::StorageFailed);
    }

    /// Shows a notice, replacing any other.
    pub fn notify(&self, notice: Notice) {
        self.state.dispatch(Action::Notice(Some(notice)));
    }

    /// Hides the notice.
    pub fn dismiss_notice(&self) {
        self.state.dispatch(Action::Notice(None));
    }

    /// Notes that the review was seen, so steps offer a way straight back to it.
    pub fn review_visited(&self) {
        if !self.state.visited_review {
            self.state.dispatch(Action::ReviewVisited);
        }
    }
}

/// Today, as a plan counts from it (1970-01-01 when the browser gives no date).
pub fn plan_day() -> Date {
    today().unwrap_or_default()
}

/// The assessment handle; pages are always rendered inside its provider.
#[hook]
pub fn use_assessment() -> Assessment {
    match use_context::<Assessment>() {
        Some(assessment) => assessment,
        // Only reachable if a page is mounted outside `App`; a clear message beats a panic.
        None => unreachable_context(),
    }
}

fn unreachable_context() -> Assessment {
    panic!("pages must be rendered inside the App context provider")
}
