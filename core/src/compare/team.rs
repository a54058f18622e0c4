//! The team view: several respondents' answers combined into mean and spread per dimension,
//! with the dimensions where they disagree flagged.

use serde::Serialize;

use crate::answers::Answers;
use crate::csv::Csv;
use crate::display::tenths;
use crate::model::{Content, ModuleId};
use crate::scoring::{Report, Score, make_score, mean, score};

/// The most respondents one team view combines; more would make the view unreadable.
pub const MAX_RESPONDENTS: usize = 50;
/// Respondents whose scores for a dimension are this many points or more apart disagree.
pub const DISAGREEMENT_POINTS: f64 = 25.0;

/// The disagreement rule in the reader's words, for the screen and the printed report.
pub fn disagreement_rule(words: &crate::i18n::Words) -> String {
    let points = tenths(DISAGREEMENT_POINTS);
    words.fill(
        "core_team.rule",
        &[("points", points.trim_end_matches(".0").into())],
    )
}

/// Which side of a relationship a respondent answered for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Our company.
    #[default]
    Us,
    /// The partner, answering about the relationship from their side.
    Partner,
}

/// One respondent: a label for the screen (a name or a file name), their answers, and the
/// side they answered for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamInput {
    /// Who answered, as shown in the team view (a name or the file's name).
    pub label: String,
    /// Their answers.
    pub answers: Answers,
    /// Whose side they answered for.
    pub side: Side,
}

/// One dimension of a two-sided module seen by both sides: each side's mean and how many
/// respondents it rests on, and the gap between the means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideGap {
    /// The module's title.
    pub module_title: String,
    /// The dimension's title.
    pub title: String,
    /// Our side's mean, and how many of our respondents have a score.
    pub us: Option<(f64, usize)>,
    /// The partner side's mean, and how many of their respondents have a score.
    pub partner: Option<(f64, usize)>,
    /// `partner − us`, when both sides have a mean.
    pub gap: Option<f64>,
    /// The question for the two sides to discuss.
    pub prompt: String,
}

/// An input left out of the team view, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    /// The input as the person gave it.
    pub label: String,
    /// Why it was left out, as a sentence (in English; `reason_in` says it in the reader's
    /// words).
    pub reason: String,
}

impl Skipped {
    /// Why it was left out, in the reader's words: it came after the most a view combines.
    pub fn reason_in(&self, words: &crate::i18n::Words) -> String {
        words.fill("core_team.too_many", &[("max", MAX_RESPONDENTS.into())])
    }
}

/// One dimension across the respondents who have a score for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamDimension {
    /// The module's id.
    pub module: ModuleId,
    /// The module's title.
    pub module_title: String,
    /// The dimension's id.
    pub dimension: String,
    /// The dimension's title.
    pub title: String,
    /// Respondents with a score for this dimension (at least one).
    pub count: usize,
    /// The respondents' mean score.
    pub mean: f64,
    /// The lowest respondent's score.
    pub min: f64,
    /// The highest respondent's score.
    pub max: f64,
    /// `max − min`.
    pub spread: f64,
    /// `spread` reaches `DISAGREEMENT_POINTS`.
    pub flagged: bool,
}

/// Several respondents combined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamView {
    /// Distinct respondents combined (after duplicates are removed and the cap applied).
    pub respondents: usize,
    /// Their labels, in input order.
    pub included: Vec<String>,
    /// Labels of inputs whose answers repeat an earlier input's; counted once.
    pub duplicates: Vec<String>,
    /// Inputs beyond `MAX_RESPONDENTS`.
    pub skipped: Vec<Skipped>,
    /// Mean of the respondents' overall scores, with its level; `None` when none has one.
    pub overall: Option<Score>,
    /// Dimensions in content order (our side's respondents only, when sides are tagged).
    pub dimensions: Vec<TeamDimension>,
    /// With respondents on both sides: the two-sided modules' dimensions, largest gap first.
    pub sides: Vec<SideGap>,
}

