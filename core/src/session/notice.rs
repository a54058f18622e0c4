//! Notices: what went wrong quietly with saved progress, shown as a sentence until dismissed.

use std::fmt;

use crate::display::edition_notice_english;

use super::stored::ProgressError;

/// Something that went wrong quietly, shown as a sentence until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Saved progress no longer fits the questions: this many answers no longer apply and were
    /// left out.
    AnswersDropped(usize),
    /// Saved progress was made with an earlier edition of the assessment, whose method differs.
    EarlierEdition {
        /// The edition it was saved with.
        made_with: u32,
        /// This build's edition.
        current: u32,
        /// Answers left out because they have no counterpart now.
        dropped: usize,
    },
    /// Saved progress could not be used.
    Progress(ProgressError),
    /// Saved progress could not be read; `kept_aside` tells whether a copy was kept under
    /// another key or, with no room for one, left where it was.
    Unreadable {
        /// Whether the unreadable copy was moved aside.
        kept_aside: bool,
    },
}

impl Notice {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            Self::AnswersDropped(count) => {
                words.count("core_progress.answers_dropped", *count, &[])
            }
            Self::EarlierEdition {
                made_with,
                current,
                dropped,
            } => crate::display::edition_notice(words, *made_with, *current, *dropped)
                .unwrap_or_default(),
            Self::Progress(error) => error.in_words(words),
            Self::Unreadable { kept_aside } => {
                let then = if *kept_aside {
                    "core_progress.kept_aside"
                } else {
                    "core_progress.left_in_place"
                };
                format!(
                    "{} {}",
                    ProgressError::Unreadable.in_words(words),
                    words.get(then)
                )
            }
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AnswersDropped(1) => f.write_str(
                "The assessment changed since you saved: 1 answer no longer applies and was left out.",
            ),
            Self::AnswersDropped(count) => write!(
                f,
                "The assessment changed since you saved: {count} answers no longer apply and were left out."
            ),
            Self::EarlierEdition {
                made_with,
                current,
                dropped,
            } => f.write_str(
                &edition_notice_english(*made_with, *current, *dropped).unwrap_or_default(),
            ),
            Self::Progress(error) => error.fmt(f),
            Self::Unreadable { kept_aside: true } => write!(
                f,
                "{} The unreadable copy was kept aside rather than deleted.",
                ProgressError::Unreadable
            ),
            Self::Unreadable { kept_aside: false } => write!(
                f,
                "{} It is left where it was, because this browser has no room to keep a copy \
                 aside, and new answers are not saved over it. Free some storage for this site to \
                 save progress again.",
                ProgressError::Unreadable
            ),
        }
    }
}
