//! The screen table: one row per kind of screen, from which parsing, hashing, the bundle that
//! shows it, what the live region announces and whether saved progress is offered there derive.
//! Adding a screen is one row here, one `Route` variant and its arm in [`Route::kind`] and
//! [`Screen::build`]; a test fails if a kind has no row or two.

use super::Route;

/// A kind of screen: a [`Route`] without what its address carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKind {
    /// The welcome screen.
    Welcome,
    /// Choosing the modules.
    Choose,
    /// A step of a module.
    Step,
    /// A step opened from the review.
    Edit,
    /// The review of every answer.
    Review,
    /// The report.
    Report,
    /// A shared report.
    Shared,
    /// A shared report opened to be printed.
    Print,
    /// Two reports side by side.
    Compare,
    /// Several respondents combined.
    Team,
    /// The 90-day plan.
    Plan,
    /// An invitation to a two-sided review.
    Invite,
    /// The two-sided review's gap.
    Gap,
}

/// What an address carries after its first segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tail {
    /// Nothing (`#/review`).
    Nothing,
    /// One token (`#/r/<token>`).
    Token,
    /// Nothing or one token (`#/compare`, `#/compare/<payload>`).
    MaybeToken,
    /// A module and a step number (`#/step/<module>/<n>`; an edit may add the question).
    Step,
}

/// One row of the screen table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// The kind of screen.
    pub kind: ScreenKind,
    /// The first segment of its address (empty for the welcome).
    pub segment: &'static str,
    /// What the address carries after it.
    pub tail: Tail,
    /// What the live region says when it is shown (`{n}`: the step's number from 1).
    pub announcement: &'static str,
    /// Whether saved progress is offered back here (elsewhere the app has carried on with it).
    pub offers_resume: bool,
}

const fn row(
    kind: ScreenKind,
    segment: &'static str,
    tail: Tail,
    announcement: &'static str,
    offers_resume: bool,
) -> Screen {
    Screen {
        kind,
        segment,
        tail,
        announcement,
        offers_resume,
    }
}

use ScreenKind as K;

/// Every screen. Which bundle shows each comes from `core/routes.json` (see
/// [`super::report_routes`]), the list the loader reads too.
pub const SCREENS: [Screen; 13] = [
    row(
        K::Welcome,
        "",
        Tail::Nothing,
        "Start of the assessment",
        true,
    ),
    row(
        K::Choose,
        "choose",
        Tail::Nothing,
        "Choose your modules",
        true,
    ),
    row(
        K::Step,
        "step",
        Tail::Step,
        "Step {n} of this module",
        false,
    ),
    row(
        K::Edit,
        "edit",
        Tail::Step,
        "Step {n} of this module",
        false,
    ),
    row(
        K::Review,
        "review",
        Tail::Nothing,
        "Review your answers",
        false,
    ),
    row(
        K::Report,
        "report",
        Tail::Nothing,
        "Your report is ready",
        false,
    ),
    row(K::Shared, "r", Tail::Token, "Shared report", false),
    row(K::Print, "print", Tail::Token, "Shared report", false),
    row(
        K::Compare,
        "compare",
        Tail::MaybeToken,
        "Compare two reports",
        false,
    ),
    row(K::Team, "team", Tail::Nothing, "Team view", false),
    row(K::Plan, "plan", Tail::Nothing, "Your 90-day plan", false),
    row(
        K::Invite,
        "invite",
        Tail::Token,
        "An invitation to a two-sided review",
        false,
    ),
    row(K::Gap, "gap", Tail::Nothing, "Two-sided review", false),
];

/// What the live region says on an address the app does not know.
pub const NOT_FOUND_ANNOUNCEMENT: &str = "Page not found";

impl Screen {
    /// The row of a kind of screen.
    pub fn of(kind: ScreenKind) -> Option<&'static Screen> {
        SCREENS.iter().find(|screen| screen.kind == kind)
    }

    /// The route of this screen from what its address carries after the first segment, up to
    /// three more segments (`None`: not an address of this screen).
    pub fn build(&self, rest: (Option<&str>, Option<&str>, Option<&str>)) -> Option<Route> {
        let token = |t: Option<&str>| t.map(str::to_owned);
        let route = match (self.tail, rest) {
            (Tail::Nothing, (None, None, None)) => self.bare()?,
            (Tail::Token, (Some(_), None, None)) => match self.kind {
                K::Shared => Route::Shared(token(rest.0)?),
                K::Print => Route::Print(token(rest.0)?),
                K::Invite => Route::Invite(token(rest.0)?),
                _ => return None,
            },
            (Tail::MaybeToken, (_, None, None)) if self.kind == K::Compare => {
                Route::Compare(token(rest.0))
            }
            (Tail::Step, (Some(module), Some(index), question)) => {
                let (module, index) = (module.into(), index.parse().ok()?);
                match (self.kind, question) {
                    // A step opened from the review may name the question to land on.
                    (K::Edit, question) => Route::Edit {
                        module,
                        index,
                        question: question.filter(|q| !q.is_empty()).map(str::to_owned),
                    },
                    (_, None) => Route::Step { module, index },
                    (_, Some(_)) => return None,
                }
            }
            _ => return None,
        };
        Some(route)
    }

    fn bare(&self) -> Option<Route> {
        Some(match self.kind {
            K::Welcome => Route::Welcome,
            K::Choose => Route::Choose,
            K::Review => Route::Review,
            K::Report => Route::Report,
            K::Team => Route::Team,
            K::Plan => Route::Plan,
            K::Gap => Route::Gap,
            _ => return None,
        })
    }
}
