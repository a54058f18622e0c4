//! Recommended actions: each recommendation whose trigger the answers meet, for whom it
//! applies, ranked with knock-out actions first and then by impact × gap.

use crate::answers::{Answers, Response};
use crate::display::for_partner;
use crate::model::{
    About, CapRule, CompanySize, Dimension, Module, Recommendation, RedFlag, ShapeFinding,
    SubjectId, Subjects, Tier, Trigger,
};
use crate::order::{Rank, rank_of, sorted_by_rank};
use crate::scoring::measure::{Tally, response_score, tally};
use crate::scoring::owners::owner_for;
use crate::scoring::{Action, AppliedCap, Cause, ModuleDetail};

/// The highest impact a recommendation can have (the content validator keeps it 1-3).
const MAX_IMPACT: u8 = 3;

/// Whom a module's actions are worked out for, and what holds for it.
pub(crate) struct Evidence<'a> {
    pub module: &'a Module,
    pub answers: &'a Answers,
    pub size: CompanySize,
    /// Whether the module was rated; if not, only knock-out and "find out" actions apply.
    pub rated: bool,
    pub cap: Option<&'a AppliedCap>,
    pub detail: &'a ModuleDetail,
    /// One's own party in module B.
    pub own_party: Option<SubjectId>,
    /// Module D: the partner it is about, when named, and whether module C winds it down.
    pub alliance: Option<Alliance>,
}

/// The partner module D is about, as its actions name it.
pub(crate) struct Alliance {
    pub name: String,
    pub winding_down: bool,
}

impl Evidence<'_> {
    /// Whom a dimension's actions are about: (subject, partner name, small company).
    fn subjects(&self, dimension: &Dimension) -> Vec<(SubjectId, Option<String>, bool)> {
        let small = self.size == CompanySize::Small;
        match (dimension.about, self.module.subjects) {
            (About::Organization, _) | (_, Subjects::None) => {
                vec![(SubjectId::ORGANIZATION, None, small)]
            }
            (About::EachSubject, Subjects::Parties) => self
                .own_party
                .map(|own| (own, None, small))
                .into_iter()
                .collect(),
            // A partner the report recommends for deal-by-deal work or an exit is the field's
            // to handle (seed 001): no alliance work is asked for it, only the portfolio's
            // decision about it.
            (About::EachSubject, Subjects::Portfolio) => self
                .answers
                .portfolio
                .iter()
                .filter(|p| !self.left_to_the_field(&p.name))
                .map(|p| (p.id, Some(p.name.clone()), false))
                .collect(),
        }
    }

    /// Whether the report recommends this portfolio partner as opportunistic or for an exit.
    fn left_to_the_field(&self, name: &str) -> bool {
        let ModuleDetail::Tiering { partners, .. } = self.detail else {
            return false;
        };
        partners
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.recommended)
            .is_some_and(|tier| matches!(tier, Tier::Opportunistic | Tier::Exit))
    }

    fn findings(&self) -> &[ShapeFinding] {
        match self.detail {
            ModuleDetail::Tiering { findings, .. } => findings,
            _ => &[],
        }
    }

    fn flags_of(&self, name: &str) -> &[RedFlag] {
        match self.detail {
            ModuleDetail::Tiering { partners, .. } => partners
                .iter()
                .find(|p| p.name == name)
                .map_or(&[], |p| p.red_flags.as_slice()),
            _ => &[],
        }
    }
}

/// A module recommends at most this many actions besides its knock-out ones: the few that
/// recover the most, not a backlog.
pub const MAX_ACTIONS_PER_MODULE: usize = 5;

/// And at most this many for any one dimension, so the plan covers different gaps.
pub const MAX_ACTIONS_PER_DIMENSION: usize = 1;

