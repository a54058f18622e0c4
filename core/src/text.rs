//! Text hygiene shared by everything people type or configure: which characters are removed
//! because they only disguise text, and whether anything visible is left.

/// Characters removed from names and configured text wherever they occur: controls, the
/// bidirectional overrides and isolates that silently reorder the text around them (natural
/// right-to-left text needs none of them), and invisible characters with no use in a name (the
/// byte-order mark, zero-width space, word joiner, Mongolian vowel separator, tag characters).
/// Zero-width joiners and non-joiners stay: emoji sequences and several scripts need them.
pub fn is_removed(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
                | '\u{200b}'
                | '\u{2060}'
                | '\u{180e}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

/// Characters that draw nothing: spaces, format characters (joiners, direction marks, soft
/// hyphen) and the Hangul fillers that look like blanks.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_removed(c)
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{200c}'..='\u{200f}'
                | '\u{2061}'..='\u{2064}'
                | '\u{206a}'..='\u{206f}'
                | '\u{3164}'
                | '\u{ffa0}'
                | '\u{1d173}'..='\u{1d17a}'
        )
}

/// Text as one line, as everything people type or configure is kept: line breaks and tabs
/// become spaces, removed characters go, runs of spaces collapse, and it is cut to `max`
/// characters. Characters first, words second: dropping a control character between two spaces
/// must not leave a double space, so cleaning clean text changes nothing.
pub fn one_line(raw: &str, max: usize) -> String {
    let spaced: String = raw
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !is_removed(*c))
        .collect();
    spaced
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}

/// Whether any character of `text` would show on screen.
pub fn has_visible(text: &str) -> bool {
    text.chars().any(|c| !is_invisible(c))
}
