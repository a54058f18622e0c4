//! The configuration keys and their names in `config.json` and in the URL query.

/// One configuration setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// `name`: the consultancy's name.
    Name,
    /// `logo`: the consultancy's logo address.
    Logo,
    /// `accent`: the accent color.
    Accent,
    /// `text`: the body text color.
    Text,
    /// `cta_label`: the call to action's label.
    CtaLabel,
    /// `cta_url`: where the call to action leads.
    CtaUrl,
    /// `cta_text`: the call to action's sentence.
    CtaText,
    /// `modules`: which modules are offered, in order.
    Modules,
    /// `parent_origin`: the one origin events go to.
    Origin,
    /// `welcome`: whether the welcome screen shows.
    Welcome,
    /// `events_include_answers`: whether the report event carries the answers.
    AnswersInEvents,
    /// `lock_branding`: whether a URL may change the name, logo, colors and call to action.
    LockBranding,
    /// `logo_hosts`: the https origins a logo may be loaded from.
    LogoHosts,
    /// `lead_fields`: the contact fields asked for before the report (turns the step on).
    LeadFields,
    /// `lead_required`: which of those must be filled.
    LeadRequired,
    /// `lead_consent_text`: the consent sentence beside the checkbox.
    LeadConsentText,
    /// `lead_privacy_url`: the privacy policy linked after it.
    LeadPrivacyUrl,
    /// `lead_position`: before the report, or after its summary.
    LeadPosition,
    /// `lead_skippable`: whether the person may go on without giving details.
    LeadSkippable,
    /// `cta_by_level`: a call to action per range of overall levels.
    CtaByLevel,
    /// `primary_way`: which way the welcome offers first, the quick check or the full assessment.
    PrimaryWay,
}

impl Key {
    /// Every key, in the order the documentation lists them.
    pub const ALL: [Key; 21] = [
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
        Key::LockBranding,
        Key::LogoHosts,
        Key::LeadFields,
        Key::LeadRequired,
        Key::LeadConsentText,
        Key::LeadPrivacyUrl,
        Key::LeadPosition,
        Key::LeadSkippable,
        Key::CtaByLevel,
        Key::PrimaryWay,
    ];

    /// The settings that brand the widget and lead the visitor on: a URL may change them only
    /// while `config.json` leaves them unlocked.
    pub const BRANDING: [Key; 7] = [
        Key::Name,
        Key::Logo,
        Key::Accent,
        Key::Text,
        Key::CtaLabel,
        Key::CtaUrl,
        Key::CtaText,
    ];

    /// Whether only `config.json` may set this: it loosens where data goes or who may brand
    /// the widget, and a URL can be written by any page that frames it.
    pub fn file_only(self) -> bool {
        matches!(
            self,
            Key::LockBranding
                | Key::LogoHosts
                | Key::LeadFields
                | Key::LeadRequired
                | Key::LeadConsentText
                | Key::LeadPrivacyUrl
                | Key::LeadPosition
                | Key::LeadSkippable
                | Key::CtaByLevel
        )
    }

    /// The key in `config.json`.
    pub fn file_name(self) -> &'static str {
        match self {
            Key::Name => "consultancy_name",
            Key::Logo => "logo_url",
            Key::Text => "text_color",
            Key::Origin => "parent_origin",
            Key::Welcome => "show_welcome",
            Key::AnswersInEvents => "events_include_answers",
            _ => self.query_name(),
        }
    }

    /// What still applies when one entry of this key's list is left out, as the end of a
    /// console warning.
    pub fn rest_of_list(self) -> &'static str {
        match self {
            Key::Modules => "the other modules listed are offered",
            Key::CtaByLevel => {
                "the other entries apply, and a level none of them covers gets the single call to action"
            }
            Key::LogoHosts => "a logo may still load from the other hosts listed",
            Key::LeadFields => "the other fields listed are asked for",
            Key::LeadRequired => "the other fields listed are required",
            _ => "the rest of the value applies",
        }
    }

    /// The key in `config.json` as earlier versions spelled it, still accepted.
    pub fn former_file_name(self) -> Option<&'static str> {
        match self {
            Key::Text => Some("text_colour"),
            _ => None,
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
            Key::LockBranding => "lock_branding",
            Key::LogoHosts => "logo_hosts",
            Key::LeadFields => "lead_fields",
            Key::LeadRequired => "lead_required",
            Key::LeadConsentText => "lead_consent_text",
            Key::LeadPrivacyUrl => "lead_privacy_url",
            Key::LeadPosition => "lead_position",
            Key::LeadSkippable => "lead_skippable",
            Key::CtaByLevel => "cta_by_level",
            Key::PrimaryWay => "primary_way",
        }
    }
}
