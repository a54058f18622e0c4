//! Reopening a report from an answers file downloaded earlier: it opens read-only, like a
//! share link, so nothing in progress is replaced until the person chooses to edit it.

use yew::prelude::*;

use crate::assessment::{Assessment, use_assessment};
use crate::browser;
use crate::components::{FileDrop, LoadedFile};
use crate::words::use_words;
use partnering_core::export;
use partnering_core::model::Content;
use partnering_core::pasted::ReadError;
use partnering_core::route::Route;
use partnering_core::session::Notice;
use partnering_core::share;

#[component(ReopenReport)]
pub fn reopen_report() -> Html {
    let app = use_assessment();
    let words = use_words();
    // The file's name and the sentence that says why it did not open.
    let import_error = use_state(|| None::<(String, String)>);
    let on_file = {
        let (app, import_error, words) = (app.clone(), import_error.clone(), words.clone());
        Callback::from(move |file: LoadedFile| {
            let (app, import_error, words) = (app.clone(), import_error.clone(), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // The file's answers are read against every module's content.
                let opened = match crate::app::whole_content().await {
                    Ok(content) => file.text.and_then(|text| {
                        export::from_json(content, &text)
                            .map(|imported| (content, imported))
                            .map_err(ReadError::Export)
                    }),
                    Err(error) => {
                        let sentence = crate::app::failure_sentence(&words, &error);
                        import_error.set(Some((file.name, sentence)));
                        return;
                    }
                };
                match opened {
                    Ok((content, imported)) => {
                        import_error.set(None);
                        open(&app, content, imported);
                    }
                    Err(error) => import_error.set(Some((file.name, error.in_words(&words)))),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="import-heading" class="import">
            <h2 id="import-heading">{ words.get("reopen.title") }</h2>
            <FileDrop id="import-file" label={words.get("reopen.label").to_owned()} on_file={on_file} />
            if let Some((name, error)) = &*import_error { <p class="blocker" role="alert">{ format!("{name}: {error}") }</p> }
        </section>
    }
}

/// Opens an imported report read-only, saying what the file's edition means for its figures.
fn open(app: &Assessment, content: &Content, imported: export::Imported) {
    // The link is written in this edition.
    let current = content.content_version;
    if imported.content_version < current {
        app.notify(Notice::EarlierEdition {
            made_with: imported.content_version,
            current,
            dropped: imported.dropped,
        });
    }
    browser::navigate(&Route::Shared(share::encode(content, &imported.answers)));
}
