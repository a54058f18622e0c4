//! What every page reads: the state handle, the content, and verbs that change the state.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;

use crate::answers::{Response, ResponseKey};
use crate::model::Content;
use crate::state::{Action, State};

/// Shared by every page through a context provider.
#[derive(Clone)]
pub struct AppContext {
    pub state: UseReducerHandle<State>,
    pub content: &'static Content,
    pub config: Rc<Config>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && std::ptr::eq(self.content, other.content)
            && self.config == other.config
    }
}

impl AppContext {
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// Who offers the assessment (from configuration).
    pub fn consultancy(&self) -> AttrValue {
        AttrValue::from(self.config.consultancy_name.clone())
    }

    /// The modules offered, in the configured order.
    pub fn offered_modules(&self) -> Vec<&'static crate::model::Module> {
        self.modules_by_id(self.config.offered_modules(&self.module_ids()))
    }

    /// The chosen modules that the configuration no longer offers.
    pub fn withdrawn_modules(&self) -> Vec<&'static crate::model::Module> {
        let ids = self
            .config
            .withdrawn_modules(&self.module_ids(), &self.state.answers.modules);
        self.modules_by_id(ids)
    }

    fn module_ids(&self) -> Vec<&'static str> {
        self.content.modules.iter().map(|m| m.id.as_str()).collect()
    }

    fn modules_by_id(&self, ids: Vec<String>) -> Vec<&'static crate::model::Module> {
        ids.iter()
            .filter_map(|id| self.content.modules.iter().find(|m| &m.id == id))
            .collect()
    }

    /// Records one response.
    pub fn answer(&self, question: &str, subject: u16, response: Response) {
        self.dispatch(Action::Answer {
            key: ResponseKey {
                question: question.to_owned(),
                subject,
            },
            response,
        });
    }
}

/// The app context; pages are always rendered inside its provider.
#[hook]
pub fn use_app() -> AppContext {
    match use_context::<AppContext>() {
        Some(context) => context,
        // Only reachable if a page is mounted outside `App`; a clear message beats a panic.
        None => unreachable_context(),
    }
}

fn unreachable_context() -> AppContext {
    panic!("pages must be rendered inside the App context provider")
}
