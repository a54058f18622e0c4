//! The validation rules for text, colors, module lists and switches (addresses are in
//! `address`). Each returns the clean value or a reason phrased about the value.

/// A problem with part of a value that was otherwise used.
pub(super) enum Issue {
    /// The whole value was ignored.
    Rejected(String),
    /// One entry of a list was left out.
    Dropped(String),
}

/// A value quoted for a warning: short, with control characters escaped.
pub(super) fn shown(value: &str) -> String {
    let mut shown: String = value
        .chars()
        .take(40)
        .flat_map(char::escape_debug)
        .collect();
    if value.chars().nth(40).is_some() {
        shown.push('…');
    }
    format!("`{shown}`")
}

/// Text for display: line breaks and tabs become spaces; control characters, direction
/// overrides and invisible characters are removed (as from typed names); runs of spaces
/// collapsed, trimmed, and cut to `max` characters.
pub(super) fn text(value: &str, max: usize) -> Result<String, String> {
    let clean = crate::text::one_line(value, max).trim_end().to_owned();
    if !crate::text::has_visible(&clean) {
        return Err("it has no visible characters".into());
    }
    Ok(clean)
}

/// A file beside config.json (`acme-edition.json`): letters, digits, dots, dashes and
/// underscores ending in `.json`; no folder, scheme or parent step, so it is fetched from the
/// app's own origin and folder.
pub(super) fn json_file_name(value: &str) -> Result<String, String> {
    let name = value.trim();
    let plain = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if plain && name.len() <= 100 && name.ends_with(".json") && !name.starts_with('.') {
        Ok(name.to_owned())
    } else {
        Err(format!(
            "{} is not a .json file name beside config.json (letters, digits, dots, dashes, underscores)",
            shown(name)
        ))
    }
}

/// `#rgb` or `#rrggbb`, any case; returned in lower case.
pub(super) fn color(value: &str) -> Result<String, String> {
    let trimmed = value.trim();
    let digits = trimmed.strip_prefix('#').unwrap_or_default();
    if matches!(digits.len(), 3 | 6) && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(trimmed.to_ascii_lowercase())
    } else {
        Err(format!(
            "{} is not a color written #rgb or #rrggbb (in a URL, write # as %23)",
            shown(value)
        ))
    }
}

/// Black or white, whichever contrasts more with `color` (WCAG relative luminance).
pub(super) fn text_on(color: &str) -> Option<&'static str> {
    let digits = color.strip_prefix('#')?;
    let channel = |i: usize, width: usize| {
        let part = digits.get(i * width..(i + 1) * width)?;
        let value = u8::from_str_radix(part, 16).ok()?;
        Some(if width == 1 { value * 17 } else { value })
    };
    let width = digits.len() / 3;
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(channel(0, width)?)
        + 0.7152 * linear(channel(1, width)?)
        + 0.0722 * linear(channel(2, width)?);
    let against_white = 1.05 / (luminance + 0.05);
    let against_black = (luminance + 0.05) / 0.05;
    Some(if against_white >= against_black {
        "#ffffff"
    } else {
        "#000000"
    })
}

/// Module ids kept in the order given: unknown ids and repeats are dropped; `Err` when none
/// is left.
pub(super) fn modules(ids: &[String], known: &[&str]) -> Result<(Vec<String>, Vec<Issue>), String> {
    let mut kept: Vec<String> = Vec::new();
    let mut issues = Vec::new();
    for id in ids.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
        if kept.iter().any(|k| k == id) {
            continue;
        } else if known.contains(&id) {
            kept.push(id.to_owned());
        } else {
            issues.push(Issue::Dropped(format!(
                "{} is not a module (modules: {})",
                shown(id),
                known.join(", ")
            )));
        }
    }
    if kept.is_empty() && issues.is_empty() {
        return Err("it lists no modules".into());
    }
    if kept.is_empty() {
        let given: Vec<String> = ids
            .iter()
            .filter(|id| !id.trim().is_empty())
            .map(|id| shown(id.trim()))
            .collect();
        return Err(format!(
            "none of [{}] is a module (modules: {})",
            given.join(", "),
            known.join(", ")
        ));
    }
    Ok((kept, issues))
}

/// `1`/`true` or `0`/`false`, any case.
pub(super) fn flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// A language the interface has (`de`, `DE` and `de-AT` give `de`).
pub(super) fn language(tag: &str) -> Result<String, String> {
    crate::i18n::known_language(tag)
        .map(str::to_owned)
        .ok_or_else(|| {
            format!(
                "{} is not a language this app has (languages: {})",
                shown(tag.trim()),
                crate::i18n::LANGUAGES.join(", ")
            )
        })
}

/// The languages listed that the interface has, each once; one it lacks is left out.
pub(super) fn languages(tags: &[String]) -> Result<(Vec<String>, Vec<Issue>), String> {
    let mut kept: Vec<String> = Vec::new();
    let mut issues = Vec::new();
    for tag in tags.iter().filter(|tag| !tag.trim().is_empty()) {
        match language(tag) {
            Ok(known) if kept.contains(&known) => {}
            Ok(known) => kept.push(known),
            Err(reason) => issues.push(Issue::Dropped(reason)),
        }
    }
    if kept.is_empty() {
        return Err(format!(
            "it lists no language this app has (languages: {})",
            crate::i18n::LANGUAGES.join(", ")
        ));
    }
    Ok((kept, issues))
}
