//! poppler's tools (Debian's `poppler-utils`) reading a PDF as a reader gets it: its text in
//! reading order, page by page. Without the tools a test says on stderr that it skipped,
//! unless `TANDEM_REQUIRE_POPPLER=1`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// poppler's `tool` on `PATH`, or `None` after saying why the test is skipped.
pub fn poppler(tool: &str) -> Option<PathBuf> {
    use std::io::Write as _;
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(tool))
            .find(|path| path.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var("TANDEM_REQUIRE_POPPLER").as_deref() != Ok("1"),
            "no {tool} on PATH, and TANDEM_REQUIRE_POPPLER=1 requires it: apt-get install poppler-utils"
        );
        // Straight to stderr: libtest swallows `eprintln!` of a test that passes.
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED a PDF test: no {tool} on PATH (apt-get install poppler-utils) ***\n"
        );
    }
    found
}

/// The PDF written to a folder of its own, kept as long as the returned folder.
pub fn written(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    (folder, path)
}

pub fn run(tool: &Path, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text in the order it is drawn (which is the order it is read), pages apart.
pub fn pages_text(pdf: &Path) -> Option<Vec<String>> {
    let tool = poppler("pdftotext")?;
    let text = run(&tool, &["-raw", "-enc", "UTF-8"], pdf);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|page| page.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

/// Runs of white space as one space, so a line broken in a cell still reads as one text.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each of `parts` in `text`, each after the one before.
pub fn assert_in_order(text: &str, parts: &[String]) {
    let mut from = 0;
    for part in parts {
        let part = flat(part);
        let Some(at) = text[from..].find(&part) else {
            panic!("`{part}` is not after byte {from} of:\n{text}");
        };
        from += at + part.len();
    }
}
