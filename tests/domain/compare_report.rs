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
            "- Sales friction level: 1.16 → 0.90 (-0.26, no clear change: could be chance with 19 and 21 answers)",
            "better: likely a real change",
            "### From the first workshop to the newest (12 February 2026 → 20 August 2026)",
            "- Sales friction level: 1.95 → 0.90 (↓ -1.05, better: likely a real change)",
            "### Actions agreed on 14 May 2026: 2 of 3 done",
            "| Align the sales bonus plan with adoption targets | Executive sponsor | 1 July 2026 | open |",
            "### Still open from earlier workshops",
            "| Run a blameless review of the Contoso escalation | 12 February 2026 |",
            // What comes next: the newest workshop's own actions.
            "### Agreed at the newest workshop (20 August 2026)",
            "| Invite sales leadership to the pricing council | Product | 15 September 2026 | open |",
        ]
        .map(String::from),
    );
    // Words, not weights, in the summary; the weights are in the details.
    assert!(!summary.contains("weight"), "{summary}");
    assert!(markdown.contains("Toxic / healthy weight"));
    // Every statement the summary says changed for real is in the details too.
    assert!(summary.contains("5 more statements likely changed for real: see the details."));
    let (step, series) = markdown.split_at(markdown.find("#### #1 → #3").unwrap());
    let step = &step[step.find("#### #2 → #3").unwrap()..];
    assert_eq!(
        step.matches("better: likely a real change").count(),
        8,
        "{step}"
    );
    // The first to the newest is in the details too, under the method that decides it.
    assert!(
        series.contains(
            "- Sales friction level: 1.95 → 0.90 (↓ -1.05, better: likely a real change)"
        )
    );
}

#[test]
fn two_workshops_have_no_series_and_a_summary_of_their_one_step() {
    let comparison = Comparison::new(examples_to_compare(&[Q1, Q2]));
    let markdown = report::markdown(&comparison);
    let summary = summary_part(&markdown, "Details");
    assert!(summary.contains("### Since the workshop before (12 February 2026 → 14 May 2026)"));
    assert!(!summary.contains("From the first"), "{summary}");
    assert!(!summary.contains("Still open"), "{summary}");
    assert!(summary.contains("### Actions agreed on 12 February 2026: 3 of 4 done"));
    assert!(summary.contains("- ⚠ Festering (toxic in both): Constant friction"));
}

/// A workshop below the floor: counts only, and each step it is in says why nothing is
/// compared there — whether it is the first, in the middle or the newest.
#[test]
fn a_step_from_a_workshop_below_the_floor_compares_nothing_and_says_so() {
    let rules = RuleSet::built_in().unwrap().clone();
    let below = |quarter: &str| {
        let mut workshop = example_below_the_floor();
        workshop.meta.date = common::example(quarter).meta.date;
        workshop
    };
    let said = |date: &str| {
        format!(
            "*The workshop of {date} is below the anonymity floor: its results are withheld, so nothing is compared in this step.*"
        )
    };
    // The first of two.
    let comparison = Comparison::new(vec![
        (example_path(Q1), below(Q1), rules.clone()),
        (example_path(Q2), common::example(Q2), rules.clone()),
    ]);
    let summary = summary_part(&report::markdown(&comparison), "Details");
    assert!(summary.contains(&said("12 February 2026")), "{summary}");
    assert!(!summary.contains("friction level"), "{summary}");
    assert!(
        summary.contains("- **Overall:** ⚠ Toxic (before: too few answers for a verdict)"),
        "{summary}"
    );
    let pdf = ReportFormat::Pdf.bytes(&comparison).unwrap();
    let (_folder, path) = written(&pdf);
    if let Some(pages) = pages_text(&path) {
        assert!(flat(&pages[0]).contains("is below the anonymity floor"));
    }
    // In the middle: both steps say so; the first to the newest is compared.
    let comparison = Comparison::new(vec![
        (example_path(Q1), common::example(Q1), rules.clone()),
        (example_path(Q2), below(Q2), rules.clone()),
        (example_path(Q3), common::example(Q3), rules.clone()),
    ]);
    let summary = summary_part(&report::markdown(&comparison), "Details");
    assert_in_order(
        &summary,
        &[
            "### Since the workshop before (14 May 2026 → 20 August 2026)",
            &said("14 May 2026"),
            "### From the first workshop to the newest",
            "- Sales friction level: 1.95 → 0.90 (↓ -1.05, better: likely a real change)",
        ]
        .map(String::from),
    );
    // The newest: neither section compares anything, and both say why.
    let comparison = Comparison::new(vec![
        (example_path(Q1), common::example(Q1), rules.clone()),
        (example_path(Q2), common::example(Q2), rules.clone()),
        (example_path(Q3), below(Q3), rules),
    ]);
    let summary = summary_part(&report::markdown(&comparison), "Details");
    assert_eq!(
        summary.matches(&said("20 August 2026")).count(),
        2,
        "{summary}"
    );
    assert!(!summary.contains("friction level"), "{summary}");
}

/// Action texts are a facilitator's words: in the Markdown they stay words, never HTML, a
/// link or emphasis, in the summary's table and in the details' lists alike.
#[test]
fn an_action_text_never_becomes_markdown_structure() {
    let mut workshops = examples_to_compare(&[Q1, Q2]);
    workshops[0].1.actions[3].text = String::from("Review <img src=x> [here](http://x) *now* `x`");
    let markdown = report::markdown(&Comparison::new(workshops));
    // Each "<" and "[" of it is escaped, so none starts a tag or a link.
    let unescaped = markdown.replace("\\<", "").replace("\\[", "");
    assert!(
        !unescaped.contains("<img") && !unescaped.contains("[here]"),
        "{markdown}"
    );
    assert!(
        markdown.contains("☐ Review \\<img src=x\\> \\[here\\](http://x) \\*now\\* \\`x\\`"),
        "{markdown}"
    );
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
        6,
        "three in the summary, three after"
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
            "From the first workshop to the newest",
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
        info.contains("Title:           Comparison of 3 workshops · Northwind Analytics"),
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
    assert_in_order(
        &first,
        &[
            "over the 12 workshops",
            "Still open from earlier workshops",
            "more actions are still open",
            "Page 1 of",
        ]
        .map(String::from),
    );
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
