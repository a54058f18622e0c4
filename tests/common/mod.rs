//! Helpers shared by the native tests: the bundled content and terse answer builders.
#![allow(dead_code)]

use partnering_maturity::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey};
use partnering_maturity::content;
use partnering_maturity::model::{Content, Question, Subject, Tier};

pub fn content() -> &'static Content {
    match content::bundled() {
        Ok(content) => content,
        Err(error) => panic!("bundled content is invalid:\n{error}"),
    }
}

pub fn answers(modules: &[&str]) -> Answers {
    Answers {
        modules: modules.iter().map(|m| (*m).to_owned()).collect(),
        ..Answers::default()
    }
}

pub fn choose(answers: &mut Answers, question: &str, subject: u16, choice: &str) {
    answers.responses.insert(
        ResponseKey {
            question: question.into(),
            subject,
        },
        Response::Choice(choice.into()),
    );
}

pub fn functions(answers: &mut Answers, present: &[&str]) {
    answers.responses.insert(
        ResponseKey {
            question: "a.functions".into(),
            subject: 0,
        },
        Response::Choices(present.iter().map(|f| (*f).to_owned()).collect()),
    );
}

pub fn party(answers: &mut Answers, id: u16, name: &str, own: bool) {
    answers.parties.push(Party {
        id,
        name: name.into(),
        own,
    });
}

pub fn partner(answers: &mut Answers, id: u16, name: &str, declared: Tier) {
    answers.portfolio.push(PortfolioPartner {
        id,
        name: name.into(),
        declared,
    });
}

/// Answers every asked question of `module_id` for every subject with the choice at `pick`
/// (0 = worst, usize::MAX = best).
pub fn answer_all(content: &Content, answers: &mut Answers, module_id: &str, pick: usize) {
    let Some(module) = content.modules.iter().find(|m| m.id == module_id) else {
        return;
    };
    for subject in answers.subjects(module) {
        for question in module.dimensions.iter().flat_map(|d| &d.questions) {
            if !answers.is_asked(question) {
                continue;
            }
            let mut choices: Vec<_> = question.choices.iter().collect();
            choices.sort_by_key(|c| c.score);
            let chosen = choices
                .get(pick.min(choices.len() - 1))
                .map(|c| c.id.clone());
            if let Some(chosen) = chosen {
                choose(answers, &question.id, subject.id, &chosen);
            }
        }
    }
}

pub const ALL_FUNCTIONS: [&str; 5] = ["channel", "technology", "mna", "venture", "alliances"];

pub fn respond(answers: &mut Answers, question: &str, subject: u16, response: Response) {
    answers.responses.insert(
        ResponseKey {
            question: question.into(),
            subject,
        },
        response,
    );
}

/// Every (question, subject) pair an answer set with these subjects can hold, in content order.
pub fn slots<'a>(
    content: &'a Content,
    parties: &[u16],
    partners: &[u16],
) -> Vec<(&'a Question, u16)> {
    content
        .questions()
        .flat_map(|(question, per)| {
            let subjects = match per {
                Subject::Organization => vec![0],
                Subject::Party => parties.to_vec(),
                Subject::PortfolioPartner => partners.to_vec(),
            };
            subjects.into_iter().map(move |subject| (question, subject))
        })
        .collect()
}
