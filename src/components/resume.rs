//! The offer to resume progress saved in this browser, shown on every screen until answered.

use yew::prelude::*;

use crate::browser;
use crate::context::use_app;
use crate::progress;
use crate::route::Route;
use crate::state::Action;

#[function_component(ResumeOffer)]
pub fn resume_offer() -> Html {
    let app = use_app();
    let Some(saved) = &app.state.saved else {
        return Html::default();
    };
    let resume = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Resume);
            // From the start screens, go back to where the person was; on a step (a reload
            // mid-way), stay on it.
            if matches!(browser::current_route(), Route::Welcome | Route::Choose) {
                let last = browser::storage_get(progress::LAST_STEP_KEY).ok().flatten();
                let route = last
                    .map(|hash| Route::parse(&hash))
                    .filter(|r| !matches!(r, Route::NotFound(_)));
                browser::navigate(&route.unwrap_or(Route::Review));
            }
        })
    };
    let discard = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::StartOver);
            browser::navigate(&Route::Welcome);
        })
    };
    html! {
        <section class="card resume" aria-labelledby="resume-heading">
            <h2 id="resume-heading">{ "Welcome back" }</h2>
            <p>{ format!("An assessment in progress is saved in this browser ({} module(s), {} answer(s)).", saved.modules.len(), saved.responses.len()) }</p>
            <div class="actions">
                <button class="primary" onclick={resume}>{ "Resume where I left off" }</button>
                <button onclick={discard}>{ "Start over" }</button>
            </div>
        </section>
    }
}
