//! Waiting for the modules' content packs (fetched by `browser::packs`): which ones a screen
//! needs, a short loading state while they are on the way, and a failure with Try again.

use yew::prelude::*;

use partnering_core::answers::Answers;
use partnering_core::content::{Catalog, PackError};
use partnering_core::i18n::Words;
use partnering_core::model::ModuleId;
use partnering_core::route::{Bundle, Route};
use partnering_core::session::State;

use crate::browser::packs::{self, Packs};
use crate::browser::{self, bundles, storage};
use crate::embedded;
use crate::words::use_words;

fn every_module(catalog: &Catalog) -> Vec<ModuleId> {
    catalog.modules.iter().map(|m| m.id.clone()).collect()
}

/// The packs needed before the session starts: every module's when answers are restored (saved
/// progress or a previous assessment, read against the content, which would drop what a missing
/// pack holds; a hand-over, whose screen and offers are judged against it) or the address carries
/// answers (a report-bundle address, an invitation); none for a first visit. After a hand-over
/// they are usually in this page's memory already (`browser::packs`).
pub(super) fn needed_at_start(catalog: &Catalog) -> Vec<ModuleId> {
    let stored = storage::stored();
    let restores = matches!(stored.progress, Ok(Some(_)))
        || stored.previous.is_some()
        || bundles::handed_over();
    let route = browser::current_route();
    let carries = route.bundle() == Bundle::Report || matches!(route, Route::Invite(_));
    match restores || carries {
        true => every_module(catalog),
        false => Vec::new(),
    }
}

/// The modules these answers take: those chosen, or every one while none is.
fn taken(catalog: &Catalog, answers: &Answers) -> Vec<ModuleId> {
    match answers.modules.is_empty() {
        true => every_module(catalog),
        false => answers.modules.clone(),
    }
}

/// The packs the screen at `route` needs: the chosen modules' on a question screen and the
/// review; every module's on an invitation and every report-bundle screen (a share link and
/// the export are written against the whole content, links and pasted reports read with it);
/// where saved progress or the previous assessment is offered, theirs; and on every screen,
/// every module whose pack arrived in another language (after a switch of language the content
/// waits for them in the new one, `embedded::kept`).
pub(super) fn needed_by(catalog: &Catalog, route: &Route, state: &State) -> Vec<ModuleId> {
    let mut needed = match route {
        Route::Step { .. } | Route::Edit { .. } | Route::Review => taken(catalog, &state.answers),
        Route::Invite(_) => every_module(catalog),
        _ if route.bundle() == Bundle::Report => every_module(catalog),
        _ => Vec::new(),
    };
    if route.offers_resume() {
        let kept = state.saved.iter().chain(&state.previous);
        needed.extend(kept.flat_map(|kept| taken(catalog, &kept.answers)));
    }
    if let Route::Step { module, .. } | Route::Edit { module, .. } = route {
        needed.push(module.clone());
    }
    needed.extend(embedded::kept());
    needed.sort();
    needed.dedup();
    needed
}

/// The packs the choose screen starts fetching: the modules ticked, or, with none ticked,
/// every module offered (the quick check and Next take them all), so Next never waits.
pub fn prefetch(answers: &Answers, offered: &[ModuleId]) {
    let modules = match answers.modules.is_empty() {
        true => offered,
        false => &answers.modules,
    };
    packs::ensure(modules);
}

/// Starts fetching every module's pack: another tab saved progress, which this one may take
/// up, and its answers are read against the whole content.
pub fn fetch_every_pack() {
    packs::ensure(&every_module(embedded::shown()));
}

/// The whole content, once every module's pack is here: for reading answers a person brings
/// (an answers file), which are read against every module.
pub async fn whole_content() -> Result<&'static partnering_core::model::Content, PackError> {
    let every = every_module(embedded::shown());
    packs::ensure(&every);
    loop {
        match packs::status(&every) {
            Packs::Ready => return Ok(embedded::current()),
            Packs::Failed(error) => return Err(error),
            Packs::Loading => gloo_timers::future::TimeoutFuture::new(50).await,
        }
    }
}

/// Fetches every module's pack into the page's memory in the background, without putting it
/// in place (the screen shown does not change): the report, which needs them all, then reads
/// them without a request.
pub(super) fn warm_every_pack() {
    packs::warm(&every_module(embedded::shown()));
}

#[derive(Properties, PartialEq)]
pub(super) struct NeedsPacksProps {
    pub modules: Vec<ModuleId>,
    /// Changes whenever a pack settles or the language changes, so this renders again.
    pub generation: u32,
    pub language: AttrValue,
    pub children: Html,
}

/// Its children once these modules' packs are here in the language shown; a loading state or
/// a failure until then.
#[component(NeedsPacks)]
pub(super) fn needs_packs(props: &NeedsPacksProps) -> Html {
    let status = packs::status(&props.modules);
    let waited = use_mut_ref(|| false);
    use_effect_with(
        (props.modules.clone(), props.language.clone()),
        |(modules, _)| packs::ensure(modules),
    );
    let ready = status == Packs::Ready;
    use_effect_with(ready, move |ready| {
        // The screen the person waited for starts at its heading, as any new screen does.
        if *ready && std::mem::replace(&mut *waited.borrow_mut(), false) {
            browser::focus("page-heading");
        } else if !*ready {
            *waited.borrow_mut() = true;
        }
    });
    match status {
        Packs::Ready => props.children.clone(),
        Packs::Loading => html! { <PacksLoading /> },
        Packs::Failed(error) => html! { <PackFailure {error} modules={props.modules.clone()} /> },
    }
}

/// While packs are on the way: a heading and a status line, never a blank screen.
#[component(PacksLoading)]
pub(super) fn packs_loading() -> Html {
    let words = use_words();
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("packs.loading_title") }</h1>
            <p class="loading" role="status">{ words.get("packs.loading") }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct PackFailureProps {
    pub error: PackError,
    pub modules: Vec<ModuleId>,
}

/// A pack that could not be fetched or read: what happened, that the answers are kept, and
/// Try again (which asks for a fresh copy).
#[component(PackFailure)]
pub(super) fn pack_failure(props: &PackFailureProps) -> Html {
    let words = use_words();
    use_effect_with((), |_| browser::embed::remove_boot_screen());
    let retry = {
        let modules = props.modules.clone();
        Callback::from(move |_| packs::retry(&modules))
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ words.get("packs.failed_title") }</h1>
            <p role="alert">{ failure_sentence(&words, &props.error) }</p>
            <p>{ words.get("packs.kept") }</p>
            <div class="actions"><button class="primary" onclick={retry}>{ words.get("packs.try_again") }</button></div>
        </>
    }
}

/// Why a pack failed, in the interface's words.
pub fn failure_sentence(words: &Words, error: &PackError) -> String {
    match error {
        PackError::NotListed(_) => words.get("packs.not_listed").to_owned(),
        PackError::Unavailable {
            status: Some(status),
            ..
        } => words.fill("packs.status", &[("status", i64::from(*status).into())]),
        PackError::Unavailable { .. } => words.get("packs.no_connection").to_owned(),
        PackError::Unreadable(_) => words.get("packs.damaged").to_owned(),
        PackError::Mismatch(_) => words.get("packs.other_version").to_owned(),
        PackError::Invalid(_, errors) => {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            words.fill(
                "packs.invalid",
                &[("count", errors.len().into()), ("first", (&first).into())],
            )
        }
    }
}
