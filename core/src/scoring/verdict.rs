//! What the report says overall and per module: the overall rating, the verdict naming this
//! report's real strongest and weakest areas, the strengths to protect, and each module's
//! two or three findings that matter.

use super::sentences::cap_sentence;
use crate::display::{capitalized, function_label, level_name, tier_words, whole};
use crate::i18n::Words;
use crate::model::{ChoiceId, Content, LevelBand, ShapeFinding, Tier};
use crate::order::{rank_of, sorted_by_rank};
use crate::scoring::measure::{make_score, mean};
use crate::scoring::{
    AppliedCap, Area, Contradiction, ModuleDetail, ModuleResult, Rating, Verdict,
};

/// The respondent's own rating across the modules it was rated on, held down by the lowest
/// cap any module's evidence shows, never above the median module level (one excellent
/// module cannot lift the company above what most of its modules show), and at Defined at
/// most while answers in different modules contradict each other.
pub(crate) fn overall(
    levels: &[LevelBand],
    modules: &[ModuleResult],
    contradicted: bool,
) -> Option<Rating> {
    let values: Vec<f64> = modules
        .iter()
        .filter_map(|m| m.score())
        .map(|s| s.value)
        .collect();
    let score = make_score(levels, mean(&values)?);
    let mut cap = modules
        .iter()
        .filter_map(ModuleResult::cap)
        .fold(None::<&AppliedCap>, |lowest, cap| match lowest {
            Some(lowest) if lowest.level <= cap.level => Some(lowest),
            _ => Some(cap),
        })
        .cloned();
    let shown: Vec<u8> = modules
        .iter()
        .filter_map(ModuleResult::rating)
        .map(Rating::level)
        .collect();
    if let Some(median) = median_level(&shown) {
        let level = cap
            .as_ref()
            .map_or(score.level, |c| c.level.min(score.level));
        if median < level {
            let at_or_below = shown.iter().filter(|l| **l <= median).count();
            let name = levels
                .iter()
                .find(|band| band.level == median)
                .map_or("", |band| band.name.as_str());
            cap = Some(AppliedCap {
                id: AppliedCap::MEDIAN.to_owned(),
                level: median,
                reasons: vec![format!(
                    "{at_or_below} of the {} modules rated {} at {name} or below",
                    shown.len(),
                    if at_or_below == 1 { "is" } else { "are" }
                )],
                also: Vec::new(),
                median: Some([at_or_below, shown.len()]),
            });
        }
    }
    let level = cap
        .as_ref()
        .map_or(score.level, |c| c.level.min(score.level));
    if contradicted && CONTRADICTED_LEVEL < level {
        cap = Some(AppliedCap {
            id: AppliedCap::CONTRADICTED.to_owned(),
            level: CONTRADICTED_LEVEL,
            reasons: vec!["answers in different modules contradict each other".to_owned()],
            also: Vec::new(),
            median: None,
        });
    }
    Some(Rating { score, cap })
}

/// The highest overall level while answers contradict each other: which claim is true is
/// not known yet.
const CONTRADICTED_LEVEL: u8 = 3;

/// The median of the module levels shown, rounded down between two middle levels (Managed
/// and Optimizing give Managed; Emerging and Optimizing give Defined, the level between).
fn median_level(levels: &[u8]) -> Option<u8> {
    let mut sorted = levels.to_vec();
    sorted.sort_unstable();
    let upper = sorted.get(sorted.len() / 2).copied()?;
    if sorted.len() % 2 == 1 {
        return Some(upper);
    }
    let lower = sorted.get(sorted.len() / 2 - 1).copied()?;
    Some(lower + (upper - lower) / 2)
}

/// Every rated own dimension as an area, but those holding a contradicted answer: a score
/// resting on a claim another module denies is no strength (nor weakness) to name.
fn areas(modules: &[ModuleResult], contradictions: &[Contradiction]) -> Vec<Area> {
    let contradicted = |id: &String| contradictions.iter().any(|c| c.dimensions.contains(id));
    modules
        .iter()
        .filter(|m| m.rating().is_some())
        .flat_map(|m| {
            m.dimensions
                .iter()
                .filter(|d| !contradicted(&d.id))
                .filter_map(|d| {
                    d.score.map(|s| Area {
                        letter: m.letter.clone(),
                        title: d.title.clone(),
                        score: s.value,
                    })
                })
        })
        .collect()
}

/// The verdict on the overall rating: its level, this report's strongest and weakest areas,
/// and the cap holding it down. An area scoring below `strength_floor` (where Defined begins)
/// is not named as a strength, however it ranks: the weakest is named alone.
pub(crate) fn verdict(
    overall: &Rating,
    modules: &[ModuleResult],
    contradictions: &[Contradiction],
    strength_floor: f64,
) -> Verdict {
    let ranked = sorted_by_rank(areas(modules, contradictions), |a| (rank_of(a.score), 0));
    // Among areas tied at the top, the first in the report's order is named.
    let top = ranked.last().map(|a| rank_of(a.score));
    let first_strongest = ranked.iter().find(|a| Some(rank_of(a.score)) == top);
    // Areas that all score the same have no strongest or weakest.
    let (weakest, strongest) = match (ranked.first(), first_strongest) {
        (Some(weak), Some(strong)) if weak.score.round() < strong.score.round() => {
            let strong = (strong.score >= strength_floor).then(|| strong.clone());
            (Some(weak.clone()), strong)
        }
        _ => (None, None),
    };
    Verdict {
        level: overall.level(),
        score_level: overall.score.level,
        strongest,
        weakest,
        cap: overall
            .cap
            .clone()
            .filter(|cap| cap.level < overall.score.level),
    }
}

