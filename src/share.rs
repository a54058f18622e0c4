//! Share links: answers (and partner names) packed into a compact, versioned, checksummed token
//! for the URL fragment, and read back with a typed error for every way a link can be damaged.
//!
//! Layout (before base64url): format byte, content version (varint), chosen modules, parties,
//! portfolio partners, then one response code per question and subject in content order, and
//! a CRC-32 of everything before it. Positions refer to a content version's layout, so a
//! link made with an older version is read with that version's layout (kept in `layouts`).

// The core never panics on input: these are errors, not warnings, here.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::fmt;

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};

use crate::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey, retain_known};
use crate::layout::{Layout, QuestionLayout};
use crate::model::{Content, Tier};

/// The token format this build writes.
pub const FORMAT: u8 = 1;
/// Tokens longer than this are refused before decoding: above the largest assessment the app
/// can hold (20 parties and 20 partners with 80-character names in a 4-byte script, ~18k).
pub const MAX_TOKEN_CHARS: usize = 24_000;

/// Reads tokens without padding; trailing bits must be zero, so no single changed character
/// can decode to the same bytes and slip past the checksum.
const STRICT: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// Why a share link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    /// Characters outside the link alphabet: the link was altered or cut badly.
    NotALink,
    /// The token ends before all its parts were read.
    Truncated,
    /// The checksum does not match: the link was changed or damaged.
    Tampered,
    /// Made by a newer version of the app.
    NewerFormat(u8),
    /// Made with content newer than this build knows.
    NewerContent {
        link: u32,
        app: u32,
    },
    /// Made with content this build no longer has the layout for.
    RetiredContent(u32),
    /// The parts are well formed but describe impossible answers.
    Malformed(&'static str),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("This share link is empty: it carries no answers."),
            Self::TooLong => f.write_str("This share link is far longer than any real report link, so it was not opened."),
            Self::NotALink => f.write_str("This share link contains characters a report link never has; it may have been cut or changed when it was copied."),
            Self::Truncated => f.write_str("This share link is incomplete: its end is missing. Copy the whole link again."),
            Self::Tampered => f.write_str("This share link was changed or damaged after it was made: its checksum does not match, so the report is not shown."),
            Self::NewerFormat(format) => write!(f, "This share link was made by a newer version of the assessment (link format {format}); open it where it was made or after this site updates."),
            Self::NewerContent { link, app } => write!(f, "This share link uses questions from a newer edition of the assessment (edition {link}; this one has edition {app})."),
            Self::RetiredContent(version) => write!(f, "This share link uses edition {version} of the questions, which this version of the assessment can no longer read."),
            Self::Malformed(what) => write!(f, "This share link is damaged: {what}."),
        }
    }
}

/// A decoded link: the answers, and how many responses were dropped because the content
/// changed since the link was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub answers: Answers,
    pub content_version: u32,
    pub dropped: usize,
}

/// Packs answers into a token for `#/r/<token>`.
pub fn encode(content: &Content, answers: &Answers) -> String {
    let layout = Layout::of(content);
    let mut out = vec![FORMAT];
    push_varint(&mut out, u64::from(content.content_version));
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
        out.push(partner.declared as u8);
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
    let checksum = CRC.checksum(&out);
    out.extend_from_slice(&checksum.to_be_bytes());
    URL_SAFE_NO_PAD.encode(out)
}

/// Reads a token back, using `history` for links made with older content versions.
pub fn decode(content: &Content, history: &[Layout], token: &str) -> Result<Opened, ShareError> {
    let token = token.trim();
    if token.is_empty() {
        return Err(ShareError::Empty);
    }
    if token.len() > MAX_TOKEN_CHARS {
        return Err(ShareError::TooLong);
    }
    if !token
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ShareError::NotALink);
    }
    // With the alphabet checked, what is left is an impossible length (the end was cut off)
    // or stray bits in the last character (cut off or changed).
    let bytes = STRICT.decode(token).map_err(|error| match error {
        base64::DecodeError::InvalidLength(_) => ShareError::Truncated,
        _ => ShareError::Tampered,
    })?;
    let Some(body_len) = bytes.len().checked_sub(4) else {
        return Err(ShareError::Truncated);
    };
    let (body, tail) = bytes.split_at(body_len);
    let format = *body.first().ok_or(ShareError::Truncated)?;
    if format > FORMAT {
        return Err(ShareError::NewerFormat(format));
    }
    if format == 0 || tail != CRC.checksum(body).to_be_bytes() {
        return Err(ShareError::Tampered);
    }
    let mut reader = Reader { bytes: body, at: 1 };
    let version = u32::try_from(reader.varint()?)
        .map_err(|_| ShareError::Malformed("impossible edition number"))?;
    let layout = if version == content.content_version {
        Layout::of(content)
    } else if version > content.content_version {
        return Err(ShareError::NewerContent {
            link: version,
            app: content.content_version,
        });
    } else {
        history
            .iter()
            .find(|l| l.content_version == version)
            .cloned()
            .ok_or(ShareError::RetiredContent(version))?
    };
    let answers = read_answers(&mut reader, &layout)?;
    if reader.at != body.len() {
        return Err(ShareError::Malformed("unexpected data after the answers"));
    }
    let before = answers.responses.len();
    let (answers, dropped) = retain_known(content, answers);
    Ok(Opened {
        answers,
        content_version: version,
        dropped: dropped.min(before),
    })
}

