//! Merging the sources: each raw value from `config.json` or the query is checked and applied,
//! or reported with what stays in its place.

use serde_json::Value;

use super::address;
use super::keys::{Key, Kind};
use super::rules::{self, Issue};
use super::{Config, ConfigWarning, Fallback, Source, query};

/// `config.json` larger than this is not read (a real one is a few hundred bytes).
const MAX_FILE_BYTES: usize = 64 * 1024;

/// A value as read from a source, before validation.
enum Input {
    Text(String),
    List(Vec<String>),
    Flag(bool),
    /// Structured JSON, for the keys that take objects.
    Json(Value),
}

/// The contact step's settings as read, resolved once every source is in.
#[derive(Default)]
struct LeadParts {
    fields: Option<Vec<crate::funnel::LeadField>>,
    required: Vec<crate::funnel::LeadField>,
    consent_text: Option<String>,
    privacy_url: Option<String>,
    position: crate::funnel::LeadPosition,
    skippable: bool,
}

/// Configuration being assembled from its sources, with the warnings so far.
pub(super) struct Merge<'a> {
    config: Config,
    warnings: Vec<ConfigWarning>,
    from_file: Vec<Key>,
    known: &'a [&'a str],
    /// `lock_branding` as config.json gives it, if it does.
    lock: Option<bool>,
    /// Where the logo address came from, to report it if its host is not allowed.
    logo_source: Option<Source>,
    lead: LeadParts,
}

