//! Content packs and the catalog compiled in: the catalog is what the whole content says, every
//! pack reads back to its module, and a pack that is damaged, from another build or breaking a
//! rule is refused with its own error.

use partnering_core::answers::Answers;
use partnering_core::content::{Catalog, LANGUAGES, PackError, decode_pack, encode_pack};
use partnering_core::journey::{assessment_seconds, module_seconds};
use partnering_core::model::{Module, ModuleId};
use partnering_maturity::embedded;

use crate::common::content;

fn catalog() -> &'static Catalog {
    embedded::catalog().expect("the catalog compiled in reads")
}

fn pack(module: &Module) -> Vec<u8> {
    encode_pack(content().content_version, LANGUAGES[0], module)
}

#[test]
fn the_compiled_catalog_is_what_the_whole_content_says() {
    assert_eq!(catalog(), &Catalog::of(content()));
}

#[test]
fn the_catalog_with_every_pack_is_the_whole_content() {
    let modules: Vec<Module> = content()
        .modules
        .iter()
        .map(|m| decode_pack(&pack(m), &m.id, LANGUAGES[0], catalog().content_version))
        .collect::<Result<_, _>>()
        .expect("every pack reads back");
    assert_eq!(&catalog().content(&modules), content());
}

#[test]
fn a_module_without_its_pack_is_its_heading_without_questions() {
    let partial = catalog().content(&content().modules[..1]);
    assert_eq!(partial.modules.len(), content().modules.len());
    assert_eq!(partial.modules[0], content().modules[0]);
    for (placeholder, whole) in partial.modules.iter().zip(&content().modules).skip(1) {
        assert_eq!(
            (&placeholder.id, &placeholder.title),
            (&whole.id, &whole.title)
        );
        assert_eq!(placeholder.questions().count(), 0);
    }
}

#[test]
fn estimates_before_a_pack_arrives_are_the_ones_after() {
    let nothing = Answers::default();
    let placeholders = catalog().content(&[]);
    for quick in [false, true] {
        let answers = Answers {
            quick,
            ..Answers::default()
        };
        for (placeholder, whole) in placeholders.modules.iter().zip(&content().modules) {
            assert_eq!(
                catalog().module_seconds(placeholder, &answers),
                module_seconds(whole, &answers)
            );
        }
        let all: Vec<&Module> = placeholders.modules.iter().collect();
        let whole: Vec<&Module> = content().modules.iter().collect();
        assert_eq!(
            catalog().seconds(&placeholders, &all, &nothing, quick),
            assessment_seconds(content(), &whole, &nothing, quick)
        );
    }
}

#[test]
fn a_damaged_pack_is_refused_as_unreadable() {
    let module = &content().modules[0];
    let bytes = pack(module);
    let truncated = &bytes[..bytes.len() / 2];
    let error = decode_pack(
        truncated,
        &module.id,
        LANGUAGES[0],
        content().content_version,
    );
    assert_eq!(error, Err(PackError::Unreadable(module.id.clone())));
    let garbage = b"<!doctype html><title>Not found</title>";
    let error = decode_pack(garbage, &module.id, LANGUAGES[0], content().content_version);
    assert_eq!(error, Err(PackError::Unreadable(module.id.clone())));
}

#[test]
fn a_pack_of_another_module_language_or_version_is_refused() {
    let module = &content().modules[0];
    let version = content().content_version;
    let other = ModuleId::from("health");
    assert_eq!(
        decode_pack(&pack(module), &other, LANGUAGES[0], version),
        Err(PackError::Mismatch(other))
    );
    assert_eq!(
        decode_pack(&pack(module), &module.id, "de", version),
        Err(PackError::Mismatch(module.id.clone()))
    );
    assert_eq!(
        decode_pack(&pack(module), &module.id, LANGUAGES[0], version + 1),
        Err(PackError::Mismatch(module.id.clone()))
    );
}

#[test]
fn a_pack_whose_module_breaks_a_rule_is_refused_naming_it() {
    let mut module = content().modules[0].clone();
    module.dimensions.clear();
    let bytes = pack(&module);
    match decode_pack(&bytes, &module.id, LANGUAGES[0], content().content_version) {
        Err(PackError::Invalid(id, errors)) => {
            assert_eq!(id, module.id);
            assert!(errors.iter().any(|e| e.problem.contains("no dimensions")));
        }
        other => panic!("expected an invalid pack, got {other:?}"),
    }
}

#[test]
fn every_pack_error_is_a_sentence() {
    let id = ModuleId::from("health");
    let errors = [
        PackError::NotListed(id.clone()),
        PackError::Unavailable {
            module: id.clone(),
            status: Some(404),
        },
        PackError::Unavailable {
            module: id.clone(),
            status: None,
        },
        PackError::Unreadable(id.clone()),
        PackError::Mismatch(id.clone()),
    ];
    for error in errors {
        let sentence = error.to_string();
        assert!(
            sentence.ends_with('.') && sentence.starts_with(char::is_uppercase),
            "{sentence}"
        );
        assert_eq!(error.module(), &id);
    }
}
