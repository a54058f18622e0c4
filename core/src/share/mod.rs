//! Share links: answers (and partner names) packed into a compact, versioned, checksummed token
//! for the URL fragment, and read back with a typed error for every way a link can be damaged.
//!
//! Layout (before base64url): format byte, content version (varint), flags (varint; bit 0: a
//! quick check, bit 1: a plan follows, bit 2: one side of a two-sided review; bit 3: module
//! D's partner chosen; bit 4: module D's partner typed by name; bit 5: made with a consultancy
//! edition; from format 2), chosen modules, parties, portfolio partners, then one response code per question and
//! subject in content order, then the plan (targets as module index and level; actions as
//! recommendation id, owner and due day) and the inviter's name when flagged, module D's
//! partner when flagged (its place among the parties then the portfolio partners, or its typed
//! name), the consultancy edition's id and version when flagged, and a CRC-32
//! of everything before it. Positions refer to a content version's layout, so a
//! link made with an older version is read with that version's layout (kept in `layouts`).

mod codes;
mod decode;
mod encode;
mod error;
pub mod layouts;
mod wire;

use crate::answers::Answers;

pub use decode::decode;
pub use encode::encode;
pub use error::ShareError;

/// The token format this build writes; format 1 (no flags) is still read.
pub const FORMAT: u8 = 2;

/// Flag bit: the answers are a quick check.
const QUICK: u64 = 1;
/// Flag bit: a plan (targets and picked actions) follows the responses.
const PLAN: u64 = 2;
/// Flag bit: the answers are one side of a two-sided review; the inviter's name follows.
const INVITED: u64 = 4;
/// Flag bit: module D's partner was chosen; its place among the subjects follows. Links made
/// before it existed leave it unset, and D is about the obvious partner, as it was then.
const ALLIANCE: u64 = 8;
/// Flag bit: module D's partner is none of C's or B's; its typed name follows. Links made
/// before it existed leave it unset, so every older link reads as it did; a build from before
/// it refuses such a link as made by a newer version instead of misreading it.
const TYPED_ALLIANCE: u64 = 16;
/// Flag bit: made with a consultancy edition; its id and version follow (last, before the
/// checksum), so a reader without it can be told the wording differs.
const EDITION: u64 = 32;
/// Tokens longer than this are refused before decoding: above the largest assessment the app
/// can hold (20 parties and 20 partners with 80-character names in a 4-byte script, ~18k).
pub const MAX_TOKEN_CHARS: usize = 24_000;

const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// A decoded link: the answers, and how many responses were dropped because the content
/// changed since the link was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The answers, pruned to what the content still has.
    pub answers: Answers,
    /// The content edition the link was made with.
    pub content_version: u32,
    /// Responses dropped because the content changed since the link was made.
    pub dropped: usize,
    /// The consultancy edition the link was made with, if any.
    pub edition: Option<crate::model::EditionMark>,
}
