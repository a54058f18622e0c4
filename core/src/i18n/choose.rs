//! Which language the interface opens in: the configured one (config.json's `language`, a
//! `lang` URL parameter or `data-config-lang`), else the first of the browser's languages the
//! app offers, else English; always one of the languages offered.

/// The interface's languages, English first (the default and the fallback).
pub const LANGUAGES: [&str; 2] = ["en", "de"];

/// The language of the interface a tag names (`de`, `DE`, `de-AT` give `de`); `None` when the
/// app has no words in it.
pub fn known_language(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.into_iter().find(|language| *language == primary)
}

/// The languages offered: those configured (already checked), else every one the app has.
pub fn offered(configured: Option<&[String]>) -> Vec<&'static str> {
    match configured {
        Some(list) => list.iter().filter_map(|tag| known_language(tag)).collect(),
        None => LANGUAGES.to_vec(),
    }
}

/// The language to open in: `configured` when offered, else the first of the browser's
/// `preferred` languages offered, else the first offered (English unless the list leaves it out).
pub fn choose(
    configured: Option<&str>,
    offered: &[&'static str],
    preferred: &[String],
) -> &'static str {
    let on_offer = |tag: &str| known_language(tag).filter(|language| offered.contains(language));
    configured
        .and_then(on_offer)
        .or_else(|| preferred.iter().find_map(|tag| on_offer(tag)))
        .or_else(|| offered.first().copied())
        .unwrap_or(LANGUAGES[0])
}
