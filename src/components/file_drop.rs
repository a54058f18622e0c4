//! Opening files: a file picker and a drop zone that read text files and hand them up, with a
//! size limit checked before anything is read.

use gloo_file::File;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use partnering_core::export::MAX_IMPORT_BYTES;
use partnering_core::pasted::ReadError;

/// A file read as text, or why it could not be.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    pub name: String,
    pub text: Result<String, ReadError>,
}

/// The files dropped or picked so far, for views that combine several. Files are told apart by
/// what they hold, not their names: two respondents exporting on the same day get the same
/// default name, and neither may replace the other. The same file given twice counts once;
/// a second file with a name already listed is shown as "name (2)".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadedFiles(pub Vec<LoadedFile>);

/// A change to the list of loaded files.
pub enum FilesAction {
    /// One more file, as read.
    Add(LoadedFile),
    /// Forget every file.
    Clear,
}

impl Reducible for LoadedFiles {
    type Action = FilesAction;

    fn reduce(self: std::rc::Rc<Self>, action: FilesAction) -> std::rc::Rc<Self> {
        match action {
            FilesAction::Clear => std::rc::Rc::new(LoadedFiles::default()),
            FilesAction::Add(file) => {
                let listed = |name: &str| self.0.iter().any(|f| f.name == name);
                if self
                    .0
                    .iter()
                    .any(|f| f.text == file.text && f.name == file.name)
                {
                    return self;
                }
                let name = if listed(&file.name) {
                    (2..)
                        .map(|n| format!("{} ({n})", file.name))
                        .find(|candidate| !listed(candidate))
                        .unwrap_or_default()
                } else {
                    file.name
                };
                let mut files = self.0.clone();
                files.push(LoadedFile {
                    name,
                    text: file.text,
                });
                std::rc::Rc::new(LoadedFiles(files))
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct FileDropProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub multiple: bool,
    pub on_file: Callback<LoadedFile>,
}

fn read_all(files: Vec<File>, on_file: Callback<LoadedFile>) {
    for file in files {
        let name = file.name();
        if file.size() > MAX_IMPORT_BYTES as u64 {
            on_file.emit(LoadedFile {
                name,
                text: Err(ReadError::FileTooLarge),
            });
            continue;
        }
        let on_file = on_file.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let text = gloo_file::futures::read_as_text(&file)
                .await
                .map_err(|_| ReadError::FileUnreadable);
            on_file.emit(LoadedFile { name, text });
        });
    }
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(File::from)
        .collect()
}

#[component(FileDrop)]
pub fn file_drop(props: &FileDropProps) -> Html {
    let words = crate::words::use_words();
    let dragging = use_state(|| false);
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                read_all(files_of(input.files()), on_file.clone());
                input.set_value("");
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (dragging, on_file) = (dragging.clone(), props.on_file.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            read_all(
                files_of(event.data_transfer().and_then(|d| d.files())),
                on_file.clone(),
            );
        })
    };
    html! {
        <div class={classes!("file-drop", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <input type="file" id={props.id.clone()} accept=".json,application/json" multiple={props.multiple} {onchange} />
            <p class="hint">{ if props.multiple { words.get("file.drop_many") } else { words.get("file.drop_one") } }</p>
        </div>
    }
}
