//! The content this build carries: the English catalog compiled in (what the journey needs
//! before any module's questions), another language's catalog once it is fetched with its words
//! (`browser::lang`), and the modules' packs as they arrive, per language (`browser::packs`
//! fetches them). The app reads the content assembled from the catalog and packs of the language
//! shown, with the consultancy's edition (if any) applied to the modules here; a module whose
//! pack has not arrived stands in it as a placeholder, its heading without questions. A language
//! never borrows another's packs: a module is either in the language shown or still on its way.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use partnering_core::content::edition::{Edition, Rule};
use partnering_core::content::{Catalog, LANGUAGES, LoadError};
use partnering_core::model::{Content, Module, ModuleId};

/// The English catalog `build.rs` wrote from `core/content/*.json`.
const CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.postcard"));

/// The English catalog compiled into this build; an error (shown on screen) if it cannot be
/// read.
pub fn catalog() -> Result<&'static Catalog, &'static LoadError> {
    static CATALOG_READ: OnceLock<Result<Catalog, LoadError>> = OnceLock::new();
    CATALOG_READ
        .get_or_init(|| Catalog::decode(CATALOG))
        .as_ref()
}

/// The whole English content, compiled into native builds only (the tests); the browser
/// fetches it module by module.
#[cfg(not(target_arch = "wasm32"))]
pub fn content() -> Result<&'static Content, &'static LoadError> {
    const WHOLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));
    static CONTENT: OnceLock<Result<Content, LoadError>> = OnceLock::new();
    CONTENT
        .get_or_init(|| partnering_core::content::decode(WHOLE))
        .as_ref()
}

#[derive(Default)]
struct Held {
    /// The content's language shown (the interface's); English until another is set.
    language: Option<&'static str>,
    /// Other languages' catalogs, fetched.
    catalogs: BTreeMap<&'static str, &'static Catalog>,
    /// The packs arrived so far, per language.
    loaded: BTreeMap<&'static str, Vec<Module>>,
    /// The content assembled per language (a new one, kept for the page's life, each time a
    /// pack arrives: at most one per module and language).
    assembled: BTreeMap<&'static str, &'static Content>,
    /// The consultancy's edition, applied to every assembly.
    edition: Option<Edition>,
    /// What the edition's refusals said in the console already (each is said once).
    logged: BTreeSet<String>,
}

thread_local! {
    static HELD: RefCell<Held> = RefCell::new(Held::default());
}

/// The language of the content shown.
pub fn language() -> &'static str {
    HELD.with_borrow(|held| held.language.unwrap_or(LANGUAGES[0]))
}

/// Shows the content in `language` from now on (its catalog must be here: English always is).
pub fn set_language(language: &'static str) {
    HELD.with_borrow_mut(|held| held.language = Some(language));
}

/// Puts a fetched (decoded) catalog of another language in place.
pub fn install_catalog(language: &'static str, catalog: Catalog) {
    let catalog: &'static Catalog = Box::leak(Box::new(catalog));
    HELD.with_borrow_mut(|held| {
        held.catalogs.insert(language, catalog);
        held.assembled.remove(language);
    });
}

/// The catalog in `language`, when it is here.
pub fn catalog_in(language: &str) -> Option<&'static Catalog> {
    if language == LANGUAGES[0] {
        return catalog().ok();
    }
    HELD.with_borrow(|held| held.catalogs.get(language).copied())
}

/// The catalog of the language shown (English when it is not here, which `set_language`'s
/// callers prevent).
pub fn shown() -> &'static Catalog {
    catalog_in(language())
        .or_else(|| catalog().ok())
        .unwrap_or_else(|| Box::leak(Box::default()))
}

/// Applies `edition` to every module's content from now on.
pub fn set_edition(edition: Edition) {
    HELD.with_borrow_mut(|held| {
        held.edition = Some(edition);
        held.assembled.clear();
    });
}

/// The content as it stands in the language shown: its catalog with every pack of it arrived
/// so far, the edition applied.
pub fn current() -> &'static Content {
    let language = language();
    let catalog = shown();
    HELD.with_borrow_mut(|held| {
        if let Some(content) = held.assembled.get(language) {
            return *content;
        }
        let loaded = held.loaded.get(language).map_or(&[][..], Vec::as_slice);
        let (content, problems) = catalog.edited(loaded, held.edition.as_ref(), language);
        // An id in a module still on its way is unknown only until its pack arrives.
        let whole = loaded.len() == catalog.modules.len();
        for problem in problems {
            let said = problem.to_string();
            if (whole || problem.rule != Rule::UnknownId) && held.logged.insert(said.clone()) {
                crate::browser::embed::warn(&said);
            }
        }
        let content: &'static Content = Box::leak(Box::new(content));
        held.assembled.insert(language, content);
        content
    })
}

/// Whether this module's pack has arrived in `language`.
pub fn has_pack(language: &str, module: &ModuleId) -> bool {
    HELD.with_borrow(|held| {
        held.loaded
            .get(language)
            .is_some_and(|loaded| loaded.iter().any(|m| &m.id == module))
    })
}

/// The modules whose pack arrived in any language: after a switch of language, the content
/// waits for them in the new one, so no answer is ever read against a placeholder.
pub fn kept() -> Vec<ModuleId> {
    HELD.with_borrow(|held| {
        let ids: BTreeSet<ModuleId> = held
            .loaded
            .values()
            .flatten()
            .map(|m| m.id.clone())
            .collect();
        ids.into_iter().collect()
    })
}

/// Puts an arrived (decoded and validated) pack in place.
pub fn install(language: &'static str, module: Module) {
    HELD.with_borrow_mut(|held| {
        let loaded = held.loaded.entry(language).or_default();
        if loaded.iter().all(|m| m.id != module.id) {
            loaded.push(module);
            held.assembled.remove(language);
        }
    });
}
