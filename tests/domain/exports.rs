//! Exports: golden files, self-contained and well-formed HTML, the anonymity floor in every
//! format, and the all-or-nothing CSV import.
//!
//! Regenerate the golden files after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --test domain exports`, and read the diff.

use crate::common;
use common::browser::{chromium, headless, on_a_phone};
use common::cli::{arg, assert_import_refused, tandem};
use common::{Q1, Q2, assert_says, example_below_the_floor, folder_with_example, write_in};

use std::path::{Path, PathBuf};

use tandem::domain::{Function, Workshop};
use tandem::export::{Format, Summary};
use tandem::import::parse_responses_csv;
use tandem::metrics::WorkshopMetrics;
use tandem::rules::RuleSet;
use tandem::storage::load_workshop;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn example() -> Workshop {
    common::example(Q1)
}

fn render(workshop: &Workshop, format: Format) -> String {
    format.render(&Summary::new(workshop, RuleSet::built_in().unwrap()))
}

fn check_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    assert!(
        common::committed_file_holds(&path, actual, "UPDATE_GOLDEN"),
        "{name} differs from {}; if the change is intended run UPDATE_GOLDEN=1 cargo test --test domain exports",
        path.display()
    );
}

#[test]
fn markdown_and_html_match_their_golden_files() {
    let workshop = example();
    check_golden("2026-q1-northwind.md", &render(&workshop, Format::Markdown));
    check_golden("2026-q1-northwind.html", &render(&workshop, Format::Html));
    check_golden(
        "2026-q1-northwind.metrics.csv",
        &render(&workshop, Format::MetricsCsv),
    );
    // The same workshop in German (tests/translated_exports.rs checks the command line
    // prints exactly this).
    let rules = RuleSet::built_in().unwrap().clone();
    let german = Summary::in_language(&workshop, &rules, tandem::i18n::Language::German);
    check_golden("2026-q1-northwind.de.md", &Format::Markdown.render(&german));
}

/// Well-formed (every tag closed), so any HTML parser reads it the same way.
fn assert_well_formed(html: &str) {
    let mut reader = quick_xml::Reader::from_str(html);
    let mut depth = 0_i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(error) => panic!(
                "the HTML does not parse at byte {}: {error}",
                reader.buffer_position()
            ),
        }
    }
    assert_eq!(depth, 0, "unclosed elements");
}

