//! The configuration keys: one row per key ([`KEYS`]) with its names in `config.json`, in the
//! URL query (and the embed script's `data-config-*`), its former name, the kind of value it
//! takes, whether only `config.json` may set it and whether it brands the widget. Merging and
//! validation read these facts from the row; adding a key is one variant, one row and the line
//! that stores its value (`merge::store`).

/// One configuration setting; its facts are its row of [`KEYS`], at its own position.
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
    /// `lang`: the language the interface opens in.
    Language,
    /// `languages`: the languages offered in the header's menu.
    Languages,
    /// `edition`: the consultancy edition's file beside config.json.
    Edition,
}

/// The kind of value a key takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text (in config.json, a string).
    Text,
    /// true or false (in a URL, also 1 or 0).
    Flag,
    /// A list of strings (in a URL, separated by commas); what the items are, for messages.
    List(&'static str),
    /// A list of objects (`cta_by_level`), read by its own rules.
    Entries,
}

impl Kind {
    /// What a value of this kind must be, as the end of a console warning.
    pub fn expected(self) -> String {
        match self {
            Kind::Text => "text in quotes".into(),
            Kind::Flag => "true or false".into(),
            Kind::List(items) => format!("a list of {items} in quotes"),
            Kind::Entries => "a list of objects with levels, label, text and url".into(),
        }
    }
}

/// A key's facts: one row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRow {
    /// The key.
    pub key: Key,
    /// Its name in `config.json`.
    pub file_name: &'static str,
    /// Its URL query parameter (kebab case in `data-config-*`).
    pub query_name: &'static str,
    /// Its name in `config.json` as earlier versions spelled it, still accepted.
    pub former_file_name: Option<&'static str>,
    /// The kind of value it takes.
    pub kind: Kind,
    /// Only `config.json` may set it: it loosens where data goes or who may brand the widget,
    /// and a URL can be written by any page that frames it.
    pub file_only: bool,
    /// It brands the widget or leads the visitor on: a URL may change it only while
    /// `config.json` leaves the branding unlocked.
    pub branding: bool,
    /// What still applies when one entry of its list is left out (the end of a warning).
    pub rest_of_list: &'static str,
}

const REST: &str = "the rest of the value applies";

#[allow(clippy::too_many_arguments)]
const fn row(
    key: Key,
    file_name: &'static str,
    query_name: &'static str,
    former_file_name: Option<&'static str>,
    kind: Kind,
    file_only: bool,
    branding: bool,
    rest_of_list: &'static str,
) -> KeyRow {
    KeyRow {
        key,
        file_name,
        query_name,
        former_file_name,
        kind,
        file_only,
        branding,
        rest_of_list,
    }
}

use Kind::{Entries, Flag, List, Text};

/// Every key, in the order the documentation lists them (and of the `Key` variants).
#[rustfmt::skip]
pub const KEYS: [KeyRow; 24] = [
    //  key                   file name                 query name             former name         kind                       file   brand  rest of a list
    row(Key::Name,            "consultancy_name",       "name",                None,               Text,                      false, true,  REST),
    row(Key::Logo,            "logo_url",               "logo",                None,               Text,                      false, true,  REST),
    row(Key::Accent,          "accent",                 "accent",              None,               Text,                      false, true,  REST),
    row(Key::Text,            "text_color",             "text",                Some("text_colour"), Text,                     false, true,  REST),
    row(Key::CtaLabel,        "cta_label",              "cta_label",           None,               Text,                      false, true,  REST),
    row(Key::CtaUrl,          "cta_url",                "cta_url",             None,               Text,                      false, true,  REST),
    row(Key::CtaText,         "cta_text",               "cta_text",            None,               Text,                      false, true,  REST),
    row(Key::Modules,         "modules",                "modules",             None,               List("module ids"),        false, false, "the other modules listed are offered"),
    row(Key::Origin,          "parent_origin",          "origin",              None,               Text,                      false, false, REST),
    row(Key::Welcome,         "show_welcome",           "welcome",             None,               Flag,                      false, false, REST),
    row(Key::AnswersInEvents, "events_include_answers", "answers_in_events",   None,               Flag,                      false, false, REST),
    row(Key::LockBranding,    "lock_branding",          "lock_branding",       None,               Flag,                      true,  false, REST),
    row(Key::LogoHosts,       "logo_hosts",             "logo_hosts",          None,               List("origins"),           true,  false, "a logo may still load from the other hosts listed"),
    row(Key::LeadFields,      "lead_fields",            "lead_fields",         None,               List("field names"),       true,  false, "the other fields listed are asked for"),
    row(Key::LeadRequired,    "lead_required",          "lead_required",       None,               List("field names"),       true,  false, "the other fields listed are required"),
    row(Key::LeadConsentText, "lead_consent_text",      "lead_consent_text",   None,               Text,                      true,  false, REST),
    row(Key::LeadPrivacyUrl,  "lead_privacy_url",       "lead_privacy_url",    None,               Text,                      true,  false, REST),
    row(Key::LeadPosition,    "lead_position",          "lead_position",       None,               Text,                      true,  false, REST),
    row(Key::LeadSkippable,   "lead_skippable",         "lead_skippable",      None,               Flag,                      true,  false, REST),
    row(Key::CtaByLevel,      "cta_by_level",           "cta_by_level",        None,               Entries,                   true,  false, "the other entries apply, and a level none of them covers gets the single call to action"),
    row(Key::PrimaryWay,      "primary_way",            "primary_way",         None,               Text,                      false, false, REST),
    row(Key::Language,        "language",               "lang",                None,               Text,                      false, false, REST),
    row(Key::Languages,       "languages",              "languages",           None,               List("language tags"),     false, false, "the other languages listed are offered"),
    row(Key::Edition,         "edition",                "edition",             None,               Text,                      true,  false, REST),
];

/// The row a key would have if the table missed it (a test rules that out).
const MISSING: KeyRow = row(Key::Name, "", "", None, Text, true, false, REST);

impl Key {
    /// Every key, in the table's order.
    pub fn all() -> impl Iterator<Item = Key> {
        KEYS.iter().map(|row| row.key)
    }

    /// This key's row of [`KEYS`].
    pub fn row(self) -> &'static KeyRow {
        KEYS.get(self as usize)
            .filter(|row| row.key == self)
            .unwrap_or(&MISSING)
    }

    /// The key in `config.json`.
    pub fn file_name(self) -> &'static str {
        self.row().file_name
    }

    /// The key in `config.json` as earlier versions spelled it, still accepted.
    pub fn former_file_name(self) -> Option<&'static str> {
        self.row().former_file_name
    }

    /// The URL query parameter (and, in kebab case, the embed script's `data-config-*`).
    pub fn query_name(self) -> &'static str {
        self.row().query_name
    }

    /// The kind of value it takes.
    pub fn kind(self) -> Kind {
        self.row().kind
    }

    /// Whether only `config.json` may set this.
    pub fn file_only(self) -> bool {
        self.row().file_only
    }

    /// Whether this brands the widget (a URL may change it only while unlocked).
    pub fn branding(self) -> bool {
        self.row().branding
    }

    /// What still applies when one entry of this key's list is left out, as the end of a
    /// console warning.
    pub fn rest_of_list(self) -> &'static str {
        self.row().rest_of_list
    }
}
