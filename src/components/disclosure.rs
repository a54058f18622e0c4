//! A section whose body opens and closes with a button (WAI-ARIA disclosure); on paper the
//! body is always printed, which a closed `<details>` would not do.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Unique on the page; names the body for `aria-controls`.
    pub id: AttrValue,
    /// The button's text.
    pub summary: AttrValue,
    /// Open when first shown.
    #[prop_or_default]
    pub open: bool,
    pub children: Html,
}

#[component(Disclosure)]
pub fn disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| props.open);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let body_id = format!("{}-body", props.id);
    html! {
        <div class="disclosure">
            <button type="button" class="disclosure-toggle" aria-expanded={open.to_string()}
                aria-controls={body_id.clone()} onclick={toggle}>
                <span class="disclosure-mark" aria-hidden="true">{ if *open { "\u{2212}" } else { "+" } }</span>
                { &props.summary }
            </button>
            <div id={body_id} class={classes!("disclosure-body", (!*open).then_some("closed"))}>
                { props.children.clone() }
            </div>
        </div>
    }
}
