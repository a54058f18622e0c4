//! The `postMessage` schema between the app and the page embedding it: events the app posts
//! to the configured parent origin, and the one command a host may send back.
//!
//! Every event is a JSON object with `"type": "partnering-maturity:<event>"` and
//! `"version": 1`. Numbers are whole (scores rounded), so no float formatting reaches the wasm.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::answers::Answers;
use crate::config::Config;
use crate::display::whole;
use crate::model::{Content, Module, ModuleId};
use crate::scoring::{Rating, Report};

/// The schema version carried by every message; bumped only for incompatible changes.
pub const VERSION: u64 = 1;
/// The prefix of every message `type`.
pub const TYPE_PREFIX: &str = "partnering-maturity:";
/// The `type` of the host's request for a fresh `height` event.
pub const REQUEST_HEIGHT: &str = "partnering-maturity:request-height";
/// Host messages longer than this are not parsed (the real one is under 60 bytes).
pub const MAX_HOST_MESSAGE_BYTES: usize = 1_024;

/// What a host page may ask of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostCommand {
    /// Post a `height` event now.
    RequestHeight,
}

/// Every event the app posts to the host page, tagged by its `type` (docs/EMBEDDING.md §5).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type")]
pub enum HostEvent {
    /// The app has booted and listens for host messages.
    #[serde(rename = "partnering-maturity:ready")]
    Ready,
    /// The person chose their modules and started.
    #[serde(rename = "partnering-maturity:started")]
    Started {
        /// Module ids, in the order they will be asked.
        modules: Vec<ModuleId>,
    },
    /// The person finished the last step of a module.
    #[serde(rename = "partnering-maturity:module_completed")]
    ModuleCompleted {
        /// Which module.
        module: ModuleName,
    },
    /// The report is shown.
    #[serde(rename = "partnering-maturity:report_ready")]
    ReportReady(Scores),
    /// The person gave their contact details on the contact step.
    #[serde(rename = "partnering-maturity:lead_submitted")]
    LeadSubmitted {
        /// The levels, as `report_ready` gives them.
        #[serde(flatten)]
        scores: Scores,
        /// The fields filled in, by id.
        contact: BTreeMap<String, String>,
        /// The consent sentence agreed to, and when.
        consent: Consent,
    },
    /// The app's content height in CSS pixels, rounded up.
    #[serde(rename = "partnering-maturity:height")]
    Height {
        /// Whole CSS pixels, never negative.
        height: i64,
    },
}

/// A module as events name it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleName {
    /// The module's id.
    pub id: ModuleId,
    /// Its letter (A–D).
    pub letter: String,
    /// Its title.
    pub title: String,
}

/// A rating as events give it: the whole score (uncapped), the level shown (capped), and
/// whether a knock-out cap holds it down; score and level are `null` for a module with too few
/// answers to score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Levels {
    /// 0–100, whole.
    pub score: Option<i64>,
    /// 1–5, after any cap.
    pub level: Option<u8>,
    /// Whether a knock-out cap holds the level down.
    pub capped: bool,
}

impl Levels {
    fn of(rating: Option<&Rating>) -> Levels {
        Levels {
            score: rating.map(|r| whole(r.score.value)),
            level: rating.map(Rating::level),
            capped: rating.is_some_and(Rating::is_capped),
        }
    }
}

/// A module's levels, named (plain fields rather than flattened ones: smaller wasm).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleLevels {
    /// The module's id.
    pub id: ModuleId,
    /// Its letter (A–D).
    pub letter: String,
    /// Its title.
    pub title: String,
    /// 0–100, whole; `null` with too few answers to score.
    pub score: Option<i64>,
    /// 1–5, after any cap.
    pub level: Option<u8>,
    /// Whether a knock-out cap holds the level down.
    pub capped: bool,
}

/// What `report_ready` and `lead_submitted` carry about the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// The content edition scored.
    pub content_version: u32,
    /// A quick check: the levels are indicative.
    pub indicative: bool,
    /// The organization's overall levels, if it has any.
    pub overall: Option<Levels>,
    /// Each module's levels.
    pub modules: Vec<ModuleLevels>,
    /// The answers as in a share link, only when the configuration allows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_token: Option<String>,
}

impl Scores {
    /// A report's scores, with the share token when given.
    pub fn of(report: &Report, share_token: Option<&str>) -> Scores {
        let modules = report
            .modules
            .iter()
            .map(|module| {
                let levels = Levels::of(module.rating());
                ModuleLevels {
                    id: module.id.clone(),
                    letter: module.letter.clone(),
                    title: module.title.clone(),
                    score: levels.score,
                    level: levels.level,
                    capped: levels.capped,
                }
            })
            .collect();
        Scores {
            content_version: report.content_version,
            indicative: report.quick,
            overall: report.overall.as_ref().map(|r| Levels::of(Some(r))),
            modules,
            share_token: share_token.map(str::to_owned),
        }
    }
}

/// The contact step's consent as events carry it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consent {
    /// The sentence the person agreed to.
    pub text: String,
    /// When (UTC, ISO 8601).
    pub given_at: String,
}

