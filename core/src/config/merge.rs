//! Merging the sources: each raw value from `config.json` or the query is checked and applied,
//! or reported with what stays in its place.

use serde_json::Value;

use super::address;
use super::keys::Key;
use super::rules::{self, Issue};
use super::{Config, ConfigWarning, Fallback, Source, query};

/// `config.json` larger than this is not read (a real one is a few hundred bytes).
const MAX_FILE_BYTES: usize = 64 * 1024;

/// A value as read from a source, before validation.
enum Input {
    Text(String),
    List(Vec<String>),
    Flag(bool),
}

/// Configuration being assembled from its sources, with the warnings so far.
pub(super) struct Merge<'a> {
    config: Config,
    warnings: Vec<ConfigWarning>,
    from_file: Vec<Key>,
    known: &'a [&'a str],
}

impl<'a> Merge<'a> {
    pub fn new(known: &'a [&'a str]) -> Self {
        Self {
            config: Config::default(),
            warnings: Vec::new(),
            from_file: Vec::new(),
            known,
        }
    }

    pub fn finish(self) -> (Config, Vec<ConfigWarning>) {
        (self.config, self.warnings)
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
        let Some(key) = Key::ALL
            .into_iter()
            .find(|k| k.file_name() == name || k.former_file_name() == Some(name))
        else {
            let known: Vec<&str> = Key::ALL.iter().map(|k| k.file_name()).collect();
            let message = format!("not a setting (settings: {})", known.join(", "));
            self.warn(name, message, Source::File, Fallback::Nothing);
            return;
        };
        let input = match (key, value) {
            // `null` means "not set": the default stays, silently.
            (_, Value::Null) => return,
            (Key::Welcome | Key::AnswersInEvents, Value::Bool(flag)) => Some(Input::Flag(flag)),
            (Key::Welcome | Key::AnswersInEvents, _) => None,
            (Key::Modules, Value::Array(items)) => items
                .into_iter()
                .map(|item| match item {
                    Value::String(id) => Some(id),
                    _ => None,
                })
                .collect::<Option<Vec<String>>>()
                .map(Input::List),
            (Key::Modules, _) => None,
            (_, Value::String(text)) => Some(Input::Text(text)),
            (_, _) => None,
        };
        match input {
            Some(input) => self.apply(key, input, Source::File),
            None => {
                let expected = match key {
                    Key::Welcome | Key::AnswersInEvents => "true or false",
                    Key::Modules => "a list of module ids in quotes",
                    _ => "text in quotes",
                };
                let message = format!("its value must be {expected}");
                self.warn(name, message, Source::File, Fallback::Default);
            }
        }
    }

    pub fn query(&mut self, query: &str) {
        for (name, raw) in query::pairs(query) {
            // Unknown parameters are the host's business (tracking tags and the like).
            let Some(key) = Key::ALL.into_iter().find(|k| k.query_name() == name) else {
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
            let Some(value) = query::percent_decode(raw) else {
                let message = "its value is not correctly URL-encoded".to_owned();
                self.warn(key.query_name(), message, Source::Query, fallback);
                continue;
            };
            let input = match key {
                Key::Modules => Input::List(value.split(',').map(str::to_owned).collect()),
                // Answers may leave the widget only if the operator's config.json says so; a
                // URL (which any page that frames the widget can choose) can only turn it off.
                Key::AnswersInEvents if rules::flag(&value) == Some(true) => {
                    let message = "only config.json can send answers with events".to_owned();
                    self.warn(key.query_name(), message, Source::Query, fallback);
                    continue;
                }
                Key::Welcome | Key::AnswersInEvents => match rules::flag(&value) {
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
        let issues = match set(&mut self.config, key, input, self.known) {
            Ok(issues) => {
                if source == Source::File {
                    self.from_file.push(key);
                }
                issues
            }
            Err(message) => vec![Issue::Rejected(message)],
        };
        for issue in issues {
            match issue {
                Issue::Rejected(message) => self.warn(name, message, source, fallback),
                Issue::Dropped(message) => self.warn(name, message, source, Fallback::OtherModules),
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

/// Validates `input` for `key` and stores it; `Err` leaves the configuration unchanged.
fn set(config: &mut Config, key: Key, input: Input, known: &[&str]) -> Result<Vec<Issue>, String> {
    match (key, input) {
        (Key::Welcome, Input::Flag(flag)) => config.show_welcome = flag,
        (Key::AnswersInEvents, Input::Flag(flag)) => config.events_include_answers = flag,
        (Key::Modules, Input::List(ids)) => {
            let (modules, issues) = rules::modules(&ids, known)?;
            config.modules = Some(modules);
            return Ok(issues);
        }
        (Key::Name, Input::Text(text)) => config.consultancy_name = rules::text(&text, 120)?,
        (Key::CtaLabel, Input::Text(text)) => config.cta_label = rules::text(&text, 120)?,
        (Key::CtaText, Input::Text(text)) => config.cta_text = rules::text(&text, 300)?,
        (Key::Logo, Input::Text(text)) => config.logo_url = Some(address::link(&text)?),
        (Key::CtaUrl, Input::Text(text)) => config.cta_url = Some(address::link(&text)?),
        (Key::Accent, Input::Text(text)) => config.accent = Some(rules::color(&text)?),
        (Key::Text, Input::Text(text)) => config.text_color = Some(rules::color(&text)?),
        (Key::Origin, Input::Text(text)) => config.parent_origin = Some(address::origin(&text)?),
        _ => return Err("its value has the wrong kind".into()),
    }
    Ok(Vec::new())
}
