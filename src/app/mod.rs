//! The root component: loads content, owns the state and the route, saves progress, and moves
//! focus and announcements on every screen change.

mod hooks;
mod packs;

pub use packs::{failure_sentence, fetch_every_pack, prefetch as prefetch_packs, whole_content};

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::Assessment;
use crate::browser::{self, embed};
use crate::components::{LanguageMenu, LanguageProvider, Notices, ResumeOffer};
use crate::embedded;
use crate::pages::NotFoundPage;
#[cfg(feature = "journey")]
use crate::pages::{ChoosePage, InvitePage, ReviewPage, StepPage, WelcomePage};
#[cfg(feature = "report")]
use crate::pages::{ComparePage, GapPage, PlanPage, ReportPage, SharedPage, TeamPage};
use partnering_core::config::Config;
use partnering_core::content::Catalog;
use partnering_core::route::{Bundle, Route};

use crate::session::use_session;
use crate::words::use_words;
use hooks::{use_config, use_host_events, use_pack_updates, use_route, use_screen_change};

/// Mounts the whole app.
#[component(App)]
pub fn app() -> Html {
    let failed = embedded::catalog().is_err();
    use_effect_with(failed, |failed| {
        if *failed {
            embed::remove_boot_screen();
        }
    });
    match embedded::catalog() {
        Ok(catalog) => html! { <WithCatalog {catalog} /> },
        Err(error) => html! {
            <main class="page" id="main">
                <h1>{ crate::words::english().get("app.could_not_start").to_owned() }</h1>
                <p role="alert">{ error.to_string() }</p>
            </main>
        },
    }
}

#[derive(Properties)]
struct WithCatalogProps {
    catalog: &'static Catalog,
}

impl PartialEq for WithCatalogProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.catalog, other.catalog)
    }
}

