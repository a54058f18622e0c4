//! Who owns an action: the role the content names, or, where the company does not have that
//! role, the person who does that work there. Module A finds the head of partner functions
//! missing in most companies, and the functions reporting to different executives, so its actions
//! go to the CEO or COO, the one executive over all of them; a
//! company under 100 people has no alliance department, so alliance roles become the leader
//! who carries alliances there (seed 002: "a designated exec with alliance responsibility").

use crate::model::CompanySize;

/// Roles no company can be assumed to have, whatever its size, and who acts instead, as the
/// content names them in English and in German (a test checks the German against the German
/// content's own translations).
const ANY_SIZE: [(&str, &str); 2] = [
    ("Head of partner functions", "CEO or COO"),
    (
        "Leitung Partnerfunktionen",
        "Geschäftsführung (CEO oder COO)",
    ),
];

/// Roles a company under 100 people rarely has, and who acts instead: its alliances, partners
/// and their sponsorship sit with its leaders, and it has no corporate development, venture or
/// HR department. Sales and product leads it usually has, and keeps. English, then German.
const SMALL_COMPANY: [(&str, &str); 25] = [
    ("Head of alliances", "Leader responsible for alliances"),
    ("Alliance manager", "Named owner of the partner"),
    ("Partner manager", "Named owner of the partner"),
    ("Head of partnerships", "Leader responsible for partners"),
    ("Head of channel", "Leader responsible for partners"),
    (
        "Head of technology partnerships",
        "Leader responsible for partners",
    ),
    ("Executive sponsor", "Founder or CEO"),
    // One name for the top of a small firm, whichever action asks for it.
    ("CEO", "Founder or CEO"),
    ("CEO or COO", "Founder or CEO"),
    ("Head of corporate development", "Founder or CEO"),
    ("Head of corporate venture", "Founder or CEO"),
    ("HR lead", "Founder or CEO"),
    (
        "Leitung Allianzen",
        "Führungskraft mit Verantwortung für Allianzen",
    ),
    (
        "Alliance Management",
        "Namentlich Verantwortliche für den Partner",
    ),
    (
        "Alliance Manager",
        "Namentlich Verantwortliche für den Partner",
    ),
    (
        "Partnermanagement",
        "Namentlich Verantwortliche für den Partner",
    ),
    (
        "Leitung Partnerschaften",
        "Führungskraft mit Verantwortung für Partner",
    ),
    (
        "Leitung Channel",
        "Führungskraft mit Verantwortung für Partner",
    ),
    (
        "Leitung Technologiepartnerschaften",
        "Führungskraft mit Verantwortung für Partner",
    ),
    ("Executive Sponsor", "Gründerteam oder Geschäftsführung"),
    ("Geschäftsführung", "Gründerteam oder Geschäftsführung"),
    (
        "Geschäftsführung (CEO oder COO)",
        "Gründerteam oder Geschäftsführung",
    ),
    (
        "Leitung Corporate Development",
        "Gründerteam oder Geschäftsführung",
    ),
    (
        "Leitung Corporate Venture",
        "Gründerteam oder Geschäftsführung",
    ),
    ("Personalleitung", "Gründerteam oder Geschäftsführung"),
];

/// Roles a company under 100 people may lack: no action for such a company is owned by one.
pub const ROLES_A_SMALL_COMPANY_LACKS: [&str; 11] = [
    "Head of partner functions",
    "Head of alliances",
    "Alliance manager",
    "Partner manager",
    "Head of partnerships",
    "Head of channel",
    "Head of technology partnerships",
    "Executive sponsor",
    "Head of corporate development",
    "Head of corporate venture",
    "HR lead",
];

/// The owner an action names for a company of this size: first who acts for a role no company
/// can be assumed to have, then, in a small company, who acts for that.
pub fn owner_for(owner: &str, size: CompanySize) -> String {
    let owner = instead(&ANY_SIZE, owner);
    match size {
        CompanySize::Small => instead(&SMALL_COMPANY, owner),
        _ => owner,
    }
    .to_owned()
}

/// Who acts for `role` in `table`, or the role itself.
fn instead<'a>(table: &[(&'static str, &'static str)], role: &'a str) -> &'a str {
    table
        .iter()
        .find(|(lacking, _)| *lacking == role)
        .map_or(role, |(_, acting)| acting)
}