#[test]
fn the_html_report_is_self_contained_accessible_and_parses() {
    let html = render(&example(), Format::Html);
    assert_well_formed(&html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(html.matches("<svg ").count(), 2, "two inline charts");
    assert_eq!(html.matches("role=\"img\"").count(), 2);
    assert_eq!(
        html.matches("<title id=").count(),
        2,
        "each chart has a title for screen readers"
    );
    assert!(html.contains("<th scope=\"col\">"));
    assert!(html.contains("@media print"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains("⚠ Toxic"), "verdicts with icon and word");
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http:", "https:",
    ] {
        assert!(
            !html.contains(forbidden),
            "the report must not load anything: found `{forbidden}`"
        );
    }
}

#[test]
fn user_text_cannot_inject_markup() {
    let mut workshop = example();
    workshop.meta.title = String::from("<script>alert(1)</script> & | *bold*");
    let html = render(&workshop, Format::Html);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; | *bold*"));
    assert_well_formed(&html);
    let markdown = render(&workshop, Format::Markdown);
    assert!(markdown.starts_with("# \\<script\\>alert(1)\\</script\\> & \\| \\*bold\\*"));
}

#[test]
fn every_export_withholds_results_below_the_floor() {
    let workshop = example_below_the_floor();
    assert!(!workshop.floor_reached());
    let comment = workshop
        .responses
        .iter()
        .find_map(|r| r.friction_comment.clone())
        .unwrap();
    for format in [
        Format::Markdown,
        Format::Html,
        Format::ResponsesCsv,
        Format::MetricsCsv,
    ] {
        let mut text = render(&workshop, format);
        // The stylesheet has percentages of its own; only the content matters here.
        if let (Some(start), Some(end)) = (text.find("<style>"), text.find("</style>")) {
            text.replace_range(start..end, "");
        }
        assert!(text.contains("Results are withheld until each function has at least 3 responses (sales has 22, product has 2)"), "{format:?}:\n{text}");
        for leak in [
            "%",
            "Toxic",
            "Healthy",
            "toxic",
            "healthy",
            "mean",
            "3.71",
            "personal_conflict",
            "<svg",
            "Room was tense",
            comment.as_str(),
        ] {
            assert!(
                !text.contains(leak),
                "{format:?} leaks `{leak}` below the floor:\n{text}"
            );
        }
        assert!(
            text.contains("22") && text.contains('2'),
            "{format:?} shows the counts"
        );
    }
    // Agreements and actions are the group's own words, not results: they stay.
    assert!(render(&workshop, Format::Markdown).contains("Set up the weekly deal desk"));
}

#[test]
fn responses_csv_round_trips_through_the_import() {
    let workshop = example();
    let csv = render(&workshop, Format::ResponsesCsv);
    let imported = parse_responses_csv(csv.as_bytes(), &workshop.questionnaire).unwrap();
    let mut copy = Workshop::new("Imported", workshop.meta.date);
    copy.responses.extend(imported);
    assert_eq!(copy.responses, workshop.responses);
    assert_eq!(
        WorkshopMetrics::compute(&copy),
        WorkshopMetrics::compute(&workshop)
    );
}

#[test]
fn comments_that_look_like_formulas_are_exported_as_text_and_imported_exactly() {
    let formulas = [
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "'=an apostrophe of my own",
    ];
    let mut workshop = example();
    let mut responses: Vec<_> = workshop.responses.iter().cloned().collect();
    for (response, formula) in responses.iter_mut().zip(formulas) {
        response.friction_comment = Some(formula.to_owned());
        response.works_well_comment = Some(formula.to_owned());
    }
    workshop.responses = tandem::domain::Responses::from(responses);
    let csv = render(&workshop, Format::ResponsesCsv);
    let cells: Vec<String> = csv::ReaderBuilder::new()
        .from_reader(csv.as_bytes())
        .records()
        .flat_map(|record| {
            record
                .unwrap()
                .iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a cell a spreadsheet would run: {cell:?}"
        );
    }
    for formula in formulas {
        assert!(
            cells.contains(&format!("'{formula}")),
            "{formula} is written as text"
        );
    }
    let imported = parse_responses_csv(csv.as_bytes(), &workshop.questionnaire).unwrap();
    let mut copy = Workshop::new("Imported", workshop.meta.date);
    copy.responses.extend(imported);
    assert_eq!(
        copy.responses, workshop.responses,
        "the exact texts come back"
    );
}

#[test]
fn the_import_reads_semicolons_bom_quotes_numbers_and_any_column_order() {
    let questionnaire = tandem::domain::Questionnaire::default_questionnaire();
    let csv = "\u{feff}Relationship;FUNCTION;personal;trust;sources;friction_comment\r\n\
               2;Sales;5;;\"pricing;handoffs\";\"Two lines,\nwith a comma\"\r\n\
               mostly_aligned;product;1;4;;\r\n";
    let responses = parse_responses_csv(csv.as_bytes(), &questionnaire).unwrap();
    assert_eq!(responses.len(), 2);
    let sales = &responses[0];
    assert_eq!(sales.function, Function::Sales);
    assert_eq!(sales.relationship.key(), "lacking_alignment");
    assert_eq!(sales.rating("personal"), Some(5));
    assert_eq!(sales.rating("trust"), None, "empty is skipped");
    assert_eq!(sales.sources.len(), 2);
    assert_eq!(
        sales.friction_comment.as_deref(),
        Some("Two lines,\nwith a comma")
    );
    assert_eq!(responses[1].friction_comment, None);
}

struct BadCsv {
    name: &'static str,
    bytes: Vec<u8>,
    says: &'static str,
    row: Option<usize>,
    column: Option<&'static str>,
}

fn bad_csvs() -> Vec<BadCsv> {
    let bad = |name, text: &str, says, row, column| BadCsv {
        name,
        bytes: text.as_bytes().to_vec(),
        says,
        row,
        column,
    };
    vec![
        bad(
            "missing column",
            "function,personal\nsales,3\n",
            "no `relationship` column",
            Some(1),
            None,
        ),
        bad(
            "unknown function",
            "function,relationship\nsales,0\nmarketing,1\n",
            "is not a function",
            Some(3),
            Some("function"),
        ),
        bad(
            "rating 6",
            "function,relationship,personal\nsales,0,3\nproduct,1,6\n",
            "is not a rating",
            Some(3),
            Some("personal"),
        ),
        bad(
            "unknown source key",
            "function,relationship,sources\nsales,0,pricing;weather\n",
            "is not a friction source",
            Some(2),
            Some("sources"),
        ),
        bad(
            "ragged row",
            "function,relationship,personal\nsales,0,3\nproduct,1\n",
            "has 2 fields but the header has 3",
            Some(3),
            None,
        ),
        bad("empty file", "", "the file is empty", None, None),
        bad(
            "header only",
            "function,relationship,personal\n",
            "no responses",
            Some(2),
            None,
        ),
        bad(
            "duplicate column",
            "function,relationship,Personal,personal\nsales,0,3,3\n",
            "appears twice",
            Some(1),
            Some("personal"),
        ),
        bad(
            "semicolon file with commas in quotes",
            "function;relationship;friction_comment;trust\nsales;0;\"a, b\";9\n",
            "is not a rating",
            Some(2),
            Some("trust"),
        ),
        // (A timestamp column is dropped since issue 17: tests/imports.rs.)
        bad(
            "unknown column",
            "function,relationship,department\nsales,0,Field sales\n",
            "is not a question of the questionnaire",
            Some(1),
            Some("department"),
        ),
        bad(
            "unknown relationship",
            "function,relationship\nsales,aligned\n",
            "is not a relationship answer",
            Some(2),
            Some("relationship"),
        ),
        bad(
            "unclosed quote",
            "function,relationship,friction_comment\nsales,0,\"never closed\n",
            "never closed",
            Some(2),
            None,
        ),
    ]
    .into_iter()
    .chain(not_utf8_csvs())
    .collect()
}

/// Bytes that are not UTF-8 are read as Windows-1252 since issue 28 ("ÿþ" here) and
/// refused as the answer they make; UTF-8 broken midway is refused as such.
fn not_utf8_csvs() -> [BadCsv; 2] {
    [
        BadCsv {
            name: "not UTF-8",
            bytes: b"function,relationship\nsales,0\nproduct,\xff\xfe\n".to_vec(),
            says: "\"ÿþ\" is not a relationship answer",
            row: Some(3),
            column: Some("relationship"),
        },
        BadCsv {
            name: "UTF-8 broken midway",
            bytes:
                b"function,relationship,friction_comment\nsales,0,caf\xc3\xa9\nproduct,1,caf\xe9\n"
                    .to_vec(),
            says: "the text is UTF-8 up to here, then has bytes that are not",
            row: Some(3),
            column: Some("friction_comment"),
        },
    ]
}

#[test]
fn bad_csv_files_are_refused_with_row_and_column_and_change_nothing() {
    let (folder, target) = folder_with_example(Q1, "q1.ron");
    let questionnaire = tandem::domain::Questionnaire::default_questionnaire();
    for bad in bad_csvs() {
        let error = parse_responses_csv(&bad.bytes, &questionnaire).expect_err(bad.name);
        let message = error.to_string();
        assert_says(bad.name, &message, bad.says);
        assert_eq!(error.row, bad.row, "{}: {message}", bad.name);
        assert_eq!(
            error.column.as_deref(),
            bad.column,
            "{}: {message}",
            bad.name
        );

        let file = format!("{}.csv", bad.name.replace(' ', "-"));
        let csv = write_in(folder.path(), &file, &bad.bytes);
        assert_import_refused(bad.name, &csv, &target, &[], bad.says);
    }
}

#[test]
fn the_command_line_exports_and_imports() {
    let folder = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let ran = tandem(args);
        assert!(ran.success(), "{args:?}: {}", ran.stderr);
        ran.stdout
    };
    let markdown = run(&[
        "export",
        "workshops/2026-q1-northwind.ron",
        "--format",
        "md",
    ]);
    assert!(markdown.starts_with("# Sales & Product alignment, Q1 2026"));
    let html_path = folder.path().join("q1.html");
    run(&[
        "export",
        "workshops/2026-q1-northwind.ron",
        "--format",
        "html",
        "--out",
        arg(&html_path),
    ]);
    assert!(
        std::fs::read_to_string(&html_path)
            .unwrap()
            .contains("<svg ")
    );
    let metrics = run(&[
        "export",
        "workshops/2026-q1-northwind.ron",
        "--format",
        "csv",
        "--what",
        "metrics",
    ]);
    assert!(metrics.starts_with("scope,metric,key,value\n"));
    assert!(metrics.contains("overall,verdict,,toxic\n"));

    let csv_path = folder.path().join("responses.csv");
    run(&[
        "export",
        "workshops/2026-q2-northwind.ron",
        "--format",
        "csv",
        "--out",
        arg(&csv_path),
    ]);
    let new = folder.path().join("imported.ron");
    let said = run(&[
        "import",
        arg(&csv_path),
        "--new",
        "--title",
        "From a survey",
        "--date",
        "2026-06-01",
        "--out",
        arg(&new),
    ]);
    assert!(said.contains("imported 34 responses"), "{said}");
    let imported = load_workshop(&new).unwrap();
    assert_eq!(imported.meta.title, "From a survey");
    let original = common::example(Q2);
    assert_eq!(imported.responses, original.responses);
    // The same rows again are a decision: refused, the file untouched, unless --again.
    let before = std::fs::read(&new).unwrap();
    let refused = tandem(["import", arg(&csv_path), "--into", arg(&new)]);
    assert!(!refused.success());
    let said = &refused.stderr;
    assert!(
        said.contains("these rows (34 answers) were already imported") && said.contains("--again"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(&new).unwrap(),
        before,
        "a refused import changed the file"
    );
    let again = run(&["import", arg(&csv_path), "--into", arg(&new), "--again"]);
    assert!(again.contains("now 38 sales, 30 product"), "{again}");
    assert_eq!(load_workshop(&new).unwrap().imports.len(), 2);
}

/// The browser to print with, or `None` after saying loudly why the test is skipped: set
/// `TANDEM_SKIP_BROWSER=1` to skip it, or have no Chromium. With `TANDEM_REQUIRE_BROWSER=1`
/// (CI) a missing Chromium fails instead, so the PDF check cannot quietly stop running.
fn browser_or_skip() -> Option<PathBuf> {
    use std::io::Write as _;
    let skip = |why: &str| {
        // Straight to stderr: libtest swallows `eprintln!` of a test that passes.
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED the_html_report_prints_to_pdf_in_headless_chromium: {why} ***\n"
        );
        None
    };
    if std::env::var_os("TANDEM_SKIP_BROWSER").is_some() {
        return skip("TANDEM_SKIP_BROWSER is set");
    }
    if let Some(browser) = chromium() {
        return Some(browser);
    }
    let missing = "no chromium, chromium-browser or google-chrome on PATH";
    assert!(
        std::env::var("TANDEM_REQUIRE_BROWSER").as_deref() != Ok("1"),
        "{missing}, and TANDEM_REQUIRE_BROWSER=1 requires one: apt-get install chromium"
    );
    skip(&format!(
        "{missing}; the HTML report was not printed to PDF (apt-get install chromium to run it)"
    ))
}

