//! Choosing which modules to take.

use yew::prelude::*;

use partnering_core::display::module_heading;

use crate::assessment::use_assessment;
use crate::browser;
use partnering_core::journey::estimated_minutes;
use partnering_core::route::Route;

#[component(ChoosePage)]
pub fn choose_page() -> Html {
    let app = use_assessment();
    let error = use_state(|| false);
    let chosen = &app.answers().modules;
    // Modules no longer offered are listed for as long as the page is open, so unticking one
    // keeps its checkbox (and the focus) in place and can be undone.
    let withdrawn = {
        let app = app.clone();
        use_memo((), move |_| app.withdrawn_modules())
    };
    let listed = app
        .offered_modules()
        .into_iter()
        .map(|m| (m, false))
        .chain(withdrawn.iter().map(|m| (*m, true)));
    let first = chosen.first().cloned();
    let next = {
        let error = error.clone();
        Callback::from(move |_| match &first {
            Some(module) => browser::navigate(&Route::Step {
                module: module.clone(),
                index: 0,
            }),
            None => error.set(true),
        })
    };
    let back = Callback::from(|_| browser::navigate(&Route::Welcome));
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ "Choose your modules" }</h1>
            <p class="lead">{ "Each module stands alone; all four together make the full assessment. They are taken in the order you tick them." }</p>
            <fieldset class="choices">
                <legend>{ "Modules to take" }</legend>
                { for listed.map(|(m, withdrawn)| {
                    let checked = chosen.contains(&m.id);
                    let toggle = {
                        let app = app.clone();
                        let id = m.id.clone();
                        let error = error.clone();
                        Callback::from(move |_| { error.set(false); app.toggle_module(&id) })
                    };
                    let input_id = format!("module-{}", m.id);
                    html! {
                        <div class="choice">
                            <input type="checkbox" id={input_id.clone()} {checked} onchange={toggle} />
                            <label for={input_id}>
                                <span class="choice-label">{ module_heading(&m.letter, &m.title) }</span>
                                <span class="choice-detail">{ format!("{} About {} minutes.", m.summary, estimated_minutes(m)) }</span>
                                if withdrawn {
                                    <span class="choice-detail">{ "No longer offered here. You chose it earlier; untick it to leave it out of your report." }</span>
                                }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
            if *error {
                <p class="blocker" role="alert">{ "Tick at least one module to begin." }</p>
            }
            <div class="actions nav">
                // Without a welcome screen there is nothing to go back to.
                if app.config.show_welcome { <button onclick={back}>{ "Back" }</button> } else { <span></span> }
                <button class="primary" onclick={next}>{ "Begin" }</button>
            </div>
        </>
    }
}