/// The actions the module's answers call for, ranked: every knock-out action, then the most
/// valuable of the rest, at most `MAX_ACTIONS_PER_DIMENSION` per dimension and
/// `MAX_ACTIONS_PER_MODULE` in all. A consultancy edition's own actions that the answers call
/// for come after them, besides those places, so they never crowd out what the evidence asks.
pub(crate) fn module_actions(evidence: &Evidence<'_>) -> Vec<Action> {
    let (mut actions, full_gap) = called_for(evidence);
    actions.extend(partner_actions(evidence));
    let added: Vec<&str> = evidence
        .module
        .dimensions
        .iter()
        .flat_map(|d| &d.recommendations)
        .filter(|r| r.added)
        .map(|r| r.id.as_str())
        .collect();
    let (editions, standard): (Vec<Action>, Vec<Action>) = actions
        .into_iter()
        .partition(|action| added.contains(&action.id.as_str()));
    let mut chosen = in_sequence(focused(ranked(standard), &full_gap), &[evidence.module]);
    chosen.extend(ranked(editions));
    chosen
}

/// The action a module's action is listed after (its `after`), if any.
fn follows<'a>(modules: &[&'a Module], action: &Action) -> Option<&'a str> {
    modules
        .iter()
        .filter(|m| m.id == action.module)
        .flat_map(|m| &m.dimensions)
        .flat_map(|d| &d.recommendations)
        .find(|r| r.id == action.id)
        .and_then(|r| r.after.as_deref())
}

/// `actions` with each action that follows another (`Recommendation::after`) moved to just
/// after it, where that one is listed later for the same subject: the decision after the review
/// that informs it. Every other action keeps its place, and each moves at most once.
pub(crate) fn in_sequence(mut actions: Vec<Action>, modules: &[&Module]) -> Vec<Action> {
    let mut moved: Vec<String> = Vec::new();
    let mut at = 0;
    while at < actions.len() {
        let Some(action) = actions.get(at) else { break };
        let first = follows(modules, action).filter(|_| !moved.contains(&action.id));
        let later = first.and_then(|first| {
            actions
                .iter()
                .enumerate()
                .skip(at + 1)
                .find(|(_, a)| {
                    a.id == first && a.module == action.module && a.about == action.about
                })
                .map(|(place, _)| place)
        });
        match later {
            Some(place) => {
                let action = actions.remove(at);
                moved.push(action.id.clone());
                actions.insert(place, action);
            }
            None => at += 1,
        }
    }
    actions
}

/// Module B about partners: the action each partner's sign count calls for (step away, deal by
/// deal, invest where strong), weighted by the share of sign points it lacks, so a partner
/// showing nothing can lead the report's first actions. Partners in the same band share one
/// action that names them all.
fn partner_actions(evidence: &Evidence<'_>) -> Vec<Action> {
    let ModuleDetail::Signs { parties } = evidence.detail else {
        return Vec::new();
    };
    let most = evidence.module.dimensions.len() * 2;
    let mut actions: Vec<Action> = Vec::new();
    for party in parties.iter().filter(|p| !p.own && p.guidance.is_some()) {
        let points = party.present * 2 + party.partial;
        let Some(band) =
            evidence.module.guidance.iter().find(|g| {
                usize::from(g.min_points) <= points && points <= usize::from(g.max_points)
            })
        else {
            continue;
        };
        let Some(todo) = band.partner_action.as_ref() else {
            continue;
        };
        let missing = most.saturating_sub(points) as f64 / most.max(1) as f64;
        let priority = f64::from(todo.impact) * 100.0 * missing;
        match actions.iter_mut().find(|a| a.id == todo.id) {
            Some(action) => {
                action.about.push(party.name.clone());
                action.priority = action.priority.max(priority);
            }
            None => actions.push(Action {
                id: todo.id.clone(),
                module: evidence.module.id.clone(),
                dimension: PARTNER_DECISION.to_owned(),
                text: todo.text.clone(),
                owner: owner_for(&todo.owner, evidence.size),
                artefact: todo.artefact.clone(),
                cadence: todo.cadence.clone(),
                measure: todo.measure.clone(),
                result: false,
                horizon: todo.horizon,
                cause: Cause::Answer,
                about: vec![party.name.clone()],
                source: band.source.clone(),
                priority,
                link: None,
            }),
        }
    }
    actions
}

