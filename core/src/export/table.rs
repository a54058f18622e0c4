//! CSV export: one row per asked question per subject, quoted and safe to open in a spreadsheet.

use crate::answers::{Answers, Response};
use crate::csv::Csv;
use crate::model::{Content, Module, Question};

/// The header row of `to_csv`, column by column.
pub const CSV_HEADER: [&str; 8] = [
    "module",
    "dimension",
    "question_id",
    "question",
    "subject",
    "answer_id",
    "answer",
    "score",
];

/// Every asked question of every chosen module, per subject: profile questions once, then
/// each dimension question for each subject. Unanswered rows have an empty answer and score.
/// Lines end with CRLF; the browser layer should prepend a UTF-8 byte-order mark when saving
/// so Excel reads non-ASCII names correctly.
pub fn to_csv(content: &Content, answers: &Answers) -> String {
    let mut out = Csv::with_header(&CSV_HEADER);
    let mut done: Vec<&str> = Vec::new();
    for id in &answers.modules {
        let Some(module) = content.modules.iter().find(|m| &m.id == id) else {
            continue;
        };
        if done.contains(&id.as_str()) {
            continue;
        }
        done.push(id);
        for question in module.profile.iter().filter(|q| answers.is_asked(q)) {
            push_question(&mut out, module, "", question, (0, ""), answers, false);
        }
        for subject in answers.subjects(module) {
            for dimension in &module.dimensions {
                for question in dimension.questions.iter().filter(|q| answers.is_asked(q)) {
                    let who = (subject.id, subject.name.as_str());
                    push_question(
                        &mut out,
                        module,
                        &dimension.title,
                        question,
                        who,
                        answers,
                        true,
                    );
                }
            }
        }
    }
    out.finish()
}

fn push_question(
    out: &mut Csv,
    module: &Module,
    dimension: &str,
    question: &Question,
    (subject, subject_name): (u16, &str),
    answers: &Answers,
    scored: bool,
) {
    let response = answers.response(&question.id, subject);
    let label = |id: &String| {
        question
            .choices
            .iter()
            .find(|c| &c.id == id)
            .map_or_else(String::new, |c| c.label.clone())
    };
    let (answer_id, answer) = match response {
        None => (String::new(), String::new()),
        Some(Response::Choice(id)) => (id.clone(), label(id)),
        Some(Response::Choices(ids)) => {
            let labels: Vec<String> = ids.iter().map(label).collect();
            (ids.join("; "), labels.join("; "))
        }
        Some(Response::NotApplicable) => ("not_applicable".into(), "Not applicable".into()),
        Some(Response::Unknown) => ("unknown".into(), "Don't know".into()),
    };
    // Choice scores are whole numbers; formatting them as integers keeps float formatting
    // out of the wasm.
    let score = match response {
        Some(Response::Choice(id)) if scored => question
            .choices
            .iter()
            .find(|c| &c.id == id)
            .map_or_else(String::new, |c| c.score.min(100).to_string()),
        _ => String::new(),
    };
    out.row(&[
        &module.title,
        dimension,
        &question.id,
        &question.prompt,
        subject_name,
        &answer_id,
        &answer,
        &score,
    ]);
}
