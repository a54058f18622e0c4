//! The root component: loads content, owns the state and the route, saves progress, and moves
//! focus and announcements on every screen change.

mod hooks;

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::Assessment;
use crate::browser::{self, embed};
use crate::bundled;
use crate::components::{Notices, ResumeOffer};
use crate::pages::{
    ChoosePage, ComparePage, GapPage, InvitePage, NotFoundPage, PlanPage, ReportPage, ReviewPage,
    SharedPage, StepPage, TeamPage, WelcomePage,
};
use partnering_core::config::Config;
use partnering_core::model::Content;
use partnering_core::route::Route;

use hooks::{
    restore, use_autosave, use_config, use_host_events, use_route, use_screen_change,
    use_storage_watch,
};

/// Mounts the whole app.
#[component(App)]
pub fn app() -> Html {
    let failed = bundled::content().is_err();
    use_effect_with(failed, |failed| {
        if *failed {
            embed::remove_boot_screen();
        }
    });
    match bundled::content() {
        Ok(content) => html! { <WithContent {content} /> },
        Err(error) => html! {
            <main class="page" id="main">
                <h1>{ "The assessment could not start" }</h1>
                <p role="alert">{ error.to_string() }</p>
            </main>
        },
    }
}

#[derive(Properties)]
struct WithContentProps {
    content: &'static Content,
}

impl PartialEq for WithContentProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content, other.content)
    }
}

#[component(WithContent)]
fn with_content(props: &WithContentProps) -> Html {
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

#[component(Configured)]
fn configured(props: &ConfiguredProps) -> Html {
    let content = props.content;
    let config = props.config.clone();
    let state = use_reducer(|| restore(content, &browser::current_route()));
    let route = use_route();
    use_host_events(&config, &route, &state.answers.modules);
    use_autosave(&state, content);
    use_storage_watch(&state);
    use_screen_change(&route, &state);

    let show_welcome = config.show_welcome;
    let (logo, name) = (config.logo_url.clone(), config.consultancy_name.clone());
    let context = Assessment::new(state, content, config);
    html! {
        <ContextProvider<Assessment> {context}>
            <header class="brand">
                if let Some(logo) = &logo { <img src={logo.clone()} alt="" /> }
                <span>{ name }</span>
            </header>
            <main class="page" id="main">
                <Notices />
                // Progress is offered back on the start screens only; anywhere else the app
                // has already carried on with it (see `restore`).
                if matches!(route, Route::Welcome | Route::Choose) { <ResumeOffer /> }
                { page(&route, show_welcome) }
            </main>
            <div class="visually-hidden" aria-live="polite">{ announcement(&route) }</div>
        </ContextProvider<Assessment>>
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
        Route::Edit { module, index } => {
            html! { <StepPage module={module.clone()} index={*index} from_review={true} /> }
        }
        Route::Review => html! { <ReviewPage /> },
        Route::Report => html! { <ReportPage /> },
        Route::Shared(token) => html! { <SharedPage token={token.clone()} /> },
        Route::Print(token) => html! { <SharedPage token={token.clone()} print={true} /> },
        // Keyed by the payload, so opening another comparison link starts afresh.
        Route::Compare(payload) => {
            html! { <ComparePage key={payload.clone().unwrap_or_default()} payload={payload.clone()} /> }
        }
        Route::Team => html! { <TeamPage /> },
        Route::Plan => html! { <PlanPage /> },
        Route::Gap => html! { <GapPage /> },
        Route::Invite(token) => html! { <InvitePage token={token.clone()} /> },
        Route::NotFound(path) => html! { <NotFoundPage path={path.clone()} /> },
    }
}

/// What the live region says when the screen changes.
fn announcement(route: &Route) -> String {
    match route {
        Route::Welcome => "Start of the assessment".into(),
        Route::Choose => "Choose your modules".into(),
        Route::Step { index, .. } | Route::Edit { index, .. } => {
            format!("Step {} of this module", index.saturating_add(1))
        }
        Route::Review => "Review your answers".into(),
        Route::Report => "Your report is ready".into(),
        Route::Shared(_) | Route::Print(_) => "Shared report".into(),
        Route::Compare(_) => "Compare two reports".into(),
        Route::Team => "Team view".into(),
        Route::Plan => "Your 90-day plan".into(),
        Route::Gap => "Two-sided review".into(),
        Route::Invite(_) => "An invitation to a two-sided review".into(),
        Route::NotFound(_) => "Page not found".into(),
    }
}