impl<'a> Merge<'a> {
    pub fn new(known: &'a [&'a str]) -> Self {
        Self {
            config: Config::default(),
            warnings: Vec::new(),
            from_file: Vec::new(),
            known,
            lock: None,
            logo_source: None,
            lead: LeadParts::default(),
        }
    }

    /// Whether URL parameters may not change the branding: as config.json says, or locked
    /// when config.json sets any branding itself.
    fn branding_locked(&self) -> bool {
        self.lock
            .unwrap_or_else(|| Key::all().any(|k| k.branding() && self.from_file.contains(&k)))
    }

    pub fn finish(mut self) -> (Config, Vec<ConfigWarning>) {
        self.config.lock_branding = self.branding_locked();
        // A logo on another host loads only from a host config.json lists: the image request
        // would tell that host who looked at the widget, and a URL could point it anywhere.
        if let Some(logo) = self.config.logo_url.clone()
            && let Some(origin) = address::https_origin(&logo)
            && !self.config.logo_hosts.contains(&origin)
        {
            self.config.logo_url = None;
            let source = self.logo_source.unwrap_or(Source::File);
            let key = match source {
                Source::File => Key::Logo.file_name(),
                Source::Query => Key::Logo.query_name(),
            };
            let message = format!(
                "{origin} is not listed in logo_hosts in config.json; use a path beside the app, a data: image, or list the host"
            );
            self.warn(key, message, source, Fallback::Default);
        }
        self.finish_lead();
        (self.config, self.warnings)
    }

    /// The contact step is shown only when config.json itself names the page that receives
    /// the details: a URL (which any framing page chooses) never decides where they go.
    fn finish_lead(&mut self) {
        let parts = std::mem::take(&mut self.lead);
        let Some(fields) = parts.fields.filter(|f| !f.is_empty()) else {
            return;
        };
        if !self.from_file.contains(&Key::Origin) {
            let message = "the contact step needs parent_origin set in config.json, the one page the details may go to; it is not shown".to_owned();
            self.warn(
                Key::LeadFields.file_name(),
                message,
                Source::File,
                Fallback::Nothing,
            );
            return;
        }
        let consent_text = parts.consent_text.unwrap_or_else(|| {
            format!(
                "I agree that {} may contact me about these results and keep my details as its privacy policy describes.",
                self.config.consultancy_name
            )
        });
        self.config.lead = Some(crate::funnel::LeadForm {
            fields: fields
                .iter()
                .map(|f| (*f, parts.required.contains(f)))
                .collect(),
            consent_text,
            privacy_url: parts.privacy_url,
            position: parts.position,
            skippable: parts.skippable,
        });
    }

    pub fn file(&mut self, json: &str) {
        let json = json.trim_start_matches('\u{feff}').trim();
        let problem = if json.len() > MAX_FILE_BYTES {
            Some("it is larger than 64 KB".to_owned())
        } else if json.starts_with('<') {
            Some(
                "it is an HTML page, not JSON (the server may answer missing files with a page)"
                    .into(),
            )
        } else {
            match serde_json::from_str::<Value>(json) {
                Ok(Value::Object(map)) => {
                    for (name, value) in map {
                        self.file_entry(&name, value);
                    }
                    None
                }
                Ok(_) => Some("it is not a JSON object of settings".into()),
                Err(error) => Some(format!(
                    "it is not valid JSON (line {}, column {})",
                    error.line(),
                    error.column()
                )),
            }
        };
        if let Some(message) = problem {
            self.warn("config.json", message, Source::File, Fallback::Defaults);
        }
    }

    fn file_entry(&mut self, name: &str, value: Value) {
        let Some(key) =
            Key::all().find(|k| k.file_name() == name || k.former_file_name() == Some(name))
        else {
            let known: Vec<&str> = Key::all().map(Key::file_name).collect();
            let message = format!("not a setting (settings: {})", known.join(", "));
            self.warn(name, message, Source::File, Fallback::Nothing);
            return;
        };
        let input = match (key.kind(), value) {
            // `null` means "not set": the default stays, silently.
            (_, Value::Null) => return,
            (Kind::Flag, Value::Bool(flag)) => Some(Input::Flag(flag)),
            (Kind::Entries, value @ Value::Array(_)) => Some(Input::Json(value)),
            (Kind::List(_), Value::Array(items)) => items
                .into_iter()
                .map(|item| match item {
                    Value::String(id) => Some(id),
                    _ => None,
                })
                .collect::<Option<Vec<String>>>()
                .map(Input::List),
            (Kind::Text, Value::String(text)) => Some(Input::Text(text)),
            (_, _) => None,
        };
        match input {
            Some(input) => self.apply(key, input, Source::File),
            None => {
                let message = format!("its value must be {}", key.kind().expected());
                self.warn(name, message, Source::File, Fallback::Default);
            }
        }
    }

    pub fn query(&mut self, query: &str) {
        for (name, raw) in query::pairs(query) {
            // Campaign tags the host page passes on travel with every event, cleaned.
            if crate::funnel::UTM_KEYS.contains(&name) {
                let value = query::percent_decode(raw).and_then(|v| rules::text(&v, 100).ok());
                if let Some(value) = value {
                    self.config.utm.retain(|(k, _)| k != name);
                    self.config.utm.push((name.to_owned(), value));
                }
                continue;
            }
            // Unknown parameters are the host's business (tracking tags and the like).
            let Some(key) = Key::all().find(|k| k.query_name() == name) else {
                continue;
            };
            let fallback = self.fallback(key);
            // The operator's config.json has the last word on where events go.
            if key == Key::Origin && self.from_file.contains(&key) {
                let message =
                    "config.json already names the page allowed to receive events".to_owned();
                self.warn(key.query_name(), message, Source::Query, fallback);
                continue;
            }
            if key.file_only() {
                let message = "only config.json can set this".to_owned();
                self.warn(key.query_name(), message, Source::Query, fallback);
                continue;
            }
            // Any page can frame the widget with a URL of its choosing; the consultancy's
            // own branding and call to action are not for it to change.
            if key.branding() && self.branding_locked() {
                let message = "config.json sets the branding, so a URL cannot change it (set lock_branding to false in config.json to allow this)".to_owned();
                self.warn(key.query_name(), message, Source::Query, fallback);
                continue;
            }
            let Some(value) = query::percent_decode(raw) else {
                let message = "its value is not correctly URL-encoded".to_owned();
                self.warn(key.query_name(), message, Source::Query, fallback);
                continue;
            };
            let input = match key.kind() {
                Kind::List(_) => Input::List(value.split(',').map(str::to_owned).collect()),
                // Answers may leave the widget only if the operator's config.json says so; a
                // URL (which any page that frames the widget can choose) can only turn it off.
                Kind::Flag if key == Key::AnswersInEvents && rules::flag(&value) == Some(true) => {
                    let message = "only config.json can send answers with events".to_owned();
                    self.warn(key.query_name(), message, Source::Query, fallback);
                    continue;
                }
                Kind::Flag => match rules::flag(&value) {
                    Some(flag) => Input::Flag(flag),
                    None => {
                        let message =
                            format!("{} is not 1, 0, true or false", rules::shown(&value));
                        self.warn(key.query_name(), message, Source::Query, fallback);
                        continue;
                    }
                },
                _ => Input::Text(value),
            };
            self.apply(key, input, Source::Query);
        }
    }

    /// What stays when a value for `key` is rejected now.
    fn fallback(&self, key: Key) -> Fallback {
        if self.from_file.contains(&key) {
            Fallback::ConfigFile
        } else {
            Fallback::Default
        }
    }

    fn apply(&mut self, key: Key, input: Input, source: Source) {
        let fallback = self.fallback(key);
        let name = match source {
            Source::File => key.file_name(),
            Source::Query => key.query_name(),
        };
        if let (Key::LockBranding, Input::Flag(flag)) = (key, &input) {
            self.lock = Some(*flag);
        }
        if matches!(
            key,
            Key::LeadFields
                | Key::LeadRequired
                | Key::LeadConsentText
                | Key::LeadPrivacyUrl
                | Key::LeadPosition
                | Key::LeadSkippable
        ) {
            let name = key.file_name();
            match lead_part(&mut self.lead, key, input) {
                Ok(issues) => {
                    self.from_file.push(key);
                    for issue in issues {
                        let (Issue::Dropped(message) | Issue::Rejected(message)) = issue;
                        self.warn(name, message, source, Fallback::OtherEntries(key));
                    }
                }
                Err(message) => self.warn(name, message, source, fallback),
            }
            return;
        }
        let issues = match set(&mut self.config, key, input, self.known) {
            Ok(issues) => {
                if source == Source::File {
                    self.from_file.push(key);
                }
                if key == Key::Logo {
                    self.logo_source = Some(source);
                }
                issues
            }
            Err(message) => vec![Issue::Rejected(message)],
        };
        for issue in issues {
            match issue {
                Issue::Rejected(message) => self.warn(name, message, source, fallback),
                Issue::Dropped(message) => {
                    self.warn(name, message, source, Fallback::OtherEntries(key));
                }
            }
        }
    }

    fn warn(&mut self, key: &str, message: String, source: Source, fallback: Fallback) {
        self.warnings.push(ConfigWarning {
            key: key.to_owned(),
            message,
            source,
            fallback,
        });
    }
}