#[component(WithCatalog)]
fn with_catalog(props: &WithCatalogProps) -> Html {
    match use_config(props.catalog) {
        // The static boot screen stays up until the configuration is known.
        None => Html::default(),
        // The interface's words (and the content's catalog) in the chosen language before the
        // first screen shows.
        Some(config) => html! {
            <LanguageProvider config={config.clone()}><Configured {config} /></LanguageProvider>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ConfiguredProps {
    config: Rc<Config>,
}

/// Before the session starts: the packs of every module whatever it restores may name (saved
/// progress, a hand-over, a link), in the language shown, so nothing is read against content
/// without them. Once started, the session stays (a switch of language waits inside it).
#[component(Configured)]
fn configured(props: &ConfiguredProps) -> Html {
    let config = props.config.clone();
    // The content's language is the interface's (set with its words, see `LanguageProvider`).
    let language = AttrValue::from(use_words().language().to_owned());
    let generation = use_pack_updates();
    let start = use_memo((), |_| packs::needed_at_start(embedded::shown()));
    // Asked for at once: a pack already in this page's memory is read before the first render.
    browser::packs::ensure(&start);
    let started = use_mut_ref(|| false);
    let status = match *started.borrow() {
        true => browser::packs::Packs::Ready,
        false => browser::packs::status(&start),
    };
    match status {
        browser::packs::Packs::Ready => {
            *started.borrow_mut() = true;
            html! { <Started {config} {generation} {language} /> }
        }
        // The static boot screen stays up meanwhile; after a hand-over there is none.
        browser::packs::Packs::Loading if !browser::bundles::handed_over() => Html::default(),
        browser::packs::Packs::Loading => html! {
            <main class="page" id="main"><packs::PacksLoading /></main>
        },
        browser::packs::Packs::Failed(error) => html! {
            <>
                <LanguageMenu />
                <main class="page" id="main"><packs::PackFailure {error} modules={(*start).clone()} /></main>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct StartedProps {
    config: Rc<Config>,
    /// Counts the packs settled so far, so pages waiting for one render again.
    generation: u32,
    /// The language shown, so a switch renders again.
    language: AttrValue,
}

#[component(Started)]
fn started(props: &StartedProps) -> Html {
    let catalog = embedded::shown();
    let config = props.config.clone();
    let route = use_route();
    // The content answers are read against: the language shown once every pack the session had
    // is here in it; until then (a switch of language) the one before, while the screen waits.
    let content = use_mut_ref(embedded::current);
    let state = use_session(*content.borrow(), &route);
    // A pack the other bundle fetched is read from this page's memory at once, so the screen
    // it needs renders now, without a loading state.
    let needed = packs::needed_by(catalog, &route, &state);
    browser::packs::ensure(&needed);
    if browser::packs::status(&embedded::kept()) == browser::packs::Packs::Ready {
        *content.borrow_mut() = embedded::current();
    }
    let content = *content.borrow();
    state.set_content(content);
    use_host_events(&config, &route, &state.answers.modules);
    use_screen_change(&route);
    // Once the journey's first screen is up, the report bundle is fetched in the background, so
    // reaching the report never waits on the network.
    use_effect_with((), |_| {
        let timeout = (!browser::bundles::has(Bundle::Report)).then(|| {
            gloo_timers::callback::Timeout::new(300, || browser::bundles::prefetch(Bundle::Report))
        });
        move || drop(timeout)
    });

    // Once a question screen is up, the other modules' packs follow in the background: the
    // report writes its link against the whole content, so it never waits on the network.
    use_effect_with(route.step().is_some(), |on_step| {
        let timeout =
            on_step.then(|| gloo_timers::callback::Timeout::new(300, packs::warm_every_pack));
        move || drop(timeout)
    });
    let show_welcome = config.show_welcome;
    let words = use_words();
    let (logo, name) = (config.logo_url.clone(), config.name_in(&words).to_owned());
    let context = Assessment::new(state, content, config);
    let (generation, language) = (props.generation, props.language.clone());
    html! {
        <ContextProvider<Assessment> {context}>
            // The language menu sits in the header's row, so the first screen keeps its height
            // for the question it asks.
            <header class="brand">
                if let Some(logo) = &logo { <img src={logo.clone()} alt="" /> }
                <span>{ name }</span>
                <LanguageMenu />
            </header>
            <main class="page" id="main">
                <Notices />
                // Progress is offered back on the start screens only; anywhere else the app
                // has already carried on with it (see `session::restore`).
                if route.offers_resume() { <ResumeOffer /> }
                <packs::NeedsPacks modules={needed} {generation} {language}>{ page(&route, show_welcome) }</packs::NeedsPacks>
            </main>
            <div class="visually-hidden" aria-live="polite">{ route.announcement() }</div>
        </ContextProvider<Assessment>>
    }
}

#[cfg_attr(not(feature = "journey"), allow(unused_variables))]
fn page(route: &Route, show_welcome: bool) -> Html {
    // A route of the other bundle: hand over to it (see `browser::bundles`).
    if !browser::bundles::has(route.bundle()) {
        return html! { <BundleSwitch bundle={route.bundle()} /> };
    }
    #[allow(unreachable_patterns)] // each bundle compiles only its own routes' arms
    match route {
        #[cfg(feature = "journey")]
        Route::Welcome if !show_welcome => html! { <ChoosePage /> },
        #[cfg(feature = "journey")]
        Route::Welcome => html! { <WelcomePage /> },
        #[cfg(feature = "journey")]
        Route::Choose => html! { <ChoosePage /> },
        #[cfg(feature = "journey")]
        Route::Step { module, index } => {
            html! { <StepPage module={module.clone()} index={*index} /> }
        }
        #[cfg(feature = "journey")]
        Route::Edit { module, index, .. } => {
            html! { <StepPage module={module.clone()} index={*index} from_review={true} /> }
        }
        #[cfg(feature = "journey")]
        Route::Review => html! { <ReviewPage /> },
        #[cfg(feature = "journey")]
        Route::Invite(token) => html! { <InvitePage token={token.clone()} /> },
        #[cfg(feature = "report")]
        Route::Report => html! { <ReportPage /> },
        #[cfg(feature = "report")]
        Route::Shared(token) => html! { <SharedPage token={token.clone()} /> },
        #[cfg(feature = "report")]
        Route::Print(token) => html! { <SharedPage token={token.clone()} print={true} /> },
        // Keyed by the payload, so opening another comparison link starts afresh.
        #[cfg(feature = "report")]
        Route::Compare(payload) => {
            html! { <ComparePage key={payload.clone().unwrap_or_default()} payload={payload.clone()} /> }
        }
        #[cfg(feature = "report")]
        Route::Team => html! { <TeamPage /> },
        #[cfg(feature = "report")]
        Route::Plan => html! { <PlanPage /> },
        #[cfg(feature = "report")]
        Route::Gap => html! { <GapPage /> },
        Route::NotFound(path) => html! { <NotFoundPage path={path.clone()} /> },
        _ => html! { <BundleSwitch bundle={route.bundle()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct BundleSwitchProps {
    bundle: Bundle,
}

/// While the other bundle takes over: what the boot screen says, and the hand-over itself.
#[component(BundleSwitch)]
fn bundle_switch(props: &BundleSwitchProps) -> Html {
    let app = use_context::<Assessment>();
    // The answers go along in this page's memory: a browser that refuses storage has no saved
    // progress to read them from.
    let handoff = app.map(|app| crate::session::snapshot(app.state()));
    // Leaving this screen before the other bundle is ready (Back) cancels the hand-over.
    use_effect_with(props.bundle, move |bundle| {
        let switching = browser::bundles::switch_to(*bundle, handoff);
        move || drop(switching)
    });
    let words = crate::words::use_words();
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("app.opening") }</h1>
            <p class="loading" role="status">{ words.get("app.loading_part") }</p>
        </>
    }
}
