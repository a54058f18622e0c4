//! The `postMessage` schema between the app and the page embedding it: events the app posts
//! to the configured parent origin, and the one command a host may send back.
//!
//! Every event is a JSON object with `"type": "partnering-maturity:<event>"` and
//! `"version": 1`. Numbers are whole (scores rounded), so no float formatting reaches the wasm.

use serde_json::{Map, Value, json};

use crate::answers::Answers;
use crate::config::Config;
use crate::display::whole;
use crate::model::{Content, Module};
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

/// `{"type": "partnering-maturity:<event>", "version": 1, ...fields}`.
fn message(event: &str, fields: Map<String, Value>) -> Value {
    let mut object = Map::new();
    object.insert(
        "type".into(),
        Value::String(format!("{TYPE_PREFIX}{event}")),
    );
    object.insert("version".into(), Value::from(VERSION));
    object.extend(fields);
    Value::Object(object)
}

fn fields(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// The app has booted and listens for host messages.
pub fn ready() -> Value {
    message("ready", Map::new())
}

/// The person chose their modules and started (module ids, in the order they will be asked).
pub fn started(modules: &[crate::model::ModuleId]) -> Value {
    message("started", fields(json!({ "modules": modules })))
}

/// The person finished the last step of a module.
pub fn module_completed(module: &Module) -> Value {
    let module = json!({ "id": module.id, "letter": module.letter, "title": module.title });
    message("module_completed", fields(json!({ "module": module })))
}

/// A rating's score (whole, uncapped) and the level shown (capped), and whether a
/// knock-out cap holds it down.
fn rating_fields(rating: Option<&Rating>) -> (Value, Value, Value) {
    match rating {
        Some(rating) => (
            Value::from(whole(rating.score.value)),
            Value::from(u64::from(rating.level())),
            Value::from(rating.is_capped()),
        ),
        None => (Value::Null, Value::Null, Value::Bool(false)),
    }
}

/// The report is shown: overall and per-module scores (0–100, whole), the levels shown (1–5,
/// after any knock-out cap) and whether a cap holds them down; `null` for a module with too
/// few answers to score; `indicative` for a quick check. `share_token` (the answers, as in a share link)
/// is added only when given; prefer [`report_ready_for`], which follows the configuration.
pub fn report_ready(report: &Report, share_token: Option<&str>) -> Value {
    let overall = report.overall.as_ref().map(|rating| {
        let (score, level, capped) = rating_fields(Some(rating));
        json!({ "score": score, "level": level, "capped": capped })
    });
    let modules: Vec<Value> = report
        .modules
        .iter()
        .map(|module| {
            let (score, level, capped) = rating_fields(module.rating());
            json!({
                "id": module.id,
                "letter": module.letter,
                "title": module.title,
                "score": score,
                "level": level,
                "capped": capped,
            })
        })
        .collect();
    let mut fields = fields(json!({
        "content_version": report.content_version,
        "indicative": report.quick,
        "overall": overall,
        "modules": modules,
    }));
    if let Some(token) = share_token {
        fields.insert("share_token".into(), Value::String(token.to_owned()));
    }
    message("report_ready", fields)
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
    let mut details = Map::new();
    for (field, value) in &contact.fields {
        details.insert(field.id().to_owned(), Value::String(value.clone()));
    }
    let mut fields = fields(report_ready(report, share_token));
    fields.remove("type");
    fields.remove("version");
    fields.insert("contact".into(), Value::Object(details));
    fields.insert(
        "consent".into(),
        json!({ "text": consent_text, "given_at": given_at }),
    );
    message("lead_submitted", fields)
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
    message("height", fields(json!({ "height": height })))
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
