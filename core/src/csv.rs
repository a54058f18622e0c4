//! Writing CSV: RFC 4180 quoting with a guard against spreadsheet formulas; the one writer
//! every CSV export uses.
//!
//! The quoting is written here rather than taken from the `csv` or `csv-core` crates: `csv`
//! costs a lot of wasm size for what is only writing, `csv-core`'s buffer-by-buffer writer
//! would take more code than the quoting it replaces, and the formula guard is needed either way.

/// A CSV document being written, one record at a time; lines end with CRLF.
#[derive(Debug, Default)]
pub struct Csv {
    out: String,
}

impl Csv {
    /// A document starting with this header row.
    pub fn with_header(header: &[&str]) -> Csv {
        let mut csv = Csv::default();
        csv.row(header);
        csv
    }

    /// Appends one record.
    pub fn row(&mut self, fields: &[&str]) {
        for (index, field) in fields.iter().enumerate() {
            if index > 0 {
                self.out.push(',');
            }
            push_field(&mut self.out, field);
        }
        self.out.push_str("\r\n");
    }

    /// The finished text. The browser layer prepends a UTF-8 byte-order mark when saving, so
    /// spreadsheet programs read names in any script.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Whether a spreadsheet could read the field as a formula: its first character that shows is
/// `=`, `+`, `-` or `@` (or their full-width forms), or it starts with a tab or CR; spaces and
/// invisible characters before it (a byte-order mark, a zero-width space) do not hide it.
fn looks_like_formula(field: &str) -> bool {
    if field.starts_with(['\t', '\r']) {
        return true;
    }
    field
        .chars()
        .find(|c| !crate::text::is_invisible(*c))
        .is_some_and(|c| {
            matches!(
                c,
                '=' | '+' | '-' | '@' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
            )
        })
}

/// Quotes a field when it holds a comma, quote or line break (doubling quotes), and puts a `'`
/// before a field a spreadsheet could read as a formula, so a partner name such as
/// `=HYPERLINK(..)` shows as text instead of running.
fn push_field(out: &mut String, field: &str) {
    let quoted = field.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if looks_like_formula(field) {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}
