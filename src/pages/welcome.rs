//! The first screen: what the assessment is, how long it takes, the privacy promise, and an
//! offer to resume saved progress.

use yew::prelude::*;

use crate::browser;
use crate::components::Notices;
use crate::context::use_app;
use crate::journey::estimated_minutes;
use crate::route::Route;

#[function_component(WelcomePage)]
pub fn welcome_page() -> Html {
    let app = use_app();
    let start = {
        let app = app.clone();
        Callback::from(move |_| {
            // A new assessment replaces progress that was offered back and not resumed.
            if app.state.saved.is_some() {
                app.dispatch(crate::state::Action::StartOver);
            }
            browser::navigate(&Route::Choose)
        })
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "How mature is your partnering?" }</h1>
            <p class="lead">{ "A self-assessment for partner, channel and alliance leaders. Answer what you can observe today; the report shows where partnering value is being lost and the few actions that would recover the most of it." }</p>
            <Notices />
            <section aria-labelledby="modules-heading">
                <h2 id="modules-heading">{ "Four modules, take one or all" }</h2>
                <ul class="module-list">
                    { for app.content.modules.iter().map(|m| html! {
                        <li>
                            <strong>{ format!("{}. {}", m.letter, m.title) }</strong>
                            <span class="minutes">{ format!(" · about {} min", estimated_minutes(m)) }</span>
                            <p>{ &m.summary }</p>
                        </li>
                    }) }
                </ul>
            </section>
            <p class="privacy"><strong>{ "Private by design: " }</strong>{ "your answers stay in this browser. Nothing is sent to any server; a share link carries the answers inside the link itself." }</p>
            <div class="actions">
                <button class="primary" onclick={start}>{ if app.state.saved.is_some() { "Start a new assessment" } else { "Start the assessment" } }</button>
            </div>
        </>
    }
}
