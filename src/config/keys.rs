//! The configuration keys and their names in `config.json` and in the URL query.

/// One configuration setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Name,
    Logo,
    Accent,
    Text,
    CtaLabel,
    CtaUrl,
    CtaText,
    Modules,
    Origin,
    Welcome,
    AnswersInEvents,
}

impl Key {
    pub const ALL: [Key; 11] = [
        Key::Name,
        Key::Logo,
        Key::Accent,
        Key::Text,
        Key::CtaLabel,
        Key::CtaUrl,
        Key::CtaText,
        Key::Modules,
        Key::Origin,
        Key::Welcome,
        Key::AnswersInEvents,
    ];

    /// The key in `config.json`.
    pub fn file_name(self) -> &'static str {
        match self {
            Key::Name => "consultancy_name",
            Key::Logo => "logo_url",
            Key::Text => "text_colour",
            Key::Origin => "parent_origin",
            Key::Welcome => "show_welcome",
            Key::AnswersInEvents => "events_include_answers",
            _ => self.query_name(),
        }
    }

    /// The URL query parameter (and, in kebab case, the embed script's `data-config-*`).
    pub fn query_name(self) -> &'static str {
        match self {
            Key::Name => "name",
            Key::Logo => "logo",
            Key::Accent => "accent",
            Key::Text => "text",
            Key::CtaLabel => "cta_label",
            Key::CtaUrl => "cta_url",
            Key::CtaText => "cta_text",
            Key::Modules => "modules",
            Key::Origin => "origin",
            Key::Welcome => "welcome",
            Key::AnswersInEvents => "answers_in_events",
        }
    }
}
