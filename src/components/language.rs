//! The interface's language: chosen once the configuration is known (the person's choice in
//! this tab, then `language`/`lang`, then the browser's languages, then English), its pack
//! fetched before anything shows (the boot screen stays meanwhile), and the header's menu.

use std::rc::Rc;

use yew::prelude::*;

use partnering_core::config::Config;
use partnering_core::i18n::{self, Words};

use crate::browser::lang;
use crate::words::{Language, english, use_language, use_words};

#[derive(Properties, PartialEq)]
pub struct LanguageProviderProps {
    pub config: Rc<Config>,
    pub children: Html,
}

/// Provides the chosen language's words to its children once they are here; nothing (the
/// boot screen) before. A pack that cannot be loaded leaves English, with a notice.
#[component(LanguageProvider)]
pub fn language_provider(props: &LanguageProviderProps) -> Html {
    let offered = i18n::offered(props.config.languages.as_deref());
    let shown = use_state(|| None::<(Rc<Words>, bool)>);
    let load = {
        let shown = shown.clone();
        use_callback((), move |language: &'static str, _| {
            let shown = shown.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // The content follows the interface's language (`crate::embedded`).
                match lang::words_in(language).await {
                    Ok(words) => {
                        crate::embedded::set_language(language);
                        shown.set(Some((words, false)));
                    }
                    Err(error) => {
                        crate::browser::embed::warn(&format!("language: {error}"));
                        crate::embedded::set_language(i18n::LANGUAGES[0]);
                        shown.set(Some((english(), true)));
                    }
                }
            });
        })
    };
    // The menu's choice is remembered for this tab, so the report bundle opens in it too.
    let choose = use_callback(load.clone(), |language: &'static str, load| {
        lang::remember(language);
        load.emit(language);
    });
    {
        let (load, config, offered) = (load.clone(), props.config.clone(), offered.clone());
        use_effect_with((), move |_| {
            let configured = lang::remembered().or_else(|| config.language.clone());
            load.emit(i18n::choose(
                configured.as_deref(),
                &offered,
                &lang::preferred(),
            ));
        });
    }
    let language = shown.as_ref().map(|(words, _)| words.language().to_owned());
    use_effect_with(language, |language| {
        if let Some(language) = language {
            lang::mark_page(language);
        }
    });
    let Some((words, failed)) = (*shown).clone() else {
        return Html::default();
    };
    let context = Language {
        words,
        offered,
        choose,
        failed,
    };
    html! {
        <ContextProvider<Language> {context}>{ props.children.clone() }</ContextProvider<Language>>
    }
}

/// The language menu under the header's line, when more than one language is offered: a
/// labelled select that switches at once (outside `header.brand`, which names the consultancy).
#[component(LanguageMenu)]
pub fn language_menu() -> Html {
    let words = use_words();
    let Some(language) = use_language() else {
        return Html::default();
    };
    if language.offered.len() < 2 {
        return Html::default();
    }
    let offered = language.offered.clone();
    let onchange = {
        let choose = language.choose.clone();
        Callback::from(move |event: Event| {
            let picked = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|select| select.value());
            if let Some(known) = picked.as_deref().and_then(i18n::known_language) {
                choose.emit(known);
            }
        })
    };
    let current = words.language().to_owned();
    html! {
        <div class="language-menu no-print">
            <label for="language-select">{ words.get("app.language") }</label>
            <select id="language-select" {onchange}>
                { for offered.iter().map(|tag| html! {
                    <option value={*tag} selected={*tag == current} lang={*tag}>{ language_name(&words, tag) }</option>
                }) }
            </select>
        </div>
    }
}

/// A language's name as its speakers write it.
fn language_name(words: &Words, tag: &str) -> String {
    match tag {
        "de" => words.get("app.language_name_de").to_owned(),
        _ => words.get("app.language_name_en").to_owned(),
    }
}
