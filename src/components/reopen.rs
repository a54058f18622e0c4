//! Reopening a report from an answers file downloaded earlier: it opens read-only, like a
//! share link, so nothing in progress is replaced until the person chooses to edit it.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::{FileDrop, LoadedFile};
use crate::words::use_words;
use partnering_core::export;
use partnering_core::pasted::ReadError;
use partnering_core::route::Route;
use partnering_core::session::Notice;
use partnering_core::share;

#[component(ReopenReport)]
pub fn reopen_report() -> Html {
    let app = use_assessment();
    let words = use_words();
    let import_error = use_state(|| None::<(String, ReadError)>);
    let on_file = {
        let (app, import_error) = (app.clone(), import_error.clone());
        Callback::from(move |file: LoadedFile| {
            let opened = file
                .text
                .and_then(|text| export::from_json(app.content, &text).map_err(ReadError::Export));
            match opened {
                Ok(imported) => {
                    import_error.set(None);
                    // The link below is written in this edition; what the file's edition means
                    // for its figures is said here.
                    let current = app.content.content_version;
                    if imported.content_version < current {
                        app.notify(Notice::EarlierEdition {
                            made_with: imported.content_version,
                            current,
                            dropped: imported.dropped,
                        });
                    }
                    browser::navigate(&Route::Shared(share::encode(
                        app.content,
                        &imported.answers,
                    )));
                }
                Err(error) => import_error.set(Some((file.name, error))),
            }
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