/// The area a partner's action is filed under in module B (`area_name` says it in the
/// reader's words).
pub const PARTNER_DECISION: &str = "Partner decision";

/// The area an action is filed under, in the reader's words: the dimension's title, or, for
/// a decision about one of module B's partners, "Partner decision".
pub fn area_name<'a>(words: &'a crate::i18n::Words, dimension: &'a str) -> &'a str {
    if dimension == PARTNER_DECISION {
        words.get("core_action.partner_decision")
    } else {
        dimension
    }
}

/// Keeps knock-out actions and the most valuable others within the limits. An action called
/// for by an answer at its worst choice (the full gap) may be a dimension's second: a
/// practitioner would not drop "the partner is kept out of every deal" because the same area
/// also scored low.
fn focused(ranked: Vec<Action>, full_gap: &[String]) -> Vec<Action> {
    // Per dimension: the general places used, and whether the full-gap place is taken.
    let mut per_dimension: Vec<(String, usize, bool)> = Vec::new();
    let mut others = 0;
    ranked
        .into_iter()
        .filter(|action| {
            if action.cause == Cause::Cap {
                return true;
            }
            if others >= MAX_ACTIONS_PER_MODULE {
                return false;
            }
            let at = match per_dimension
                .iter()
                .position(|(d, _, _)| *d == action.dimension)
            {
                Some(at) => at,
                None => {
                    per_dimension.push((action.dimension.clone(), 0, false));
                    per_dimension.len() - 1
                }
            };
            let Some((_, count, extra)) = per_dimension.get_mut(at) else {
                return false;
            };
            let keep = if full_gap.contains(&action.id) && !*extra {
                *extra = true;
                true
            } else if *count < MAX_ACTIONS_PER_DIMENSION {
                *count += 1;
                true
            } else {
                false
            };
            others += usize::from(keep);
            keep
        })
        .collect()
}

/// Every action the module's answers call for, ranked, and the ids of those called for by an
/// answer at its worst choice.
fn called_for(evidence: &Evidence<'_>) -> (Vec<Action>, Vec<String>) {
    let mut actions: Vec<Action> = Vec::new();
    let mut full_gap: Vec<String> = Vec::new();
    for dimension in &evidence.module.dimensions {
        for recommendation in dimension
            .recommendations
            .iter()
            .filter(|r| r.fits(evidence.size))
            .filter(|r| r.fits_alliance(evidence.alliance.as_ref().is_some_and(|a| a.winding_down)))
        {
            for (subject, name, small) in evidence.subjects(dimension) {
                let tally = tally(dimension, evidence.answers, subject, small);
                let Some((cause, gap)) = triggered(
                    evidence,
                    dimension,
                    recommendation,
                    subject,
                    name.as_deref(),
                    &tally,
                    small,
                ) else {
                    continue;
                };
                // What is not known weighs as much as the most valuable known gap: a find-out
                // action's impact counts as the highest when its dimension is mostly unknown.
                let impact = if matches!(cause, Cause::Unknown | Cause::UnknownHold) {
                    MAX_IMPACT
                } else {
                    recommendation.impact
                };
                let priority = f64::from(impact) * gap;
                if cause == Cause::Answer && gap >= 100.0 && !full_gap.contains(&recommendation.id)
                {
                    full_gap.push(recommendation.id.clone());
                }
                match actions.iter_mut().find(|a| a.id == recommendation.id) {
                    // Several partners call for the same action: one action naming them all.
                    Some(action) => {
                        action.about.extend(name);
                        action.priority = action.priority.max(priority);
                    }
                    None => actions.push(named_for_alliance(
                        action(
                            evidence.module,
                            dimension,
                            recommendation,
                            cause,
                            name,
                            priority,
                            evidence.size,
                        ),
                        evidence.alliance.as_ref(),
                    )),
                }
                // Knock-out and portfolio actions concern the portfolio, not one partner.
                if matches!(cause, Cause::Cap | Cause::Finding) {
                    break;
                }
            }
        }
    }
    (ranked(actions), full_gap)
}

