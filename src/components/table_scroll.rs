//! A region that lets a table with many columns scroll sideways on a narrow screen instead of
//! breaking its words letter by letter. Keyboard users can focus it and scroll with the arrows.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableScrollProps {
    /// What the table shows; read out when the region gets focus.
    pub label: AttrValue,
    pub children: Html,
}

#[component(TableScroll)]
pub fn table_scroll(props: &TableScrollProps) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-label={props.label.clone()} tabindex="0">
            { props.children.clone() }
        </div>
    }
}
