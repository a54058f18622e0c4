//! The two-sided partner review: an invitation that opens module B or D for the partner to
//! answer about the relationship from their side (about our company, in B), without our
//! answers; and, with their answers back, the gap per dimension between the two views, the
//! largest first, each with a question for the two sides to discuss.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::answers::{Answers, Party, clean_name};
use crate::model::{Content, ModuleId, SubjectId};

mod gap;

pub use gap::{Gap, GapRow, gap, is_same_answers, side_scores};

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

impl InviteError {
    /// The sentence in the reader's words.
    pub fn in_words(self, words: &crate::i18n::Words) -> &str {
        words.get(match self {
            InviteError::Damaged => "core_invite.damaged",
            InviteError::NotTwoSided => "core_invite.not_two_sided",
        })
    }
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
