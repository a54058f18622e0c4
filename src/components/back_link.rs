//! The way back from a secondary view (compare, team, two-sided review): to one's own report
//! when this browser holds answers, otherwise to the start.

use yew::prelude::*;

use crate::assessment::use_assessment;
use partnering_core::route::Route;

#[component(BackLink)]
pub fn back_link() -> Html {
    let app = use_assessment();
    let (route, label) = if app.answers().responses.is_empty() {
        (Route::Welcome, "\u{2190} Back to the start")
    } else {
        (Route::Report, "\u{2190} Back to my report")
    };
    html! {
        <p class="back-link no-print"><a href={route.to_hash()}>{ label }</a></p>
    }
}