fn read_answers(reader: &mut Reader<'_>, layout: &Layout) -> Result<Answers, ShareError> {
    let mut answers = Answers::default();
    for index in reader.bytes_field()? {
        let id = layout
            .modules
            .get(usize::from(*index))
            .ok_or(ShareError::Malformed("an unknown module"))?;
        answers.modules.push(id.clone());
    }
    let parties = reader.count()?;
    for id in 1..=parties {
        let own = reader.byte()? == 1;
        let name = reader.text()?;
        answers.parties.push(Party { id, name, own });
    }
    let partners = reader.count()?;
    for offset in 1..=partners {
        let declared = match reader.byte()? {
            0 => Tier::Strategic,
            1 => Tier::Tactical,
            2 => Tier::Opportunistic,
            3 => Tier::Exit,
            _ => return Err(ShareError::Malformed("an unknown partner tier")),
        };
        let name = reader.text()?;
        answers.portfolio.push(PortfolioPartner {
            id: parties.saturating_add(offset),
            name,
            declared,
        });
    }
    for question in &layout.questions {
        for subject in subject_ids(question, &answers) {
            let code = reader.varint()?;
            if let Some(response) = response_from_code(question, code)? {
                answers.responses.insert(
                    ResponseKey {
                        question: question.id.clone(),
                        subject,
                    },
                    response,
                );
            }
        }
    }
    Ok(answers)
}

/// Subjects a question is answered for, in token order.
fn subject_ids(question: &QuestionLayout, answers: &Answers) -> Vec<u16> {
    match question.per {
        crate::model::Subject::Organization => vec![0],
        crate::model::Subject::Party => answers.parties.iter().map(|p| p.id).collect(),
        crate::model::Subject::PortfolioPartner => answers.portfolio.iter().map(|p| p.id).collect(),
    }
}

/// 0 unanswered, 1 not applicable, 2 don't know, 3 + index for a choice; for multiple-choice
/// questions, 3 + a bit mask of the chosen indexes.
fn response_code(question: &QuestionLayout, response: Option<&Response>) -> u64 {
    let index = |id: &String| question.choices.iter().position(|c| c == id);
    match response {
        None => 0,
        Some(Response::NotApplicable) => 1,
        Some(Response::Unknown) => 2,
        Some(Response::Choice(id)) => index(id).map_or(0, |i| 3 + i as u64),
        Some(Response::Choices(ids)) => {
            let mask = ids
                .iter()
                .filter_map(index)
                .filter(|i| *i < 60)
                .fold(0u64, |m, i| m | 1 << i);
            if mask == 0 { 0 } else { 3 + mask }
        }
    }
}

fn response_from_code(
    question: &QuestionLayout,
    code: u64,
) -> Result<Option<Response>, ShareError> {
    let choice = |i: u64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| question.choices.get(i))
            .cloned()
    };
    Ok(match code {
        0 => None,
        1 => Some(Response::NotApplicable),
        2 => Some(Response::Unknown),
        _ if question.multiple => {
            let mask = code - 3;
            let chosen: Vec<String> = (0..question.choices.len().min(60) as u64)
                .filter(|i| mask & (1 << i) != 0)
                .filter_map(choice)
                .collect();
            if mask >> question.choices.len().min(60) != 0 {
                return Err(ShareError::Malformed(
                    "an answer that is not one of the choices",
                ));
            }
            Some(Response::Choices(chosen))
        }
        _ => Some(Response::Choice(choice(code - 3).ok_or(
            ShareError::Malformed("an answer that is not one of the choices"),
        )?)),
    })
}

fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn push_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    push_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, ShareError> {
        let byte = *self.bytes.get(self.at).ok_or(ShareError::Truncated)?;
        self.at += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Result<u64, ShareError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShareError::Malformed("a number that never ends"))
    }

    fn count(&mut self) -> Result<u16, ShareError> {
        let count = self.varint()?;
        u16::try_from(count)
            .ok()
            .filter(|c| usize::from(*c) <= crate::answers::MAX_SUBJECTS)
            .ok_or(ShareError::Malformed(
                "more partners than an assessment can hold",
            ))
    }

    fn bytes_field(&mut self) -> Result<&[u8], ShareError> {
        let len = usize::try_from(self.varint()?).map_err(|_| ShareError::Truncated)?;
        let end = self.at.checked_add(len).ok_or(ShareError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(ShareError::Truncated)?;
        self.at = end;
        Ok(slice)
    }

    fn text(&mut self) -> Result<String, ShareError> {
        let bytes = self.bytes_field()?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| ShareError::Malformed("a name that is not text"))
    }
}
