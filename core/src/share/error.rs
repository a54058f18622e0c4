//! Every way a share link can fail to open, each shown to people as a sentence.

use std::fmt;

/// Why a share link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The link holds no token.
    Empty,
    /// The token is longer than any assessment could make.
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
        /// The link's content edition.
        link: u32,
        /// This build's content edition.
        app: u32,
    },
    /// Made with content this build no longer has the layout for.
    RetiredContent(u32),
    /// The parts are well formed but describe impossible answers.
    Malformed(&'static str),
}

impl ShareError {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            Self::Empty => words.get("core_share.empty").to_owned(),
            Self::TooLong => words.get("core_share.too_long").to_owned(),
            Self::NotALink => words.get("core_share.not_a_link").to_owned(),
            Self::Truncated => words.get("core_share.truncated").to_owned(),
            Self::Tampered => words.get("core_share.tampered").to_owned(),
            Self::NewerFormat(format) => words.fill(
                "core_share.newer_format",
                &[("format", usize::from(*format).into())],
            ),
            Self::NewerContent { link, app } => {
                let (link, app) = (link.to_string(), app.to_string());
                words.fill(
                    "core_share.newer_content",
                    &[("link", (&link).into()), ("app", (&app).into())],
                )
            }
            Self::RetiredContent(version) => {
                let version = version.to_string();
                words.fill("core_share.retired", &[("version", (&version).into())])
            }
            // What is damaged is named in English: the rest of the sentence is the reader's.
            Self::Malformed(what) => words.fill("core_share.damaged", &[("what", (*what).into())]),
        }
    }
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
