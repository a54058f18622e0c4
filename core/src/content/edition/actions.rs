//! An edition's own actions: plan-ready like the content's recommendations, with a trigger in
//! a dimension and an optional https link; each is checked alone and by the content's
//! validator.

use serde_json::Value;

use super::{EditionProblem, Rule, SCORING_FIELDS, keep_if_valid, plain};
use crate::model::{
    AnswerMatch, ChoiceId, Content, EditionMark, Horizon, QuestionId, Recommendation, Trigger,
};

/// An action as an edition writes it.
struct Action {
    id: String,
    dimension: String,
    when: Trigger,
    text: String,
    owner: String,
    artefact: String,
    cadence: String,
    measure: String,
    horizon: Horizon,
    impact: u8,
    link: Option<String>,
}

/// An action's impact when the edition gives none: useful, neither transformative nor minor.
const USEFUL: u8 = 2;

/// The fields an action has; any other that scores is refused as scoring.
const ACTION_FIELDS: [&str; 11] = [
    "id",
    "dimension",
    "when",
    "text",
    "owner",
    "artefact",
    "cadence",
    "measure",
    "horizon",
    "impact",
    "link",
];

/// Adds each action that keeps every rule; the rest are refused with the rule.
pub(super) fn apply(
    content: &mut Content,
    mark: &EditionMark,
    actions: &Value,
    problems: &mut Vec<EditionProblem>,
) {
    let Some(actions) = actions.as_array() else {
        let why = Rule::Malformed("`actions` is a list of actions".into());
        problems.push(EditionProblem::new("actions", why));
        return;
    };
    for (index, action) in actions.iter().enumerate() {
        let id = action
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("actions/{index}"), str::to_owned);
        if let Err(rule) = add_one(content, mark, action) {
            problems.push(EditionProblem::new(id, rule));
        }
    }
}

fn add_one(content: &mut Content, mark: &EditionMark, value: &Value) -> Result<(), Rule> {
    let action = read_action(value)?;
    let identifier = !action.id.is_empty()
        && action.id.len() <= 80
        && action
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !identifier {
        return Err(Rule::Malformed(
            "an action's id is letters, digits, dots, dashes or underscores".into(),
        ));
    }
    let texts = [
        &action.text,
        &action.owner,
        &action.artefact,
        &action.cadence,
        &action.measure,
    ];
    if !texts.iter().all(|text| plain(text)) {
        return Err(Rule::NotPlainText);
    }
    let link = match &action.link {
        Some(link) => Some(crate::config::https_link(link).map_err(Rule::BadLink)?),
        None => None,
    };
    if reads_hidden(content, &action.when) {
        return Err(Rule::ReadsHidden);
    }
    let recommendation = Recommendation {
        id: action.id,
        text: action.text,
        owner: action.owner,
        artefact: action.artefact,
        cadence: action.cadence,
        measure: action.measure,
        result: false,
        horizon: action.horizon,
        impact: action.impact,
        when: action.when,
        given: None,
        unless: None,
        sizes: None,
        winding_down: None,
        after: None,
        source: mark.id.clone(),
        added: true,
        link,
    };
    let dimension = action.dimension;
    if content
        .modules
        .iter()
        .all(|m| m.dimensions.iter().all(|d| d.id != dimension))
    {
        return Err(Rule::UnknownId);
    }
    keep_if_valid(content, |trial| {
        let target = trial
            .modules
            .iter_mut()
            .flat_map(|m| m.dimensions.iter_mut())
            .find(|d| d.id == dimension)
            .ok_or(Rule::UnknownId)?;
        target.recommendations.push(recommendation);
        Ok(())
    })
}

/// Whether an answer trigger reads a question the edition hides.
fn reads_hidden(content: &Content, when: &Trigger) -> bool {
    let Trigger::Answer(matched) = when else {
        return false;
    };
    content
        .questions()
        .any(|(q, _)| q.hidden && q.id == matched.question)
}

fn malformed(why: impl Into<String>) -> Rule {
    Rule::Malformed(why.into())
}

/// Reads an action field by field (no derived JSON reader: the app's wasm stays smaller).
fn read_action(value: &Value) -> Result<Action, Rule> {
    let fields = value
        .as_object()
        .ok_or_else(|| malformed("an action is an object"))?;
    if let Some(key) = fields
        .keys()
        .find(|key| !ACTION_FIELDS.contains(&key.as_str()))
    {
        return Err(if SCORING_FIELDS.contains(&key.as_str()) {
            Rule::Scoring
        } else {
            malformed(format!("an action has no field `{key}`"))
        });
    }
    let text = |name: &str| {
        fields
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| malformed(format!("`{name}` is text in quotes")))
    };
    let horizon = match fields.get("horizon").and_then(Value::as_str) {
        Some("quarter") => Horizon::Quarter,
        Some("year") => Horizon::Year,
        _ => return Err(malformed("`horizon` is \"quarter\" or \"year\"")),
    };
    let impact = match fields.get("impact") {
        None => USEFUL,
        Some(value) => small_number(value).ok_or_else(|| malformed("`impact` is 1, 2 or 3"))?,
    };
    let link = match fields.get("link") {
        None | Some(Value::Null) => None,
        Some(Value::String(link)) => Some(link.clone()),
        Some(_) => return Err(malformed("`link` is an address in quotes")),
    };
    Ok(Action {
        id: text("id")?,
        dimension: text("dimension")?,
        when: trigger(fields.get("when"))?,
        text: text("text")?,
        owner: text("owner")?,
        artefact: text("artefact")?,
        cadence: text("cadence")?,
        measure: text("measure")?,
        horizon,
        impact,
        link,
    })
}

fn small_number(value: &Value) -> Option<u8> {
    value.as_u64().and_then(|n| u8::try_from(n).ok())
}

/// What calls for an edition's action: `{"below": n}`, `{"at_least": n}`,
/// `{"answer": {"question", "choices"}}`, `{"cap": id}` or `"unknown"`, as the content writes
/// them.
fn trigger(value: Option<&Value>) -> Result<Trigger, Rule> {
    let refused = || {
        malformed(
            "`when` is {\"below\": n}, {\"at_least\": n}, {\"answer\": …}, {\"cap\": id} or \"unknown\"",
        )
    };
    let (kind, inner) = match value {
        Some(Value::String(kind)) if kind == "unknown" => return Ok(Trigger::Unknown),
        Some(Value::Object(map)) if map.len() == 1 => map.iter().next().ok_or_else(refused)?,
        _ => return Err(refused()),
    };
    match kind.as_str() {
        "below" => small_number(inner).map(Trigger::Below).ok_or_else(refused),
        "at_least" => small_number(inner)
            .map(Trigger::AtLeast)
            .ok_or_else(refused),
        "cap" => inner
            .as_str()
            .map(|cap| Trigger::Cap(cap.to_owned()))
            .ok_or_else(refused),
        "answer" => {
            let question = inner.get("question").and_then(Value::as_str);
            let choices: Option<Vec<ChoiceId>> = inner
                .get("choices")
                .and_then(Value::as_array)
                .and_then(|list| {
                    list.iter()
                        .map(|c| c.as_str().map(ChoiceId::from))
                        .collect()
                });
            match (question, choices) {
                (Some(question), Some(choices)) => Ok(Trigger::Answer(AnswerMatch {
                    question: QuestionId::from(question),
                    choices,
                })),
                _ => Err(refused()),
            }
        }
        _ => Err(refused()),
    }
}
