//! The root component: loads content, owns the state and the route, saves progress, and moves
//! focus and announcements on every screen change.

mod hooks;

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{self, embed};
use crate::components::{Notices, ResumeOffer};
use crate::config::Config;
use crate::content;
use crate::context::AppContext;
use crate::events;
use crate::model::Content;
use crate::pages::{
    ChoosePage, ComparePage, NotFoundPage, ReportPage, ReviewPage, SharedPage, StepPage, TeamPage,
    WelcomePage,
};
use crate::progress;
use crate::route::Route;
use crate::state::{Action, Storage};

use hooks::{restore, use_config, use_route};

/// Mounts the whole app.
#[function_component(App)]
pub fn app() -> Html {
    let failed = content::bundled().is_err();
    use_effect_with(failed, |failed| {
        if *failed {
            embed::remove_boot_screen();
        }
    });
    match content::bundled() {
        Ok(content) => html! { <Assessment {content} /> },
        Err(error) => html! {
            <main class="page" id="main">
                <h1>{ "The assessment could not start" }</h1>
                <p role="alert">{ error.to_string() }</p>
            </main>
        },
    }
}

#[derive(Properties)]
struct AssessmentProps {
    content: &'static Content,
}

impl PartialEq for AssessmentProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content, other.content)
    }
}

#[function_component(Assessment)]
fn assessment(props: &AssessmentProps) -> Html {
    let content = props.content;
    match use_config(content) {
        // The static boot screen stays up until the configuration is known.
        None => Html::default(),
        Some(config) => html! { <Configured {content} {config} /> },
    }
}

#[derive(Properties)]
struct ConfiguredProps {
    content: &'static Content,
    config: Rc<Config>,
}

impl PartialEq for ConfiguredProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content, other.content) && self.config == other.config
    }
}

#[function_component(Configured)]
fn configured(props: &ConfiguredProps) -> Html {
    let content = props.content;
    let config = props.config.clone();
    let state = use_reducer(|| restore(content));
    let route = use_route();
    {
        let config = config.clone();
        use_effect_with((), move |_| {
            embed::remove_boot_screen();
            embed::post(&config, &events::ready());
            let link = embed::link_to_host(&config);
            move || drop(link)
        });
    }
    {
        // "started" once, when the first question screen opens.
        let (config, started) = (config.clone(), use_mut_ref(|| false));
        let modules = state.answers.modules.clone();
        use_effect_with(route.clone(), move |route| {
            if matches!(route, Route::Step { .. })
                && !std::mem::replace(&mut *started.borrow_mut(), true)
            {
                embed::post(&config, &events::started(&modules));
            }
        });
    }

    {
        let state = state.clone();
        use_effect_with(state.answers.clone(), move |answers| {
            if state.storage == Storage::Available && state.saved.is_none() {
                let saved = if *answers == Default::default() {
                    browser::storage_remove(progress::KEY);
                    Ok(())
                } else {
                    browser::storage_set(progress::KEY, &progress::encode(content, answers))
                };
                if saved.is_err() {
                    state.dispatch(Action::StorageFailed);
                }
            }
        });
    }
    {
        let first_screen = use_mut_ref(|| true);
        let storage = state.storage;
        let saved_pending = state.saved.is_some();
        use_effect_with(route.clone(), move |route| {
            // The first screen keeps the browser's own focus; later screens move it to their
            // heading so keyboard and screen-reader users start at the top of the new step.
            if !std::mem::replace(&mut *first_screen.borrow_mut(), false) {
                browser::scroll_to_top();
                browser::focus("page-heading");
            }
            if matches!(route, Route::Step { .. } | Route::Review)
                && storage == Storage::Available
                && !saved_pending
            {
                let _ = browser::storage_set(progress::LAST_STEP_KEY, &route.to_hash());
            }
        });
    }

    let show_welcome = config.show_welcome;
    let (logo, name) = (config.logo_url.clone(), config.consultancy_name.clone());
    let context = AppContext {
        state,
        content,
        config,
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <header class="brand">
                if let Some(logo) = &logo { <img src={logo.clone()} alt="" /> }
                <span>{ name }</span>
            </header>
            <main class="page" id="main">
                <Notices />
                <ResumeOffer />
                { page(&route, show_welcome) }
            </main>
            <div class="visually-hidden" aria-live="polite">{ announcement(&route) }</div>
        </ContextProvider<AppContext>>
    }
}

fn page(route: &Route, show_welcome: bool) -> Html {
    match route {
        Route::Welcome if !show_welcome => html! { <ChoosePage /> },
        Route::Welcome => html! { <WelcomePage /> },
        Route::Choose => html! { <ChoosePage /> },
        Route::Step { module, index } => {
            html! { <StepPage module={module.clone()} index={*index} /> }
        }
        Route::Review => html! { <ReviewPage /> },
        Route::Report => html! { <ReportPage /> },
        Route::Shared(token) => html! { <SharedPage token={token.clone()} /> },
        Route::Compare(payload) => html! { <ComparePage payload={payload.clone()} /> },
        Route::Team => html! { <TeamPage /> },
        Route::NotFound(path) => html! { <NotFoundPage path={path.clone()} /> },
    }
}

/// What the live region says when the screen changes.
fn announcement(route: &Route) -> String {
    match route {
        Route::Welcome => "Start of the assessment".into(),
        Route::Choose => "Choose your modules".into(),
        Route::Step { index, .. } => format!("Step {} of this module", index + 1),
        Route::Review => "Review your answers".into(),
        Route::Report => "Your report is ready".into(),
        Route::Shared(_) => "Shared report".into(),
        Route::Compare(_) => "Compare two reports".into(),
        Route::Team => "Team view".into(),
        Route::NotFound(_) => "Page not found".into(),
    }
}
