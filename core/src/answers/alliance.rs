//! Which alliance module D is about: one of the partners named in module C or module B,
//! chosen by the person, or another partner typed by name; until they choose, the one the
//! assessment makes obvious.

use crate::model::{SubjectId, Tier};

use super::{Answers, NameError, SubjectRef, clean_name};

impl Answers {
    /// The partners module D can be about: module C's partners, then module B's partners
    /// (not one's own company) whose names C does not already list.
    pub fn alliance_candidates(&self) -> Vec<SubjectRef> {
        let portfolio = self.portfolio.iter().map(|p| SubjectRef {
            id: p.id,
            name: p.name.clone(),
        });
        let parties = self
            .parties
            .iter()
            .filter(|p| !p.own)
            .filter(|p| {
                !self
                    .portfolio
                    .iter()
                    .any(|c| c.name.eq_ignore_ascii_case(&p.name))
            })
            .map(|p| SubjectRef {
                id: p.id,
                name: p.name.clone(),
            });
        portfolio.chain(parties).collect()
    }

    /// The partner module D is about: the one typed by name, else the one chosen while it is
    /// still named, else the obvious one (the single strategic partner in C, else the only
    /// partner named at all); `None` when there is no obvious one and none was chosen. A typed
    /// partner is no subject of the assessment, so its id is the organization's (0).
    pub fn alliance(&self) -> Option<SubjectRef> {
        let candidates = self.alliance_candidates();
        if let Some(name) = &self.typed_alliance {
            // A partner added in C or B after its name was typed is that partner.
            let listed = candidates
                .into_iter()
                .find(|c| c.name.eq_ignore_ascii_case(name));
            return Some(listed.unwrap_or_else(|| SubjectRef {
                id: SubjectId::ORGANIZATION,
                name: name.clone(),
            }));
        }
        if let Some(chosen) = self.alliance {
            return candidates.into_iter().find(|c| c.id == chosen);
        }
        let strategic: Vec<SubjectId> = self
            .portfolio
            .iter()
            .filter(|p| p.declared == Tier::Strategic)
            .map(|p| p.id)
            .collect();
        let obvious = match (strategic.as_slice(), candidates.as_slice()) {
            ([one], _) => Some(*one),
            (_, [only]) => Some(only.id),
            _ => None,
        };
        obvious.and_then(|id| candidates.into_iter().find(|c| c.id == id))
    }

    /// Chooses the partner module D is about (`None` to go back to the obvious one), in place
    /// of any typed name; an id that names no candidate is ignored.
    pub fn choose_alliance(&mut self, partner: Option<SubjectId>) {
        match partner {
            Some(id) if !self.alliance_candidates().iter().any(|c| c.id == id) => {}
            _ => {
                self.alliance = partner;
                self.typed_alliance = None;
            }
        }
    }

    /// Names the partner module D is about when it is none of those named in C or B: the name
    /// is cleaned like every company name, and a name C or B already lists (ignoring case)
    /// chooses that partner instead. Refused, changing nothing, when nothing is left of it.
    pub fn name_alliance(&mut self, raw: &str) -> Result<(), NameError> {
        let name = clean_name(raw, [])?;
        let listed = self
            .alliance_candidates()
            .into_iter()
            .find(|c| c.name.eq_ignore_ascii_case(&name));
        match listed {
            Some(candidate) => self.choose_alliance(Some(candidate.id)),
            None => {
                self.alliance = None;
                self.typed_alliance = Some(name);
            }
        }
        Ok(())
    }

    /// Whether module D's partner was typed by name rather than chosen among C's and B's.
    pub fn alliance_is_typed(&self) -> bool {
        self.typed_alliance.is_some()
    }

    /// Whether module D's partner is one the company itself treats as "under review / winding
    /// down" in module C.
    pub fn alliance_winding_down(&self) -> bool {
        let Some(alliance) = self.alliance() else {
            return false;
        };
        self.portfolio
            .iter()
            .filter(|p| p.name.eq_ignore_ascii_case(&alliance.name))
            .any(|p| p.declared == Tier::Exit)
    }
}
