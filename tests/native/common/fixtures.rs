//! Answer sets: terse builders and the one full assessment every test file shares.

use partnering_core::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey};
use partnering_core::content;

use partnering_core::model::{Content, Question, Subject, Tier};

/// The content compiled into the app; the content tests report why when it is invalid.
pub fn content() -> &'static Content {
    match partnering_maturity::bundled::content() {
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

/// Every module taken: A with all functions, B about our company and a partner, C with two
/// partners, D; a mix of choices, one "not applicable" and one "don't know".
pub fn full_assessment() -> Answers {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    functions(&mut a, &ALL_FUNCTIONS);
    party(&mut a, 1, "Our company", true);
    party(&mut a, 2, "Acme Cloud", false);
    partner(&mut a, 3, "Globex", Tier::Strategic);
    partner(&mut a, 4, "Initech", Tier::Tactical);
    for (module, pick) in [
        ("collaboration", 2),
        ("serious_partner", 1),
        ("tiering", usize::MAX),
        ("health", 1),
    ] {
        answer_all(content, &mut a, module, pick);
    }
    respond(&mut a, "a.technology.follow_up", 0, Response::NotApplicable);
    respond(&mut a, "a.mna.culture", 0, Response::Unknown);
    a
}

/// The content's JSON files as the build reads them, from the one list of file names in
/// `partnering_core::content`.
pub struct ContentFiles {
    /// The levels file's text.
    pub levels: String,
    /// Each module file's name and text, in order.
    pub modules: Vec<(&'static str, String)>,
}

impl ContentFiles {
    /// Reads every content file from `core/content/`.
    pub fn read() -> ContentFiles {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("core/content");
        let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
        ContentFiles {
            levels: read(content::LEVELS_FILE),
            modules: content::MODULE_FILES
                .iter()
                .map(|file| (*file, read(file)))
                .collect(),
        }
    }

    /// Parses and validates the files as the build does.
    pub fn parse(&self) -> Result<Content, content::LoadError> {
        let modules: Vec<(&str, &str)> = self
            .modules
            .iter()
            .map(|(file, text)| (*file, text.as_str()))
            .collect();
        content::parse(&self.levels, &modules)
    }
}
