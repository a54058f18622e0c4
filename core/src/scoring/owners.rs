//! Who owns an action: the role the content names, or, where the company does not have that
//! role, the person who does that work there. Module A finds the head of partner functions
//! missing in most companies, so its actions go to the executive the functions report to; a
//! company under 100 people has no alliance department, so alliance roles become the leader
//! who carries alliances there (seed 002: "a designated exec with alliance responsibility").

use crate::model::CompanySize;

/// Roles no company can be assumed to have, whatever its size, and who acts instead.
const ANY_SIZE: [(&str, &str); 1] = [(
    "Head of partner functions",
    "Executive the partner functions report to",
)];

/// Roles a company under 100 people rarely has, and who acts instead.
const SMALL_COMPANY: [(&str, &str); 3] = [
    ("Head of alliances", "Leader responsible for alliances"),
    ("Alliance manager", "Named owner of the partner"),
    ("HR lead", "Founder or CEO"),
];

/// The owner an action names for a company of this size.
pub(crate) fn owner_for(owner: &str, size: CompanySize) -> String {
    let small = size == CompanySize::Small;
    ANY_SIZE
        .iter()
        .chain(SMALL_COMPANY.iter().filter(|_| small))
        .find(|(role, _)| *role == owner)
        .map_or(owner, |(_, instead)| instead)
        .to_owned()
}
