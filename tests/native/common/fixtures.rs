//! Answer sets: terse builders and the one full assessment every test file shares.

use partnering_core::answers::{Answers, Party, PortfolioPartner, Response, ResponseKey};
use partnering_core::content;
use partnering_core::i18n::{PlainLocale, UiPack, Words};
use partnering_core::scoring::{ModuleResult, key_findings};

use partnering_core::model::{About, Content, Question, QuestionKind, Subject, SubjectId, Tier};

/// The content compiled into the app; the content tests report why when it is invalid.
pub fn content() -> &'static Content {
    match partnering_maturity::embedded::content() {
        Ok(content) => content,
        Err(error) => panic!("bundled content is invalid:\n{error}"),
    }
}

/// The app's English words, as the report bundle carries them.
pub fn english() -> std::rc::Rc<Words> {
    partnering_maturity::words::english()
}

/// The German words, `core/lang/de/*.json` merged, with English behind them.
pub fn german() -> Words {
    let mut files: Vec<_> = std::fs::read_dir("core/lang/de")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let packs = files
        .iter()
        .map(|path| {
            UiPack::read(&std::fs::read_to_string(path).unwrap())
                .unwrap()
                .0
        })
        .collect();
    let english = partnering_maturity::words::english_pack();
    Words::new(UiPack::merge(packs).0, english, Box::new(PlainLocale))
}

/// A module's key findings in English.
pub fn findings(module: &ModuleResult) -> Vec<String> {
    key_findings(&english(), content(), module)
}

/// Answers with these modules chosen, in order, and nothing answered.
pub fn answers(modules: &[&str]) -> Answers {
    Answers {
        modules: modules.iter().map(|m| (*m).into()).collect(),
        ..Answers::default()
    }
}

/// Records the choice `choice` for `question` about `subject` (0: the organization).
pub fn choose(
    answers: &mut Answers,
    question: impl AsRef<str>,
    subject: impl Into<SubjectId>,
    choice: impl AsRef<str>,
) {
    respond(
        answers,
        question,
        subject,
        Response::Choice(choice.as_ref().into()),
    );
}

/// Ticks these partner functions (module A's profile).
pub fn functions(answers: &mut Answers, present: &[&str]) {
    respond(
        answers,
        "a.functions",
        0,
        Response::Choices(present.iter().map(|f| (*f).into()).collect()),
    );
}

/// Answers the opening question: `small`, `mid` or `large`.
pub fn size(answers: &mut Answers, size: &str) {
    choose(answers, "org.size", 0, size);
}

/// Adds a party to module B.
pub fn party(answers: &mut Answers, id: u16, name: &str, own: bool) {
    answers.parties.push(Party {
        id: SubjectId(id),
        name: name.into(),
        own,
    });
}

/// Adds a portfolio partner to module C.
pub fn partner(answers: &mut Answers, id: u16, name: &str, declared: Tier) {
    answers.portfolio.push(PortfolioPartner {
        id: SubjectId(id),
        name: name.into(),
        declared,
    });
}

/// Answers every asked question of `module_id`, about each subject it is asked about, with
/// the choice at `pick` (0 = worst, usize::MAX = best; for an objective question, 0 is the
/// one that supports the least and the last the most).
pub fn answer_all(content: &Content, answers: &mut Answers, module_id: &str, pick: usize) {
    let Some(module) = content.modules.iter().find(|m| m.id == module_id) else {
        return;
    };
    for dimension in &module.dimensions {
        let subjects: Vec<SubjectId> = match dimension.about {
            About::Organization => vec![SubjectId::ORGANIZATION],
            About::EachSubject => answers.subjects(module).iter().map(|s| s.id).collect(),
        };
        for subject in subjects {
            for question in &dimension.questions {
                if !answers.is_asked(question) {
                    continue;
                }
                let mut choices: Vec<_> = question.choices.iter().collect();
                match &question.kind {
                    QuestionKind::Objective(ceilings) => choices.sort_by_key(|c| {
                        std::cmp::Reverse(
                            ceilings
                                .iter()
                                .find(|x| x.choice == c.id)
                                .map(|x| x.ceiling),
                        )
                    }),
                    _ => choices.sort_by_key(|c| c.score),
                }
                let chosen = choices
                    .get(pick.min(choices.len() - 1))
                    .map(|c| c.id.to_string());
                if let Some(chosen) = chosen {
                    choose(answers, question.id.as_str(), subject.0, &chosen);
                }
            }
        }
    }
}

pub const ALL_FUNCTIONS: [&str; 5] = ["channel", "technology", "mna", "venture", "alliances"];

/// Records any response for `question` about `subject` (0: the organization).
pub fn respond(
    answers: &mut Answers,
    question: impl AsRef<str>,
    subject: impl Into<SubjectId>,
    response: Response,
) {
    answers.responses.insert(
        ResponseKey {
            question: question.as_ref().into(),
            subject: subject.into(),
        },
        response,
    );
}

/// Every (question, subject) pair an answer set with these subjects can hold, in content order.
pub fn slots<'a>(
    content: &'a Content,
    parties: &[u16],
    partners: &[u16],
) -> Vec<(&'a Question, SubjectId)> {
    content
        .questions()
        .flat_map(|(question, per)| {
            let subjects = match per {
                Subject::Organization => vec![0],
                Subject::Party => parties.to_vec(),
                Subject::PortfolioPartner => partners.to_vec(),
            };
            subjects
                .into_iter()
                .map(move |subject| (question, SubjectId(subject)))
        })
        .collect()
}

/// Every module taken: A with all functions, B about our company and a partner, C with two
/// partners, D; a mix of choices, one "not applicable" and one "don't know".
pub fn full_assessment() -> Answers {
    let content = content();
    let mut a = answers(&["collaboration", "serious_partner", "tiering", "health"]);
    size(&mut a, "large");
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
    respond(&mut a, "a.mna.culture", 0, Response::NotApplicable);
    respond(&mut a, "a.technology.origin", 0, Response::Unknown);
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

/// The response to `question` about `subject` (0: the organization), if any.
pub fn response(
    answers: &Answers,
    question: impl AsRef<str>,
    subject: impl Into<SubjectId>,
) -> Option<&Response> {
    answers.response(&question.as_ref().into(), subject.into())
}

/// The content in `language`: the English files, with `core/content/<language>` applied for
/// any other language, parsed (and so validated).
pub fn content_in(language: &str) -> Content {
    let english = ContentFiles::read();
    if language == partnering_core::i18n::LANGUAGES[0] {
        return english.parse().unwrap();
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("core/content")
        .join(language);
    let apply = |file: &str, json: &str| {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let translation = content::translation::read(&text).unwrap();
        content::translation::apply(json, &translation).unwrap()
    };
    ContentFiles {
        levels: apply(content::LEVELS_FILE, &english.levels),
        modules: english
            .modules
            .iter()
            .map(|(file, json)| (*file, apply(file, json)))
            .collect(),
    }
    .parse()
    .unwrap_or_else(|error| panic!("{language}: {error}"))
}

/// The content in German, parsed once.
pub fn german_content() -> &'static Content {
    static GERMAN: std::sync::OnceLock<Content> = std::sync::OnceLock::new();
    GERMAN.get_or_init(|| content_in("de"))
}
