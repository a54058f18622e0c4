//! Minifies the content JSON into OUT_DIR so the wasm carries no indentation; the readable
//! files in src/content/ stay the source of truth.

use std::{env, fs, path::Path};

const FILES: [&str; 5] = [
    "levels.json",
    "module_a_collaboration.json",
    "module_b_serious_partner.json",
    "module_c_tiering.json",
    "module_d_health.json",
];

fn main() {
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for file in FILES {
        let source = Path::new("src/content").join(file);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).unwrap_or_default();
        // Invalid JSON is copied as it is, so the content tests report the parse error with
        // the file's name instead of the build failing here without context.
        let minified = serde_json::from_str::<serde_json::Value>(&text)
            .and_then(|value| serde_json::to_string(&value))
            .unwrap_or(text);
        if let Err(error) = fs::write(Path::new(&out).join(file), minified) {
            println!("cargo:warning=could not write minified {file}: {error}");
        }
    }
}
