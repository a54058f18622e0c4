//! Partner and company names as typed: cleaned, capped, and refused when empty or repeated.

use super::MAX_SUBJECTS;

/// The longest partner or company name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Nothing left once cleaned.
    Empty,
    /// Already on the list (ignoring ASCII case).
    Duplicate,
    /// The list already holds as many as an assessment can.
    TooMany,
}

impl NameError {
    /// The sentence in the reader's words.
    pub fn in_words(self, words: &crate::i18n::Words) -> &str {
        words.get(match self {
            Self::Empty => "core_name.empty",
            Self::Duplicate => "core_name.duplicate",
            Self::TooMany => "core_name.too_many",
        })
    }
}

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Empty => "Enter a name first.",
            Self::Duplicate => "That name is already on the list.",
            Self::TooMany => "That is the most this assessment can hold; remove one first.",
        })
    }
}

/// Trims a name, collapses inner whitespace, drops control characters and caps its length;
/// refuses empty names and names already in `existing` (ignoring case).
pub fn clean_name<'a>(
    raw: &str,
    existing: impl IntoIterator<Item = &'a str>,
) -> Result<String, NameError> {
    let cleaned = crate::text::one_line(raw, MAX_NAME_CHARS).trim().to_owned();
    // A name of joiners, marks or fillers alone would show as a blank heading.
    if !crate::text::has_visible(&cleaned) {
        return Err(NameError::Empty);
    }
    let mut count = 0;
    for name in existing {
        count += 1;
        // ASCII case folding only: full Unicode lower-casing would ship its tables (~15 KB)
        // to every visitor just to catch "ÉCLAIR" typed twice in two cases.
        if name.eq_ignore_ascii_case(&cleaned) {
            return Err(NameError::Duplicate);
        }
    }
    if count >= MAX_SUBJECTS {
        return Err(NameError::TooMany);
    }
    Ok(cleaned)
}
