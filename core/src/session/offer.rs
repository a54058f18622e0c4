//! How an assessment kept in this browser is named where it is offered back: "your report of
//! 6 December 2026 (level 3, Defined)", or "your assessment of …" while it is unfinished.

use crate::date::Date;
use crate::display::level_name;
use crate::journey::is_complete;
use crate::model::Content;

use super::Kept;
use crate::i18n::ENGLISH_MONTHS as MONTHS;

/// A date as people read it: "6 December 2026".
pub fn written_date(date: Date) -> String {
    let (year, month, day) = date.parts();
    let month = usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| MONTHS.get(m))
        .copied()
        .unwrap_or_default();
    format!("{day} {month} {year}")
}

/// "your report of 6 December 2026 (level 3, Defined)" for a finished assessment (without
/// "of …" or the level when they are not recorded), "your assessment of 6 December 2026"
/// otherwise. Nothing here scores, so the journey bundle stays without the scoring code.
pub fn kept_title(content: &Content, kept: &Kept) -> String {
    let of = kept
        .saved_on
        .map(|day| format!(" of {}", written_date(day)))
        .unwrap_or_default();
    if !is_complete(content, &kept.answers) {
        return format!("your assessment{of}");
    }
    let level = kept
        .level
        .map(|level| format!(" (level {level}, {})", level_name(content, level)))
        .unwrap_or_default();
    format!("your report{of}{level}")
}
