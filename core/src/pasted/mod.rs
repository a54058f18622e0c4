//! Reading a report someone pasted or dropped: a share link, a bare token, or a JSON export,
//! after checking the paste is no larger than its box takes.

mod paste;

pub use paste::{PasteBox, PasteError, check_paste, check_paste_size};

use crate::answers::Answers;
use crate::export;
use crate::model::Content;
use crate::share;
use crate::share::layouts;

/// Why a pasted or dropped report could not be read. Pages pass it along as it is and show
/// it as a sentence (its `Display`) only where it is put on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the box takes.
    TooLarge(PasteError),
    /// A chosen or dropped file larger than an export can be (it is not read at all).
    FileTooLarge,
    /// A chosen or dropped file the browser could not read as text.
    FileUnreadable,
    /// Nothing but white space.
    Empty,
    /// Text starting with `{` that is not an export this app can import.
    Export(export::ImportError),
    /// A link or token that does not open.
    Link(share::ShareError),
}

impl ReadError {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            ReadError::TooLarge(error) => error.in_words(words),
            ReadError::FileTooLarge => words.get("core_read.file_too_large").to_owned(),
            ReadError::FileUnreadable => words.get("core_read.file_unreadable").to_owned(),
            ReadError::Empty => words.get("core_read.empty").to_owned(),
            ReadError::Export(error) => error.in_words(words),
            ReadError::Link(error) => error.in_words(words),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::TooLarge(error) => error.fmt(f),
            ReadError::FileTooLarge => f.write_str(
                "This file is larger than 1 MB, so it cannot be an assessment export; nothing was changed.",
            ),
            ReadError::FileUnreadable => {
                f.write_str("This file could not be read as text; nothing was changed.")
            }
            ReadError::Empty => f.write_str("Paste a share link or choose an exported file."),
            ReadError::Export(error) => error.fmt(f),
            ReadError::Link(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

/// Answers from a pasted link, a bare share token or an export file's text, or why not.
pub fn read(content: &Content, text: &str) -> Result<Answers, ReadError> {
    check_paste(PasteBox::OneReport, text).map_err(ReadError::TooLarge)?;
    let text = text.trim();
    if text.is_empty() {
        return Err(ReadError::Empty);
    }
    if text.starts_with('{') {
        return export::from_json(content, text)
            .map(|i| i.answers)
            .map_err(ReadError::Export);
    }
    let token = match text.find("#/r/") {
        Some(at) => text.get(at + 4..).unwrap_or_default(),
        None => text,
    };
    share::decode(content, &layouts::history(), token)
        .map(|o| o.answers)
        .map_err(ReadError::Link)
}

/// Splits pasted text into one entry per non-empty line (several links at once).
pub fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A comparison's shareable form: both reports' tokens and both labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparePayload {
    /// The two sides' share tokens.
    pub tokens: [String; 2],
    /// The two sides' labels.
    pub labels: [String; 2],
}

impl ComparePayload {
    /// `tokenA~tokenB~labelA~labelB`, labels in base64url; `~` never occurs in a token.
    pub fn encode(&self) -> String {
        use base64::Engine;
        let label =
            |l: &String| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(l.as_bytes());
        let [a, b] = &self.tokens;
        let [la, lb] = &self.labels;
        format!("{a}~{b}~{}~{}", label(la), label(lb))
    }

    /// Reads `encode`'s output; `None` when it is not one (or longer than two links and two
    /// labels can be, which is refused before it is split).
    pub fn decode(text: &str) -> Option<ComparePayload> {
        use base64::Engine;
        if text.len() > 2 * crate::share::MAX_TOKEN_CHARS + 1_000 {
            return None;
        }
        let label = |l: &str| {
            let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(l)
                .ok()?;
            let text = String::from_utf8(bytes).ok()?;
            Some(
                text.chars()
                    .filter(|c| !c.is_control())
                    .take(40)
                    .collect::<String>(),
            )
        };
        let mut parts = text.split('~');
        let (a, b, la, lb) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        Some(ComparePayload {
            tokens: [a.to_owned(), b.to_owned()],
            labels: [label(la)?, label(lb)?],
        })
    }
}
