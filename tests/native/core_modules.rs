//! The core's modules form no circle: reading `core/src`, each top-level module (`scoring`,
//! `display`, …) depends on the modules its code names by `crate::…` paths (`use` lines and
//! paths in the code, grouped `crate::{a, b}` too; comments left out). A module that reaches
//! itself through that graph fails the test, which prints every circle it found. To see the
//! graph itself: `cargo test --test native core_modules -- --ignored --nocapture`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The code of a Rust file without its comments (`//` to the end of a line, and `/* */`),
/// leaving string literals alone.
fn without_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                '\\' => out.extend(chars.next()),
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut last = ' ';
                for skipped in chars.by_ref() {
                    if last == '*' && skipped == '/' {
                        break;
                    }
                    last = skipped;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The top-level modules a piece of code names after `crate::`.
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code.get(..at).and_then(|b| b.chars().next_back());
        if before.is_some_and(is_ident) {
            continue;
        }
        let rest = code.get(at + "crate::".len()..).unwrap_or_default();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut part = String::new();
            let mut first_of_part = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 1 => {
                        if !part.is_empty() {
                            named.insert(std::mem::take(&mut part));
                        }
                        first_of_part = true;
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                if depth == 1 && first_of_part {
                    if is_ident(c) {
                        part.push(c);
                    } else if !part.is_empty() {
                        named.insert(std::mem::take(&mut part));
                        first_of_part = false;
                    }
                }
            }
            if !part.is_empty() {
                named.insert(part);
            }
        } else {
            let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
            if !name.is_empty() {
                named.insert(name);
            }
        }
    }
    named
}

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("core/src is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Each top-level module of the code under `root` and the other top-level modules it names.
fn module_graph(root: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let relative = file.strip_prefix(root).expect("under the root");
        let first = relative.components().next().expect("a path");
        let module = first.as_os_str().to_string_lossy();
        let module = module.trim_end_matches(".rs").to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let code = without_comments(&std::fs::read_to_string(&file).expect("a readable file"));
        let uses = graph.entry(module.clone()).or_default();
        uses.extend(named_modules(&code).into_iter().filter(|m| *m != module));
    }
    graph
}

/// Every elementary circle, each listed once from its alphabetically first module.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    fn walk(graph: &Graph, start: &str, path: &mut Vec<String>, found: &mut Vec<Vec<String>>) {
        let last = path.last().cloned().unwrap_or_default();
        for next in graph.get(&last).into_iter().flatten() {
            if next == start {
                found.push(path.clone());
            } else if next.as_str() > start && !path.contains(next) {
                path.push(next.clone());
                walk(graph, start, path, found);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for start in graph.keys() {
        walk(graph, start, &mut vec![start.clone()], &mut found);
    }
    found
}

fn core_graph() -> Graph {
    module_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("core/src"))
}

#[test]
fn the_cores_modules_form_no_circle() {
    let graph = core_graph();
    assert!(graph.len() > 10, "the core's modules were found: {graph:?}");
    let found = circles(&graph);
    let shown: Vec<String> = found
        .iter()
        .map(|circle| format!("{} -> {}", circle.join(" -> "), circle[0]))
        .collect();
    assert!(
        found.is_empty(),
        "{} circle(s) among the core's modules (move the shared piece to the lower module):\n{}",
        found.len(),
        shown.join("\n")
    );
}

#[test]
fn the_reader_finds_paths_and_circles_it_should() {
    let code = without_comments(
        "use crate::a::X; // crate::commented\n/* crate::block */ let s = \"//\"; \
         crate::b::f(); use crate::{c::Y, d, e::{F, G}}; my_crate::z::q();",
    );
    let named: Vec<String> = named_modules(&code).into_iter().collect();
    assert_eq!(named, ["a", "b", "c", "d", "e"]);
    let graph: Graph = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "c")]
        .into_iter()
        .fold(Graph::new(), |mut graph, (from, to)| {
            graph.entry(from.into()).or_default().insert(to.into());
            graph.entry(to.into()).or_default();
            graph
        });
    assert_eq!(
        circles(&graph),
        [vec!["a", "b", "c"], vec!["c", "d"]]
            .map(|c| c.into_iter().map(String::from).collect::<Vec<_>>())
    );
}

#[test]
#[ignore = "prints the core's module graph"]
fn print_the_cores_module_graph() {
    for (module, uses) in core_graph() {
        let uses: Vec<&str> = uses.iter().map(String::as_str).collect();
        println!("{module} -> {}", uses.join(", "));
    }
}
