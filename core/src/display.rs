//! How numbers, levels, tiers and module names are written for people: the one place every
//! page, export and comparison formats them. Numbers are formatted through integers, so the
//! wasm carries no float-formatting code.

use crate::model::{Content, Tier};

/// A 0–100 value rounded to a whole number; 0 for a value that is not a number.
pub fn whole(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

/// A score as a whole number, or a dash when there is none.
pub fn value_text(value: Option<f64>) -> String {
    value.map_or("–".to_owned(), |v| whole(v).to_string())
}

/// A change between two scores with its sign ("+12", "-3", "0"), or a dash when there is none.
pub fn signed(delta: Option<f64>) -> String {
    match delta.map(whole) {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => "–".into(),
    }
}

/// A value to one decimal ("66.7").
pub fn tenths(value: f64) -> String {
    let scaled = if value.is_finite() {
        (value.clamp(-1000.0, 1000.0) * 10.0).round() as i64
    } else {
        0
    };
    let sign = if scaled < 0 { "-" } else { "" };
    format!("{sign}{}.{}", scaled.abs() / 10, scaled.abs() % 10)
}

/// Items joined as one clause: "a", "a and b", "a, b and c".
pub fn joined(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A count with its noun, singular for one: "1 answer", "3 answers".
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A module as headings name it: "D. Alliance health and trust".
pub fn module_heading(letter: &str, title: &str) -> String {
    format!("{letter}. {title}")
}

/// Every tier with the name people see, in order of importance.
pub const TIERS: [(Tier, &str); 4] = [
    (Tier::Strategic, "Strategic"),
    (Tier::Tactical, "Tactical"),
    (Tier::Opportunistic, "Opportunistic"),
    (Tier::Exit, "Under review / winding down"),
];

/// The name people see for a tier.
pub fn tier_name(tier: Tier) -> &'static str {
    TIERS
        .iter()
        .find(|(t, _)| *t == tier)
        .map_or("", |(_, name)| name)
}

/// The tier with this display name; `None` for any other text.
pub fn tier_named(name: &str) -> Option<Tier> {
    TIERS.iter().find(|(_, n)| *n == name).map(|(t, _)| *t)
}

/// The name of a maturity level (1 Ad hoc … 5 Optimizing), as the content calls it.
pub fn level_name(content: &Content, level: u8) -> &str {
    content
        .levels
        .iter()
        .find(|band| band.level == level)
        .map_or("", |band| band.name.as_str())
}

/// Content text written about "{subject}" (module B), with the assessed company's name in its
/// place; other text is returned as it is.
pub fn for_subject<'a>(text: &'a str, name: &str) -> std::borrow::Cow<'a, str> {
    if text.contains("{subject}") {
        std::borrow::Cow::Owned(text.replace("{subject}", name))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Module D's text written about "the partner", with the named partner in its place ("the
/// partner's lead" becomes "Acme's lead"); "the partners" and "the partnership" are kept.
pub fn for_partner(text: &str, name: &str) -> String {
    const PHRASE: &str = "the partner";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(PHRASE) {
        let (before, found) = rest.split_at(at);
        let after = found.get(PHRASE.len()..).unwrap_or_default();
        out.push_str(before);
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            out.push_str(PHRASE);
        } else {
            out.push_str(name);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The verdict as the report states it under the level: what the level means, then this
/// report's strongest and weakest areas ("The basics are in place…. Strongest: Trust (82);
/// weakest: Stability under pressure (20)."), named in words, never by a module's letter.
/// When a cap or hold sets the level, the report states the hold first (see the summary) and
/// this sentence then says what the rest of the answers reach, so the band text of the lower
/// level never contradicts the strengths named beside it.
pub fn verdict_sentence(content: &Content, verdict: &crate::scoring::Verdict) -> String {
    let mut sentence = match (&verdict.cap, content.level(verdict.score_level)) {
        (Some(cap), Some(band)) if verdict.score_level > verdict.level => {
            let lead = if cap.is_unchecked() {
                "The answers given reach"
            } else if cap.id == crate::scoring::AppliedCap::MEDIAN {
                "On average the answers reach"
            } else if cap.id == crate::scoring::AppliedCap::CONTRADICTED {
                "Taken at their word, the answers reach"
            } else {
                "Without that, the answers reach"
            };
            format!("{lead} {}: {}.", band.name, band.meaning)
        }
        _ => format!(
            "{}.",
            capitalized(
                content
                    .level(verdict.level)
                    .map_or("", |band| band.meaning.as_str())
            )
        ),
    };
    let area = |a: &crate::scoring::Area| format!("{} ({})", a.title, whole(a.score));
    if let (Some(strong), Some(weak)) = (&verdict.strongest, &verdict.weakest) {
        sentence.push_str(&format!(
            " Strongest: {}; weakest: {}.",
            area(strong),
            area(weak)
        ));
    }
    sentence
}

/// "Provisional: 6 of 15 answers were “don't know”." for a module whose level rests on too
/// little; `None` otherwise.
pub fn provisional_note(confidence: crate::scoring::Confidence) -> Option<String> {
    confidence.is_provisional().then(|| {
        format!(
            "Provisional: {} of {} answers were \u{201c}don\u{2019}t know\u{201d}.",
            confidence.unknown, confidence.asked
        )
    })
}

/// "Capped at Defined: resources were withdrawn when results lagged."; for knock-outs not
/// checked yet, "Not above Defined until checked: no answer yet on Investment held."
pub fn cap_sentence(content: &Content, cap: &crate::scoring::AppliedCap) -> String {
    let level = level_name(content, cap.level);
    if cap.is_unchecked() {
        format!(
            "Not above {level} until checked: no answer yet on {}.",
            cap.reason()
        )
    } else if cap.id == crate::scoring::AppliedCap::MEDIAN
        || cap.id == crate::scoring::AppliedCap::CONTRADICTED
    {
        format!("Held at {level}: {}.", cap.reason())
    } else {
        format!("Capped at {level}: {}.", cap.reason())
    }
}

/// When an action should be done, as a plan says it.
pub fn horizon_name(horizon: crate::model::Horizon) -> &'static str {
    match horizon {
        crate::model::Horizon::Quarter => "This quarter",
        crate::model::Horizon::Year => "This year",
    }
}

/// Text with its first letter in capitals ("resources were…" → "Resources were…"). ASCII
/// only: content text starts in English, and Unicode case tables would cost every visitor.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// The report's assessments of named partners, one line each, for the summary beside the
/// respondent's own rating: module B's signs for each partner, module C's tier for each
/// portfolio partner.
pub fn partner_assessments(report: &crate::scoring::Report) -> Vec<String> {
    use crate::scoring::{ModuleDetail, SignStatus};
    let mut lines = Vec::new();
    for module in &report.modules {
        match &module.detail {
            ModuleDetail::Signs { parties } => {
                lines.extend(parties.iter().filter(|p| !p.own).map(|p| {
                    if p.signs.iter().all(|s| s.2 == SignStatus::NotAsked) {
                        format!(
                            "{}: not asked in the quick check; the full assessment grades its six signs",
                            p.name
                        )
                    } else {
                        let verdict = p.verdict.as_ref().map(|v| format!(": {v}")).unwrap_or_default();
                        format!(
                            "{}: {} of the {} signs of a serious partner in full, {} in part{verdict}",
                            p.name,
                            p.present,
                            p.signs.len(),
                            p.partial
                        )
                    }
                }));
            }
            ModuleDetail::Tiering { partners, .. } => {
                lines.extend(partners.iter().map(|p| match p.recommended {
                    Some(tier) if tier == p.declared => format!(
                        "{}: treated as {}, as the evidence supports",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase()
                    ),
                    Some(tier) => format!(
                        "{}: treated as {}; the evidence supports {}",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase(),
                        tier_name(tier).to_ascii_lowercase()
                    ),
                    None if report.quick => format!(
                        "{}: treated as {}; the full assessment checks this tier",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase()
                    ),
                    None => format!(
                        "{}: treated as {}; too few answers to judge",
                        p.name,
                        tier_name(p.declared).to_ascii_lowercase()
                    ),
                }));
            }
            _ => {}
        }
    }
    lines
}

/// What a reader must know about answers made with an earlier edition of the questions: the
/// method changed, so the figures are worked out anew and differ from the original report;
/// `None` for answers made with this edition.
pub fn edition_notice(made_with: u32, current: u32, dropped: usize) -> Option<String> {
    (made_with < current).then(|| {
        let lost = match dropped {
            0 => String::new(),
            1 => " One answer has no counterpart in this edition and is left out.".to_owned(),
            n => format!(" {n} answers have no counterpart in this edition and are left out."),
        };
        format!(
            "These answers were given to edition {made_with} of the assessment. The method has \
             changed since (levels now follow knock-out answers such as resources withdrawn, and \
             assessments of partners no longer count toward your own level), so the figures \
             below are worked out with edition {current} and will differ from the report made \
             at the time.{lost}"
        )
    })
}

/// A partner function's label from module A's (id, label) list; the id itself when unknown.
pub fn function_label(functions: &[(String, String)], id: &str) -> String {
    functions
        .iter()
        .find(|(function, _)| function == id)
        .map_or(id.to_owned(), |(_, label)| label.clone())
}
