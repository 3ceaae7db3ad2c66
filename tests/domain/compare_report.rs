//! The comparison's report as a manager gets it: the summary first in every format (verdicts
//! now and before, what changed and whether it is likely real, the actions done), the
//! details as tables and lists, not raw Markdown, and a PDF of its own. Goldens:
//! `UPDATE_GOLDEN=1 cargo test --test domain compare_report`, and read the diff.

use crate::common;
use common::cli::tandem;
use common::poppler::{assert_in_order, flat, pages_text, poppler, written};
use common::{EXAMPLES, Q1, Q2, Q3, example_below_the_floor, example_path, examples_to_compare};

use std::path::Path;

use tandem::compare::Comparison;
use tandem::compare::report::{self, ReportFormat};
use tandem::i18n::Language;
use tandem::rules::RuleSet;

fn all_three(language: Language) -> Comparison {
    Comparison::in_language(examples_to_compare(&EXAMPLES), Some(language))
}

/// The Markdown up to its details.
fn summary_part(markdown: &str, details: &str) -> String {
    let end = markdown
        .find(&format!("\n## {details}\n"))
        .expect("the details follow the summary");
    markdown[..=end].to_owned()
}

fn check_golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    assert!(
        common::committed_file_holds(&path, actual, "UPDATE_GOLDEN"),
        "{name} differs from {}; if the change is intended run UPDATE_GOLDEN=1 cargo test --test domain compare_report",
        path.display()
    );
}

#[test]
fn the_summary_part_of_the_markdown_matches_its_golden_in_english_and_german() {
    let english = report::markdown(&all_three(Language::English));
    check_golden(
        "northwind-comparison.summary.md",
        &summary_part(&english, "Details"),
    );
    let german = report::markdown(&all_three(Language::German));
    check_golden(
        "northwind-comparison.summary.de.md",
        &summary_part(&german, &Language::German.text("compare-report-details")),
    );
}

/// Hand-checked against the examples: from Q2 to Q3 the overall verdict turned healthy,
/// neither team's friction level moved further than chance could, and from Q1 to Q3 both
/// fell for real; of Q2's three actions two are done, and one of Q1's is still open.
#[test]
fn the_summary_says_what_changed_whether_it_is_likely_real_and_which_actions_are_done() {
    let markdown = report::markdown(&all_three(Language::English));
    let summary = summary_part(&markdown, "Details");
    assert_in_order(
        &summary,
        &[
            "- **Overall:** ✔ Healthy (was ⚠ Toxic) — over the 3 workshops: ⚠ → ⚠ → ✔",
            "### Since the workshop before (14 May 2026 → 20 August 2026)",
            "- Sales friction level: 1.16 → 0.90 (-0.25, no clear change: could be chance with 19 and 21 answers)",
            "better: likely a real change",
            "### Over all 3 workshops (12 February 2026 → 20 August 2026)",
            "- Sales friction level: 1.95 → 0.90 (↓ -1.05, better: likely a real change)",
            "### Actions agreed on 14 May 2026: 2 of 3 done",
            "| Align the sales bonus plan with adoption targets | Executive sponsor | 1 July 2026 | open |",
            "### Still open from earlier workshops",
            "| Run a blameless review of the Contoso escalation | 12 February 2026 |",
        ]
        .map(String::from),
    );
    // Words, not weights, in the summary; the weights are in the details.
    assert!(!summary.contains("weight"), "{summary}");
    assert!(markdown.contains("Toxic / healthy weight"));
    // Every statement the summary says changed for real is in the details too.
    assert!(summary.contains("5 more statements likely changed for real: see the details."));
    let step = &markdown[markdown.find("#### #2 → #3").unwrap()..];
    assert_eq!(
        step.matches("better: likely a real change").count(),
        8,
        "{step}"
    );
}

#[test]
fn two_workshops_have_no_series_and_a_summary_of_their_one_step() {
    let comparison = Comparison::new(examples_to_compare(&[Q1, Q2]));
    let markdown = report::markdown(&comparison);
    let summary = summary_part(&markdown, "Details");
    assert!(summary.contains("### Since the workshop before (12 February 2026 → 14 May 2026)"));
    assert!(!summary.contains("Over all"), "{summary}");
    assert!(!summary.contains("Still open"), "{summary}");
    assert!(summary.contains("### Actions agreed on 12 February 2026: 3 of 4 done"));
    assert!(summary.contains("- ⚠ Festering (toxic in both): Constant friction"));
}

/// A workshop below the floor: counts only, and the summary says why nothing is compared.
#[test]
fn a_step_from_a_workshop_below_the_floor_compares_nothing_and_says_so() {
    let rules = RuleSet::built_in().unwrap().clone();
    let comparison = Comparison::new(vec![
        (example_path(Q1), example_below_the_floor(), rules.clone()),
        (example_path(Q2), common::example(Q2), rules),
    ]);
    let markdown = report::markdown(&comparison);
    let summary = summary_part(&markdown, "Details");
    assert!(
        summary.contains("*The workshop of 12 February 2026 is below the anonymity floor: its results are withheld, so nothing is compared in this step.*"),
        "{summary}"
    );
    assert!(!summary.contains("friction level"), "{summary}");
    assert!(summary.contains("- **Overall:** ⚠ Toxic (was … Too few responses)"));
    let pdf = ReportFormat::Pdf.bytes(&comparison).unwrap();
    let (_folder, path) = written(&pdf);
    if let Some(pages) = pages_text(&path) {
        assert!(flat(&pages[0]).contains("is below the anonymity floor"));
    }
}