/// Own dimensions at level 4 or above, strongest first, at most three.
pub(crate) fn strengths(modules: &[ModuleResult]) -> Vec<Area> {
    let strong: Vec<Area> = modules
        .iter()
        .filter(|m| m.rating().is_some())
        .flat_map(|m| {
            m.dimensions.iter().filter_map(|d| {
                d.score.filter(|s| s.level >= 4).map(|s| Area {
                    letter: m.letter.clone(),
                    title: d.title.clone(),
                    score: s.value,
                })
            })
        })
        .collect();
    let mut strong = sorted_by_rank(strong, |a| (-rank_of(a.score), 0));
    strong.truncate(3);
    strong
}

/// The two or three findings that matter most in a module, as sentences in the reader's
/// words: the cap, what the module's own view shows, then the weakest dimension.
pub fn key_findings(words: &Words, content: &Content, module: &ModuleResult) -> Vec<String> {
    let mut findings = Vec::new();
    if let Some(cap) = module.cap() {
        let bites = module.score().is_none_or(|s| cap.level < s.level);
        let reason = cap.reason_in(words, content);
        findings.push(if bites {
            cap_sentence(words, content, cap)
        } else if cap.is_unchecked() {
            words.fill("core_finding.unchecked", &[("reason", (&reason).into())])
        } else {
            let reason = capitalized(&reason);
            words.fill(
                "core_finding.holds_on_its_own",
                &[
                    ("reason", (&reason).into()),
                    ("level", level_name(content, cap.level).into()),
                ],
            )
        });
    }
    findings.extend(detail_finding(words, content, module));
    let weakest = module
        .dimensions
        .iter()
        .filter_map(|d| d.score.map(|s| (d, s)))
        .min_by(|(_, a), (_, b)| a.value.total_cmp(&b.value));
    if let Some((dimension, score)) = weakest
        && let Some(finding) = &dimension.finding
        && score.level < 5
    {
        findings.push(words.fill(
            "core_finding.weakest",
            &[
                ("title", (&dimension.title).into()),
                ("score", whole(score.value).into()),
                ("finding", finding.into()),
            ],
        ));
    }
    findings.truncate(3);
    findings
}

fn detail_finding(words: &Words, content: &Content, module: &ModuleResult) -> Option<String> {
    match &module.detail {
        ModuleDetail::Collaboration {
            functions,
            weakest_seams,
            ..
        } => {
            let label = |id: &ChoiceId| function_label(functions, id);
            let seam = weakest_seams.first()?;
            let [a, b] = &seam.functions;
            let (a, b) = (label(a), label(b));
            Some(words.fill(
                "core_finding.seam",
                &[
                    ("first", (&a).into()),
                    ("second", (&b).into()),
                    ("score", whole(seam.score.unwrap_or(0.0)).into()),
                ],
            ))
        }
        ModuleDetail::Signs { parties } => {
            let own = parties.iter().find(|p| p.own)?;
            Some(words.fill(
                "core_finding.own_signs",
                &[
                    ("present", own.present.into()),
                    ("total", own.signs.len().into()),
                    ("partial", own.partial.into()),
                    ("absent", own.absent.into()),
                ],
            ))
        }
        ModuleDetail::Tiering {
            partners, findings, ..
        } => {
            let tier = |tier: Tier| tier_words(words, tier).0;
            let over: Vec<String> = partners
                .iter()
                .filter(|p| p.supported.is_some_and(|s| p.declared < s))
                .map(|p| {
                    words.fill(
                        "core_finding.over_tiered_partner",
                        &[
                            ("name", (&p.name).into()),
                            ("declared", tier(p.declared).into()),
                            ("supported", p.supported.map_or("", tier).into()),
                        ],
                    )
                })
                .collect();
            if !over.is_empty() {
                let partners = over.join(", ");
                return Some(words.fill(
                    "core_finding.over_tiered",
                    &[("partners", (&partners).into())],
                ));
            }
            let rules = content.modules.iter().find_map(|m| m.tiering.as_ref())?;
            findings
                .iter()
                .find(|f| **f != ShapeFinding::Healthy)
                .or(findings.first())
                .and_then(|f| rules.finding_text(*f))
                .map(str::to_owned)
        }
        ModuleDetail::Health { top_risks, .. } => top_risks.first().map(|risk| {
            words.fill(
                "core_finding.top_risk",
                &[
                    ("risk", (&risk.text).into()),
                    ("score", whole(risk.score).into()),
                ],
            )
        }),
    }
}
