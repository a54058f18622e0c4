//! Quiet notices: storage unavailable, saved progress that could not be used, or progress
//! changed in another tab (with the choice of whose answers to keep).

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::words::{use_language, use_words};
use partnering_core::session::Storage;

#[component(Notices)]
pub fn notices() -> Html {
    let app = use_assessment();
    let words = use_words();
    let language_failed = use_language().is_some_and(|language| language.failed);
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
            if language_failed {
                <p class="notice">{ words.get("app.pack_failed") }</p>
            }
            if app.state().storage == Storage::Unavailable {
                <p class="notice">{ words.get("notices.no_storage") }</p>
            }
            if app.state().storage == Storage::ChangedElsewhere {
                <div class="notice changed-elsewhere">
                    <p>{ words.get("notices.changed_elsewhere") }</p>
                    <div class="actions">
                        <button onclick={take_theirs}>{ words.get("notices.take_theirs") }</button>
                        <button onclick={keep_mine}>{ words.get("notices.keep_mine") }</button>
                    </div>
                </div>
            }
            if let Some(notice) = &app.state().notice {
                <div class="notice">
                    <p>{ notice.in_words(&words) }</p>
                    <button class="link" onclick={dismiss}>{ words.get("common.dismiss") }</button>
                </div>
            }
        </div>
    }
}
