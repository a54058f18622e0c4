//! Content packs in every language: the build writes a validated pack per module and language
//! (English, then each translation applied), each reads back to the module of its language,
//! the catalog is complete in German, and an edition applied to the modules as their packs
//! arrive gives what it gives on the whole content.

use std::path::Path;

use partnering_core::content::edition;
use partnering_core::content::{self, Catalog, LANGUAGES, PackError, decode_pack, encode_pack};
use partnering_core::model::Module;
use serde_json::json;

use crate::common::content_in;

#[test]
fn packs_are_built_in_english_and_every_translation_and_the_interface_offers_the_same() {
    let mut expected = vec!["en"];
    expected.extend(content::TRANSLATIONS);
    assert_eq!(LANGUAGES.to_vec(), expected);
    assert_eq!(LANGUAGES, partnering_core::i18n::LANGUAGES);
}

#[test]
fn every_pack_in_every_language_round_trips_and_validates() {
    for language in LANGUAGES {
        let content = content_in(language);
        for module in &content.modules {
            let bytes = encode_pack(content.content_version, language, module);
            let read = decode_pack(&bytes, &module.id, language, content.content_version);
            assert_eq!(read.as_ref(), Ok(module), "{language} {}", module.id);
            // A pack of the other language is not taken for this one.
            for other in LANGUAGES.into_iter().filter(|other| *other != language) {
                let mixed = decode_pack(&bytes, &module.id, other, content.content_version);
                assert_eq!(mixed, Err(PackError::Mismatch(module.id.clone())));
            }
        }
        let catalog = Catalog::of(&content);
        assert_eq!(Catalog::decode(&catalog.encode()).as_ref(), Ok(&catalog));
        assert_eq!(catalog.content(&content.modules), content, "{language}");
    }
}

#[test]
fn the_packs_build_rs_wrote_are_the_content_of_their_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    for language in LANGUAGES {
        let content = content_in(language);
        for module in &content.modules {
            let path = root
                .join("content-packs")
                .join(language)
                .join(format!("{}.postcard", module.id));
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            let read = decode_pack(&bytes, &module.id, language, content.content_version);
            assert_eq!(read.as_ref(), Ok(module), "{path:?}");
        }
        if language != LANGUAGES[0] {
            let path = root
                .join("content-catalogs")
                .join(format!("{language}.postcard"));
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            assert_eq!(
                Catalog::decode(&bytes),
                Ok(Catalog::of(&content)),
                "{path:?}"
            );
        }
    }
}

#[test]
fn the_german_catalog_is_complete_in_german() {
    let (english, german) = (
        Catalog::of(&content_in("en")),
        Catalog::of(&content_in("de")),
    );
    let ids = |c: &Catalog| c.modules.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&german), ids(&english));
    assert_eq!(german.content_version, english.content_version);
    assert_eq!(german.levels.len(), english.levels.len());
    assert_eq!(german.opening.len(), english.opening.len());
    for (de, en) in german.modules.iter().zip(&english.modules) {
        assert_ne!(de.title, en.title, "{} has a German title", de.id);
        assert_ne!(de.summary, en.summary, "{} has a German summary", de.id);
        assert!(
            de.full_seconds > 0 && de.quick_seconds > 0,
            "{} has estimates",
            de.id
        );
    }
    for (de, en) in german.levels.iter().zip(&english.levels) {
        assert_ne!(
            de.meaning, en.meaning,
            "level {} has a German meaning",
            en.name
        );
    }
    for (de, en) in german.opening.iter().zip(&english.opening) {
        assert_eq!(de.id, en.id);
        assert_ne!(de.prompt, en.prompt, "{} is asked in German", de.id);
    }
}

/// An edition with a text in each language, a hidden question and an action.
fn an_edition() -> edition::Edition {
    let file = json!({
        "id": "acme", "version": "1",
        "texts": {
            "en": { "dimensions/a.channel/questions/a.channel.insight/prompt": "Who sees your channel's data?" },
            "de": { "dimensions/a.channel/questions/a.channel.insight/prompt": "Wer sieht die Daten Ihres Kanals?" }
        },
        "hide": ["a.channel.insight"],
        "actions": [{
            "id": "acme.seam_workshop", "dimension": "a.seams", "when": { "below": 101 },
            "text": "Book our seam workshop", "owner": "Head of alliances",
            "artefact": "a seam map", "cadence": "once", "measure": "every seam has an owner",
            "horizon": "quarter", "impact": 3, "link": "https://example.com/workshop"
        }]
    });
    edition::read(&file.to_string()).unwrap()
}

#[test]
fn an_edition_applied_as_packs_arrive_gives_what_it_gives_on_the_whole_content() {
    let edition = an_edition();
    for language in LANGUAGES {
        let content = content_in(language);
        let catalog = Catalog::of(&content);
        let (whole, problems) = edition::apply(&content, &edition, language);
        assert_eq!(problems, [], "{language}");
        let mut loaded: Vec<Module> = Vec::new();
        for module in &content.modules {
            loaded.push(module.clone());
            let (partial, refused) = catalog.edited(&loaded, Some(&edition), language);
            assert_eq!(refused, [], "{language} with {} packs", loaded.len());
            for arrived in &loaded {
                let edited = partial.module(&arrived.id).unwrap();
                assert_eq!(
                    Some(edited),
                    whole.module(&arrived.id),
                    "{language} {}",
                    arrived.id
                );
            }
            assert_eq!(partial.edition, whole.edition);
            assert_eq!(partial.modules.len(), content.modules.len());
        }
        let (every, problems) = catalog.edited(&loaded, Some(&edition), language);
        assert_eq!((every, problems), (whole, Vec::new()), "{language}");
    }
}

/// An edition is applied as each module's pack arrives, to that module alone: a hide accepted
/// there must be one the whole content accepts, so no rule of another module (a contradiction,
/// a cited finding) loses a question it reads. Every question is tried, alone with its own
/// module and with every module, and gets the same answer (the same rule when refused).
#[test]
fn hiding_a_question_with_only_its_module_here_is_judged_as_on_the_whole_content() {
    let content = crate::common::content();
    let catalog = Catalog::of(content);
    let mut accepted = 0;
    for module in &content.modules {
        for (question, _) in module.questions() {
            let file = json!({ "id": "acme", "version": "1", "hide": [question.id.as_str()] });
            let edition = edition::read(&file.to_string()).unwrap();
            let (_, alone) = catalog.edited(std::slice::from_ref(module), Some(&edition), "en");
            let (_, whole) = edition::apply(content, &edition, "en");
            assert_eq!(alone, whole, "{}", question.id);
            accepted += usize::from(whole.is_empty());
        }
    }
    // Some questions can be hidden and many cannot, so both ways were tried.
    assert!(accepted > 5, "{accepted}");
    let asked = content.questions().count();
    assert!(accepted < asked / 2, "{accepted} of {asked}");
}
