//! App benchmarks: `cargo bench --bench app`. Figures go to BENCHMARKS.md.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test's unwrap is its failure message"
)]

#[path = "../common/mod.rs"]
mod common;

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tandem::clock::ManualClock;
use tandem::domain::{Date, Stage};
use tandem::storage::scan_task::{ScanEvent, spawn_scan};
use tandem::storage::workshop_to_ron;
use tandem::ui::audience::audience_view::audience_ui;
use tandem::ui::{AppCommand, Launch, LibraryCommand, TandemApp, WorkshopCommand};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 900.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut TandemApp) {
    ctx.run_ui(input(), |ui| app.show(ui))
        .drop_without_applying_deltas();
}

/// The app on `folder` (opening `open` at start), read by its state alone: no window.
fn app_in(folder: &std::path::Path, open: Option<std::path::PathBuf>) -> TandemApp {
    TandemApp::new(
        Launch {
            workshops_dir: folder.to_path_buf(),
            open,
            audience: false,
        },
        None,
        ManualClock::default().clock(),
    )
}

/// The reference: egui's own demo windows, same screen, same run.
fn demo_reference(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut demo = egui_demo_lib::DemoWindows::default();
    for _ in 0..3 {
        ctx.run_ui(input(), |ui| demo.ui(ui))
            .drop_without_applying_deltas();
    }
    c.bench_function("frame: egui demo windows (reference)", |b| {
        b.iter(|| {
            ctx.run_ui(input(), |ui| demo.ui(ui))
                .drop_without_applying_deltas();
        });
    });
}

/// Twelve quarterly workshops of 40 responses each, compared in the app: one frame.
fn compare_twelve(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let mut app = app_in(folder.path(), None);
    for quarter in 0..12_u32 {
        let mut workshop = common::demo::large_workshop(u64::from(quarter), 40);
        workshop.meta.date = Date::new(2024, 1, 15).unwrap().add_months(quarter * 3);
        let path = folder.path().join(format!("q{quarter:02}.ron"));
        tandem::storage::save_workshop(&path, &workshop).unwrap();
        app.state.handle(LibraryCommand::ToggleCompare(path).into());
    }
    app.state.handle(AppCommand::CompareSelected.into());
    assert_eq!(app.state.comparison().unwrap().workshops.len(), 12);
    let ctx = egui::Context::default();
    TandemApp::style(&ctx);
    for _ in 0..3 {
        frame(&ctx, &mut app); // settle layout and fonts
    }
    c.bench_function("frame: comparison of 12 workshops", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
}

/// A full app frame on each stage with a 500-response workshop (UI logic, no rendering).
fn stage_frames(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("large.ron");
    let mut workshop = common::demo::large_workshop(5, 500);
    workshop.time_boxes.clear();
    tandem::storage::save_workshop(&path, &workshop).unwrap();
    let mut app = app_in(folder.path(), Some(path));
    let ctx = egui::Context::default();
    TandemApp::style(&ctx);
    let mut group = c.benchmark_group("frame with 500 responses");
    for stage in Stage::ALL {
        app.state.handle(WorkshopCommand::GoTo(stage).into());
        for _ in 0..3 {
            frame(&ctx, &mut app);
        }
        group.bench_function(stage.label(), |b| b.iter(|| frame(&ctx, &mut app)));
    }
    group.finish();
}

/// What the audience window adds to a frame: the audience view alone at the projector's
/// 1280×720, on the stages with the most to draw, with the same 500-response workshop.
fn audience_frames(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("large.ron");
    let mut workshop = common::demo::large_workshop(5, 500);
    workshop.time_boxes.clear();
    tandem::storage::save_workshop(&path, &workshop).unwrap();
    let mut app = app_in(folder.path(), Some(path));
    let ctx = egui::Context::default();
    TandemApp::style(&ctx);
    let projector = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 720.0),
        )),
        ..Default::default()
    };
    let mut group = c.benchmark_group("audience view with 500 responses");
    for stage in [Stage::Reveal, Stage::Diagnose, Stage::Agree] {
        app.state.handle(WorkshopCommand::GoTo(stage).into());
        if stage == Stage::Diagnose {
            app.state
                .handle(tandem::ui::state::command::AudienceCommand::Spotlight(Some(0)).into());
        }
        let state = &app.state;
        let view = |ctx: &egui::Context| {
            ctx.run_ui(projector.clone(), |ui| {
                audience_ui(ui, &state.screen, &state.audience, state.clock());
            })
            .drop_without_applying_deltas();
        };
        for _ in 0..3 {
            view(&ctx);
        }
        group.bench_function(stage.label(), |b| b.iter(|| view(&ctx)));
    }
    group.finish();
}

/// A folder of 1,000 workshops of 40 responses each.
fn thousand_workshops() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    let text = workshop_to_ron(&common::demo::large_workshop(9, 40)).unwrap();
    for index in 0..1_000 {
        std::fs::write(folder.path().join(format!("w{index:04}.ron")), &text).unwrap();
    }
    folder
}

/// The home screen listing a library of 1,000 workshops: one frame.
fn library_frame(c: &mut Criterion) {
    let folder = thousand_workshops();
    let mut app = app_in(folder.path(), None);
    while app.state.library.is_scanning() {
        app.state.tick();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(app.state.library.visible_count(), 1_000);
    let ctx = egui::Context::default();
    TandemApp::style(&ctx);
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    c.bench_function("frame: home with a library of 1000 workshops", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
}

/// Scanning a folder of 1,000 workshops on background threads, start to finish.
fn scan_thousand(c: &mut Criterion) {
    let folder = thousand_workshops();
    let mut group = c.benchmark_group("library");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("scan 1000 workshops", |b| {
        b.iter(|| {
            let (sender, receiver) = std::sync::mpsc::channel();
            spawn_scan(folder.path(), move |event| sender.send(event).is_ok());
            let mut loaded = 0;
            for event in receiver {
                match event {
                    ScanEvent::Loaded(_) => loaded += 1,
                    ScanEvent::Finished => break,
                    _ => {}
                }
            }
            assert_eq!(loaded, 1_000);
        });
    });
    group.finish();
}

criterion_group!(
    benches,
    demo_reference,
    stage_frames,
    audience_frames,
    compare_twelve,
    library_frame,
    scan_thousand
);
criterion_main!(benches);
