//! The rules for addresses: links (`logo_url`, `cta_url`) and the parent origin. Each returns
//! the clean value or a reason phrased about the value.

use super::rules::shown;

/// Longest accepted link (a real one is far shorter).
const MAX_LINK_CHARS: usize = 2_000;

/// Characters no link may hold: spaces, controls, backslashes (browsers read `\` as `/`),
/// and invisible direction and width marks that disguise an address.
fn forbidden_in_link(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || c == '\\'
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// An absolute `https:` address or a relative path; nothing else.
pub(super) fn link(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err("it is empty".into());
    }
    if value.chars().count() > MAX_LINK_CHARS {
        return Err("it is longer than 2000 characters".into());
    }
    if value.chars().any(forbidden_in_link) {
        return Err(format!(
            "{} contains spaces, control characters or backslashes",
            shown(value)
        ));
    }
    if value.starts_with("//") {
        return Err(format!(
            "{} leaves out the scheme; write https:// in full",
            shown(value)
        ));
    }
    let lower = value.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.is_empty() || authority.contains('@') {
            return Err(format!("{} has no plain host name", shown(value)));
        }
        return Ok(value.to_owned());
    }
    // A colon before the first `/`, `?` or `#` starts a scheme: `javascript:`, `data:`, `http:`.
    // An `&` there could be an HTML-escaped colon (`javascript&colon;`) should the value ever
    // be written into markup unescaped.
    let head = value.split(['/', '?', '#']).next().unwrap_or_default();
    if head.contains([':', '&']) {
        return Err(format!(
            "{} is not an https: address or a relative path",
            shown(value)
        ));
    }
    Ok(value.to_owned())
}

/// Longest accepted `data:` image (a small logo; config.json itself is capped at 64 KB).
const MAX_DATA_IMAGE_CHARS: usize = 60_000;

/// An image address for the logo: a relative path, an `https:` address (its host is checked
/// against `logo_hosts` once every source is read), or a `data:` image.
pub(super) fn image(value: &str) -> Result<String, String> {
    let trimmed = value.trim();
    let lower = trimmed.get(..24).unwrap_or(trimmed).to_ascii_lowercase();
    let data_image = ["png", "jpeg", "gif", "webp", "svg+xml"]
        .iter()
        .any(|kind| lower.starts_with(&format!("data:image/{kind}")));
    if data_image {
        if trimmed.chars().count() > MAX_DATA_IMAGE_CHARS {
            return Err("the data: image is larger than 60,000 characters".into());
        }
        if trimmed.chars().any(forbidden_in_link) || !trimmed.contains(',') {
            return Err(format!(
                "{} is not a well-formed data: image",
                shown(trimmed)
            ));
        }
        return Ok(trimmed.to_owned());
    }
    link(value)
}

/// The origin of an absolute `https:` link, normalized as `origin` writes it; `None` for a
/// relative path or a `data:` address, which load from the app itself or from nowhere.
pub(super) fn https_origin(link: &str) -> Option<String> {
    let rest = link
        .get(..8)?
        .eq_ignore_ascii_case("https://")
        .then(|| link.get(8..))??;
    let authority = rest.split(['/', '?', '#']).next()?;
    // A host `origin` cannot read (say, not in punycode) still has an origin, one that
    // matches no listed host rather than escaping the check.
    Some(origin(&format!("https://{authority}")).unwrap_or_else(|_| format!("https://{authority}")))
}

/// `scheme://host[:port]` as a browser writes `event.origin`: https, or http on localhost and
/// 127.0.0.1 for testing. Case and a default port are normalized away.
pub(super) fn origin(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value == "*" || value == "null" {
        return Err(format!(
            "{} would let any page receive the results; name one origin like https://consultancy.example",
            shown(value)
        ));
    }
    let form = || {
        format!(
            "{} is not an origin written scheme://host or scheme://host:port (no path, no trailing slash)",
            shown(value)
        )
    };
    let lower = value.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://").ok_or_else(form)?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let label_ok = |label: &str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if !host.split('.').all(label_ok) {
        return Err(form());
    }
    let port = match port {
        None => None,
        Some(port) if port.chars().all(|c| c.is_ascii_digit()) => Some(
            port.parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(form)?,
        ),
        Some(_) => return Err(form()),
    };
    let default_port = match scheme {
        "https" => 443,
        "http" if matches!(host, "localhost" | "127.0.0.1") => 80,
        "http" => {
            return Err(format!(
                "{} uses http:, which is allowed only for localhost and 127.0.0.1; use https:",
                shown(value)
            ));
        }
        _ => return Err(form()),
    };
    Ok(match port {
        Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}
