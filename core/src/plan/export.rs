//! The plan on paper and in other tools: CSV for spreadsheets, Markdown for documents and
//! tickets, and iCalendar (one all-day event per action on its due date, and a reminder to
//! reassess) for Outlook and Google Calendar.

use crate::csv::Csv;
use crate::display::{horizon_words, module_heading};
use crate::i18n::Words;
use crate::model::Content;

use super::{Date, Plan, reassess_by, recommendation};

/// One planned action with what the content says about it.
struct Row<'a> {
    module: String,
    dimension: &'a str,
    text: String,
    owner: &'a str,
    due: Date,
    when: &'a str,
    artefact: &'a str,
    cadence: &'a str,
    measure: &'a str,
    id: &'a str,
}

/// The plan's rows; module D's actions name its partner (`alliance`) instead of "the partner",
/// as the report does.
fn rows<'a>(
    words: &'a Words,
    content: &'a Content,
    plan: &'a Plan,
    alliance: Option<&str>,
) -> Vec<Row<'a>> {
    plan.actions
        .iter()
        .filter_map(|planned| {
            let (module, dimension, rec) = recommendation(content, &planned.id)?;
            Some(Row {
                module: module_heading(&module.letter, &module.title),
                dimension: &dimension.title,
                text: match alliance {
                    Some(name) if module.view == crate::model::ModuleView::Health => {
                        crate::display::for_partner(&rec.text, name)
                    }
                    _ => rec.text.clone(),
                },
                owner: &planned.owner,
                due: planned.due,
                when: horizon_words(words, rec.horizon).1,
                artefact: &rec.artefact,
                cadence: &rec.cadence,
                measure: &rec.measure,
                id: &rec.id,
            })
        })
        .collect()
}

/// The plan as CSV: one row per action (formula-guarded like every export), under a header in
/// the reader's words; module D's actions name `alliance`, its partner, when there is one.
pub fn plan_csv(words: &Words, content: &Content, plan: &Plan, alliance: Option<&str>) -> String {
    let mut csv = Csv::with_header(&[
        words.get("core_plan_csv.due"),
        words.get("core_plan_csv.owner"),
        words.get("core_plan_csv.action"),
        words.get("core_plan_csv.module"),
        words.get("core_plan_csv.dimension"),
        words.get("core_plan_csv.produces"),
        words.get("core_plan_csv.cadence"),
        words.get("core_plan_csv.measure"),
        words.get("core_plan_csv.id"),
    ]);
    for row in rows(words, content, plan, alliance) {
        csv.row(&[
            &row.due.to_string(),
            row.owner,
            &row.text,
            &row.module,
            row.dimension,
            row.artefact,
            row.cadence,
            row.measure,
            row.id,
        ]);
    }
    csv.finish()
}

/// Markdown text with its markup characters escaped, so a name cannot turn into a link or
/// a heading.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '!'
                | '('
                | ')'
                | '{'
                | '}'
                | '~'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