#[test]
fn the_html_report_prints_to_pdf_in_headless_chromium() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let html = folder.path().join("report.html");
    let pdf = folder.path().join("report.pdf");
    std::fs::write(&html, render(&example(), Format::Html)).unwrap();
    let print = format!("--print-to-pdf={}", pdf.display());
    let status = headless(
        &browser,
        &folder.path().join("profile"),
        &[
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            &print,
        ],
        &html,
    );
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let marker = b"/Type /Page";
    let pages = bytes
        .windows(marker.len() + 1)
        .filter(|w| w.starts_with(marker) && w[marker.len()] != b's')
        .count();
    assert!(
        pages >= 3,
        "the report prints on several pages, found {pages}"
    );
}

/// The smallest chart text of the HTML report, in CSS pixels, as Chromium lays the page out
/// on a phone 390 px wide ([`on_a_phone`]): a script measures every SVG text before the DOM
/// is dumped.
fn smallest_chart_text_on_a_phone(browser: &Path, html: &str) -> f64 {
    let phone = on_a_phone(html).replace(
        "</body>",
        r#"<script>
var smallest = Infinity;
document.querySelectorAll("svg text").forEach(function (text) {
  var svg = text.closest("svg");
  var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  smallest = Math.min(smallest, parseFloat(text.getAttribute("font-size")) * scale);
});
document.body.setAttribute("data-smallest", smallest.toFixed(2));
</script></body>"#,
    );
    let folder = tempfile::tempdir().unwrap();
    let page = folder.path().join("phone.html");
    std::fs::write(&page, phone).unwrap();
    let output = headless(
        browser,
        &folder.path().join("profile"),
        &["--window-size=390,844", "--dump-dom"],
        &page,
    );
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.find("data-smallest=\"").expect("the script ran") + "data-smallest=\"".len();
    let end = start + dom[start..].find('"').unwrap();
    dom[start..end].parse().unwrap()
}

