//! How an assessment kept in this browser is named where it is offered back: "your report of
//! 6 December 2026 (level 3, Defined)", or "your assessment of …" while it is unfinished, in
//! the reader's words.

use crate::display::level_name;
use crate::i18n::Words;
use crate::journey::is_complete;
use crate::model::Content;

use super::Kept;

/// "your report of 6 December 2026 (level 3, Defined)" for a finished assessment (without
/// "of …" or the level when they are not recorded), "your assessment of 6 December 2026"
/// otherwise, in the reader's words. Nothing here scores, so the journey bundle stays without
/// the scoring code.
pub fn kept_title(words: &Words, content: &Content, kept: &Kept) -> String {
    let date = kept.saved_on.map(|day| words.locale().date(day));
    if !is_complete(content, &kept.answers) {
        return match &date {
            Some(date) => words.fill("core_kept.assessment_of", &[("date", date.into())]),
            None => words.get("core_kept.assessment").to_owned(),
        };
    }
    let report = match &date {
        Some(date) => words.fill("core_kept.report_of", &[("date", date.into())]),
        None => words.get("core_kept.report").to_owned(),
    };
    match kept.level {
        Some(level) => words.fill(
            "core_kept.with_level",
            &[
                ("report", (&report).into()),
                ("level", i64::from(level).into()),
                ("name", level_name(content, level).into()),
            ],
        ),
        None => report,
    }
}
