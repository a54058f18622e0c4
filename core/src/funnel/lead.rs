//! The contact step: which fields a consultancy asks for, and checking what a person typed.
//! Nothing here stores or sends anything; the app posts a valid contact to the configured
//! host page only.

use std::fmt;

use super::email::EmailProblem;

/// One contact field a consultancy can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadField {
    /// The person's name.
    Name,
    /// A work email address.
    Email,
    /// The company.
    Company,
    /// The person's role.
    Role,
    /// A phone number.
    Phone,
}

impl LeadField {
    /// Every field, in the order the form shows them.
    pub const ALL: [LeadField; 5] = [
        LeadField::Name,
        LeadField::Email,
        LeadField::Company,
        LeadField::Role,
        LeadField::Phone,
    ];

    /// The id used in configuration and in the event (`name`, `email`, …).
    pub fn id(self) -> &'static str {
        match self {
            LeadField::Name => "name",
            LeadField::Email => "email",
            LeadField::Company => "company",
            LeadField::Role => "role",
            LeadField::Phone => "phone",
        }
    }

    /// The field named by `id`, if any.
    pub fn from_id(id: &str) -> Option<LeadField> {
        LeadField::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The field's label on the form.
    pub fn label(self) -> &'static str {
        match self {
            LeadField::Name => "Your name",
            LeadField::Email => "Work email",
            LeadField::Company => "Company",
            LeadField::Role => "Role",
            LeadField::Phone => "Phone",
        }
    }

    /// The browser's autocomplete token for the field.
    pub fn autocomplete(self) -> &'static str {
        match self {
            LeadField::Name => "name",
            LeadField::Email => "email",
            LeadField::Company => "organization",
            LeadField::Role => "organization-title",
            LeadField::Phone => "tel",
        }
    }

    /// The input type for the field.
    pub fn input_type(self) -> &'static str {
        match self {
            LeadField::Email => "email",
            LeadField::Phone => "tel",
            _ => "text",
        }
    }
}

/// Where the contact step comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeadPosition {
    /// Before the report: the report shows once the details are given (or skipped).
    #[default]
    BeforeReport,
    /// After the executive summary: the rest of the report shows once they are given.
    AfterSummary,
}

/// The contact step as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadForm {
    /// The fields asked for, in form order, each with whether it is required.
    pub fields: Vec<(LeadField, bool)>,
    /// The consent sentence next to the (unticked) checkbox.
    pub consent_text: String,
    /// The consultancy's privacy policy, linked after the consent sentence.
    pub privacy_url: Option<String>,
    /// Where the step comes.
    pub position: LeadPosition,
    /// Whether the person may go on without giving details.
    pub skippable: bool,
}

/// Contact details that passed every check, field by field in form order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    /// Each filled field and its cleaned value.
    pub fields: Vec<(LeadField, String)>,
}

/// Why the contact step cannot be sent yet, shown beside the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeadProblem {
    /// A required field is empty.
    Missing(LeadField),
    /// The email address is not one.
    NotAnEmail,
    /// The email address holds characters outside the plain set this form takes.
    EmailCharacters,
    /// The phone number is not one.
    NotAPhone,
    /// The value is longer than a field takes.
    TooLong(LeadField),
    /// The consent box is not ticked.
    NoConsent,
}

impl LeadProblem {
    /// The field the problem is about; `None` for the consent box.
    pub fn field(&self) -> Option<LeadField> {
        match self {
            LeadProblem::Missing(field) | LeadProblem::TooLong(field) => Some(*field),
            LeadProblem::NotAnEmail | LeadProblem::EmailCharacters => Some(LeadField::Email),
            LeadProblem::NotAPhone => Some(LeadField::Phone),
            LeadProblem::NoConsent => None,
        }
    }
}

impl LeadField {
    /// The field's label in the reader's words.
    pub fn label_in(self, words: &crate::i18n::Words) -> &str {
        words.get(match self {
            LeadField::Name => "core_lead.name",
            LeadField::Email => "core_lead.email",
            LeadField::Company => "core_lead.company",
            LeadField::Role => "core_lead.role",
            LeadField::Phone => "core_lead.phone",
        })
    }
}