/// The plan as Markdown in the reader's words: a heading, the targets, and one checklist item
/// per action; module D's actions name `alliance`, its partner, when there is one.
pub fn plan_markdown(
    words: &Words,
    content: &Content,
    plan: &Plan,
    title: &str,
    targets: &[(String, u8, Option<u8>)],
    alliance: Option<&str>,
) -> String {
    let mut out = format!("# {}\n\n", md(title));
    match plan.made.map(|made| (made, reassess_by(made))) {
        Some((made, Some(reassess))) => {
            let (made, reassess) = (made.to_string(), reassess.to_string());
            let line = words.fill(
                "core_plan_md.made_reassess",
                &[("made", (&made).into()), ("reassess", (&reassess).into())],
            );
            out.push_str(&format!("{line}\n\n"));
        }
        Some((made, None)) => {
            let made = made.to_string();
            let line = words.fill("core_plan_md.made", &[("made", (&made).into())]);
            out.push_str(&format!("{line}\n\n"));
        }
        None => {}
    }
    if !targets.is_empty() {
        out.push_str(&format!(
            "## {}\n\n| {} | {} | {} |\n|---|---|---|\n",
            words.get("core_plan_md.targets"),
            words.get("core_plan_md.module"),
            words.get("core_plan_md.now"),
            words.get("core_plan_md.target"),
        ));
        let level = |l: u8| words.fill("core_plan_md.level", &[("level", usize::from(l).into())]);
        for (module, target, now) in targets {
            let now = now.map_or(words.get("core_plan_md.not_rated").to_owned(), level);
            out.push_str(&format!(
                "| {} | {now} | {} |\n",
                md(module),
                level(*target)
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", words.get("core_plan_md.actions")));
    for row in rows(words, content, plan, alliance) {
        let (owner, due) = (md(row.owner), row.due.to_string());
        out.push_str(&format!(
            "- [ ] **{}** ({}): {}\n  - {}\n  - {}\n  - {}\n  - {}\n",
            md(row.dimension),
            md(&row.module),
            md(&row.text),
            words.fill(
                "core_plan_md.owner_due",
                &[
                    ("owner", (&owner).into()),
                    ("due", (&due).into()),
                    ("when", row.when.into()),
                ],
            ),
            words.fill(
                "core_plan_md.produces",
                &[("artefact", md(row.artefact).as_str().into())]
            ),
            words.fill(
                "core_plan_md.cadence",
                &[("cadence", md(row.cadence).as_str().into())]
            ),
            words.fill(
                "core_plan_md.measure",
                &[("measure", md(row.measure).as_str().into())]
            ),
        ));
    }
    out
}

/// iCalendar text escaping (RFC 5545 §3.3.11).
fn ical_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character, and ends it
/// with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

/// How an all-day event on `day` ends: the next day, which DTEND excludes (RFC 5545
/// §3.6.1), so DTEND is always after DTSTART (§3.8.2.2). For 9999-12-31, whose next day has no
/// four-digit year, one day's DURATION says the same.
fn all_day_end(day: Date) -> String {
    match day.checked_plus_days(1) {
        Some(next) => format!("DTEND;VALUE=DATE:{}", next.compact()),
        None => "DURATION:P1D".to_owned(),
    }
}

/// The plan as an iCalendar file: an all-day event per action on its due date, and one to
/// reassess `REASSESS_AFTER_DAYS` after the plan was made (when that is a date), each with a
/// reminder the day before. `stamp` is now in UTC as `YYYYMMDDTHHMMSSZ`; `made` is the plan's
/// day.
/// SUMMARY and DESCRIPTION are in the reader's words.
pub fn plan_ics(
    words: &Words,
    content: &Content,
    plan: &Plan,
    made: Date,
    stamp: &str,
    title: &str,
) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Partnering maturity self-assessment//Plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", ical_text(title)),
    ];
    let mut event = |uid: String, day: Date, summary: String, description: String| {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{uid}"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", day.compact()),
            all_day_end(day),
            format!("SUMMARY:{}", ical_text(&summary)),
            format!("DESCRIPTION:{}", ical_text(&description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", ical_text(&summary)),
            "TRIGGER:-P1D".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    };
    for row in rows(words, content, plan, None) {
        event(
            format!("{}-{}@partnering-maturity", row.id, row.due.compact()),
            row.due,
            words.fill(
                "core_plan_ics.due",
                &[
                    ("dimension", row.dimension.into()),
                    ("owner", row.owner.into()),
                ],
            ),
            words.fill(
                "core_plan_ics.description",
                &[
                    ("action", (&row.text).into()),
                    ("owner", row.owner.into()),
                    ("artefact", row.artefact.into()),
                    ("cadence", row.cadence.into()),
                    ("measure", row.measure.into()),
                    ("module", (&row.module).into()),
                ],
            ),
        );
    }
    if let Some(reassess) = reassess_by(made) {
        event(
            format!("reassess-{}@partnering-maturity", reassess.compact()),
            reassess,
            words.get("core_plan_ics.reassess").to_owned(),
            words.get("core_plan_ics.reassess_description").to_owned(),
        );
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}
