//! Hash routes: every screen has an address, so deep links and Back work on any static host.

use crate::model::ModuleId;

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The welcome screen.
    Welcome,
    /// Choosing the modules.
    Choose,
    /// The `index`-th step of the module with this id.
    Step {
        /// The module's id.
        module: ModuleId,
        /// The step's position in the module, from 0.
        index: usize,
    },
    /// The review of every answer.
    Review,
    /// A step opened from the review to change an answer: it offers the way straight back.
    Edit {
        /// The module's id.
        module: ModuleId,
        /// The step's position in the module, from 0.
        index: usize,
        /// The anchor of the question to land on (scrolled to and focused), if one was named.
        question: Option<String>,
    },
    /// The report.
    Report,
    /// A read-only report opened from a share link's token.
    Shared(String),
    /// The same report, opened to be printed at once (a framed widget prints here, in a tab of
    /// its own, since a frame cannot print itself everywhere).
    Print(String),
    /// Two reports side by side; the payload (both tokens and labels) when shared.
    Compare(Option<String>),
    /// Several respondents combined.
    Team,
    /// The 90-day plan made from the report.
    Plan,
    /// An invitation to answer a module from the partner's side of the relationship.
    Invite(String),
    /// Our answers beside the partner's: the gap per dimension.
    Gap,
    /// Any other address, kept to show it.
    NotFound(String),
}

/// The app ships as two bundles: the journey (what a person needs to take the assessment) and
/// the report bundle (the whole app, with the report and every view made from reports). The
/// loader starts the one an address needs; the journey fetches the report bundle ahead of time
/// and hands the page over to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// Welcome, module choice, steps, review, invitations.
    Journey,
    /// Reports, shared reports, printing, comparisons, team views, plans, two-sided reviews (the
    /// report bundle holds the journey's pages too).
    Report,
}

impl Bundle {
    /// The name the loader knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Journey => "journey",
            Bundle::Report => "report",
        }
    }
}

/// The route facts the loader shares, in `core/routes.json` (its build reads the same file).
#[derive(serde::Deserialize)]
struct SharedRoutes {
    report_bundle: Vec<String>,
}

/// The first segment of every report-bundle address, as the loader (`static/loader.js`, from
/// the manifest `scripts/bundles.mjs` writes) matches them before any wasm loads: read from
/// `core/routes.json`, the one list. Empty only if that file were broken, which a test rules out.
pub fn report_routes() -> &'static [String] {
    static ROUTES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| {
        serde_json::from_str::<SharedRoutes>(include_str!("../routes.json"))
            .map(|shared| shared.report_bundle)
            .unwrap_or_default()
    })
}

impl Route {
    /// Which bundle shows this route.
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::Report
            | Route::Shared(_)
            | Route::Print(_)
            | Route::Compare(_)
            | Route::Team
            | Route::Plan
            | Route::Gap => Bundle::Report,
            // An address the app does not know is shown by the bundle the loader started for
            // it, so a mistyped report address never sends the two bundles back and forth.
            Route::NotFound(path) => {
                let first = path.split('/').next().unwrap_or_default();
                if report_routes().iter().any(|r| r == first) {
                    Bundle::Report
                } else {
                    Bundle::Journey
                }
            }
            Route::Welcome
            | Route::Choose
            | Route::Step { .. }
            | Route::Edit { .. }
            | Route::Review
            | Route::Invite(_) => Bundle::Journey,
        }
    }

    /// The step a route shows, opened from the journey or from the review.
    pub fn step(&self) -> Option<(&ModuleId, usize)> {
        match self {
            Route::Step { module, index } | Route::Edit { module, index, .. } => {
                Some((module, *index))
            }
            _ => None,
        }
    }

    /// Reads a location hash such as `#/step/health/2`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(4, '/');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(""), None, None, None) => Route::Welcome,
            (Some("choose"), None, None, None) => Route::Choose,
            (Some("review"), None, None, None) => Route::Review,
            (Some("report"), None, None, None) => Route::Report,
            (Some("r"), Some(token), None, None) => Route::Shared(token.to_owned()),
            (Some("print"), Some(token), None, None) => Route::Print(token.to_owned()),
            (Some("compare"), None, None, None) => Route::Compare(None),
            (Some("compare"), Some(payload), None, None) => {
                Route::Compare(Some(payload.to_owned()))
            }
            (Some("team"), None, None, None) => Route::Team,
            (Some("plan"), None, None, None) => Route::Plan,
            (Some("gap"), None, None, None) => Route::Gap,
            (Some("invite"), Some(token), None, None) => Route::Invite(token.to_owned()),
            (Some(kind @ ("step" | "edit")), Some(module), Some(index), question) => {
                match index.parse() {
                    Ok(index) if kind == "edit" => Route::Edit {
                        module: module.into(),
                        index,
                        question: question.filter(|q| !q.is_empty()).map(str::to_owned),
                    },
                    Ok(index) if question.is_none() => Route::Step {
                        module: module.into(),
                        index,
                    },
                    _ => Route::NotFound(path.to_owned()),
                }
            }
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// The location hash for this route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Welcome => "#/".into(),
            Route::Choose => "#/choose".into(),
            Route::Step { module, index } => format!("#/step/{module}/{index}"),
            Route::Edit {
                module,
                index,
                question: None,
            } => format!("#/edit/{module}/{index}"),
            Route::Edit {
                module,
                index,
                question: Some(question),
            } => format!("#/edit/{module}/{index}/{question}"),
            Route::Review => "#/review".into(),
            Route::Report => "#/report".into(),
            Route::Shared(token) => format!("#/r/{token}"),
            Route::Print(token) => format!("#/print/{token}"),
            Route::Compare(None) => "#/compare".into(),
            Route::Compare(Some(payload)) => format!("#/compare/{payload}"),
            Route::Team => "#/team".into(),
            Route::Plan => "#/plan".into(),
            Route::Gap => "#/gap".into(),
            Route::Invite(token) => format!("#/invite/{token}"),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }
}
