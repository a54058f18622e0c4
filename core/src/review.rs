//! The two-sided partner review: an invitation that opens module B or D for the partner to
//! answer about the relationship from their side (about our company, in B), without our
//! answers; and, with their answers back, the gap per dimension between the two views, the
//! largest first, each with a question for the two sides to discuss.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::answers::{Answers, Party, clean_name};
use crate::model::{Content, Module, ModuleId, SubjectId, Subjects};
use crate::order::{rank_of, sorted_by_rank};

/// The modules a partner can answer from their side.
pub const TWO_SIDED: [&str; 2] = ["serious_partner", "health"];

/// An invitation: which module, and who invites (the company the partner answers about in B).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The module to answer.
    pub module: ModuleId,
    /// The inviting company, as it named itself.
    pub from: String,
}

/// Why an invitation link cannot be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteError {
    /// Not an invitation this app wrote, or damaged.
    Damaged,
    /// For a module that cannot be answered from the partner's side.
    NotTwoSided,
}

impl std::fmt::Display for InviteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            InviteError::Damaged => {
                "This invitation link is incomplete or was changed. Ask the person who sent it for the link again."
            }
            InviteError::NotTwoSided => {
                "This invitation is for a module that cannot be answered from a partner's side."
            }
        })
    }
}

/// The token for `#/invite/<token>`: the module id and the inviting company's name, with a
/// check so a changed character is caught. It holds no answers.
pub fn invite_token(invitation: &Invitation) -> String {
    let text = format!("{}\n{}", invitation.module, invitation.from);
    let check = crc32(text.as_bytes());
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(&check.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Reads an invitation token back.
pub fn read_invite(content: &Content, token: &str) -> Result<Invitation, InviteError> {
    if token.len() > 1_000 {
        return Err(InviteError::Damaged);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim())
        .map_err(|_| InviteError::Damaged)?;
    let split = bytes.len().checked_sub(4).ok_or(InviteError::Damaged)?;
    let (text, check) = bytes.split_at(split);
    if check != crc32(text).to_be_bytes() {
        return Err(InviteError::Damaged);
    }
    let text = std::str::from_utf8(text).map_err(|_| InviteError::Damaged)?;
    let (module, from) = text.split_once('\n').ok_or(InviteError::Damaged)?;
    if !TWO_SIDED.contains(&module) || content.module(&ModuleId::from(module)).is_none() {
        return Err(InviteError::NotTwoSided);
    }
    let from = clean_name(from, []).map_err(|_| InviteError::Damaged)?;
    Ok(Invitation {
        module: module.into(),
        from,
    })
}

fn crc32(bytes: &[u8]) -> u32 {
    crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(bytes)
}

/// The answers a partner starts from: the one module, and in B the inviting company as the
/// party they assess. Nothing of the inviter's own answers.
pub fn invited_answers(invitation: &Invitation) -> Answers {
    let mut answers = Answers {
        modules: vec![invitation.module.clone()],
        invited_by: Some(invitation.from.clone()),
        ..Answers::default()
    };
    if invitation.module == "serious_partner" {
        answers.parties.push(Party {
            id: SubjectId(1),
            name: invitation.from.clone(),
            own: false,
        });
    }
    answers
}

/// One dimension seen from both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow {
    /// The dimension's title.
    pub title: String,
    /// Our view, 0–100.
    pub ours: Option<f64>,
    /// The partner's view, 0–100.
    pub theirs: Option<f64>,
    /// `theirs − ours`, when both exist.
    pub gap: Option<f64>,
    /// The question for the two sides to discuss.
    pub prompt: String,
}

/// Two views of one module, largest gap first.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// "D. Alliance health and trust".
    pub module: String,
    /// Whom the module is about on our side ("Acme (your company)" in B).
    pub rows: Vec<GapRow>,
}

/// Whom a side's answers about the relationship are: in D the answering organization; in B
/// our own company (our side) or the single company the partner assessed (their side).
fn subject(module: &Module, answers: &Answers, ours: bool) -> Option<SubjectId> {
    match module.subjects {
        Subjects::Parties if ours => answers.parties.iter().find(|p| p.own).map(|p| p.id),
        Subjects::Parties => answers.parties.first().map(|p| p.id),
        _ => Some(SubjectId::ORGANIZATION),
    }
}

/// The gap report for `module`, from our answers and the partner's; `None` when either side
/// did not answer it (or, in B, we did not assess our own company).
pub fn gap(content: &Content, module: &ModuleId, ours: &Answers, theirs: &Answers) -> Option<Gap> {
    let module = content.module(module)?;
    if !ours.modules.contains(&module.id) || !theirs.modules.contains(&module.id) {
        return None;
    }
    let (our_subject, their_subject) = (
        subject(module, ours, true)?,
        subject(module, theirs, false)?,
    );
    let rows: Vec<GapRow> = module
        .dimensions
        .iter()
        .filter(|d| d.metric.is_none() && !d.questions.is_empty())
        .map(|d| {
            let ours = crate::scoring::tally(d, ours, our_subject, false).score;
            let theirs = crate::scoring::tally(d, theirs, their_subject, false).score;
            GapRow {
                title: d.title.clone(),
                ours,
                theirs,
                gap: ours.zip(theirs).map(|(a, b)| b - a),
                prompt: d.prompt.clone(),
            }
        })
        .collect();
    let rows = sorted_by_rank(rows, |r| match r.gap {
        Some(gap) => (0, -rank_of(gap.abs())),
        None => (1, 0),
    });
    Some(Gap {
        module: crate::display::module_heading(&module.letter, &module.title),
        rows,
    })
}

/// Each dimension's score for one side of a relationship, as `gap` reads it: our own company
/// (B) or organization (D) on our side, the company the partner assessed (B) or their
/// organization (D) on theirs; in content order, for the two-sided modules the answers hold.
pub fn side_scores(
    content: &Content,
    answers: &Answers,
    ours: bool,
) -> Vec<(ModuleId, String, f64)> {
    let mut scores = Vec::new();
    for module in content
        .modules
        .iter()
        .filter(|m| TWO_SIDED.contains(&m.id.as_str()))
    {
        if !answers.modules.contains(&module.id) {
            continue;
        }
        let Some(subject) = subject(module, answers, ours) else {
            continue;
        };
        for dimension in module.dimensions.iter().filter(|d| d.metric.is_none()) {
            if let Some(score) = crate::scoring::tally(dimension, answers, subject, false).score {
                scores.push((module.id.clone(), dimension.id.clone(), score));
            }
        }
    }
    scores
}
