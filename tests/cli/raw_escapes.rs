//! A workshop file written before participant text was cleaned on the way in, or edited by
//! hand, may hold terminal escapes, NUL, carriage returns and bidi overrides in its title,
//! comments and agreements. Nothing Tandem writes out of it holds one: no export, report,
//! JSON or line the command line prints.

use std::path::{Path, PathBuf};

use crate::common;
use common::cli::{Ran, arg, tandem};
use common::{Q2, example_path, example_text};
use tandem::compare::{Comparison, report};
use tandem::export::{Format, Summary};
use tandem::rules::RuleSet;
use tandem::storage::load_workshop;

/// A terminal title change (ESC ] 0 ; x BEL), NUL, a carriage return and a right-to-left
/// override, as an old version's RON serializer escaped them.
const ESCAPED: &str = r"\u{1b}]0;x\u{7}|\0|\r|\u{202e}|";

/// The first example with hostile text put in by hand: escaped in the title, the first
/// friction comment and the first agreement; raw in the organisation and the facilitator,
/// as a hand edit would leave them.
fn hostile_file(folder: &Path) -> PathBuf {
    let text = example_text();
    let edits = [
        (
            "title: \"Sales & Product alignment, Q1 2026\"",
            format!("title: \"Q1 {ESCAPED}review\""),
        ),
        (
            "friction_comment: Some(\"Nobody knows",
            format!("friction_comment: Some(\"{ESCAPED}Nobody knows"),
        ),
        (
            "text: \"Roadmap changes for a deal",
            format!("text: \"{ESCAPED}Roadmap changes for a deal"),
        ),
        (
            "organisation: \"Northwind Analytics\"",
            String::from("organisation: \"North\u{1b}[31mwind\u{7}\0\r\u{202E}\u{85}\u{2066}\""),
        ),
        (
            "facilitator: \"Priya Raman\"",
            String::from("facilitator: \"Priya\r\nRaman\u{9b}\""),
        ),
    ];
    let mut text = text;
    for (from, to) in edits {
        assert!(text.contains(from), "the example has no {from}");
        text = text.replacen(from, &to, 1);
    }
    let path = folder.join("hostile.ron");
    std::fs::write(&path, text).unwrap();
    path
}

/// C0 controls but newline and tab, DEL, C1 controls, and the bidi embeddings, overrides,
/// isolates and marks: written out here rather than taken from the code under test.
fn raw(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c < ' ' && c != '\n' && c != '\t')
                || ('\u{7f}'..='\u{9f}').contains(&c)
                || matches!(
                    c,
                    '\u{200E}'
                        | '\u{200F}'
                        | '\u{061C}'
                        | '\u{202A}'..='\u{202E}'
                        | '\u{2066}'..='\u{2069}'
                )
        })
        .collect()
}

fn assert_clean(what: &str, text: &str) {
    assert!(raw(text).is_empty(), "{what}: {:?}\n{text:?}", raw(text));
}

/// Every string a JSON text decodes to, so a script's `jq -r` prints nothing raw either.
fn assert_json_clean(what: &str, text: &str) {
    fn walk(what: &str, value: &serde_json::Value) {
        match value {
            serde_json::Value::String(text) => assert_clean(what, text),
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(what, item)),
            serde_json::Value::Object(map) => map.iter().for_each(|(key, item)| {
                assert_clean(what, key);
                walk(what, item);
            }),
            _ => {}
        }
    }
    assert_clean(what, text);
    walk(what, &serde_json::from_str(text).unwrap());
}

/// Runs `tandem ARGS`, which must succeed with nothing raw on either stream.
fn run_clean(args: &[&str]) -> Ran {
    let ran = tandem(args);
    assert!(ran.success(), "{args:?}: {}", ran.stderr);
    assert_clean(&format!("{args:?} stdout"), &ran.stdout);
    assert_clean(&format!("{args:?} stderr"), &ran.stderr);
    ran
}

#[test]
fn the_hand_written_file_holds_the_raw_characters_the_test_looks_for() {
    let folder = tempfile::tempdir().unwrap();
    let workshop = load_workshop(&hostile_file(folder.path())).unwrap();
    assert_eq!(
        workshop.meta.title,
        "Q1 \u{1b}]0;x\u{7}|\0|\r|\u{202E}|review"
    );
    assert_eq!(raw(&workshop.meta.organisation).len(), 7);
    assert!(!raw(&workshop.agreements[0].text).is_empty());
    assert!(
        workshop.responses.iter().any(|response| !raw(response
            .friction_comment
            .as_deref()
            .unwrap_or(""))
        .is_empty())
    );
}