impl LeadProblem {
    /// The sentence in the reader's words.
    pub fn in_words(&self, words: &crate::i18n::Words) -> String {
        match self {
            LeadProblem::Missing(field) => words
                .get(match field {
                    LeadField::Name => "core_lead.missing_name",
                    LeadField::Email => "core_lead.missing_email",
                    LeadField::Company => "core_lead.missing_company",
                    LeadField::Role => "core_lead.missing_role",
                    LeadField::Phone => "core_lead.missing_phone",
                })
                .to_owned(),
            LeadProblem::NotAnEmail => words.get("core_lead.not_an_email").to_owned(),
            LeadProblem::EmailCharacters => words.get("core_lead.email_characters").to_owned(),
            LeadProblem::NotAPhone => words.get("core_lead.not_a_phone").to_owned(),
            LeadProblem::TooLong(field) => words.fill(
                "core_lead.too_long",
                &[
                    ("field", field.label_in(words).into()),
                    ("max", MAX_CHARS.into()),
                ],
            ),
            LeadProblem::NoConsent => words.get("core_lead.no_consent").to_owned(),
        }
    }
}

impl fmt::Display for LeadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LeadProblem::Missing(field) => write!(f, "Enter {}.", missing_phrase(*field)),
            LeadProblem::NotAnEmail => {
                f.write_str("Enter an email address like name@company.com.")
            }
            LeadProblem::EmailCharacters => f.write_str(
                "An email address here can hold only letters, digits and . _ % + - ' before the @, and letters, digits, dots and hyphens after it.",
            ),
            LeadProblem::NotAPhone => f.write_str(
                "Enter a phone number of 7 to 15 digits; spaces, dashes, brackets and a leading + are fine.",
            ),
            LeadProblem::TooLong(field) => {
                write!(f, "{} is longer than {MAX_CHARS} characters.", field.label())
            }
            LeadProblem::NoConsent => {
                f.write_str("Tick the box to agree, so your details can be sent.")
            }
        }
    }
}

fn missing_phrase(field: LeadField) -> &'static str {
    match field {
        LeadField::Name => "your name",
        LeadField::Email => "your work email",
        LeadField::Company => "your company",
        LeadField::Role => "your role",
        LeadField::Phone => "your phone number",
    }
}

/// Longest value any field takes (an email address may be up to 254 characters).
const MAX_CHARS: usize = 254;

/// Checks what was typed into the form: required fields filled, a plain email address (see
/// `email`), a phone number of 7 to 15 digits, nothing too long, and consent given. Values
/// are trimmed, with controls, direction overrides and invisible characters removed.
pub fn validate_contact(
    form: &LeadForm,
    typed: &[(LeadField, String)],
    consent: bool,
) -> Result<Contact, Vec<LeadProblem>> {
    let mut problems = Vec::new();
    let mut contact = Contact::default();
    for (field, required) in &form.fields {
        let raw = typed
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, v)| v.as_str());
        let value = crate::text::one_line(raw, usize::MAX);
        if !crate::text::has_visible(&value) {
            if *required {
                problems.push(LeadProblem::Missing(*field));
            }
            continue;
        }
        if value.chars().count() > MAX_CHARS {
            problems.push(LeadProblem::TooLong(*field));
            continue;
        }
        let problem = match field {
            LeadField::Email => super::email::check_email(&value).err().map(|e| match e {
                EmailProblem::NotAnEmail => LeadProblem::NotAnEmail,
                EmailProblem::UnusualCharacters => LeadProblem::EmailCharacters,
            }),
            LeadField::Phone => (!is_phone(&value)).then_some(LeadProblem::NotAPhone),
            _ => None,
        };
        if let Some(problem) = problem {
            problems.push(problem);
            continue;
        }
        contact.fields.push((*field, value));
    }
    if !consent {
        problems.push(LeadProblem::NoConsent);
    }
    if problems.is_empty() {
        Ok(contact)
    } else {
        Err(problems)
    }
}

/// 7 to 15 digits, with spaces, dashes, dots, brackets and one leading `+` allowed.
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let body = value.strip_prefix('+').unwrap_or(value);
    (7..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
}
