//! The comparison exported from the app as a manager's PDF: the button on the comparison's
//! screen, a file name that says which workshops and when, written off the UI thread.

use crate::common;
use common::app::{app_on, compare_examples, shows, step_until};
use common::{EXAMPLES, example_path};

use egui_kittest::kittest::Queryable;
use tandem::compare::report::ReportFormat;
use tandem::ui::state::event::Event;
use tandem::ui::state::file_purpose::{DialogAnswer, FilePurpose};

#[test]
fn the_comparison_exports_a_pdf_named_after_its_organisation_and_dates() {
    let folder = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        std::fs::copy(example_path(name), folder.path().join(name)).unwrap();
    }
    let mut harness = app_on(folder.path()).start();
    compare_examples(&mut harness, &["Q1", "Q2", "Q3"]);
    assert!(shows(&harness, "Export PDF…"));
    // What the dialog's thread reports on a desktop without a file dialog: the typed path
    // is offered, with the name the dialog would have suggested.
    harness
        .state()
        .state
        .background
        .sender()
        .send(Event::DialogClosed(
            FilePurpose::ExportComparison(ReportFormat::Pdf),
            DialogAnswer::Unavailable,
        ))
        .unwrap();
    harness.run();
    let field = "Save as (a free name in the workshops folder; change it if you like)";
    let target = folder
        .path()
        .join("northwind-analytics-comparison-2026-02-12-to-2026-08-20.pdf");
    assert_eq!(
        harness.get_by_label(field).value().as_deref(),
        Some(target.display().to_string().as_str())
    );
    // Not `click`: the export's thread wakes the UI while it settles.
    harness.get_by_label("Save here").click();
    harness.step();
    assert!(
        harness.state().state.exporting,
        "rendered on the export's thread"
    );
    step_until(&mut harness, "the export", |app| {
        !app.state().state.exporting
    });
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "{:?}", &bytes[..8]);
    // The whole comparison, summary first, as `tandem compare --format pdf` writes it.
    let comparison = harness.state().state.comparison().unwrap();
    assert_eq!(
        bytes,
        ReportFormat::Pdf.bytes(comparison).unwrap(),
        "the app's file is the comparison's PDF"
    );
    assert!(shows(&harness, &format!("Exported {}", target.display())));
}