/// Reads one of the contact step's settings.
fn lead_part(lead: &mut LeadParts, key: Key, input: Input) -> Result<Vec<Issue>, String> {
    use crate::funnel::{LeadField, LeadPosition};
    let fields = |ids: Vec<String>| -> (Vec<LeadField>, Vec<Issue>) {
        let mut issues = Vec::new();
        let mut fields: Vec<LeadField> = Vec::new();
        for id in ids {
            match LeadField::from_id(&id) {
                Some(field) if !fields.contains(&field) => fields.push(field),
                Some(_) => {}
                None => issues.push(Issue::Dropped(format!(
                    "{} is not a field (fields: name, email, company, role, phone)",
                    rules::shown(&id)
                ))),
            }
        }
        (fields, issues)
    };
    match (key, input) {
        (Key::LeadFields, Input::List(ids)) => {
            let (list, issues) = fields(ids);
            if list.is_empty() {
                return Err("it names no known field".into());
            }
            lead.fields = Some(list);
            Ok(issues)
        }
        (Key::LeadRequired, Input::List(ids)) => {
            let (list, issues) = fields(ids);
            lead.required = list;
            Ok(issues)
        }
        (Key::LeadConsentText, Input::Text(text)) => {
            lead.consent_text = Some(rules::text(&text, 400)?);
            Ok(Vec::new())
        }
        (Key::LeadPrivacyUrl, Input::Text(text)) => {
            lead.privacy_url = Some(address::link(&text)?);
            Ok(Vec::new())
        }
        (Key::LeadPosition, Input::Text(text)) => {
            lead.position = match text.trim() {
                "before_report" => LeadPosition::BeforeReport,
                "after_summary" => LeadPosition::AfterSummary,
                other => {
                    return Err(format!(
                        "{} is not before_report or after_summary",
                        rules::shown(other)
                    ));
                }
            };
            Ok(Vec::new())
        }
        (Key::LeadSkippable, Input::Flag(flag)) => {
            lead.skippable = flag;
            Ok(Vec::new())
        }
        _ => Err("its value has the wrong kind".into()),
    }
}

