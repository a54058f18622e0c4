//! Compiles the readable content JSON in core/content/ into a compact postcard blob in OUT_DIR.
//! The JSON is parsed and validated by the core crate, the same code the tests run, so a
//! content file that breaks a rule fails the build with the file's name and the problem. The
//! app then decodes the blob with postcard, whose decoder is far smaller in wasm than
//! serde_json's (see README, "Size").

use std::{env, fs, path::Path, process};

use partnering_core::content::{self, LEVELS_FILE, MODULE_FILES};

fn read(file: &str) -> String {
    let path = Path::new("core/content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(&path).unwrap_or_else(|error| fail(&error.to_string()))
}

fn fail(problem: &str) -> ! {
    eprintln!("error: the assessment content is not valid: {problem}");
    process::exit(1);
}

fn main() {
    let levels = read(LEVELS_FILE);
    let modules: Vec<(&str, String)> = MODULE_FILES
        .iter()
        .map(|file| (*file, read(file)))
        .collect();
    let modules: Vec<(&str, &str)> = modules
        .iter()
        .map(|(file, json)| (*file, json.as_str()))
        .collect();
    let content =
        content::parse(&levels, &modules).unwrap_or_else(|error| fail(&error.to_string()));
    let bytes = content::encode(&content).unwrap_or_else(|error| fail(&error.to_string()));
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(error) = fs::write(Path::new(&out).join("content.postcard"), bytes) {
        fail(&error.to_string());
    }
}
