//! Configuration without a rebuild: a `config.json` deployed beside the app and URL query
//! parameters, merged and validated into one [`Config`]. Every rejected value leaves the value
//! it would have replaced and is reported as a [`ConfigWarning`] naming its key.

mod address;
mod keys;
mod merge;
mod query;
mod reach;
mod rules;

use std::fmt;

use crate::i18n::Words;
use crate::model::ModuleId;

pub use keys::{KEYS, Key, KeyRow, Kind};
pub use query::percent_decode;
pub use reach::{Placement, Unreachable, host_reach, keep_lead_where_received};

/// The app's configuration, after validation; every field holds a safe value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Who offers the assessment; shown in the header and on the report.
    pub consultancy_name: String,
    /// An `https:` or relative image address.
    pub logo_url: Option<String>,
    /// Accent color, `#rgb` or `#rrggbb` (lower case).
    pub accent: Option<String>,
    /// Body text color, `#rgb` or `#rrggbb` (lower case).
    pub text_color: Option<String>,
    /// The call-to-action heading or link text on the report.
    pub cta_label: String,
    /// Where the call to action leads (`https:` or relative); `None` shows the text only.
    pub cta_url: Option<String>,
    /// One or two sentences under the call-to-action label.
    pub cta_text: String,
    /// Modules offered, in this order; `None` offers every module in content order.
    pub modules: Option<Vec<String>>,
    /// The only origin events are posted to; `None` posts no events at all.
    pub parent_origin: Option<String>,
    /// Whether the welcome screen is shown before choosing modules.
    pub show_welcome: bool,
    /// Whether the welcome offers the full assessment as its main button; by default the quick
    /// check is the main path on a first visit.
    pub full_primary: bool,
    /// Whether the report event carries a share token holding the answers.
    pub events_include_answers: bool,
    /// Whether URL parameters are kept from changing the branding and call to action: as
    /// `config.json` says, or, when it does not say, whether it sets any of them itself.
    pub lock_branding: bool,
    /// The https origins a logo may come from, besides the app's own files and data URLs.
    pub logo_hosts: Vec<String>,
    /// The contact step, when config.json turns it on and names where events go.
    pub lead: Option<crate::funnel::LeadForm>,
    /// Calls to action by overall level; the first that covers the level is shown, and the
    /// single call to action above otherwise.
    pub cta_by_level: Vec<crate::funnel::LevelCta>,
    /// The host page's campaign tags (`utm_source`, …), carried on every event.
    pub utm: Vec<(String, String)>,
    /// The language the interface opens in (`language`, or `lang` in the URL); `None` follows
    /// the browser's languages (see `i18n::choose`).
    pub language: Option<String>,
    /// The languages offered in the header's menu; `None` offers every language the app has.
    pub languages: Option<Vec<String>>,
    /// The consultancy edition's file name beside config.json (`content::edition`).
    pub edition: Option<String>,
}

/// The product's name where a host names no consultancy; shown in the reader's words.
const DEFAULT_NAME: &str = "Partnering maturity self-assessment";
/// The call to action's label and text where a host writes none; shown in the reader's words.
const DEFAULT_CTA_LABEL: &str = "Talk to a partnering advisor";
const DEFAULT_CTA_TEXT: &str = "Want a second pair of eyes on these results? An experienced \
                                alliance practitioner can walk through them with your team and \
                                agree the first three moves.";

/// A configured text, or, where the host left the default, the default in the reader's words.
fn configured_or<'a>(text: &'a str, default: &str, in_words: &'a str) -> &'a str {
    if text == default { in_words } else { text }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            consultancy_name: DEFAULT_NAME.into(),
            logo_url: None,
            accent: None,
            text_color: None,
            cta_label: DEFAULT_CTA_LABEL.into(),
            cta_url: None,
            cta_text: DEFAULT_CTA_TEXT.into(),
            modules: None,
            parent_origin: None,
            show_welcome: true,
            full_primary: false,
            events_include_answers: false,
            lock_branding: false,
            logo_hosts: Vec::new(),
            lead: None,
            cta_by_level: Vec::new(),
            utm: Vec::new(),
            language: None,
            languages: None,
            edition: None,
        }
    }
}

/// The origin of an address (`https://host.example/page?q` gives `https://host.example`),
/// written as `parent_origin` is once validated, so the two compare exactly; `None` when it has
/// none an event could be posted to.
pub fn origin_of(address: &str) -> Option<String> {
    let (scheme, rest) = address.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.contains('@') {
        return None;
    }
    address::origin(&format!("{scheme}://{authority}")).ok()
}

/// An absolute `https:` link with a plain host name (an edition's action links to one), or why
/// it is refused: relative paths, other schemes, spaces, control characters, quotes and angle
/// brackets.
pub fn https_link(value: &str) -> Result<String, String> {
    let link = address::link(value)?;
    if link.contains(['"', '<', '>', '`']) {
        return Err(format!(
            "{} holds quotes or angle brackets; percent-encode them",
            rules::shown(&link)
        ));
    }
    if link
        .get(..8)
        .is_some_and(|head| head.eq_ignore_ascii_case("https://"))
    {
        Ok(link)
    } else {
        Err(format!("{} is not an https: address", rules::shown(&link)))
    }
}

