//! Hostile inputs shared by every test that needs them: names people type or paste that try to
//! break a page, a spreadsheet or a layout.

/// Names that are already clean (cleaning leaves them as they are) yet hostile: markup,
/// spreadsheet formulas, quotes and commas, emoji, right-to-left scripts.
pub const HOSTILE_NAMES: [&str; 12] = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "Café 🤝 Partners",
    "شركة الشركاء",
    "=HYPERLINK(\"http://x\")",
    "Smith, Jones & Co",
    "The \"Best\" Partner",
    "שותף ישראלי",
    "+1 Partners",
    "-Minus Ltd",
    "@Handle Inc",
    "\"><svg onload=alert(1)>",
];

/// Names as people really type them, which cleaning changes or refuses: padding, tabs and
/// line breaks, control and direction-override characters, case-only duplicates, nothing at all.
pub const TYPED_NAMES: [&str; 25] = [
    "'; DROP TABLE partners; --",
    "{{7*7}} ${7*7}",
    "%00%20#/r/AQE?x=1&y=2",
    "🤝 Partner Co 🚀",
    "👩\u{200d}👩\u{200d}👧\u{200d}👦 Family Holdings",
    "🇪🇺🇺🇸 Transatlantic",
    "\u{200f}مرحبا Acme",
    "עברית בע\"מ",
    "名前株式会社",
    "Zalgo z\u{336}\u{321}a\u{338}l\u{335}g\u{336}o\u{337}",
    "Ünïcödé GmbH & Co. KG",
    "  Padded\t\tand\nwrapped  ",
    "null",
    "undefined",
    "a\\b/c",
    "Acme",
    "ACME",
    "acme",
    "  Acme  ",
    "",
    " ",
    "\u{202e}evil\u{202c}",
    "tab\there",
    "a \u{7} b",
    "a b",
];

/// Every hostile name, clean or not.
pub fn all_names() -> Vec<&'static str> {
    HOSTILE_NAMES.iter().chain(&TYPED_NAMES).copied().collect()
}

/// Asserts that hostile names appear only escaped, and the harmless ones verbatim.
pub fn assert_names_escaped(html: &str) {
    assert!(
        !html.contains("<img"),
        "a raw <img> tag reached the page:\n{html}"
    );
    assert!(
        !html.contains("<script"),
        "a raw <script> tag reached the page:\n{html}"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "escaped img name missing:\n{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped script name missing:\n{html}"
    );
    assert!(
        html.contains("Café 🤝 Partners"),
        "emoji name missing:\n{html}"
    );
    assert!(
        html.contains("شركة الشركاء"),
        "right-to-left name missing:\n{html}"
    );
}