/// Scores each distinct respondent and combines them per dimension.
pub fn team(content: &Content, inputs: &[TeamInput]) -> TeamView {
    let mut kept: Vec<&TeamInput> = Vec::new();
    let mut duplicates = Vec::new();
    let mut skipped = Vec::new();
    for input in inputs {
        if kept.iter().any(|k| k.answers == input.answers) {
            duplicates.push(input.label.clone());
        } else if kept.len() >= MAX_RESPONDENTS {
            skipped.push(Skipped {
                label: input.label.clone(),
                reason: format!(
                    "A team view combines at most {MAX_RESPONDENTS} respondents; this one came after that."
                ),
            });
        } else {
            kept.push(input);
        }
    }
    let sides = side_gaps(content, &kept);
    // The team's own view: the partner side answered about us, from outside.
    let kept_us: Vec<&TeamInput> = kept
        .iter()
        .copied()
        .filter(|i| i.side == Side::Us)
        .collect();
    let reports: Vec<Report> = kept_us.iter().map(|i| score(content, &i.answers)).collect();
    let overalls: Vec<f64> = reports
        .iter()
        .filter_map(|r| r.overall.as_ref())
        .map(|r| r.score.value)
        .collect();
    // The group's level is the mean score's level, held down by a knock-out cap at least half
    // of the respondents report (resources withdrawn, say), so it is not averaged away.
    let caps: Vec<u8> = reports
        .iter()
        .filter_map(|r| r.overall.as_ref())
        .filter_map(|r| r.cap.as_ref().map(|c| c.level))
        .collect();
    let rated = overalls.len();
    let group_cap =
        (1..=5u8).find(|level| caps.iter().filter(|c| *c <= level).count() * 2 >= rated.max(1));
    let overall = mean(&overalls).map(|value| {
        let score = make_score(&content.levels, value);
        Score {
            level: group_cap.map_or(score.level, |cap| cap.min(score.level)),
            ..score
        }
    });
    let mut dimensions = Vec::new();
    for module in &content.modules {
        for dimension in &module.dimensions {
            let values: Vec<f64> = reports
                .iter()
                .filter_map(|r| r.modules.iter().find(|m| m.id == module.id))
                .filter_map(|m| m.dimensions.iter().find(|d| d.id == dimension.id))
                .filter_map(|d| d.score)
                .map(|s| s.value)
                .collect();
            let Some(mean) = mean(&values) else {
                continue;
            };
            let min = values.iter().copied().fold(f64::INFINITY, f64::min);
            let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let spread = max - min;
            dimensions.push(TeamDimension {
                module: module.id.clone(),
                module_title: module.title.clone(),
                dimension: dimension.id.clone(),
                title: dimension.title.clone(),
                count: values.len(),
                mean,
                min,
                max,
                spread,
                flagged: spread >= DISAGREEMENT_POINTS,
            });
        }
    }
    TeamView {
        respondents: kept.len(),
        included: kept.iter().map(|i| i.label.clone()).collect(),
        duplicates,
        skipped,
        overall,
        dimensions,
        sides,
    }
}

/// Each side's mean per dimension of the two-sided modules, when both sides have respondents.
fn side_gaps(content: &Content, kept: &[&TeamInput]) -> Vec<SideGap> {
    let scores = |side: Side| -> Vec<Vec<(ModuleId, String, f64)>> {
        kept.iter()
            .filter(|i| i.side == side)
            .map(|i| crate::two_sided::side_scores(content, &i.answers, side == Side::Us))
            .collect()
    };
    let (us, partner) = (scores(Side::Us), scores(Side::Partner));
    if us.is_empty() || partner.is_empty() {
        return Vec::new();
    }
    let side_mean = |all: &[Vec<(ModuleId, String, f64)>], module: &ModuleId, dimension: &str| {
        let values: Vec<f64> = all
            .iter()
            .filter_map(|s| s.iter().find(|(m, d, _)| m == module && d == dimension))
            .map(|(_, _, v)| *v)
            .collect();
        mean(&values).map(|m| (m, values.len()))
    };
    let mut rows = Vec::new();
    for module in &content.modules {
        for dimension in &module.dimensions {
            let (a, b) = (
                side_mean(&us, &module.id, &dimension.id),
                side_mean(&partner, &module.id, &dimension.id),
            );
            if a.is_none() && b.is_none() {
                continue;
            }
            rows.push(SideGap {
                module_title: module.title.clone(),
                title: dimension.title.clone(),
                us: a,
                partner: b,
                gap: a.zip(b).map(|((a, _), (b, _))| b - a),
                prompt: dimension.prompt.clone(),
            });
        }
    }
    crate::order::sorted_by_rank(rows, |r| match r.gap {
        Some(gap) => (0, -crate::order::rank_of(gap.abs())),
        None => (1, 0),
    })
}

/// The header row of `team_to_csv`: the keys of its words.
pub const TEAM_CSV_HEADER: [&str; 8] = [
    "core_team_csv.module",
    "core_team_csv.dimension",
    "core_team_csv.respondents",
    "core_team_csv.mean",
    "core_team_csv.min",
    "core_team_csv.max",
    "core_team_csv.spread",
    "core_team_csv.flagged",
];

/// The team view's dimensions as CSV under a header in the reader's words (scores to one
/// decimal, `flagged` as yes/no in the reader's words).
pub fn team_to_csv(words: &crate::i18n::Words, view: &TeamView) -> String {
    let mut out = Csv::with_header(&TEAM_CSV_HEADER.map(|key| words.get(key)));
    for d in &view.dimensions {
        let numbers = [d.mean, d.min, d.max, d.spread].map(tenths);
        let [mean, min, max, spread] = &numbers;
        let count = d.count.to_string();
        let flagged = words.get(if d.flagged {
            "core_team_csv.yes"
        } else {
            "core_team_csv.no"
        });
        out.row(&[
            &d.module_title,
            &d.title,
            &count,
            mean,
            min,
            max,
            spread,
            flagged,
        ]);
    }
    out.finish()
}
