//! The browser's local storage, as the session's effects need it: reading what the session
//! keys hold on start, and performing `Effect`s. Nothing here decides: every rule is in
//! `partnering_core::session`.

use wasm_bindgen::JsCast;

use partnering_core::session::stored::{KEY, LAST_STEP_KEY, PREVIOUS_KEY, set_aside_keys};
use partnering_core::session::{Action, Effect, Stored, Unavailable};

use super::window;

fn local_storage() -> Option<web_sys::Storage> {
    // Throws when storage is blocked (e.g. a third-party iframe); that is "unavailable".
    window()?.local_storage().ok().flatten()
}

/// Reads a stored value.
pub fn get(key: &str) -> Result<Option<String>, Unavailable> {
    let storage = local_storage().ok_or(Unavailable)?;
    storage.get_item(key).map_err(|_| Unavailable)
}

/// Stores a value; fails when storage is unavailable or full.
fn set(key: &str, value: &str) -> Result<(), Unavailable> {
    local_storage()
        .ok_or(Unavailable)?
        .set_item(key, value)
        .map_err(|_| Unavailable)
}

/// Removes a stored value.
fn remove(key: &str) -> Result<(), Unavailable> {
    local_storage()
        .ok_or(Unavailable)?
        .remove_item(key)
        .map_err(|_| Unavailable)
}

/// What the session's keys hold on start.
pub fn stored() -> Stored {
    Stored {
        progress: get(KEY),
        last_step: get(LAST_STEP_KEY).ok().flatten(),
        previous: get(PREVIOUS_KEY).ok().flatten(),
    }
}

/// Saved progress as it is now (for the other-tab rule).
pub fn progress() -> Result<Option<String>, Unavailable> {
    get(KEY)
}

/// Performs one effect, and returns what the session learns from it.
pub fn perform(effect: Effect) -> Option<Action> {
    let done = match &effect {
        Effect::SaveProgress(Some(value)) => set(KEY, value).is_ok(),
        // As before the session moved to the core: a removal that fails is not a refusal.
        Effect::SaveProgress(None) => {
            let _ = remove(KEY);
            true
        }
        Effect::Write { key, value } => set(key, value).is_ok(),
        Effect::SetAside => move_aside(KEY, set_aside_keys()).is_ok(),
        Effect::Apply(_) => true,
    };
    effect.outcome(done)
}

/// Calls `storage[method](args…)` with JavaScript values as they are: `web-sys` converts
/// strings through UTF-8, which would replace unpaired surrogates in a stored value.
fn storage_call(
    storage: &web_sys::Storage,
    method: &str,
    args: &[&wasm_bindgen::JsValue],
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(storage, &method.into())?.dyn_into()?;
    let args: js_sys::Array = args.iter().copied().collect();
    function.apply(storage, &args)
}

/// Moves the value at `from` to the first of `to` that holds nothing, exactly as stored (the
/// copy is read back and compared before the original is removed); returns the key used.
/// Nothing is removed when no copy could be made.
fn move_aside(from: &str, to: impl IntoIterator<Item = String>) -> Result<String, Unavailable> {
    let storage = local_storage().ok_or(Unavailable)?;
    let get = |key: &str| storage_call(&storage, "getItem", &[&key.into()]);
    let value = get(from).map_err(|_| Unavailable)?;
    if value.is_null() {
        return Err(Unavailable);
    }
    let free = to
        .into_iter()
        .find(|key| get(key).is_ok_and(|v| v.is_null()))
        .ok_or(Unavailable)?;
    storage_call(&storage, "setItem", &[&free.as_str().into(), &value]).map_err(|_| Unavailable)?;
    let copied = get(&free).is_ok_and(|copy| js_sys::Object::is(&copy, &value));
    if !copied {
        return Err(Unavailable);
    }
    let _ = storage_call(&storage, "removeItem", &[&from.into()]);
    Ok(free)
}
