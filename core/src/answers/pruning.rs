//! Pruning loaded answers (from storage, a link or an import) down to what the content still has.

use super::{Answers, MAX_SUBJECTS, Response, clean_name};
use crate::model::{Question, QuestionKind, Subject, SubjectId};

/// Keeps only modules, responses and choices the content still has, and caps names and list
/// sizes; returns the cleaned answers and how many responses were dropped.
pub fn retain_known(content: &crate::model::Content, mut answers: Answers) -> (Answers, usize) {
    answers
        .modules
        .retain(|id| content.modules.iter().any(|m| &m.id == id));
    let mut seen = std::collections::HashSet::new();
    answers.modules.retain(|id| seen.insert(id.clone()));
    answers.parties.truncate(MAX_SUBJECTS);
    answers.portfolio.truncate(MAX_SUBJECTS);
    let mut kept: Vec<String> = Vec::new();
    answers
        .parties
        .retain_mut(|p| keep_clean_name(&mut p.name, &mut kept));
    let mut kept: Vec<String> = Vec::new();
    answers
        .portfolio
        .retain_mut(|p| keep_clean_name(&mut p.name, &mut kept));
    give_subjects_unique_ids(&mut answers);
    let modules = answers.modules.clone();
    answers.plan.prune(content, &modules);
    answers.invited_by = answers
        .invited_by
        .take()
        .and_then(|name| clean_name(&name, []).ok());
    // One's own company is one party at most: a second marked as own is assessed as a partner.
    let mut own_seen = false;
    for party in &mut answers.parties {
        party.own = party.own && !own_seen;
        own_seen |= party.own;
    }
    // Module D's partner must still be one it can be about (a hand-made file may name any id).
    if let Some(typed) = answers.typed_alliance.take()
        && answers.name_alliance(&typed).is_err()
    {
        answers.typed_alliance = None;
    }
    if answers.alliance().is_none() {
        answers.alliance = None;
    }
    let parties: Vec<SubjectId> = answers.parties.iter().map(|p| p.id).collect();
    let partners: Vec<SubjectId> = answers.portfolio.iter().map(|p| p.id).collect();
    // Each question with whom it is asked about: profile questions are organization-level.
    let questions: Vec<(&Question, Subject)> = content.questions().collect();
    let before = answers.responses.len();
    answers.responses.retain(|key, response| {
        let Some((question, per)) = questions.iter().find(|(q, _)| q.id == key.question) else {
            return false;
        };
        let about_known_subject = match per {
            Subject::Organization => key.subject == SubjectId::ORGANIZATION,
            Subject::Party => parties.contains(&key.subject),
            Subject::PortfolioPartner => partners.contains(&key.subject),
        };
        if !about_known_subject {
            return false;
        }
        let known = |id: &crate::model::ChoiceId| question.choice(id).is_some();
        let multiple = question.kind == QuestionKind::Many;
        match response {
            Response::Choice(id) => !multiple && known(id),
            Response::Choices(ids) => multiple && !ids.is_empty() && ids.iter().all(known),
            Response::NotApplicable => question.allow_not_applicable,
            Response::Unknown => question.allow_unknown,
        }
    });
    let dropped = before - answers.responses.len();
    (answers, dropped)
}

/// Cleans a loaded name as if it had been typed; false (drop it) when empty or a duplicate.
fn keep_clean_name(name: &mut String, kept: &mut Vec<String>) -> bool {
    match clean_name(name, kept.iter().map(String::as_str)) {
        Ok(clean) => {
            kept.push(clean.clone());
            *name = clean;
            true
        }
        Err(_) => false,
    }
}

/// Gives a fresh id to any party or partner whose id is 0 (the organization's) or already
/// taken, so removing one can never remove another's answers. Responses stay with the first
/// holder of an id.
fn give_subjects_unique_ids(answers: &mut Answers) {
    let mut taken = std::collections::HashSet::new();
    let mut needs_id = Vec::new();
    let ids = answers.parties.iter_mut().map(|p| &mut p.id);
    for (index, id) in ids
        .chain(answers.portfolio.iter_mut().map(|p| &mut p.id))
        .enumerate()
    {
        if *id == SubjectId::ORGANIZATION || !taken.insert(*id) {
            needs_id.push(index);
        }
    }
    if needs_id.is_empty() {
        return;
    }
    let mut free = (1..=u16::MAX)
        .map(SubjectId)
        .filter(|id| !taken.contains(id));
    let ids = answers.parties.iter_mut().map(|p| &mut p.id);
    for (index, id) in ids
        .chain(answers.portfolio.iter_mut().map(|p| &mut p.id))
        .enumerate()
    {
        if needs_id.contains(&index) {
            *id = free.next().unwrap_or(SubjectId::ORGANIZATION);
        }
    }
}