/// Both charts' text stays at least 11 px on a phone 390 px wide.
#[test]
fn the_report_charts_stay_legible_on_a_phone() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let smallest = smallest_chart_text_on_a_phone(&browser, &render(&example(), Format::Html));
    assert!(smallest >= 11.0, "chart text shows at {smallest} px");
}

#[test]
fn an_action_names_the_person_beside_the_role() {
    let mut workshop = example();
    assert!(!workshop.actions.is_empty());
    workshop.actions[0].owner_name = String::from("Dana Lee");
    let role = workshop.actions[0].owner.label();
    for format in [Format::Markdown, Format::Html] {
        let text = render(&workshop, format);
        assert!(text.contains(&format!("Dana Lee ({role})")), "{format:?}");
    }
}

/// Only the responses CSV (the raw answers, said as such before it is written) keeps a
/// comment beside its team: every report pools them, as the screens do.
#[test]
fn no_report_puts_a_comment_next_to_a_team() {
    let mut workshop = example();
    let lone = "Only the one sales person who wrote this would say it";
    let mut writer = workshop
        .responses
        .iter()
        .find(|response| response.function == Function::Sales)
        .unwrap()
        .clone();
    writer.friction_comment = Some(lone.to_owned());
    workshop.add_response(writer);
    for format in [Format::Markdown, Format::Html, Format::MetricsCsv] {
        let text = render(&workshop, format);
        for line in text.lines().filter(|line| line.contains(lone)) {
            for team in ["Sales", "sales", "Product", "product"] {
                assert!(!line.replace(lone, "").contains(team), "{format:?}: {line}");
            }
        }
    }
    let raw = render(&workshop, Format::ResponsesCsv);
    let row = raw.lines().find(|line| line.contains(lone)).unwrap();
    assert!(
        row.starts_with("sales,"),
        "the raw rows keep the team: {row}"
    );
}

