//! An edition's own actions: plan-ready like the content's recommendations, with a trigger in
//! a dimension and an optional https link; each is checked alone and by the content's
//! validator.

use serde::Deserialize;
use serde_json::Value;

use super::{EditionProblem, Rule, SCORING_FIELDS, keep_if_valid, plain};
use crate::model::{Content, EditionMark, Horizon, Recommendation, Trigger};

/// An action as an edition writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
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
    #[serde(default = "useful")]
    impact: u8,
    #[serde(default)]
    link: Option<String>,
}

/// An action's impact when the edition gives none: useful, neither transformative nor minor.
fn useful() -> u8 {
    2
}

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
    let scoring = value.as_object().is_some_and(|fields| {
        fields.keys().any(|key| {
            !ACTION_FIELDS.contains(&key.as_str()) && SCORING_FIELDS.contains(&key.as_str())
        })
    });
    if scoring {
        return Err(Rule::Scoring);
    }
    let action = Action::deserialize(value).map_err(|error| Rule::Malformed(error.to_string()))?;
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
