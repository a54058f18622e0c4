//! Writing a share token: answers packed in layout order, checksummed, then base64url.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::codes::{response_code, subject_ids};
use super::wire::{push_bytes, push_varint};
use super::{ALLIANCE, CRC, EDITION, FORMAT, INVITED, PLAN, QUICK, TYPED_ALLIANCE};
use crate::answers::{Answers, ResponseKey};
use crate::model::{Content, Tier};
use crate::share::layouts::Layout;

/// Packs answers into a token for `#/r/<token>`.
pub fn encode(content: &Content, answers: &Answers) -> String {
    let layout = Layout::of(content);
    let mut out = vec![FORMAT];
    push_varint(&mut out, u64::from(content.content_version));
    let flags = if answers.quick { QUICK } else { 0 }
        | if answers.plan.is_empty() { 0 } else { PLAN }
        | if answers.invited_by.is_some() {
            INVITED
        } else {
            0
        }
        | if alliance_place(answers).is_some() {
            ALLIANCE
        } else {
            0
        }
        | if typed_alliance(answers).is_some() {
            TYPED_ALLIANCE
        } else {
            0
        }
        | if content.edition.is_some() {
            EDITION
        } else {
            0
        };
    push_varint(&mut out, flags);
    let modules: Vec<u8> = answers
        .modules
        .iter()
        .filter_map(|id| layout.modules.iter().position(|m| m == id))
        .filter_map(|i| u8::try_from(i).ok())
        .collect();
    push_bytes(&mut out, &modules);
    push_varint(&mut out, answers.parties.len() as u64);
    for party in &answers.parties {
        out.push(u8::from(party.own));
        push_bytes(&mut out, party.name.as_bytes());
    }
    push_varint(&mut out, answers.portfolio.len() as u64);
    for partner in &answers.portfolio {
        out.push(match partner.declared {
            // Explicit, so reordering `Tier` can never change what old links mean.
            Tier::Strategic => 0,
            Tier::Tactical => 1,
            Tier::Opportunistic => 2,
            Tier::Exit => 3,
        });
        push_bytes(&mut out, partner.name.as_bytes());
    }
    let mut codes = Vec::new();
    for question in &layout.questions {
        for subject in subject_ids(question, answers) {
            let response = answers.responses.get(&ResponseKey {
                question: question.id.clone(),
                subject,
            });
            codes.push(response_code(question, response));
        }
    }
    for code in codes {
        push_varint(&mut out, code);
    }
    if !answers.plan.is_empty() {
        push_plan(&mut out, &layout, &answers.plan);
    }
    if let Some(name) = &answers.invited_by {
        push_bytes(&mut out, name.as_bytes());
    }
    if let Some(place) = alliance_place(answers) {
        push_varint(&mut out, place);
    }
    if let Some(name) = typed_alliance(answers) {
        push_bytes(&mut out, name.as_bytes());
    }
    if let Some(edition) = &content.edition {
        push_bytes(&mut out, edition.id.as_bytes());
        push_bytes(&mut out, edition.version.as_bytes());
    }
    let checksum = CRC.checksum(&out);
    out.extend_from_slice(&checksum.to_be_bytes());
    URL_SAFE_NO_PAD.encode(out)
}

/// The chosen partner of module D as its place (from 1) among the parties, then the portfolio
/// partners: the order the token lists them in, since ids are given again on reading.
fn alliance_place(answers: &Answers) -> Option<u64> {
    let chosen = answers.alliance?;
    answers.alliance()?;
    let place = answers
        .parties
        .iter()
        .map(|p| p.id)
        .chain(answers.portfolio.iter().map(|p| p.id))
        .position(|id| id == chosen)?;
    Some(place as u64 + 1)
}

/// Module D's partner when it was typed by name and names none of C's or B's partners.
fn typed_alliance(answers: &Answers) -> Option<String> {
    answers.typed_alliance.as_ref()?;
    let alliance = answers.alliance()?;
    (alliance.id == crate::model::SubjectId::ORGANIZATION).then_some(alliance.name)
}

/// Targets (module index, level), the plan's day (0 when none, else days since 1970 + 1), and
/// the actions (recommendation id, owner, due day).
fn push_plan(out: &mut Vec<u8>, layout: &Layout, plan: &crate::answers::Plan) {
    let targets: Vec<(u8, u8)> = plan
        .targets
        .iter()
        .filter_map(|t| {
            let index = layout.modules.iter().position(|m| *m == t.module)?;
            Some((u8::try_from(index).ok()?, t.level))
        })
        .collect();
    push_varint(out, targets.len() as u64);
    for (module, level) in targets {
        out.push(module);
        out.push(level);
    }
    push_varint(out, plan.made.map_or(0, |d| d.days_since_epoch() + 1));
    push_varint(out, plan.actions.len() as u64);
    for action in &plan.actions {
        push_bytes(out, action.id.as_bytes());
        push_bytes(out, action.owner.as_bytes());
        push_varint(out, action.due.days_since_epoch());
    }
}
