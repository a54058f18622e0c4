//! One side of a comparison: an editable label, a pasted link and an optional file.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::{FileDrop, LoadedFile, PasteArea};
use partnering_core::pasted::{PasteBox, ReadError};

/// What the person has given for one side.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideInput {
    pub label: String,
    /// The pasted link, or the text of the chosen file.
    pub text: String,
    /// Set when a file could not be read.
    pub file_error: Option<ReadError>,
}

#[derive(Properties, PartialEq)]
pub struct ReportInputProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    pub value: SideInput,
    /// Why the pasted text or the file's text is not a report; shown as its sentence.
    pub error: Option<ReadError>,
    pub on_change: Callback<SideInput>,
}

#[component(ReportInput)]
pub fn report_input(props: &ReportInputProps) -> Html {
    let words = crate::words::use_words();
    let ReportInputProps {
        id,
        legend,
        value,
        error,
        on_change,
    } = props;
    let on_label = {
        let (value, on_change) = (value.clone(), on_change.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_change.emit(SideInput {
                    label: input.value(),
                    ..value.clone()
                });
            }
        })
    };
    let on_text = {
        let (value, on_change) = (value.clone(), on_change.clone());
        Callback::from(move |text: String| {
            on_change.emit(SideInput {
                text,
                file_error: None,
                ..value.clone()
            })
        })
    };
    let on_file = {
        let (value, on_change) = (value.clone(), on_change.clone());
        Callback::from(move |file: LoadedFile| match file.text {
            Ok(text) => on_change.emit(SideInput {
                text,
                file_error: None,
                ..value.clone()
            }),
            Err(error) => on_change.emit(SideInput {
                file_error: Some(error),
                ..value.clone()
            }),
        })
    };
    let error = value.file_error.clone().or_else(|| error.clone());
    html! {
        <fieldset class="report-input">
            <legend>{ legend }</legend>
            <div class="field">
                <label for={format!("{id}-label")}>{ words.get("input.side_name") }</label>
                <input type="text" id={format!("{id}-label")} value={value.label.clone()} maxlength="40" oninput={on_label} />
            </div>
            <div class="field">
                <label for={format!("{id}-link")}>{ words.get("input.share_link") }</label>
                <PasteArea id={format!("{id}-link")} rows={3} value={value.text.clone()} limit={PasteBox::OneReport}
                    on_change={on_text} invalid={error.is_some()} />
            </div>
            <FileDrop id={format!("{id}-file")} label={words.get("input.file").to_owned()} {on_file} />
            if let Some(error) = error { <p class="field-error" role="alert">{ error.in_words(&words) }</p> }
        </fieldset>
    }
}
