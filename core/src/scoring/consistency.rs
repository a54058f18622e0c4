//! Answers that cannot both be true: claims in one module that another module's answers deny.
//! The report flags them before the level with the questions to reconcile, instead of
//! averaging them into a confident level.

use crate::answers::{Answers, Response};
use crate::display::joined;
use crate::model::{Content, QuestionId, SubjectId};
use crate::scoring::Contradiction;

/// Whose answer a claim reads.
#[derive(Clone, Copy)]
enum Whose {
    /// The respondent's organization (modules A, C's own questions, D).
    Organization,
    /// One's own company in module B.
    OwnParty,
    /// Any partner named in module C: the claim holds for those partners.
    AnyPartner,
    /// Module D's partner in module C; when D names none, every partner in C (at least one).
    /// A D partner named only in module B has no answers here, so nothing holds.
    AlliancePartner,
}

/// One module's answer: `question` answered with one of `choices`.
struct Claim {
    question: &'static str,
    choices: &'static [&'static str],
    whose: Whose,
}

/// Two claims that contradict each other, and the sentence that says so ({partners} is
/// replaced by the partners a per-partner claim holds for, {alliance} by the alliance module
/// D describes).
struct Rule {
    id: &'static str,
    first: Claim,
    second: Claim,
    text: &'static str,
}

const RULES: [Rule; 5] = [
    Rule {
        id: "plans.every_alliance_vs_this_alliance",
        first: Claim {
            question: "b.inspect.plans",
            choices: &["all"],
            whose: Whose::OwnParty,
        },
        second: Claim {
            question: "d.direction.plan",
            choices: &["none"],
            whose: Whose::Organization,
        },
        text: "Module B says every one of your alliances has a written business plan; module D says {alliance} has no plan for this year.",
    },
    Rule {
        id: "plans.every_alliance_vs_partner",
        first: Claim {
            question: "b.inspect.plans",
            choices: &["all"],
            whose: Whose::OwnParty,
        },
        second: Claim {
            question: "c.commitment.plan",
            choices: &["none"],
            whose: Whose::AnyPartner,
        },
        text: "Module B says every one of your alliances has a written business plan; module C says there is no joint plan with {partners}.",
    },
    Rule {
        id: "plans.partner_vs_this_alliance",
        first: Claim {
            question: "c.commitment.plan",
            choices: &["written", "reviewed"],
            whose: Whose::AlliancePartner,
        },
        second: Claim {
            question: "d.direction.plan",
            choices: &["none"],
            whose: Whose::Organization,
        },
        text: "Module C says there is a written joint plan with {partners}; module D says {alliance} has none.",
    },
    Rule {
        id: "continuity.stable_vs_changed",
        first: Claim {
            question: "b.professionals.continuity",
            choices: &["stable", "committed"],
            whose: Whose::OwnParty,
        },
        second: Claim {
            question: "d.principles.consistency",
            choices: &["erratic", "changed_abruptly"],
            whose: Whose::Organization,
        },
        text: "Module B says your company keeps the person who runs an alliance in place; module D says the manager of {alliance} was changed abruptly or more than once.",
    },
    Rule {
        id: "tiers.told_vs_unclear",
        first: Claim {
            question: "c.discipline.told",
            choices: &["all_written", "kept_current"],
            whose: Whose::Organization,
        },
        second: Claim {
            question: "c.candor.importance",
            choices: &["unclear", "assumed"],
            whose: Whose::AnyPartner,
        },
        text: "Module C says every partner has been told its tier in writing, yet how important the relationship is remains unclear or assumed with {partners}.",
    },
];

/// The questions the contradiction rules read (an edition may not hide them).
pub(crate) fn questions_read() -> impl Iterator<Item = &'static str> {
    RULES
        .iter()
        .flat_map(|rule| [rule.first.question, rule.second.question])
}

/// The contradictions these answers hold, in the order of the rules.
pub(crate) fn contradictions(content: &Content, answers: &Answers) -> Vec<Contradiction> {
    RULES
        .iter()
        .filter_map(|rule| {
            let first = holds(content, answers, &rule.first)?;
            let second = holds(content, answers, &rule.second)?;
            let partners: Vec<String> = first.into_iter().chain(second).collect();
            let alliance = answers.alliance().map_or_else(
                || "the alliance it describes".to_owned(),
                |a| format!("the alliance with {}", a.name),
            );
            Some(Contradiction {
                id: rule.id.to_owned(),
                text: rule
                    .text
                    .replace("{partners}", &joined(&partners))
                    .replace("{alliance}", &alliance),
                alliance: answers.alliance().map(|a| a.name),
                partners,
                questions: [&rule.first, &rule.second]
                    .iter()
                    .filter_map(|claim| label(content, claim.question))
                    .collect(),
                dimensions: [&rule.first, &rule.second]
                    .iter()
                    .filter_map(|claim| dimension_of(content, claim.question))
                    .collect(),
            })
        })
        .collect()
}

