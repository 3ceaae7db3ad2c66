//! `unsafe` is denied in Cargo.toml (`[lints.rust]`) rather than forbidden, for one reason:
//! the windowed Windows program joins its terminal's console with one call into the Windows
//! API (`src/main.rs`, module `console`). This keeps it to that: no other file of the crate
//! (or its build script) has an `unsafe` block, function, trait, impl or extern block.

use std::path::Path;

/// The Rust keyword `unsafe` followed by what it can introduce (so that `is_unsafe` or a
/// CSP's `'unsafe-inline'` do not count).
fn unsafe_uses(source: &str) -> usize {
    let words: Vec<&str> = source
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '{'))
        .filter(|word| !word.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|pair| {
            pair[0] == "unsafe" && matches!(pair[1], "{" | "fn" | "impl" | "trait" | "extern")
        })
        .count()
        + words.iter().filter(|word| **word == "unsafe{").count()
}

#[test]
fn only_the_windows_console_call_is_unsafe() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = crate::common::rust_files_in(&root.join("src"));
    files.push(root.join("build.rs"));
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let uses = unsafe_uses(&source);
        if file.ends_with("src/main.rs") {
            assert_eq!(uses, 1, "src/main.rs: one unsafe block, the console call");
            assert!(
                source.contains("#[cfg(windows)]\nmod console"),
                "src/main.rs"
            );
        } else {
            assert_eq!(uses, 0, "{}: unsafe code", file.display());
        }
    }
}

#[test]
fn the_check_sees_unsafe_code() {
    assert_eq!(unsafe_uses("let x = unsafe { f() };"), 1);
    assert_eq!(
        unsafe_uses("unsafe fn f() {}\nunsafe impl Send for X {}"),
        2
    );
    assert_eq!(unsafe_uses("if text.contains(is_unsafe) {}"), 0);
    assert_eq!(unsafe_uses("\"style-src 'unsafe-inline'\""), 0);
}
