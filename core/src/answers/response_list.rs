//! Responses serialize as a list, because JSON object keys cannot be structs.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Response, ResponseKey};
use crate::model::{QuestionId, SubjectId};

#[derive(Serialize, Deserialize)]
struct Entry {
    question: QuestionId,
    #[serde(default)]
    subject: SubjectId,
    response: Response,
}

pub fn serialize<S: Serializer>(
    map: &BTreeMap<ResponseKey, Response>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let entries: Vec<Entry> = map
        .iter()
        .map(|(key, response)| Entry {
            question: key.question.clone(),
            subject: key.subject,
            response: response.clone(),
        })
        .collect();
    entries.serialize(serializer)
}

pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<ResponseKey, Response>, D::Error> {
    let entries = Vec::<Entry>::deserialize(deserializer)?;
    Ok(entries
        .into_iter()
        .map(|e| {
            (
                ResponseKey {
                    question: e.question,
                    subject: e.subject,
                },
                e.response,
            )
        })
        .collect())
}