/// The first part of the Markdown — what a manager reads — in English and German, pinned;
/// the export opens with exactly it, then the details.
#[test]
fn the_summary_part_of_the_markdown_matches_its_golden_files() {
    use tandem::i18n::Language;
    let workshop = example();
    let rules = RuleSet::built_in().unwrap();
    for (language, name) in [
        (Language::English, "2026-q1-northwind.summary.md"),
        (Language::German, "2026-q1-northwind.summary.de.md"),
    ] {
        let summary = Summary::in_language(&workshop, rules, language);
        let part = tandem::export::markdown::summary_markdown(&summary);
        check_golden(name, &part);
        let whole = Format::Markdown.render(&summary);
        assert!(whole.starts_with(&part), "{name}");
        let details = format!("\n## {}\n", summary.text("export-details"));
        assert!(whole[part.len()..].starts_with(&details), "{name}");
    }
}

/// The HTML report as a manager opens it on a 1280 × 720 screen: the three verdict cards
/// side by side and every action above the fold. A script measures the page as Chromium
/// lays it out; the screenshot is target/report-screens/first-screen-1280x720.png, for a
/// person to look at.
#[test]
fn the_html_reports_first_screen_shows_the_verdict_and_the_actions() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let html = render(&example(), Format::Html);
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-screens");
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("report.html");
    std::fs::write(&page, &html).unwrap();
    let png = out.join("first-screen-1280x720.png");
    let profile = tempfile::tempdir().unwrap();
    let screenshot = format!("--screenshot={}", png.display());
    let shot = headless(
        &browser,
        profile.path(),
        &["--hide-scrollbars", "--window-size=1280,720", &screenshot],
        &page,
    );
    assert!(shot.status.success());
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));

    let measured = out.join("measured.html");
    std::fs::write(
        &measured,
        html.replace(
            "</body>",
            r#"<script>
var tops = Array.from(document.querySelectorAll(".verdict")).map(function (card) {
  return Math.round(card.getBoundingClientRect().top);
});
var bottom = function (selector) {
  return Math.ceil(document.querySelector(selector).getBoundingClientRect().bottom);
};
document.body.setAttribute("data-first-screen", [tops.length, new Set(tops).size,
  bottom(".verdicts"), bottom("table.actions"), window.innerWidth].join(" "));
</script></body>"#,
        ),
    )
    .unwrap();
    let output = headless(
        &browser,
        &profile.path().join("measure"),
        &["--window-size=1280,720", "--dump-dom"],
        &measured,
    );
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.find("data-first-screen=\"").expect("the script ran") + 19;
    let end = start + dom[start..].find('"').unwrap();
    let numbers: Vec<i64> = dom[start..end]
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let [cards, rows, verdicts, actions, width] = numbers[..] else {
        panic!("{numbers:?}");
    };
    // Headless Chromium lays the page out 1280 wide; the height of its first screen is the
    // 720 of the window asked for (a dumped DOM's innerHeight leaves out a toolbar it never
    // draws).
    assert_eq!(width, 1280);
    assert_eq!((cards, rows), (3, 1), "the verdict cards wrap");
    assert!(verdicts <= 720, "the verdicts end at {verdicts} px");
    assert!(actions <= 720, "the actions end at {actions} px");
}
