//! Compare with workshops run days apart, on a 1280×720 projector: the chart names every
//! workshop by its date without two dates printed over each other, and long festering
//! findings wrap inside the window.

use crate::common;
use common::app::{App, app_on, click, scroll_until_shown};
use common::{Q1, Q2, example_without_countdowns, save_in};

use egui_kittest::kittest::Queryable;
use tandem::i18n::Language;
use tandem::ui::state::screen::Screen;

const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 720.0;

/// Four workshops, three of them two days apart: the first example, the second on
/// 2026-05-14, and the first run again on 2026-05-16 and 2026-05-18 (all its toxic findings
/// fester from one to the next).
fn comparing_close_dates() -> (tempfile::TempDir, App) {
    let folder = tempfile::tempdir().unwrap();
    let mut titles = Vec::new();
    for (file, example, date, title) in [
        ("q1.ron", Q1, None, None),
        ("q2.ron", Q2, None, None),
        (
            "again.ron",
            Q1,
            Some("2026-05-16"),
            Some("Q1 questions, again"),
        ),
        (
            "once-more.ron",
            Q1,
            Some("2026-05-18"),
            Some("Q1 questions, once more"),
        ),
    ] {
        let mut workshop = example_without_countdowns(example);
        if let Some(date) = date {
            workshop.meta.date = date.parse().unwrap();
        }
        if let Some(title) = title {
            workshop.meta.title = title.to_owned();
        }
        titles.push(workshop.meta.title.clone());
        save_in(folder.path(), file, &workshop);
    }
    let mut harness = app_on(folder.path()).start();
    for title in &titles {
        click(&mut harness, &format!("Compare {title}"));
    }
    click(&mut harness, "Compare selected (4)");
    (folder, harness)
}

#[test]
fn close_dates_each_get_their_own_place_and_long_findings_wrap() {
    let (_folder, mut harness) = comparing_close_dates();
    let page = "Comparing 4 workshops";
    let Screen::Comparison(screen) = &harness.state().state.screen else {
        panic!("not comparing");
    };
    let lines = screen.lines(Language::English);
    assert_eq!(
        lines.trend.dates,
        ["2026-02-12", "2026-05-14", "2026-05-16", "2026-05-18"]
    );
    // One place per workshop, one step apart, whatever the days between them.
    let places: Vec<f64> = lines.trend.sales.iter().map(|point| point[0]).collect();
    assert_eq!(places, [0.0, 1.0, 2.0, 3.0]);
    // Every toxic finding of the first example festers from 2026-05-16 to 2026-05-18.
    let cell = lines.friction[3].festering.clone().unwrap();
    let step = lines.steps[2].festering.clone().unwrap();
    assert!(cell.contains("Problems left to fester"), "{cell}");
    drop(lines);

    scroll_until_shown(
        &mut harness,
        page,
        "Chart: sales' and product's friction level and the perception gap at each workshop's date: 12 February 2026, 14 May 2026, 16 May 2026, 18 May 2026",
    );
    // On to where the friction table's last row is in view, with the chart above it.
    scroll_until_shown(&mut harness, page, &cell);
    while harness.get_by_label(&cell).rect().bottom() > HEIGHT {
        harness.get_by_label(page).scroll_down();
        harness.run();
    }
    harness.snapshot("compare_close_dates");
    let in_the_table = harness.get_by_label(&cell).rect();
    assert!(
        in_the_table.right() <= WIDTH,
        "cut at the right edge: {in_the_table:?}"
    );
    let line_height = harness
        .query_all_by_label("2026-05-18")
        .next()
        .unwrap()
        .rect()
        .height();
    assert!(
        in_the_table.height() > 1.5 * line_height,
        "wrapped over lines: {in_the_table:?}"
    );
    scroll_until_shown(&mut harness, page, &step);
    let said = harness.get_by_label(&step).rect();
    assert!(said.right() <= WIDTH, "cut at the right edge: {said:?}");
}