/// The id of the dimension that asks `question`.
fn dimension_of(content: &Content, question: &str) -> Option<String> {
    content
        .modules
        .iter()
        .flat_map(|m| &m.dimensions)
        .find(|d| d.questions.iter().any(|q| q.id == question))
        .map(|d| d.id.clone())
}

/// Whether the claim holds: `Some` with the partners it holds for (none for a claim about the
/// organization or one's own company), `None` when it does not hold or was not answered.
fn holds(content: &Content, answers: &Answers, claim: &Claim) -> Option<Vec<String>> {
    let question = QuestionId::from(claim.question);
    // Answers count only in a module this assessment takes.
    let module = content.module_of(&question)?;
    if !answers.modules.contains(&module.id) {
        return None;
    }
    let says = |subject: SubjectId| {
        matches!(
            answers.response(&question, subject),
            Some(Response::Choice(choice)) if claim.choices.contains(&choice.as_str())
        )
    };
    match claim.whose {
        Whose::Organization => says(SubjectId::ORGANIZATION).then(Vec::new),
        Whose::OwnParty => {
            let own = answers.parties.iter().find(|p| p.own)?;
            says(own.id).then(Vec::new)
        }
        Whose::AnyPartner => {
            let named: Vec<String> = answers
                .portfolio
                .iter()
                .filter(|p| says(p.id))
                .map(|p| p.name.clone())
                .collect();
            (!named.is_empty()).then_some(named)
        }
        Whose::AlliancePartner => match answers.alliance() {
            Some(alliance) => {
                let partner = answers.portfolio.iter().find(|p| p.id == alliance.id)?;
                says(partner.id).then(|| vec![partner.name.clone()])
            }
            None => (!answers.portfolio.is_empty() && answers.portfolio.iter().all(|p| says(p.id)))
                .then(|| answers.portfolio.iter().map(|p| p.name.clone()).collect()),
        },
    }
}

/// "Written plans with goals (B)": the question's short label and its module's letter.
fn label(content: &Content, question: &str) -> Option<String> {
    content.modules.iter().find_map(|module| {
        module
            .questions()
            .find(|(q, _)| q.id.as_str() == question)
            .map(|(q, _)| format!("{} ({})", q.short, module.letter))
    })
}

/// For each rule, the smallest answer set that shows its contradiction: both claims answered
/// with their first choice, about one's own company ("Us") and one partner ("Example partner")
/// where they ask for them. Tests and docs use these to show each rule firing.
pub fn contradiction_examples(content: &Content) -> Vec<(&'static str, Answers)> {
    use crate::answers::{Party, PortfolioPartner, ResponseKey};
    RULES
        .iter()
        .map(|rule| {
            let mut answers = Answers::default();
            for claim in [&rule.first, &rule.second] {
                let question = QuestionId::from(claim.question);
                if let Some(module) = content.module_of(&question)
                    && !answers.modules.contains(&module.id)
                {
                    answers.modules.push(module.id.clone());
                }
                let subject = match claim.whose {
                    Whose::Organization => SubjectId::ORGANIZATION,
                    Whose::OwnParty => {
                        if answers.parties.is_empty() {
                            answers.parties.push(Party {
                                id: SubjectId(1),
                                name: "Us".to_owned(),
                                own: true,
                            });
                        }
                        SubjectId(1)
                    }
                    Whose::AnyPartner | Whose::AlliancePartner => {
                        if answers.portfolio.is_empty() {
                            answers.portfolio.push(PortfolioPartner {
                                id: SubjectId(2),
                                name: "Example partner".to_owned(),
                                declared: crate::model::Tier::Strategic,
                            });
                        }
                        SubjectId(2)
                    }
                };
                if let Some(choice) = claim.choices.first() {
                    answers.responses.insert(
                        ResponseKey { question, subject },
                        Response::Choice((*choice).into()),
                    );
                }
            }
            (rule.id, answers)
        })
        .collect()
}

/// Every claim the rules read, as (question id, choice ids), so a test can check each against
/// the content: a renamed choice would otherwise weaken a rule without a word.
pub fn contradiction_claims() -> Vec<(&'static str, &'static [&'static str])> {
    RULES
        .iter()
        .flat_map(|rule| [&rule.first, &rule.second])
        .map(|claim| (claim.question, claim.choices))
        .collect()
}
