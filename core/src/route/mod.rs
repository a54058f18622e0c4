//! Hash routes: every screen has an address, so deep links and Back work on any static host.
//! The facts about each screen are one row of [`screens::SCREENS`].

mod screens;

pub use screens::{NOT_FOUND_ANNOUNCEMENT, SCREENS, Screen, ScreenKind, Tail};

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

/// The first segment of every report-bundle address, as the loader (`static/loader.js`, from
/// the manifest `scripts/bundles.mjs` writes) matches them before any wasm loads: read from
/// `core/routes.json`, the one list. Empty only if that file were broken, which a test rules out.
pub fn report_routes() -> &'static [String] {
    static ROUTES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| {
        // Read as a plain JSON value, which the configuration's reading already compiles in,
        // rather than with a type of its own (smaller wasm).
        let shared: serde_json::Value =
            serde_json::from_str(include_str!("../../routes.json")).unwrap_or_default();
        shared
            .get("report_bundle")
            .and_then(serde_json::Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(|r| r.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    })
}

impl Route {
    /// Which kind of screen this is; `None` for an address the app does not know.
    pub fn kind(&self) -> Option<ScreenKind> {
        Some(match self {
            Route::Welcome => ScreenKind::Welcome,
            Route::Choose => ScreenKind::Choose,
            Route::Step { .. } => ScreenKind::Step,
            Route::Edit { .. } => ScreenKind::Edit,
            Route::Review => ScreenKind::Review,
            Route::Report => ScreenKind::Report,
            Route::Shared(_) => ScreenKind::Shared,
            Route::Print(_) => ScreenKind::Print,
            Route::Compare(_) => ScreenKind::Compare,
            Route::Team => ScreenKind::Team,
            Route::Plan => ScreenKind::Plan,
            Route::Invite(_) => ScreenKind::Invite,
            Route::Gap => ScreenKind::Gap,
            Route::NotFound(_) => return None,
        })
    }

    /// This route's row of the screen table.
    fn screen(&self) -> Option<&'static Screen> {
        self.kind().and_then(Screen::of)
    }

    /// The first segment of this route's address.
    fn segment(&self) -> &str {
        match self {
            Route::NotFound(path) => path.split('/').next().unwrap_or_default(),
            _ => self.screen().map_or("", |screen| screen.segment),
        }
    }

    /// Which bundle shows this route: the report bundle for the first segments listed in
    /// core/routes.json, as the loader decides before any wasm loads. An address the app does
    /// not know is shown by the bundle the loader started for it, so a mistyped report address
    /// never sends the two bundles back and forth.
    pub fn bundle(&self) -> Bundle {
        let first = self.segment();
        if report_routes().iter().any(|r| r == first) {
            Bundle::Report
        } else {
            Bundle::Journey
        }
    }

    /// What the live region says when this screen is shown.
    pub fn announcement(&self) -> String {
        let Some(screen) = self.screen() else {
            return NOT_FOUND_ANNOUNCEMENT.into();
        };
        match self.step() {
            Some((_, index)) => screen
                .announcement
                .replace("{n}", &index.saturating_add(1).to_string()),
            None => screen.announcement.into(),
        }
    }

    /// Whether saved progress is offered back on this screen; anywhere else the app has
    /// already carried on with it.
    pub fn offers_resume(&self) -> bool {
        self.screen().is_some_and(|screen| screen.offers_resume)
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
        let first = parts.next().unwrap_or_default();
        let rest = (parts.next(), parts.next(), parts.next());
        SCREENS
            .iter()
            .filter(|screen| screen.segment == first)
            .find_map(|screen| screen.build(rest))
            .unwrap_or_else(|| Route::NotFound(path.to_owned()))
    }

    /// The location hash for this route.
    pub fn to_hash(&self) -> String {
        let segment = self.segment();
        match self {
            Route::Step { module, index }
            | Route::Edit {
                module,
                index,
                question: None,
            } => format!("#/{segment}/{module}/{index}"),
            Route::Edit {
                module,
                index,
                question: Some(question),
            } => format!("#/{segment}/{module}/{index}/{question}"),
            Route::Shared(token)
            | Route::Print(token)
            | Route::Invite(token)
            | Route::Compare(Some(token)) => format!("#/{segment}/{token}"),
            Route::NotFound(path) => format!("#/{path}"),
            _ => format!("#/{segment}"),
        }
    }
}