/// Reads `cta_by_level`: each entry needs levels (a level, or `[from, to]`) and a label; text
/// and url are optional. An entry that fails is left out with its reason.
fn level_ctas(value: Value) -> Result<(Vec<crate::funnel::LevelCta>, Vec<Issue>), String> {
    let Value::Array(entries) = value else {
        return Err("its value must be a list of objects".into());
    };
    let mut ctas = Vec::new();
    let mut issues = Vec::new();
    for (at, entry) in entries.into_iter().enumerate().take(10) {
        let number = at + 1;
        let level = |v: &Value| v.as_u64().filter(|l| (1..=5).contains(l)).map(|l| l as u8);
        let range = match entry.get("levels") {
            Some(Value::Array(pair)) if pair.len() == 2 => pair
                .first()
                .and_then(level)
                .zip(pair.get(1).and_then(level))
                .filter(|(from, to)| from <= to),
            Some(single) => level(single).map(|l| (l, l)),
            None => None,
        };
        let Some((from, to)) = range else {
            issues.push(Issue::Dropped(format!(
                "entry {number} needs levels: a level from 1 to 5, or [from, to]"
            )));
            continue;
        };
        let text_of = |name: &str, max: usize| match entry.get(name) {
            Some(Value::String(text)) => rules::text(text, max).map(Some),
            Some(_) => Err(format!("its {name} must be text in quotes")),
            None => Ok(None),
        };
        let label = match text_of("label", 120) {
            Ok(Some(label)) => label,
            Ok(None) => {
                issues.push(Issue::Dropped(format!("entry {number} needs a label")));
                continue;
            }
            Err(reason) => {
                issues.push(Issue::Dropped(format!("entry {number}: {reason}")));
                continue;
            }
        };
        let text = match text_of("text", 300) {
            Ok(text) => text.unwrap_or_default(),
            Err(reason) => {
                issues.push(Issue::Dropped(format!("entry {number}: {reason}")));
                continue;
            }
        };
        let url = match entry.get("url") {
            Some(Value::String(url)) => match address::link(url) {
                Ok(url) => Some(url),
                Err(reason) => {
                    issues.push(Issue::Dropped(format!("entry {number}: {reason}")));
                    continue;
                }
            },
            Some(_) => {
                issues.push(Issue::Dropped(format!(
                    "entry {number}: its url must be text in quotes"
                )));
                continue;
            }
            None => None,
        };
        ctas.push(crate::funnel::LevelCta {
            from,
            to,
            label,
            text,
            url,
        });
    }
    Ok((ctas, issues))
}

/// Validates `input` for `key` and stores it; `Err` leaves the configuration unchanged.
fn set(config: &mut Config, key: Key, input: Input, known: &[&str]) -> Result<Vec<Issue>, String> {
    match (key, input) {
        (Key::Welcome, Input::Flag(flag)) => config.show_welcome = flag,
        (Key::PrimaryWay, Input::Text(text)) => {
            config.full_primary = match text.trim() {
                "quick" => false,
                "full" => true,
                other => {
                    return Err(format!(
                        "{} is not \"quick\" or \"full\"",
                        rules::shown(other)
                    ));
                }
            }
        }
        (Key::AnswersInEvents, Input::Flag(flag)) => config.events_include_answers = flag,
        (Key::Modules, Input::List(ids)) => {
            let (modules, issues) = rules::modules(&ids, known)?;
            config.modules = Some(modules);
            return Ok(issues);
        }
        (Key::Name, Input::Text(text)) => config.consultancy_name = rules::text(&text, 120)?,
        (Key::CtaLabel, Input::Text(text)) => config.cta_label = rules::text(&text, 120)?,
        (Key::CtaText, Input::Text(text)) => config.cta_text = rules::text(&text, 300)?,
        (Key::Logo, Input::Text(text)) => config.logo_url = Some(address::image(&text)?),
        (Key::LockBranding, Input::Flag(flag)) => config.lock_branding = flag,
        (Key::CtaByLevel, Input::Json(value)) => {
            let (ctas, issues) = level_ctas(value)?;
            config.cta_by_level = ctas;
            return Ok(issues);
        }
        (Key::LogoHosts, Input::List(hosts)) => {
            let mut issues = Vec::new();
            config.logo_hosts = hosts
                .iter()
                .filter_map(|host| match address::origin(host) {
                    Ok(origin) if origin.starts_with("https://") => Some(origin),
                    Ok(origin) => {
                        issues.push(Issue::Dropped(format!("{origin} is not https")));
                        None
                    }
                    Err(reason) => {
                        issues.push(Issue::Dropped(reason));
                        None
                    }
                })
                .collect();
            return Ok(issues);
        }
        (Key::CtaUrl, Input::Text(text)) => config.cta_url = Some(address::link(&text)?),
        (Key::Accent, Input::Text(text)) => config.accent = Some(rules::color(&text)?),
        (Key::Text, Input::Text(text)) => config.text_color = Some(rules::color(&text)?),
        (Key::Origin, Input::Text(text)) => config.parent_origin = Some(address::origin(&text)?),
        (Key::Language, Input::Text(text)) => {
            config.language = Some(rules::language(&text)?);
        }
        (Key::Languages, Input::List(tags)) => {
            let (languages, issues) = rules::languages(&tags)?;
            config.languages = Some(languages);
            return Ok(issues);
        }
        (Key::Edition, Input::Text(text)) => config.edition = Some(rules::json_file_name(&text)?),
        _ => return Err("its value has the wrong kind".into()),
    }
    Ok(Vec::new())
}
