//! Turns the readable content JSON in src/content/ into a compact postcard blob in OUT_DIR.
//! The JSON is parsed here with serde_json into the same types the app uses (src/model.rs),
//! so a content file that does not match them fails the build with the file's name and the
//! line and column of the problem. The app then decodes the blob with postcard, whose
//! decoder is far smaller in wasm than serde_json's (see README, "Size").

use std::{env, fs, path::Path, process};

#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

const MODULE_FILES: [&str; 4] = [
    "module_a_collaboration.json",
    "module_b_serious_partner.json",
    "module_c_tiering.json",
    "module_d_health.json",
];

#[derive(serde::Deserialize)]
struct LevelsFile {
    content_version: u32,
    levels: Vec<model::LevelBand>,
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = Path::new("src/content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).unwrap_or_else(|error| fail(&path, &error.to_string()));
    serde_json::from_str(&text).unwrap_or_else(|error| fail(&path, &error.to_string()))
}

fn fail(path: &Path, problem: &str) -> ! {
    eprintln!(
        "error: {} is not valid assessment content: {problem}",
        path.display()
    );
    process::exit(1);
}

fn main() {
    println!("cargo:rerun-if-changed=src/model.rs");
    let levels: LevelsFile = read("levels.json");
    let content = model::Content {
        content_version: levels.content_version,
        levels: levels.levels,
        modules: MODULE_FILES.iter().map(|file| read(file)).collect(),
    };
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let path = Path::new(&out).join("content.postcard");
    let bytes =
        postcard::to_allocvec(&content).unwrap_or_else(|error| fail(&path, &error.to_string()));
    if let Err(error) = fs::write(&path, bytes) {
        fail(&path, &error.to_string());
    }
}
