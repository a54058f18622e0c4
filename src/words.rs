//! The interface's words in the app (`partnering_core::i18n`): English compiled in (build.rs
//! merges `core/lang/en/*.json`), another language's pack fetched when it is chosen
//! (`browser::lang`), and `use_words()` for every component. Keys are string literals, so a
//! test can find every one in the sources.

use std::rc::Rc;

use yew::prelude::*;

use partnering_core::i18n::{UiPack, Words};

/// The journey's English words, `core/lang/en/*.json` merged by build.rs.
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/lang-en.json"));

/// The report's English words (the files marked `"bundle": "report"`), in the report bundle
/// only: the journey bundle, the first load, does not carry them.
#[cfg(feature = "report")]
const ENGLISH_REPORT: &str = include_str!(concat!(env!("OUT_DIR"), "/lang-en-report.json"));

/// The English pack: every word this bundle shows.
pub fn english_pack() -> UiPack {
    let read = |json: &str| UiPack::read(json).map(|(pack, _)| pack).unwrap_or_default();
    #[cfg(feature = "report")]
    return UiPack::merge(vec![read(ENGLISH), read(ENGLISH_REPORT)]).0;
    #[cfg(not(feature = "report"))]
    read(ENGLISH)
}

thread_local! {
    static ENGLISH_WORDS: Rc<Words> = Rc::new(Words::english(english_pack()));
}

/// English words with plain formatting.
pub fn english() -> Rc<Words> {
    ENGLISH_WORDS.with(Rc::clone)
}

/// The language the interface is in, the languages on offer and how to change it.
#[derive(Clone)]
pub struct Language {
    /// The words shown.
    pub words: Rc<Words>,
    /// The languages the menu offers (none shown when fewer than two).
    pub offered: Vec<&'static str>,
    /// Asks for another language (its pack is fetched first).
    pub choose: Callback<&'static str>,
    /// The chosen language's pack could not be loaded, so English shows.
    pub failed: bool,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.words, &other.words)
            && self.offered == other.offered
            && self.failed == other.failed
    }
}

/// The interface's words: the chosen language's, English where no language is provided
/// (native render tests).
#[hook]
pub fn use_words() -> Rc<Words> {
    use_context::<Language>().map_or_else(english, |language| language.words)
}

/// The language context, when one is provided.
#[hook]
pub fn use_language() -> Option<Language> {
    use_context::<Language>()
}
