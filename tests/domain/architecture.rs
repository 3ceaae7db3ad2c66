//! The house rules ARCHITECTURE.md states, checked on the source itself: layers import only
//! downwards, no two files import each other (directly or round a circle), no egui below
//! `src/ui`, no file in `src/` over 400 lines, and no file but the clock's reading the time.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layers from the bottom up; a module may import from its own layer and those before it.
const LAYERS: [&[&str]; 6] = [
    &["domain", "i18n", "clock"],
    &["metrics"],
    &["rules"],
    &["storage", "export", "import", "room"],
    &["compare"],
    &["ui", "cli"],
];

const MAX_LINES: usize = 400;

type Module = Vec<String>;

fn source_files() -> Vec<PathBuf> {
    crate::common::rust_files_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// `src/ui/stages/reveal.rs` → `["ui", "stages", "reveal"]`; `mod.rs` and `lib.rs` name
/// their folder.
fn module_of(file: &Path) -> Module {
    let relative = file
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .unwrap();
    let mut parts: Module = relative
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a file without its tests and comments, which may name anything.
fn code_of(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a `use` tree at the start of `text` names: `crate::a::{b::C, d}` gives
/// `crate::a::b::C` and `crate::a::d` (one level of braces, which is all the code uses).
fn expand(text: &str) -> Vec<String> {
    let is_path = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    let head: String = text.chars().take_while(|c| is_path(*c)).collect();
    let rest = &text[head.len()..];
    if !(head.ends_with("::") && rest.starts_with('{')) {
        return vec![head];
    }
    let inner = rest[1..].split('}').next().unwrap_or_default();
    inner
        .split(',')
        .map(|item| {
            let item: String = item.trim().chars().take_while(|c| is_path(*c)).collect();
            format!("{head}{item}")
        })
        .collect()
}

/// Where `path` (`crate::…` or `super::…`, split at `::`) leads from `module`: the longest
/// prefix that is a module of ours, unless that is `module` itself or its own folder.
fn resolve(module: &Module, path: &[&str], known: &BTreeSet<Module>) -> Option<Module> {
    // `super` is the parent module, for a file and for a folder's mod.rs alike.
    let mut resolved: Module = if path.first() == Some(&"crate") {
        Vec::new()
    } else {
        module[..module.len().saturating_sub(1)].to_vec()
    };
    let mut rest = path.get(1..).unwrap_or_default();
    if path.first() == Some(&"super") {
        while rest.first() == Some(&"super") {
            resolved.pop();
            rest = &rest[1..];
        }
    }
    resolved.extend(rest.iter().map(|part| (*part).to_owned()));
    while !resolved.is_empty() && !known.contains(&resolved) {
        resolved.pop();
    }
    // A folder's own mod.rs re-exports are not an import of the folder.
    let is_own_ancestor = resolved.len() < module.len() && module.starts_with(&resolved);
    (!resolved.is_empty() && resolved != *module && !is_own_ancestor).then_some(resolved)
}

/// Every `crate::…` and `super::…` path in `code`, resolved to the modules it names.
fn imports(module: &Module, code: &str, known: &BTreeSet<Module>) -> Vec<Module> {
    let mut found = Vec::new();
    for (start, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let before = code[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        for path in expand(&code[start..]) {
            let path: Vec<&str> = path.split("::").filter(|part| !part.is_empty()).collect();
            if let Some(target) = resolve(module, &path, known) {
                found.push(target);
            }
        }
    }
    found
}

fn import_graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let files = source_files();
    let known: BTreeSet<Module> = files.iter().map(|file| module_of(file)).collect();
    files
        .iter()
        .map(|file| {
            let module = module_of(file);
            let code = code_of(&std::fs::read_to_string(file).unwrap());
            let targets = imports(&module, &code, &known).into_iter().collect();
            (module, targets)
        })
        .collect()
}

fn layer_of(module: &Module) -> Option<usize> {
    let top = module.first()?;
    LAYERS
        .iter()
        .position(|layer| layer.contains(&top.as_str()))
}

#[test]
fn layers_import_only_downwards() {
    let mut wrong = Vec::new();
    for (module, targets) in import_graph() {
        let Some(from) = layer_of(&module) else {
            continue;
        };
        for target in targets {
            if layer_of(&target).is_some_and(|to| to > from) {
                wrong.push(format!("{} → {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports from a lower layer upwards: {wrong:#?}"
    );
}

#[test]
fn no_import_circles() {
    let graph = import_graph();
    // A module is in a circle when it can reach itself.
    let mut circles = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&Module> = graph[start].iter().collect();
        while let Some(next) = stack.pop() {
            if next == start {
                circles.push(start.join("::"));
                break;
            }
            if seen.insert(next) {
                stack.extend(graph.get(next).into_iter().flatten());
            }
        }
    }
    assert!(
        circles.is_empty(),
        "modules in an import circle: {circles:#?}"
    );
}

#[test]
fn no_egui_below_the_ui() {
    let below: Vec<PathBuf> = source_files()
        .into_iter()
        .filter(|file| module_of(file).first().is_none_or(|top| top != "ui"))
        .filter(|file| {
            let code = code_of(&std::fs::read_to_string(file).unwrap());
            code.contains("egui") || code.contains("eframe")
        })
        .collect();
    assert!(below.is_empty(), "egui outside src/ui: {below:?}");
}

#[test]
fn no_file_in_src_over_400_lines() {
    let long: Vec<(PathBuf, usize)> = source_files()
        .into_iter()
        .map(|file| {
            let lines = std::fs::read_to_string(&file).unwrap().lines().count();
            (file, lines)
        })
        .filter(|(_, lines)| *lines > MAX_LINES)
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}

/// Ways Rust code reads the time; only `src/clock.rs` may use them.
const TIME_READS: [&str; 7] = [
    "Instant::now",
    "SystemTime::now",
    "Timestamp::now",
    "ZonedDateTime::now",
    ".elapsed()",
    "Utc::now",
    "Local::now",
];

/// The files outside the clock that read the time, with what they read.
fn time_readers(files: &[(PathBuf, String)]) -> Vec<String> {
    files
        .iter()
        .filter(|(file, _)| module_of(file) != ["clock"])
        .flat_map(|(file, text)| {
            let code = code_of(text);
            TIME_READS
                .iter()
                .filter(move |read| code.contains(**read))
                .map(move |read| format!("{} reads {read}", file.display()))
        })
        .collect()
}

#[test]
fn only_the_clock_reads_the_time() {
    let files: Vec<(PathBuf, String)> = source_files()
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            (file, text)
        })
        .collect();
    let readers = time_readers(&files);
    assert!(
        readers.is_empty(),
        "time read outside src/clock.rs (use the Clock the app is given): {readers:#?}"
    );
    // The check sees a stray read in a UI file, and none in a test module or a comment.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let stray = vec![(
        src.join("ui/app.rs"),
        String::from(
            "// Instant::now() in a comment\nfn f() { let t = std::time::Instant::now(); }\n#[cfg(test)]\nmod tests { fn g() { SystemTime::now(); } }",
        ),
    )];
    assert_eq!(time_readers(&stray).len(), 1, "{:?}", time_readers(&stray));
    assert!(time_readers(&[(src.join("clock.rs"), String::from("Instant::now()"))]).is_empty());
}

#[test]
fn the_checks_see_real_imports() {
    // Guards the parser above: known arrows must be found, or every check passes vacuously.
    let graph = import_graph();
    let module = |path: &str| -> Module { path.split("::").map(str::to_owned).collect() };
    assert!(graph[&module("ui::state::app_state")].contains(&module("ui::state::screen")));
    assert!(graph[&module("export::summary")].contains(&module("rules")));
    assert!(graph[&module("cli::classify")].contains(&module("export")));
    assert!(
        graph[&module("ui::workshop::workshop_view")]
            .contains(&module("ui::workshop::stages::reveal"))
    );
    assert!(graph.len() > 60, "{} modules", graph.len());
}
