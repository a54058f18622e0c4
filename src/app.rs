//! The root component: loads content, owns the state and the route, saves progress, and moves
//! focus and announcements on every screen change.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::components::ResumeOffer;
use crate::content;
use crate::context::AppContext;
use crate::model::Content;
use crate::pages::{
    ChoosePage, ComparePage, NotFoundPage, ReportPage, ReviewPage, SharedPage, StepPage, TeamPage,
    WelcomePage,
};
use crate::progress;
use crate::route::Route;
use crate::state::{Action, State, Storage};

/// Mounts the whole app.
#[function_component(App)]
pub fn app() -> Html {
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
    let state = use_reducer(|| restore(content));
    let route = use_route();

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

    let context = AppContext { state, content };
    html! {
        <ContextProvider<AppContext> {context}>
            <main class="page" id="main">
                <ResumeOffer />
                { page(&route) }
            </main>
            <div class="visually-hidden" aria-live="polite">{ announcement(&route) }</div>
        </ContextProvider<AppContext>>
    }
}

fn page(route: &Route) -> Html {
    match route {
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

/// The route, kept in step with the location hash.
#[hook]
fn use_route() -> Route {
    let route = use_state(browser::current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    route.set(browser::current_route())
                })
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// The state on start: saved progress is offered back, never silently applied.
fn restore(content: &Content) -> State {
    let mut state = State::default();
    match browser::storage_get(progress::KEY) {
        Err(_) => state.storage = Storage::Unavailable,
        Ok(None) => {}
        Ok(Some(raw)) => match progress::decode(content, &raw) {
            Ok(restored) => {
                if restored.dropped > 0 {
                    state.notice = Some(format!(
                        "The assessment changed since you saved: {} answer(s) no longer apply and were left out.",
                        restored.dropped
                    ));
                }
                state.saved = Some(restored.answers);
            }
            Err(error) => {
                let _ = browser::storage_set(progress::SET_ASIDE_KEY, &raw);
                browser::storage_remove(progress::KEY);
                state.notice = Some(error.to_string());
            }
        },
    }
    state
}
