//! The library of a large folder on a 1280×720 projector: files that cannot be read summed
//! up above the list, titles in the order people count, the column headers in view however
//! far the list scrolls.

use crate::common;
use common::app::{App, app_on, click, mentions, shows};
use common::write_in;

use egui_kittest::kittest::Queryable;
use tandem::domain::Workshop;

/// How many workshops the folder holds, beside [`BROKEN`] files.
const WORKSHOPS: usize = 300;

/// Files that cannot be read, each with its text: a note, a cut-off workshop, a web page.
const BROKEN: [(&str, &str); 3] = [
    ("agenda.ron", "This is not a workshop"),
    ("cut-off.ron", "(format_version: 1, workshop: ("),
    ("page.ron", "<html><body>Workshop</body></html>"),
];

/// A folder of "Workshop 1" … "Workshop 300" (small files, written straight away: the
/// scan, not the writing, is what is tested) and the broken files.
fn large_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for number in 1..=WORKSHOPS {
        let workshop = Workshop::new(format!("Workshop {number}"), "2026-03-01".parse().unwrap());
        let text = tandem::storage::workshop_to_ron(&workshop).unwrap();
        // Named against the titles' order, so the order on screen comes from the titles.
        write_in(
            folder.path(),
            &format!("w{:03}.ron", 1 + WORKSHOPS - number),
            text,
        );
    }
    for (name, text) in BROKEN {
        write_in(folder.path(), name, text);
    }
    folder
}

fn top_of(app: &App, label: &str) -> f32 {
    app.get_by_label(label).rect().top()
}

#[test]
fn a_large_folder_says_what_it_could_not_read_above_the_list() {
    let folder = large_folder();
    let mut harness = app_on(folder.path()).start();
    let summary = "⚠ 3 files could not be read";
    assert!(shows(&harness, summary), "summed up in words");
    assert!(
        harness.get_by_label(summary).rect().bottom() <= top_of(&harness, "Sort by title"),
        "above the list, where 300 rows cannot hide it"
    );
    assert!(
        !mentions(&harness, "agenda.ron"),
        "the details wait for a click"
    );

    click(&mut harness, summary);
    for said in [
        "agenda.ron:1:1: this is not a Tandem workshop: it does not start with a workshop's fields; a workshop file starts with `(format_version: 1, workshop: (`",
        "page.ron:1:1: this is not a Tandem workshop: it does not start with a workshop's fields; a workshop file starts with `(format_version: 1, workshop: (`",
    ] {
        assert!(shows(&harness, said), "{said}");
    }
    assert!(mentions(&harness, "cut-off.ron:1:"), "with its position");
    assert!(mentions(&harness, "the file ends too early"));
    for type_name in ["VersionProbe", "struct"] {
        assert!(
            !mentions(&harness, type_name),
            "no {type_name} in the words"
        );
    }
    // The folder is named above the list: each file by its name, not its whole path.
    assert!(!mentions(
        &harness,
        &folder.path().join("agenda.ron").display().to_string()
    ));
    click(&mut harness, summary);
    assert!(!mentions(&harness, "agenda.ron"), "closed again");
}

#[test]
fn titles_sort_in_the_order_people_count() {
    let folder = large_folder();
    let mut harness = app_on(folder.path()).start();
    click(&mut harness, "Sort by title");
    let titles: Vec<String> = harness
        .state()
        .state
        .library
        .visible()
        .map(|row| row.title.clone())
        .collect();
    assert_eq!(titles.len(), WORKSHOPS);
    assert_eq!(
        titles[..4],
        ["Workshop 1", "Workshop 2", "Workshop 3", "Workshop 4"]
    );
    let place = |title: &str| titles.iter().position(|t| t == title).unwrap();
    let counted = [
        "Workshop 1",
        "Workshop 2",
        "Workshop 10",
        "Workshop 100",
        "Workshop 101",
    ];
    assert!(
        counted
            .windows(2)
            .all(|pair| place(pair[0]) < place(pair[1])),
        "{titles:?}"
    );
    assert_eq!(titles.last().map(String::as_str), Some("Workshop 300"));
    // On screen too, one under the other.
    assert!(top_of(&harness, "Open Workshop 2") < top_of(&harness, "Open Workshop 3"));

    click(&mut harness, "Sort by title");
    let newest_first = harness.state().state.library.visible_row(0).unwrap();
    assert_eq!(
        newest_first.title, "Workshop 300",
        "descending: the highest first"
    );
}

#[test]
fn the_column_headers_stay_in_view_as_the_list_scrolls() {
    let folder = large_folder();
    let mut harness = app_on(folder.path()).start();
    click(&mut harness, "Sort by title");
    let header = top_of(&harness, "Sort by title");
    for _ in 0..10 {
        harness
            .query_all_by_label_contains("Open Workshop")
            .next()
            .unwrap()
            .scroll_down();
        harness.run();
    }
    assert!(!shows(&harness, "Open Workshop 1"), "the list scrolled");
    assert!(
        shows(&harness, "Open Workshop 40"),
        "to its rows further down"
    );
    for heading in ["Sort by date", "Sort by title", "Sort by verdict"] {
        assert!(shows(&harness, heading), "{heading} in view");
    }
    assert!(
        (top_of(&harness, "Sort by title") - header).abs() < 0.5,
        "where it was"
    );
    assert!(shows(&harness, "⚠ 3 files could not be read"));
    assert!(
        shows(&harness, "+ New workshop"),
        "the page itself stays put"
    );
    // The temporary folder's name differs on every run.
    let folder_label = harness.get_by_label_contains("Workshops in").rect();
    harness.mask(egui::Rect::from_min_size(
        folder_label.min,
        egui::vec2(1000.0, folder_label.height()),
    ));
    harness.snapshot("library_300_scrolled");
}
