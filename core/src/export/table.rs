//! CSV export: one row per asked question per subject, quoted and safe to open in a spreadsheet.

use crate::answers::{Answers, Response};
use crate::csv::Csv;
use crate::i18n::Words;
use crate::journey::{StepKind, chosen_modules, module_steps, step_questions};
use crate::model::partner_text::for_alliance;
use crate::model::{Content, Question, SubjectId};

/// The header row of `to_csv`, column by column: the keys of its words.
pub const CSV_HEADER: [&str; 8] = [
    "core_csv.module",
    "core_csv.dimension",
    "core_csv.question_id",
    "core_csv.question",
    "core_csv.subject",
    "core_csv.answer_id",
    "core_csv.answer",
    "core_csv.score",
];

/// The header row of `to_csv` in the reader's words.
pub fn csv_header(words: &Words) -> [&str; 8] {
    CSV_HEADER.map(|key| words.get(key))
}

/// Every question asked of this person, in the order they were asked: the opening question,
/// then each chosen module's profile and its pages, each question per subject. Unanswered
/// rows have an empty answer and score. Lines end with CRLF; the browser layer prepends a
/// UTF-8 byte-order mark when saving so Excel reads non-ASCII names correctly.
pub fn to_csv(words: &Words, content: &Content, answers: &Answers) -> String {
    let mut out = Csv::with_header(&csv_header(words));
    let organization = (SubjectId::ORGANIZATION, "");
    let modules = chosen_modules(content, answers);
    // The opening questions are asked once modules are chosen.
    for question in content.opening.iter().filter(|_| !modules.is_empty()) {
        push_question(words, &mut out, ("", ""), question, organization, answers);
    }
    for module in modules {
        let mut subjects = answers.subjects(module);
        // Module D's organization-level answers are about its named partner.
        if module.view == crate::model::ModuleView::Health
            && let (Some(alliance), [only]) = (answers.alliance(), subjects.as_mut_slice())
        {
            only.name = alliance.name;
        }
        let name_of = |id: SubjectId| {
            subjects
                .iter()
                .find(|s| s.id == id)
                .map_or("", |s| s.name.as_str())
        };
        for step in module_steps(module, answers) {
            let dimension_of = |question: &Question| {
                module
                    .dimensions
                    .iter()
                    .find(|d| d.questions.iter().any(|q| q.id == question.id))
                    .map_or("", |d| d.title.as_str())
            };
            if step == StepKind::Subjects {
                continue;
            }
            for (question, subject) in step_questions(module, &step) {
                push_question(
                    words,
                    &mut out,
                    (&module.title, dimension_of(question)),
                    question,
                    (subject, name_of(subject)),
                    answers,
                );
            }
        }
    }
    out.finish()
}

/// One row; module D's prompt and choices name its partner where written about "{partner}".
fn push_question(
    words: &Words,
    out: &mut Csv,
    (module, dimension): (&str, &str),
    question: &Question,
    (subject, subject_name): (SubjectId, &str),
    answers: &Answers,
) {
    let response = answers.response(&question.id, subject);
    let alliance = answers.alliance().map(|a| a.name);
    let named = |text: &str| for_alliance(words, text, alliance.as_deref()).into_owned();
    // Module B's questions about a partner read as they were asked.
    let about_partner = answers.parties.iter().any(|p| p.id == subject && !p.own);
    let label = |id: &crate::model::ChoiceId| {
        question.choice(id).map_or_else(String::new, |c| {
            named(question.choice_text_for(c, about_partner).0)
        })
    };
    let (answer_id, answer) = match response {
        None => (String::new(), String::new()),
        Some(Response::Choice(id)) => (id.to_string(), label(id)),
        Some(Response::Choices(ids)) => {
            let ids_text: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
            let labels: Vec<String> = ids.iter().map(label).collect();
            (ids_text.join("; "), labels.join("; "))
        }
        Some(Response::NotApplicable) => (
            "not_applicable".into(),
            words.get("core_csv.not_applicable").into(),
        ),
        Some(Response::Unknown) => ("unknown".into(), words.get("core_csv.unknown").into()),
    };
    // Choice scores are whole numbers; formatting them as integers keeps float formatting
    // out of the wasm. The score is the choice's content score, before any size adjustment.
    let score = match response {
        Some(Response::Choice(id)) if question.is_scored() => question
            .choice(id)
            .map_or_else(String::new, |c| c.score.min(100).to_string()),
        _ => String::new(),
    };
    out.row(&[
        module,
        dimension,
        question.id.as_str(),
        &named(question.prompt_for(about_partner)),
        subject_name,
        &answer_id,
        &answer,
        &score,
    ]);
}