#[test]
fn every_export_through_the_command_line_is_clean() {
    let folder = tempfile::tempdir().unwrap();
    let file = hostile_file(folder.path());
    let file = arg(&file);
    for format in ["md", "html"] {
        let out = run_clean(&["export", file, "--format", format]).stdout;
        // The hostile texts are there, cleaned: the test is not looking at an empty page.
        assert!(out.contains("0;x"), "{format}: {out}");
        assert!(out.contains("31mwind"), "{format}: {out}");
    }
    let responses = run_clean(&["export", file, "--format", "csv"]).stdout;
    // Lines end in `\n` alone; the comment keeps its words.
    assert!(!responses.contains('\r'));
    assert!(responses.contains("]0;x||||Nobody knows"), "{responses}");
    let metrics = run_clean(&["export", file, "--format", "csv", "--what", "metrics"]).stdout;
    assert!(metrics.starts_with("scope,metric,key,value\n"), "{metrics}");
    // Written to a file rather than the terminal: the same.
    let out = folder.path().join("report.html");
    run_clean(&["export", file, "--format", "html", "--out", arg(&out)]);
    assert_clean("--out report.html", &std::fs::read_to_string(&out).unwrap());
}

#[test]
fn classify_check_list_and_compare_print_nothing_raw() {
    let folder = tempfile::tempdir().unwrap();
    let path = hostile_file(folder.path());
    let file = arg(&path);
    let text = run_clean(&["classify", file]).stdout;
    assert!(text.contains("0;x"), "{text}");
    assert_json_clean(
        "classify --json",
        &run_clean(&["classify", file, "--json"]).stdout,
    );
    let checked = run_clean(&["check", file]).stdout;
    assert!(
        checked.contains("workshop \"Q1 ]0;x||||review\""),
        "{checked}"
    );
    let listed = run_clean(&["list", "--workshops", arg(folder.path())]).stdout;
    assert!(listed.contains("Q1 ]0;x||||review"), "{listed}");
    let listed = run_clean(&["list", "--workshops", arg(folder.path()), "--json"]).stdout;
    assert_json_clean("list --json", &listed);

    let q2 = example_path(Q2);
    for format in ["text", "md", "html"] {
        let out = run_clean(&["compare", file, arg(&q2), "--format", format]).stdout;
        assert!(out.contains("0;x"), "{format}: {out}");
    }
    let json = run_clean(&["compare", file, arg(&q2), "--format", "json"]).stdout;
    assert_json_clean("compare --json", &json);
}

#[test]
fn the_library_renders_every_export_and_report_clean() {
    let folder = tempfile::tempdir().unwrap();
    let path = hostile_file(folder.path());
    let workshop = load_workshop(&path).unwrap();
    let rules = RuleSet::built_in().unwrap().clone();
    let summary = Summary::new(&workshop, &rules);
    for format in [
        Format::Markdown,
        Format::Html,
        Format::ResponsesCsv,
        Format::MetricsCsv,
    ] {
        assert_clean(&format!("{format:?}"), &format.render(&summary));
    }
    // The PDF's text, as a reader copies it out, is as clean (where poppler is installed).
    let pdf = tandem::export::Export::Pdf.bytes(&summary).unwrap();
    let pdf_path = folder.path().join("report.pdf");
    std::fs::write(&pdf_path, pdf).unwrap();
    if let Ok(text) = std::process::Command::new("pdftotext")
        .arg(&pdf_path)
        .arg("-")
        .output()
    {
        let text = String::from_utf8(text.stdout).unwrap();
        assert!(text.contains("0;x"), "{text}");
        assert_clean("PDF text", &text.replace('\u{c}', ""));
    }
    let comparison = Comparison::new(vec![
        (path, workshop, RuleSet::built_in().unwrap().clone()),
        (
            example_path(Q2),
            common::example(Q2),
            RuleSet::built_in().unwrap().clone(),
        ),
    ]);
    assert_clean("comparison Markdown", &report::markdown(&comparison));
    assert_clean("comparison HTML", &report::html(&comparison));
}

/// A comment that starts a formula behind a bidi mark is guarded once the mark is gone.
#[test]
fn a_formula_behind_a_bidi_mark_is_still_guarded_in_the_csv() {
    let folder = tempfile::tempdir().unwrap();
    let text = example_text().replacen(
        "friction_comment: Some(\"Nobody knows",
        "friction_comment: Some(\"\\u{202e}=HYPERLINK(1)Nobody knows",
        1,
    );
    let path = common::write_in(folder.path(), "formula.ron", text);
    let csv = run_clean(&["export", arg(&path), "--format", "csv"]).stdout;
    assert!(csv.contains(",'=HYPERLINK(1)Nobody knows"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
}
