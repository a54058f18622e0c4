//! How much a paste box takes, checked before anything in it is read: a paste of megabytes
//! would otherwise be split, decoded and listed line by line while the page stands still.

use std::fmt;

use crate::i18n::{Locale, PlainLocale};

use crate::compare::MAX_RESPONDENTS;
use crate::export::MAX_IMPORT_BYTES;
use crate::share::MAX_TOKEN_CHARS;

/// A box a person pastes reports into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteBox {
    /// The team view's box: share links, one per line.
    TeamLinks,
    /// One report: a share link or an exported answers file's text (a comparison's side, the
    /// partner's answers in a two-sided review, an earlier assessment on the plan).
    OneReport,
}

impl PasteBox {
    /// The most links the box reads at once: twice the respondents a team view combines,
    /// room for repeats and mistakes; `None` for a box of one report.
    pub fn max_links(self) -> Option<usize> {
        match self {
            PasteBox::TeamLinks => Some(2 * MAX_RESPONDENTS),
            PasteBox::OneReport => None,
        }
    }

    /// The most text the box takes, in bytes (UTF-8): as many of the longest links as it reads,
    /// or the largest answers file.
    pub fn max_bytes(self) -> usize {
        match self {
            PasteBox::TeamLinks => 2 * MAX_RESPONDENTS * (MAX_TOKEN_CHARS + 1_000),
            PasteBox::OneReport => MAX_IMPORT_BYTES,
        }
    }
}

/// A paste the box does not take; nothing of it is read, and the box keeps what it had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteError {
    /// More text than the box takes (`size` in bytes, or a lower bound of it).
    TooLarge {
        /// The box.
        paste: PasteBox,
        /// The paste's size.
        size: usize,
    },
    /// More links than the box reads.
    TooManyLinks {
        /// The box.
        paste: PasteBox,
        /// How many non-empty lines the paste holds.
        links: usize,
    },
}

/// Megabytes rounded up to one decimal, without floating point: (whole, tenth).
fn in_tenths(bytes: usize) -> (usize, usize) {
    let tenths = bytes.div_ceil(100_000);
    (tenths / 10, tenths % 10)
}

/// Megabytes to one decimal, rounded up and without a trailing `.0` (`20 MB`, `2.5 MB`).
fn megabytes(bytes: usize) -> String {
    match in_tenths(bytes) {
        (whole, 0) => format!("{whole} MB"),
        (whole, tenth) => format!("{whole}.{tenth} MB"),
    }
}

/// `5,000`: thousands grouped as English writes them.
fn grouped(count: usize) -> String {
    PlainLocale.number(i64::try_from(count).unwrap_or(i64::MAX))
}

/// Megabytes in the reader's words (`20 MB`, `2,5 MB`), rounded up as [`megabytes`] does.
fn megabytes_in(words: &crate::i18n::Words, bytes: usize) -> String {
    let (whole, tenth) = in_tenths(bytes);
    let whole = words
        .locale()
        .number(i64::try_from(whole).unwrap_or(i64::MAX));
    if tenth == 0 {
        return words.fill("core_paste.megabytes", &[("whole", (&whole).into())]);
    }
    let tenth = tenth.to_string();
    words.fill(
        "core_paste.megabytes_tenths",
        &[("whole", (&whole).into()), ("tenth", (&tenth).into())],
    )
}

impl PasteError {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        let (paste, found) = match *self {
            PasteError::TooLarge { paste, size } => (paste, megabytes_in(words, size)),
            PasteError::TooManyLinks { paste, links } => {
                (paste, words.count("core_paste.links", links, &[]))
            }
        };
        let max_size = megabytes_in(words, paste.max_bytes());
        match paste {
            PasteBox::TeamLinks => words.fill(
                "core_paste.team_links",
                &[
                    ("found", (&found).into()),
                    ("max_links", (2 * MAX_RESPONDENTS).into()),
                    ("max_size", (&max_size).into()),
                    ("respondents", MAX_RESPONDENTS.into()),
                ],
            ),
            PasteBox::OneReport => words.fill(
                "core_paste.one_report",
                &[("found", (&found).into()), ("max_size", (&max_size).into())],
            ),
        }
    }
}

impl fmt::Display for PasteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (paste, found) = match *self {
            PasteError::TooLarge { paste, size } => (paste, megabytes(size)),
            PasteError::TooManyLinks { paste, links } => {
                (paste, format!("{} links", grouped(links)))
            }
        };
        match paste {
            PasteBox::TeamLinks => write!(
                f,
                "This paste holds {found}; the box takes at most {} links ({}) at a time, since a team view combines up to {MAX_RESPONDENTS} respondents. Paste the links in smaller groups, or add the reports as exported files. Nothing was added: the box keeps what it had.",
                2 * MAX_RESPONDENTS,
                megabytes(paste.max_bytes()),
            ),
            PasteBox::OneReport => write!(
                f,
                "This paste holds {found}; a report's share link or answers file is at most {}. Paste one report's link, or open its exported file below. Nothing was added: the box keeps what it had.",
                megabytes(paste.max_bytes()),
            ),
        }
    }
}

/// Whether a paste of `size` (its length in bytes, or in UTF-16 units, which is never more)
/// is too large for the box: the check a browser can make before copying the text at all.
pub fn check_paste_size(paste: PasteBox, size: usize) -> Result<(), PasteError> {
    if size > paste.max_bytes() {
        return Err(PasteError::TooLarge { paste, size });
    }
    Ok(())
}

/// Whether the box takes `text`: its size first, then how many links it holds.
pub fn check_paste(paste: PasteBox, text: &str) -> Result<(), PasteError> {
    check_paste_size(paste, text.len())?;
    let Some(max) = paste.max_links() else {
        return Ok(());
    };
    let links = text.lines().filter(|l| !l.trim().is_empty()).count();
    if links > max {
        return Err(PasteError::TooManyLinks { paste, links });
    }
    Ok(())
}