/// Whether the module is held "until checked" by a knock-out question of this dimension that
/// was answered "don't know" (or not at all) about this subject.
fn holds_until_known(evidence: &Evidence<'_>, dimension: &Dimension, subject: SubjectId) -> bool {
    if !evidence.cap.is_some_and(AppliedCap::is_unchecked) {
        return false;
    }
    let knock_out_questions = evidence.module.caps.iter().flat_map(|cap| match &cap.rule {
        CapRule::Answers(rule) => rule.matches.iter().map(|m| &m.question).collect(),
        _ => Vec::new(),
    });
    knock_out_questions
        .filter(|question| dimension.questions.iter().any(|q| &q.id == *question))
        .any(|question| {
            !matches!(
                evidence.answers.response(question, subject),
                Some(Response::Choice(_) | Response::NotApplicable)
            )
        })
}

/// Whether the recommendation's trigger holds for this subject, with its cause and the gap
/// that sets its priority.
fn triggered(
    evidence: &Evidence<'_>,
    dimension: &Dimension,
    recommendation: &Recommendation,
    subject: SubjectId,
    name: Option<&str>,
    tally: &Tally,
    small: bool,
) -> Option<(Cause, f64)> {
    let any = evidence.rated;
    let answered = |matched: &crate::model::AnswerMatch| {
        matches!(
            evidence.answers.response(&matched.question, subject),
            Some(Response::Choice(c)) if matched.choices.contains(c)
        )
    };
    if recommendation.given.as_ref().is_some_and(|m| !answered(m))
        || recommendation.unless.as_ref().is_some_and(answered)
    {
        return None;
    }
    match &recommendation.when {
        // The binding knock-out's action first; those of knock-outs that also hold follow.
        Trigger::Cap(id) => evidence.cap.and_then(|cap| {
            if &cap.id == id {
                Some((Cause::Cap, 100.0))
            } else {
                cap.includes(id).then_some((Cause::Cap, 50.0))
            }
        }),
        // What is not known is a gap as large as the share left unknown: a dimension answered
        // mostly "don't know" can put its find-out action among the top three, ahead of
        // confident advice built on the few answers given. Where those answers are knock-outs
        // that hold the module until they are known, finding them out is the hold's own action
        // and leads like a knock-out's.
        Trigger::Unknown => {
            tally
                .mostly_unknown()
                .then(|| match holds_until_known(evidence, dimension, subject) {
                    true => (Cause::UnknownHold, 100.0),
                    false => (Cause::Unknown, tally.unknown_percent()),
                })
        }
        Trigger::Below(below) if any => tally
            .score
            .filter(|score| score.round() < f64::from(*below))
            .map(|score| (Cause::LowScore, 100.0 - score)),
        // A strength's "gap" is how strong it is: the strongest is the first to protect. A
        // module held down by a knock-out has a repair to make first, not strengths to keep.
        Trigger::AtLeast(at_least) if any && evidence.cap.is_none() => tally
            .score
            .filter(|score| score.round() >= f64::from(*at_least))
            .map(|score| (Cause::Strength, score)),
        Trigger::Answer(matched) if any => {
            let question = dimension
                .questions
                .iter()
                .find(|q| q.id == matched.question)?;
            let response = evidence.answers.response(&question.id, subject);
            let chosen =
                matches!(response, Some(Response::Choice(c)) if matched.choices.contains(c));
            chosen.then(|| {
                let score = response_score(question, response, small).unwrap_or(0.0);
                (Cause::Answer, 100.0 - score)
            })
        }
        Trigger::Flag(flag) if any => name
            .is_some_and(|name| evidence.flags_of(name).contains(flag))
            .then_some((Cause::RedFlag, 100.0)),
        Trigger::Finding(finding) if any => evidence
            .findings()
            .contains(finding)
            .then_some((Cause::Finding, 100.0)),
        _ => None,
    }
}

