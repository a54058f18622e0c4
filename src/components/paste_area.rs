//! A box to paste reports into, with a size limit checked before anything is read: a paste
//! the box does not take is refused with a sentence saying the limit and what to do, and the
//! box keeps what it had (the paste itself is never half taken).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use partnering_core::pasted::{PasteBox, PasteError, check_paste, check_paste_size};

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    pub id: AttrValue,
    pub rows: u32,
    /// What the box holds (the last text it took).
    pub value: AttrValue,
    /// What the box takes.
    pub limit: PasteBox,
    /// Called with the box's text whenever it changes within the limit.
    pub on_change: Callback<String>,
    /// Whether what the box holds has a problem the parent shows.
    #[prop_or_default]
    pub invalid: bool,
}

/// The box's text when the box takes it; the size is checked before the text is copied.
fn taken_text(area: &HtmlTextAreaElement, limit: PasteBox) -> Result<String, PasteError> {
    check_paste_size(limit, browser::text_length(area))?;
    let text = area.value();
    check_paste(limit, &text)?;
    Ok(text)
}

#[component(PasteArea)]
pub fn paste_area(props: &PasteAreaProps) -> Html {
    let PasteAreaProps {
        id,
        rows,
        value,
        limit,
        on_change,
        invalid,
    } = props;
    let refused = use_state(|| None::<PasteError>);
    let oninput = {
        let (refused, on_change, limit) = (refused.clone(), on_change.clone(), *limit);
        Callback::from(move |e: InputEvent| {
            let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() else {
                return;
            };
            match taken_text(&area, limit) {
                Ok(text) => {
                    refused.set(None);
                    on_change.emit(text);
                }
                // Re-rendering puts back what the box held before the paste.
                Err(error) => refused.set(Some(error)),
            }
        })
    };
    let refused_id = format!("{id}-refused");
    html! {
        <>
            <textarea id={id.clone()} rows={rows.to_string()} value={value.clone()} {oninput} spellcheck="false"
                aria-invalid={(refused.is_some() || *invalid).then_some("true")}
                aria-describedby={refused.is_some().then(|| refused_id.clone())} />
            if let Some(error) = &*refused {
                <p id={refused_id} class="field-error" role="alert">{ error.to_string() }</p>
            }
        </>
    }
}
