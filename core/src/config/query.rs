//! Reading a URL query string: `name=value` pairs and percent-decoding.

/// The raw `(name, value)` pairs of a query, in order; a leading `?` is optional and a name
/// without `=` has an empty value. Names are compared undecoded (ours are plain ASCII).
pub(super) fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    // A fragment is not part of the query, should a caller pass a whole location tail.
    let query = query.split('#').next().unwrap_or_default();
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// Decodes a query value: `+` is a space and `%XX` a byte; the bytes must be UTF-8.
/// `None` for a malformed escape (`%`, `%4`, `%zz`) or bytes that are not UTF-8.
pub fn percent_decode(raw: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut rest = raw.bytes();
    while let Some(byte) = rest.next() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = hex(rest.next()?)?;
                let low = hex(rest.next()?)?;
                bytes.push(high << 4 | low);
            }
            _ => bytes.push(byte),
        }
    }
    String::from_utf8(bytes).ok()
}

fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}