/// Module D's action with its partner's name in place of "the partner", and filed as for it.
fn named_for_alliance(mut action: Action, alliance: Option<&Alliance>) -> Action {
    if let Some(alliance) = alliance {
        for text in [&mut action.text, &mut action.artefact, &mut action.measure] {
            *text = for_partner(text, &alliance.name);
        }
        action.about = vec![alliance.name.clone()];
    }
    action
}

fn action(
    module: &Module,
    dimension: &Dimension,
    recommendation: &Recommendation,
    cause: Cause,
    about: Option<String>,
    priority: f64,
    size: CompanySize,
) -> Action {
    Action {
        id: recommendation.id.clone(),
        module: module.id.clone(),
        dimension: dimension.title.clone(),
        text: recommendation.text.clone(),
        owner: owner_for(&recommendation.owner, size),
        artefact: recommendation.artefact.clone(),
        cadence: recommendation.cadence.clone(),
        measure: recommendation.measure.clone(),
        result: recommendation.result,
        horizon: recommendation.horizon,
        cause,
        about: about.into_iter().collect(),
        source: recommendation.source.clone(),
        priority,
        link: recommendation.link.clone(),
    }
}

/// Knock-out actions (and finding out knock-out answers that hold a module) first; then the
/// highest impact × gap; among equals, red flags and portfolio findings, then specific
/// answers, then low scores, then "find out"; then content order; strengths to protect after
/// every gap. Never alphabetical.
pub(crate) fn rank(action: &Action) -> Rank {
    let severity = match action.cause {
        Cause::Cap => 0,
        Cause::UnknownHold => 1,
        Cause::RedFlag | Cause::Finding => 1,
        Cause::Answer => 2,
        Cause::LowScore => 3,
        Cause::Unknown => 4,
        Cause::Strength => 5,
    };
    match action.cause {
        // Knock-out actions come before every other, the binding knock-out's first; finding
        // out a knock-out answer that holds the module ranks with them.
        Cause::Cap | Cause::UnknownHold => (-rank_of(action.priority), severity),
        Cause::Strength => (2_000_000_000 - rank_of(action.priority), severity),
        _ => (1_000_000_000 - rank_of(action.priority), severity),
    }
}

pub(crate) fn ranked(actions: Vec<Action>) -> Vec<Action> {
    sorted_by_rank(actions, rank)
}

/// Below this priority (impact × gap) an action is worth doing but is not one of the report's
/// first three: a small gap on a useful action (impact 1, gap under 50) does not lead a plan.
pub const PRIORITY_FLOOR: f64 = 50.0;

/// The three most valuable actions across modules (given in content order): knock-out
/// actions first, then at most one per dimension so the list is varied, none below
/// `PRIORITY_FLOOR`. Where the gaps leave room, strengths worth protecting fill the list, so
/// a strong company is told how to keep what it has rather than nothing. An action that
/// follows another listed with it comes after it (`in_sequence`).
pub(crate) fn top_actions(by_module: Vec<&Action>, modules: &[&Module]) -> Vec<Action> {
    // (module, dimension) places taken; strengths to protect take one place per module
    // (no dimension), so a strong company hears about each module.
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    let top = sorted_by_rank(by_module, |a| rank(a))
        .into_iter()
        .filter(|action| {
            matches!(action.cause, Cause::Cap | Cause::Strength)
                || action.priority >= PRIORITY_FLOOR
        })
        .filter(|action| {
            let area = (action.cause != Cause::Strength).then(|| action.dimension.clone());
            let key = (action.module.to_string(), area);
            let fresh = action.cause == Cause::Cap || !seen.contains(&key);
            seen.push(key);
            fresh
        })
        .take(3)
        .cloned()
        .collect();
    in_sequence(top, modules)
}
