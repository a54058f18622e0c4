//! Module B's view: each party's six signs, graded present, partial or absent, and the
//! guidance for its count, worded for one's own company or for a partner.

use crate::answers::Answers;
use crate::display::for_subject;
use crate::journey::asked_subjects;
use crate::model::Module;
use crate::model::SubjectId;
use crate::scoring::measure::tally;
use crate::scoring::{ModuleDetail, PartySigns, SignStatus};

/// A sign scoring at least this is present.
pub(crate) const PRESENT: f64 = 75.0;
/// A sign scoring at least this (and below `PRESENT`) is partly present: the middle anchor.
/// The lowest trace (25) is not a sign in part; seed 002 tells the reader of a company "0 for
/// 6" to step away from the table, and traces alone must read that way.
pub(crate) const PARTIAL: f64 = 50.0;

/// A sign's status from its score.
pub(crate) fn status(score: Option<f64>) -> SignStatus {
    match score {
        Some(value) if value.round() >= PRESENT => SignStatus::Present,
        Some(value) if value.round() >= PARTIAL => SignStatus::Partial,
        Some(_) => SignStatus::Absent,
        None => SignStatus::Unknown,
    }
}

/// `small`: the respondent's company has fewer than 100 people; it applies to its own party
/// only, since a partner's size is not asked.
pub(crate) fn signs(module: &Module, answers: &Answers, small: bool) -> ModuleDetail {
    let asked: Vec<SubjectId> = asked_subjects(module, answers)
        .into_iter()
        .map(|s| s.id)
        .collect();
    let parties = answers
        .parties
        .iter()
        .map(|party| {
            let signs: Vec<(String, Option<f64>, SignStatus)> = module
                .dimensions
                .iter()
                .map(|d| {
                    let tally = tally(d, answers, party.id, small && party.own);
                    let status = if asked.contains(&party.id) && tally.asked > 0 {
                        status(tally.score)
                    } else {
                        SignStatus::NotAsked
                    };
                    (d.id.clone(), tally.score, status)
                })
                .collect();
            let count = |wanted: SignStatus| signs.iter().filter(|s| s.2 == wanted).count();
            let (present, partial, absent) = (
                count(SignStatus::Present),
                count(SignStatus::Partial),
                count(SignStatus::Absent),
            );
            // The guidance reads all six signs: none is given while some were not asked.
            let graded =
                present + partial + absent > 0 && signs.iter().all(|s| s.2 != SignStatus::NotAsked);
            let points = present * 2 + partial;
            let band = graded
                .then(|| {
                    module.guidance.iter().find(|g| {
                        usize::from(g.min_points) <= points && points <= usize::from(g.max_points)
                    })
                })
                .flatten();
            let guidance = band.map(|g| {
                let text = if party.own { &g.own } else { &g.partner };
                for_subject(text, &party.name).into_owned()
            });
            let verdict = band
                .filter(|_| !party.own)
                .map(|g| g.partner_verdict.clone());
            PartySigns {
                name: party.name.clone(),
                own: party.own,
                signs,
                present,
                partial,
                absent,
                guidance,
                verdict,
            }
        })
        .collect();
    ModuleDetail::Signs { parties }
}
