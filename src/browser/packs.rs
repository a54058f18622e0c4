//! Fetching the modules' content packs (see `crate::embedded`), in the language shown: their
//! addresses come from the page's manifest (`#pm-bundles`, written by scripts/bundles.mjs,
//! `packs.<language>.<module>`), each is fetched once, read and checked by the core
//! (`content::decode_pack`), then put in place. A failed fetch is remembered until Try again,
//! which asks under a fresh address (`?attempt=n`). Another language's catalog is fetched here
//! too (`catalogs.<language>`), with its words, before it shows.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use partnering_core::content::{Catalog, PackError, decode_pack};
use partnering_core::model::{Module, ModuleId};

use super::window;
use crate::embedded;

/// Where the packs of the modules named stand.
#[derive(Debug, Clone, PartialEq)]
pub enum Packs {
    /// Every one has arrived.
    Ready,
    /// Some are on the way.
    Loading,
    /// One could not be fetched or read.
    Failed(PackError),
}

/// A pack: its language and module.
type Key = (&'static str, ModuleId);

#[derive(Default)]
struct Fetching {
    /// Packs on the way (`None`) or failed.
    pending: BTreeMap<Key, Option<PackError>>,
    /// Attempts so far, for a fresh address on Try again.
    attempts: u32,
    /// Called whenever a pack arrives or fails (the root re-renders).
    on_settled: Option<Callback<()>>,
}

thread_local! {
    static FETCHING: RefCell<Fetching> = RefCell::new(Fetching::default());
}

/// Calls `callback` whenever a pack arrives or fails.
pub fn on_settled(callback: Callback<()>) {
    FETCHING.with_borrow_mut(|f| f.on_settled = Some(callback));
}

/// Where these modules' packs stand in the language shown.
pub fn status(modules: &[ModuleId]) -> Packs {
    let language = embedded::language();
    let missing: Vec<&ModuleId> = modules
        .iter()
        .filter(|m| !embedded::has_pack(language, m))
        .collect();
    if missing.is_empty() {
        return Packs::Ready;
    }
    let failed = FETCHING.with_borrow(|f| {
        missing
            .iter()
            .find_map(|m| f.pending.get(&(language, (*m).clone())).cloned().flatten())
    });
    failed.map_or(Packs::Loading, Packs::Failed)
}

/// Starts fetching these modules' packs in the language shown, those neither here, on the way
/// nor failed. A pack this page fetched before (in the other bundle, before a hand-over) is
/// read from memory at once.
pub fn ensure(modules: &[ModuleId]) {
    let language = embedded::language();
    let catalog = embedded::shown();
    for module in modules {
        let key = (language, module.clone());
        let start = !embedded::has_pack(language, module)
            && FETCHING.with_borrow_mut(|f| {
                let new = !f.pending.contains_key(&key);
                f.pending.entry(key.clone()).or_insert(None);
                new
            });
        if !start {
            continue;
        }
        if let Some(bytes) = address(language, module).and_then(|a| remembered(&a)) {
            let read = decode_pack(&bytes, module, language, catalog.content_version);
            record(key, read);
            continue;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let attempt = FETCHING.with_borrow(|f| f.attempts);
            let result = fetch(catalog, &key, attempt).await;
            record(key, result);
            notify();
        });
    }
}

/// Fetches these modules' packs in the language shown into this page's memory without
/// reading them: the screen shown does not change, and a later screen or the other bundle
/// reads them at once (`ensure`).
pub fn warm(modules: &[ModuleId]) {
    let language = embedded::language();
    for module in modules {
        let Some(address) = address(language, module) else {
            continue;
        };
        let idle = !embedded::has_pack(language, module)
            && FETCHING.with_borrow(|f| !f.pending.contains_key(&(language, module.clone())))
            && remembered(&address).is_none();
        if idle {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(bytes) = fetch_bytes(&address).await {
                    remember(&address, &bytes);
                }
            });
        }
    }
}

/// Forgets the failures among these modules in the language shown and fetches them again
/// under a fresh address.
pub fn retry(modules: &[ModuleId]) {
    let language = embedded::language();
    FETCHING.with_borrow_mut(|f| {
        f.attempts += 1;
        f.pending.retain(|(lang, module), failed| {
            failed.is_none() || *lang != language || !modules.contains(module)
        });
    });
    ensure(modules);
    notify();
}

