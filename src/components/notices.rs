//! Quiet notices: storage unavailable, saved progress that could not be used, or progress
//! changed in another tab (with the choice of whose answers to keep).

use yew::prelude::*;

use crate::assessment::use_assessment;
use partnering_core::session::Storage;

#[component(Notices)]
pub fn notices() -> Html {
    let app = use_assessment();
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dismiss_notice())
    };
    let keep_mine = {
        let app = app.clone();
        Callback::from(move |_| app.keep_mine())
    };
    let take_theirs = {
        let app = app.clone();
        Callback::from(move |_| app.take_theirs())
    };
    // The live region is always in the page, so screen readers announce a notice that appears
    // later (a region created already holding its text is often not announced).
    html! {
        <div class="notices" role="status">
            if app.state().storage == Storage::Unavailable {
                <p class="notice">{ "This browser is not letting the assessment save progress, so it will not be kept if you leave. Everything else works as usual." }</p>
            }
            if app.state().storage == Storage::ChangedElsewhere {
                <div class="notice changed-elsewhere">
                    <p>{ "This assessment was changed in another tab or window, so nothing more is saved here until you choose whose answers to keep." }</p>
                    <div class="actions">
                        <button onclick={take_theirs}>{ "Use the answers from the other tab" }</button>
                        <button onclick={keep_mine}>{ "Keep the answers in this tab" }</button>
                    </div>
                </div>
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
