//! The order of modules, questions and choices for one content version: what share-link
//! positions mean. When ids change (a `content_version` bump), the old layout is kept so old
//! links can still be read and mapped onto the new content.

use serde::{Deserialize, Serialize};

use crate::model::{Content, QuestionKind, Subject};

/// One content version's order of modules, questions and choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// The content edition this layout belongs to.
    pub content_version: u32,
    /// Module ids, in order.
    pub modules: Vec<String>,
    /// Every question, in token order.
    pub questions: Vec<QuestionLayout>,
}

/// A question's position data: id, who it is asked about, its choice ids in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionLayout {
    /// The question's id.
    pub id: String,
    /// Whom it is asked about.
    pub per: Subject,
    /// Whether it takes several choices.
    pub multiple: bool,
    /// Its choice ids, in order.
    pub choices: Vec<String>,
}

impl Layout {
    /// The layout of `content`: modules in order, each module's profile then dimension
    /// questions in order.
    pub fn of(content: &Content) -> Layout {
        let questions = content
            .questions()
            .map(|(question, per)| QuestionLayout {
                id: question.id.clone(),
                per,
                multiple: question.kind == QuestionKind::Multiple,
                choices: question.choices.iter().map(|c| c.id.clone()).collect(),
            })
            .collect();
        Layout {
            content_version: content.content_version,
            modules: content.modules.iter().map(|m| m.id.clone()).collect(),
            questions,
        }
    }
}

/// Layouts of earlier content versions this build can still read. Version 1 is the first
/// edition, so there are none yet; a version bump adds the old one here.
pub fn history() -> Vec<Layout> {
    Vec::new()
}