#[test]
fn the_html_says_the_summary_first_and_its_details_in_tables_and_lists() {
    let html = report::html(&all_three(Language::English));
    assert!(!html.contains("<pre>"), "no raw Markdown");
    assert!(
        !html.contains("|---") && !html.contains("**"),
        "no Markdown syntax"
    );
    let summary = html.find("<section class=\"summary\">").unwrap();
    let details = html.find("<div class=\"details\">").unwrap();
    let chart = html.find("<svg ").unwrap();
    assert!(summary < details && details < chart);
    let first = &html[summary..details];
    for part in [
        "✔ Healthy",
        "Since the workshop before",
        "Actions agreed on 14 May 2026: 2 of 3 done",
        "<td>Align the sales bonus plan with adoption targets</td>",
        "Still open from earlier workshops",
    ] {
        assert!(first.contains(part), "{part} in the summary");
    }
    assert_eq!(
        html.matches("<table>").count(),
        5,
        "two in the summary, three after"
    );
    assert!(html.contains("<h4>#2 → #3</h4>\n<ul>\n<li>Verdict: ⚠ Toxic → ✔ Healthy</li>"));
    assert!(html.contains("<li>☐ Run a blameless review of the Contoso escalation</li>"));
}

#[test]
fn the_pdf_reads_summary_first_with_its_title_fonts_and_pages() {
    let comparison = all_three(Language::English);
    let (_folder, pdf) = written(&ReportFormat::Pdf.bytes(&comparison).unwrap());
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let first = flat(&pages[0]);
    assert_in_order(
        &first,
        &[
            "Comparison of 3 workshops",
            "Verdict",
            "Overall ✔ Healthy was ⚠ Toxic",
            "Since the workshop before (14 May 2026 → 20 August 2026)",
            "Over all 3 workshops",
            "Actions agreed on 14 May 2026: 2 of 3 done",
            "Add a mid-quarter sales/product sync to raise problems early",
            "Enablement session before each release",
            "Align the sales bonus plan with adoption targets",
            "Still open from earlier workshops",
            "Run a blameless review of the Contoso escalation",
            "Page 1 of",
        ]
        .map(String::from),
    );
    assert!(
        !first.contains("Details"),
        "the details start on a new page"
    );
    let rest = flat(&pages[1..].join("\n"));
    assert_in_order(
        &rest,
        &[
            "Details",
            "Friction level and perception gap over time",
            "Workshops",
            "Toxic / healthy weight",
            "Relationship answers",
            "What changed from one workshop to the next",
            "#1 → #2",
            "#2 → #3",
        ]
        .map(String::from),
    );
    let Some(info) = poppler("pdfinfo") else {
        return;
    };
    let output = std::process::Command::new(info).arg(&pdf).output().unwrap();
    let info = String::from_utf8(output.stdout).unwrap();
    assert!(
        info.contains("Title:           Comparison of 3 workshops"),
        "{info}"
    );
    assert!(
        info.contains(&format!("Pages:           {}", pages.len())),
        "{info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");
    let Some(fonts) = poppler("pdffonts") else {
        return;
    };
    let output = std::process::Command::new(fonts)
        .arg(&pdf)
        .output()
        .unwrap();
    let listing = String::from_utf8(output.stdout).unwrap();
    for font in listing.lines().skip(2) {
        let columns: Vec<&str> = font.split_whitespace().collect();
        assert!(columns[0].contains("+DejaVuSans"), "{listing}");
        assert_eq!(&columns[4..7], ["yes", "yes", "yes"], "{listing}");
    }
}

/// Twelve workshops: the relationship answers go on over several tables, each readable, and
/// the summary still fits its page.
#[test]
fn twelve_workshops_keep_the_summary_on_one_page() {
    let mut workshops = Vec::new();
    for index in 0..12_u8 {
        let (path, mut workshop, rules) =
            examples_to_compare(&[[Q1, Q2, Q3][usize::from(index % 3)]]).remove(0);
        workshop.meta.date =
            tandem::domain::Date::new(2024 + u16::from(index / 4), index % 4 * 3 + 1, 15).unwrap();
        workshops.push((
            path.with_file_name(format!("w{index}.ron")),
            workshop,
            rules,
        ));
    }
    let comparison = Comparison::new(workshops);
    let (_folder, pdf) = written(&ReportFormat::Pdf.bytes(&comparison).unwrap());
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let first = flat(&pages[0]);
    assert!(first.contains("over the 12 workshops"), "{first}");
    assert!(first.contains("Page 1 of"), "{first}");
    assert!(!first.contains("Details"));
    let relationship = flat(&pages.join("\n"));
    assert_eq!(
        relationship.matches("Study (2014)").count(),
        4,
        "12 workshops, 3 a table"
    );
}

#[test]
fn the_command_line_writes_the_comparison_pdf() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("comparison.pdf");
    let files = EXAMPLES.map(|name| example_path(name).display().to_string());
    let ran = tandem([
        "compare",
        files[0].as_str(),
        files[1].as_str(),
        files[2].as_str(),
        "--format",
        "pdf",
        "--lang",
        "de",
        "--out",
        &out.display().to_string(),
    ]);
    assert!(ran.success(), "{}", ran.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    if let Some(pages) = pages_text(&out) {
        let first = flat(&pages[0]);
        assert!(first.contains("Vergleich von 3 Workshops"), "{first}");
        assert!(first.contains("Maßnahmen vom 14. Mai 2026"), "{first}");
    }
}
