//! The order of modules, questions and choices for one content version: what share-link
//! positions mean. When the content changes (a `content_version` bump), the old layout is kept
//! in `core/layouts/` so old links can still be read and mapped onto the new content.

use serde::{Deserialize, Serialize};

use crate::model::{ChoiceId, Content, ModuleId, QuestionId, QuestionKind, Subject};

/// One content version's order of modules, questions and choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// The content edition this layout belongs to.
    pub content_version: u32,
    /// Module ids, in order.
    pub modules: Vec<ModuleId>,
    /// Every question, in token order.
    pub questions: Vec<QuestionLayout>,
}

/// A question's position data: id, who it is asked about, its choice ids in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionLayout {
    /// The question's id.
    pub id: QuestionId,
    /// Whom it is asked about.
    pub per: Subject,
    /// Whether it takes several choices.
    pub multiple: bool,
    /// Its choice ids, in order.
    pub choices: Vec<ChoiceId>,
}

impl Layout {
    /// The layout of `content`: the opening questions, then each module's profile and
    /// dimension questions, in order.
    pub fn of(content: &Content) -> Layout {
        let questions = content
            .questions()
            .map(|(question, per)| QuestionLayout {
                id: question.id.clone(),
                per,
                multiple: question.kind == QuestionKind::Many,
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

/// The layout of content edition 1, exactly as that edition wrote links (its checksum is
/// pinned by a test).
const EDITION_1: &str = include_str!("../../layouts/content-v1.json");
/// The layout of content edition 2 (97 questions with one partner), kept the same way.
const EDITION_2: &str = include_str!("../../layouts/content-v2.json");

/// Layouts of earlier content versions this build can still read, oldest first.
pub fn history() -> Vec<Layout> {
    [EDITION_1, EDITION_2]
        .iter()
        .filter_map(|json| serde_json::from_str(json).ok())
        .collect()
}