impl HostEvent {
    /// The message as posted: the event with its `type` and the schema `version`.
    pub fn to_message(&self) -> Value {
        let mut message = serde_json::to_value(self).unwrap_or_default();
        if let Some(object) = message.as_object_mut() {
            object.insert("version".into(), Value::from(VERSION));
        }
        message
    }
}

/// The app has booted and listens for host messages.
pub fn ready() -> Value {
    HostEvent::Ready.to_message()
}

/// The person chose their modules and started (module ids, in the order they will be asked).
pub fn started(modules: &[ModuleId]) -> Value {
    HostEvent::Started {
        modules: modules.to_vec(),
    }
    .to_message()
}

/// The person finished the last step of a module.
pub fn module_completed(module: &Module) -> Value {
    let module = ModuleName {
        id: module.id.clone(),
        letter: module.letter.clone(),
        title: module.title.clone(),
    };
    HostEvent::ModuleCompleted { module }.to_message()
}

/// The report is shown: overall and per-module scores (0–100, whole), the levels shown (1–5,
/// after any knock-out cap) and whether a cap holds them down; `null` for a module with too
/// few answers to score; `indicative` for a quick check. `share_token` (the answers, as in a share link)
/// is added only when given; prefer [`report_ready_for`], which follows the configuration.
pub fn report_ready(report: &Report, share_token: Option<&str>) -> Value {
    HostEvent::ReportReady(Scores::of(report, share_token)).to_message()
}

/// The `report_ready` event as the configuration allows: with a share token only when
/// `events_include_answers` is set.
pub fn report_ready_for(
    config: &Config,
    content: &Content,
    answers: &Answers,
    report: &Report,
) -> Value {
    let token = config
        .events_include_answers
        .then(|| crate::share::encode(content, answers));
    report_ready(report, token.as_deref())
}

/// The person gave their contact details on the contact step: the details (only the fields
/// filled in), the consent sentence they agreed to and when (UTC, ISO 8601), and the levels as
/// `report_ready` gives them. Answers travel only as a `share_token`, when given (see
/// [`lead_submitted_for`]).
pub fn lead_submitted(
    contact: &crate::funnel::Contact,
    consent_text: &str,
    given_at: &str,
    report: &Report,
    share_token: Option<&str>,
) -> Value {
    let contact = contact
        .fields
        .iter()
        .map(|(field, value)| (field.id().to_owned(), value.clone()))
        .collect();
    HostEvent::LeadSubmitted {
        scores: Scores::of(report, share_token),
        contact,
        consent: Consent {
            text: consent_text.to_owned(),
            given_at: given_at.to_owned(),
        },
    }
    .to_message()
}

/// The `lead_submitted` event as the configuration allows: with a share token only when
/// `events_include_answers` is set.
pub fn lead_submitted_for(
    config: &Config,
    content: &Content,
    answers: &Answers,
    report: &Report,
    contact: &crate::funnel::Contact,
    given_at: &str,
) -> Option<Value> {
    let form = config.lead.as_ref()?;
    let token = config
        .events_include_answers
        .then(|| crate::share::encode(content, answers));
    Some(lead_submitted(
        contact,
        &form.consent_text,
        given_at,
        report,
        token.as_deref(),
    ))
}

/// An event as it leaves for the host page: with the host's campaign tags (`utm`), when it
/// passed any on.
pub fn stamped(config: &Config, mut event: Value) -> Value {
    if !config.utm.is_empty()
        && let Some(object) = event.as_object_mut()
    {
        let utm: Map<String, Value> = config
            .utm
            .iter()
            .map(|(key, value)| (key.clone(), Value::String(value.clone())))
            .collect();
        object.insert("utm".into(), Value::Object(utm));
    }
    event
}

/// The document's height in CSS pixels, rounded up so the frame never cuts the last pixel.
pub fn height(css_pixels: f64) -> Value {
    let height = whole(css_pixels.ceil()).max(0);
    HostEvent::Height { height }.to_message()
}

/// Reads a message from the host page. `None` unless `origin` is the configured parent origin
/// and `data` (the message as JSON text) is a known command of this schema version.
pub fn parse_host_message(origin: &str, data: &str, config: &Config) -> Option<HostCommand> {
    if !config.allows_event_origin(origin) || data.len() > MAX_HOST_MESSAGE_BYTES {
        return None;
    }
    let value: Value = serde_json::from_str(data).ok()?;
    let object = value.as_object()?;
    let version = object.get("version").map(Value::as_f64);
    host_command(object.get("type")?.as_str()?, version)
}

/// The command a host message of this `type` asks for. `version` is absent (`None`), a number
/// (`Some(Some(n))`) or something else (`Some(None)`); a version other than this schema's is
/// not obeyed.
pub fn host_command(kind: &str, version: Option<Option<f64>>) -> Option<HostCommand> {
    let version_ok = match version {
        None => true,
        Some(number) => number == Some(VERSION as f64),
    };
    match kind {
        REQUEST_HEIGHT if version_ok => Some(HostCommand::RequestHeight),
        _ => None,
    }
}