fn record(key: Key, result: Result<Module, PackError>) {
    let (language, module) = key;
    FETCHING.with_borrow_mut(|f| match result {
        Ok(arrived) => {
            f.pending.remove(&(language, module));
            embedded::install(language, arrived);
        }
        Err(error) => {
            f.pending.insert((language, module), Some(error));
        }
    });
}

fn notify() {
    let callback = FETCHING.with_borrow(|f| f.on_settled.clone());
    if let Some(callback) = callback {
        callback.emit(());
    }
}

/// An address from the page's manifest, by its path of keys (`packs`, `de`, `module_a`).
fn manifest_address(keys: &[&str]) -> Option<String> {
    let block = window()?.document()?.get_element_by_id("pm-bundles")?;
    let manifest: serde_json::Value = serde_json::from_str(&block.text_content()?).ok()?;
    let address = keys
        .iter()
        .try_fold(&manifest, |value, key| value.get(*key))?;
    address.as_str().map(str::to_owned)
}

/// A pack's address (`packs.<language>.<module>`).
fn address(language: &str, module: &ModuleId) -> Option<String> {
    manifest_address(&["packs", language, module.as_str()])
}

async fn fetch(catalog: &Catalog, key: &Key, attempt: u32) -> Result<Module, PackError> {
    let (language, module) = key;
    let address = address(language, module).ok_or_else(|| PackError::NotListed(module.clone()))?;
    let fresh = match attempt {
        0 => address.clone(),
        n => format!("{address}?attempt={n}"),
    };
    let bytes = fetch_bytes(&fresh)
        .await
        .map_err(|status| PackError::Unavailable {
            module: module.clone(),
            status,
        })?;
    let read = decode_pack(&bytes, module, language, catalog.content_version);
    if read.is_ok() {
        remember(&address, &bytes);
    }
    read
}

/// Fetches and puts in place the catalog in `language` (English is compiled in), unless it is
/// here already; it must be of the English catalog's content version and modules.
pub async fn load_catalog(language: &'static str) -> Result<(), String> {
    if embedded::catalog_in(language).is_some() {
        return Ok(());
    }
    let english = embedded::catalog().map_err(ToString::to_string)?;
    let address = manifest_address(&["catalogs", language])
        .ok_or_else(|| format!("the page lists no {language} catalog"))?;
    let bytes = match remembered(&address) {
        Some(bytes) => bytes,
        None => fetch_bytes(&address)
            .await
            .map_err(|_| format!("{address} could not be fetched"))?,
    };
    let catalog = Catalog::decode(&bytes).map_err(|error| error.to_string())?;
    let same_modules = catalog
        .modules
        .iter()
        .map(|m| &m.id)
        .eq(english.modules.iter().map(|m| &m.id));
    if catalog.content_version != english.content_version || !same_modules {
        return Err(format!(
            "{address} belongs to another version of this assessment"
        ));
    }
    remember(&address, &bytes);
    embedded::install_catalog(language, catalog);
    Ok(())
}

/// A pack's bytes this page fetched before, by its address.
fn remembered(address: &str) -> Option<Vec<u8>> {
    let packs = super::bundles::fetched_packs()?;
    let bytes = js_sys::Reflect::get(&packs, &address.into()).ok()?;
    let bytes = bytes.dyn_into::<js_sys::Uint8Array>().ok()?;
    Some(bytes.to_vec())
}

/// Keeps a pack's bytes in the page's memory for the other bundle.
fn remember(address: &str, bytes: &[u8]) {
    if let Some(packs) = super::bundles::fetched_packs() {
        let bytes = js_sys::Uint8Array::from(bytes);
        let _ = js_sys::Reflect::set(&packs, &address.into(), &bytes);
    }
}

/// The body of a same-origin file; the error is the HTTP status, `None` when none came.
async fn fetch_bytes(address: &str) -> Result<Vec<u8>, Option<u16>> {
    let window = window().ok_or(None)?;
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|_| None)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| None)?;
    if !response.ok() {
        return Err(Some(response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| None)?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| None)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
