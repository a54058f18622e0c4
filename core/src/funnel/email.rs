//! A plain, conservative email address check: the shape every CRM takes (`name@company.com`),
//! with only the characters ordinary addresses use. Quoted local parts, comments, markup and
//! scheme-like text (`javascript:…//@x.example`) are refused, though the standard allows some
//! of them: a host page may show or store the address, and must not choke on it.

/// Why an address is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EmailProblem {
    /// Not shaped like `name@company.com`.
    NotAnEmail,
    /// Shaped like one, with characters outside the plain set.
    UnusualCharacters,
}

/// Characters taken before the `@`: letters and digits (a–z), and `. _ % + - '`.
fn plain_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

/// Characters taken in a domain label: letters and digits (a–z), and `-`.
fn plain_label(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

/// Checks `local@domain.tld`: one `@`, no spaces; a local part of 1 to 64 characters that
/// neither starts nor ends with a dot nor holds two in a row; a domain of labels separated by
/// dots, none empty or starting or ending with `-`, the last at least two characters and not
/// all digits; then only plain characters on each side.
pub(super) fn check_email(value: &str) -> Result<(), EmailProblem> {
    let (local, domain) = value.split_once('@').ok_or(EmailProblem::NotAnEmail)?;
    let labels: Vec<&str> = domain.split('.').collect();
    let shaped = !value.contains(char::is_whitespace)
        && !domain.contains('@')
        && (1..=64).contains(&local.chars().count())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && domain.chars().count() <= 253
        && labels.len() >= 2
        && labels
            .iter()
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && labels.last().is_some_and(|tld| {
            tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit())
        });
    if !shaped {
        return Err(EmailProblem::NotAnEmail);
    }
    let plain = local.chars().all(plain_local)
        && labels
            .iter()
            .all(|label| label.chars().count() <= 63 && label.chars().all(plain_label));
    if !plain {
        return Err(EmailProblem::UnusualCharacters);
    }
    Ok(())
}
