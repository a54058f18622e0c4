//! The catalog: what the journey needs before any module's pack arrives (the levels, the
//! opening questions, the findings a report may cite, and each module's heading and time
//! estimates), derived at build time from the whole content so it cannot drift from it.

use serde::{Deserialize, Serialize};

use super::edition::{Edition, EditionProblem};
use crate::answers::Answers;
use crate::journey::module_seconds;
use crate::model::{
    Content, Evidence, LevelBand, Module, ModuleId, ModuleView, Question, QuestionId, Subjects,
};

/// The content without the modules' questions.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Catalog {
    /// The content version every pack must carry.
    pub content_version: u32,
    /// The maturity levels.
    pub levels: Vec<LevelBand>,
    /// The opening questions.
    pub opening: Vec<Question>,
    /// Published findings a report may cite.
    pub evidence: Vec<Evidence>,
    /// The modules, in the order they are offered.
    pub modules: Vec<ModuleEntry>,
}

/// A module as listed before its pack arrives.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ModuleEntry {
    /// Its id.
    pub id: ModuleId,
    /// Its letter.
    pub letter: String,
    /// Its title.
    pub title: String,
    /// What it looks at.
    pub summary: String,
    /// Seed files it draws on.
    pub sources: Vec<String>,
    /// Its report view.
    pub view: ModuleView,
    /// Whom its per-subject dimensions are about.
    pub subjects: Subjects,
    /// Share of applicable questions that must be answered for a score.
    pub min_answered_percent: u8,
    /// Seconds for the full assessment of it, nothing answered yet (one company assumed).
    pub full_seconds: u32,
    /// Seconds for its quick check, nothing answered yet (one company assumed).
    pub quick_seconds: u32,
}

impl ModuleEntry {
    fn of(module: &Module) -> Self {
        let seconds = |quick| {
            let answers = Answers {
                quick,
                ..Answers::default()
            };
            u32::try_from(module_seconds(module, &answers)).unwrap_or(u32::MAX)
        };
        Self {
            id: module.id.clone(),
            letter: module.letter.clone(),
            title: module.title.clone(),
            summary: module.summary.clone(),
            sources: module.sources.clone(),
            view: module.view,
            subjects: module.subjects,
            min_answered_percent: module.min_answered_percent,
            full_seconds: seconds(false),
            quick_seconds: seconds(true),
        }
    }

    /// The module as it stands before its pack arrives: its heading, no questions.
    pub fn placeholder(&self) -> Module {
        Module {
            id: self.id.clone(),
            letter: self.letter.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            sources: self.sources.clone(),
            view: self.view,
            subjects: self.subjects,
            min_answered_percent: self.min_answered_percent,
            profile: Vec::new(),
            composition: Vec::new(),
            dimensions: Vec::new(),
            caps: Vec::new(),
            guidance: Vec::new(),
            tiering: None,
        }
    }

    /// Seconds for the full assessment or the quick check, nothing answered yet.
    pub fn seconds(&self, quick: bool) -> usize {
        let seconds = if quick {
            self.quick_seconds
        } else {
            self.full_seconds
        };
        usize::try_from(seconds).unwrap_or(usize::MAX)
    }
}

impl Catalog {
    /// The catalog of the whole content.
    pub fn of(content: &Content) -> Self {
        Self {
            content_version: content.content_version,
            levels: content.levels.clone(),
            opening: content.opening.clone(),
            evidence: content.evidence.clone(),
            modules: content.modules.iter().map(ModuleEntry::of).collect(),
        }
    }

    /// The module listed under this id.
    pub fn entry(&self, id: &ModuleId) -> Option<&ModuleEntry> {
        self.modules.iter().find(|entry| &entry.id == id)
    }

    /// The content with these modules' packs in place and the others as placeholders
    /// (headings without questions), in the catalog's order.
    pub fn content(&self, loaded: &[Module]) -> Content {
        self.complete(self.partial(loaded))
    }

    /// The content of these modules' packs alone (no placeholders), in the catalog's order,
    /// with the findings that read their questions or the opening ones: it passes the
    /// content's validator, so an edition can be applied to it.
    pub fn partial(&self, loaded: &[Module]) -> Content {
        let modules: Vec<Module> = self
            .modules
            .iter()
            .filter_map(|entry| loaded.iter().find(|module| module.id == entry.id))
            .cloned()
            .collect();
        let asked = |id: &QuestionId| {
            self.opening.iter().any(|q| &q.id == id)
                || modules
                    .iter()
                    .any(|m| m.questions().any(|(q, _)| &q.id == id))
        };
        let evidence = self
            .evidence
            .iter()
            .filter(|finding| asked(&finding.when.question))
            .cloned()
            .collect();
        Content {
            content_version: self.content_version,
            levels: self.levels.clone(),
            opening: self.opening.clone(),
            modules,
            evidence,
            edition: None,
        }
    }

    /// `content` with a placeholder for every module of the catalog it does not hold, and
    /// every finding of the catalog.
    pub fn complete(&self, mut content: Content) -> Content {
        content.evidence = self.evidence.clone();
        let mut held = std::mem::take(&mut content.modules);
        content.modules = self
            .modules
            .iter()
            .map(|entry| match held.iter().position(|m| m.id == entry.id) {
                Some(at) => held.swap_remove(at),
                None => entry.placeholder(),
            })
            .collect();
        content
    }

    /// The content with these modules' packs in place, the edition (if any) applied to them in
    /// `language`, and placeholders for the rest; with every item the edition had refused. An
    /// id of a module not here yet is refused as unknown until its pack arrives.
    pub fn edited(
        &self,
        loaded: &[Module],
        edition: Option<&Edition>,
        language: &str,
    ) -> (Content, Vec<EditionProblem>) {
        let partial = self.partial(loaded);
        let (content, problems) = match edition {
            Some(edition) => super::edition::apply(&partial, edition, language),
            None => (partial, Vec::new()),
        };
        (self.complete(content), problems)
    }

    /// Seconds for `module` as `journey::module_seconds` gives them, or its catalog estimate
    /// while its pack has not arrived (a placeholder has no dimensions).
    pub fn module_seconds(&self, module: &Module, answers: &Answers) -> usize {
        match (module.dimensions.is_empty(), self.entry(&module.id)) {
            (true, Some(entry)) => entry.seconds(answers.quick),
            _ => module_seconds(module, answers),
        }
    }

    /// Seconds for the assessment over `modules` (full or quick, with the opening questions),
    /// as `journey::assessment_seconds` gives them, with a module whose pack has not arrived
    /// counted at its catalog estimate.
    pub fn seconds(
        &self,
        content: &Content,
        modules: &[&Module],
        answers: &Answers,
        quick: bool,
    ) -> usize {
        let answers = Answers {
            quick,
            ..answers.clone()
        };
        crate::journey::assessment_seconds(content, &[], &answers, quick)
            + modules
                .iter()
                .map(|module| self.module_seconds(module, &answers))
                .sum::<usize>()
    }

    /// Writes the catalog as postcard, as the build compiles it in.
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// Reads a catalog the build wrote.
    pub fn decode(bytes: &[u8]) -> Result<Self, super::LoadError> {
        postcard::from_bytes(bytes).map_err(|error| super::LoadError::Parse {
            file: "catalog.postcard".into(),
            message: error.to_string(),
        })
    }
}
