//! One menu for everything a reader does with the report itself (share, print, download), so
//! a row of equal buttons does not compete with the result and its next step.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportMenuProps {
    /// The menu's items: buttons.
    pub children: Html,
}

#[component(ReportMenu)]
pub fn report_menu(props: &ReportMenuProps) -> Html {
    let words = crate::words::use_words();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let close_on_escape = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                open.set(false);
            }
        })
    };
    html! {
        <div class="report-menu no-print" onkeydown={close_on_escape}>
            <button class="menu-toggle" aria-expanded={open.to_string()} aria-controls="report-menu-items" onclick={toggle}>
                { words.get("report.menu") }<span class="menu-caret" aria-hidden="true">{ if *open { " \u{25b4}" } else { " \u{25be}" } }</span>
            </button>
            <div id="report-menu-items" class="menu-items" hidden={!*open}>
                { props.children.clone() }
            </div>
        </div>
    }
}