/// Where a configuration value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `config.json` beside the app.
    File,
    /// A URL query parameter.
    Query,
}

/// What applies instead of a value that was ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// The built-in default.
    Default,
    /// The built-in defaults for everything the file would have set.
    Defaults,
    /// The valid value from `config.json` (a URL parameter was rejected).
    ConfigFile,
    /// The rest of the key's list still applies (each list key says what that means).
    OtherEntries(Key),
    /// Nothing: the key means nothing to the app.
    Nothing,
}

/// A configuration value that was ignored, and why; shown in the browser console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The key as written in its source (`accent`, `text_color`, `config.json`, …).
    pub key: String,
    /// Why the value was ignored.
    pub message: String,
    /// Where the ignored value came from.
    pub source: Source,
    /// What applies instead.
    pub fallback: Fallback,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let from = match self.source {
            Source::File => "config.json",
            Source::Query => "the URL",
        };
        write!(
            f,
            "config: `{}` ignored: {} (in {from})",
            self.key, self.message
        )?;
        match self.fallback {
            Fallback::Default => f.write_str("; using the default."),
            Fallback::Defaults => f.write_str("; using the defaults."),
            Fallback::ConfigFile => f.write_str("; using the value from config.json."),
            Fallback::OtherEntries(key) => write!(f, "; {}.", key.rest_of_list()),
            Fallback::Nothing => f.write_str("."),
        }
    }
}

impl Config {
    /// Merges `config.json` (if any) and then the URL query (`?a=b&…`, leading `?` optional),
    /// so query parameters override the file. `known_modules` are the content's module ids.
    pub fn from_sources(
        json: Option<&str>,
        query: &str,
        known_modules: &[&str],
    ) -> (Config, Vec<ConfigWarning>) {
        let mut merge = merge::Merge::new(known_modules);
        if let Some(json) = json {
            merge.file(json);
        }
        merge.query(query);
        merge.finish()
    }

    /// CSS custom properties for the configured colors, to set on the document element.
    /// A configured accent also sets `--pm-accent-text` to black or white, whichever reads
    /// better on it, so primary buttons stay legible with a light accent.
    pub fn css_variables(&self) -> Vec<(&'static str, String)> {
        let mut variables = Vec::new();
        if let Some(accent) = &self.accent {
            variables.push(("--pm-accent", accent.clone()));
            if let Some(on_accent) = rules::text_on(accent) {
                variables.push(("--pm-accent-text", on_accent.to_owned()));
            }
        }
        if let Some(text) = &self.text_color {
            variables.push(("--pm-text", text.clone()));
        }
        variables
    }

    /// The call to action for an overall level: the first of `cta_by_level` that covers it,
    /// or the single call to action (also when there is no overall level); a label or text the
    /// host left at its default is in the reader's words.
    pub fn cta_for<'a>(
        &'a self,
        level: Option<u8>,
        words: &'a Words,
    ) -> (&'a str, &'a str, Option<&'a str>) {
        match level.and_then(|level| self.cta_by_level.iter().find(|c| c.covers(level))) {
            Some(cta) => (&cta.label, &cta.text, cta.url.as_deref()),
            None => (
                configured_or(
                    &self.cta_label,
                    DEFAULT_CTA_LABEL,
                    words.get("core_config.cta_label"),
                ),
                configured_or(
                    &self.cta_text,
                    DEFAULT_CTA_TEXT,
                    words.get("core_config.cta_text"),
                ),
                self.cta_url.as_deref(),
            ),
        }
    }

    /// Who offers the assessment: the configured name, or the product's name in the reader's
    /// words where the host names none.
    pub fn name_in<'a>(&'a self, words: &'a Words) -> &'a str {
        configured_or(
            &self.consultancy_name,
            DEFAULT_NAME,
            words.get("core_config.name"),
        )
    }

    /// Whether events may be posted to, and host messages accepted from, `origin`: only the
    /// configured parent origin, compared exactly; never `*` or `null`.
    pub fn allows_event_origin(&self, origin: &str) -> bool {
        origin != "*" && origin != "null" && self.parent_origin.as_deref() == Some(origin)
    }

    /// The module ids to offer, in order: the configured ones, or all of `all` (content order).
    pub fn offered_modules(&self, all: &[&str]) -> Vec<ModuleId> {
        match &self.modules {
            Some(modules) => modules
                .iter()
                .map(|id| ModuleId::from(id.as_str()))
                .collect(),
            None => all.iter().map(|id| ModuleId::from(*id)).collect(),
        }
    }

    /// The chosen modules that the configuration no longer offers (saved progress from before
    /// it changed), in the order chosen, so they can be shown and unticked rather than taken
    /// unseen. Ids not in `all` are left out.
    pub fn withdrawn_modules(&self, all: &[&str], chosen: &[ModuleId]) -> Vec<ModuleId> {
        let offered = self.offered_modules(all);
        chosen
            .iter()
            .filter(|id| all.contains(&id.as_str()) && !offered.contains(id))
            .cloned()
            .collect()
    }
}
