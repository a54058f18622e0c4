//! Quiet notices: storage unavailable, or saved progress that could not be used.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::state::Storage;

#[component(Notices)]
pub fn notices() -> Html {
    let app = use_assessment();
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dismiss_notice())
    };
    // The live region is always in the page, so screen readers announce a notice that appears
    // later (a region created already holding its text is often not announced).
    html! {
        <div class="notices" role="status">
            if app.state().storage == Storage::Unavailable {
                <p class="notice">{ "This browser is not letting the assessment save progress, so it will not be kept if you leave. Everything else works as usual." }</p>
            }
            if let Some(notice) = &app.state().notice {
                <div class="notice">
                    <p>{ notice.to_string() }</p>
                    <button class="link" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            }
        </div>
    }
}
