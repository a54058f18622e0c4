//! The way back from a secondary view (compare, team, two-sided review): to one's own report
//! when this browser holds answers, otherwise to the start.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::words::use_words;
use partnering_core::route::Route;

#[component(BackLink)]
pub fn back_link() -> Html {
    let app = use_assessment();
    let words = use_words();
    let (route, label) = if app.answers().responses.is_empty() {
        (Route::Welcome, words.get("back_link.start"))
    } else {
        (Route::Report, words.get("back_link.report"))
    };
    html! {
        <p class="back-link no-print"><a href={route.to_hash()}>{ label }</a></p>
    }
}
