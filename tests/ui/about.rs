//! About Tandem, from the home screen: the version, the licence, the folder the workshops
//! are kept in and the study the question comes from; closed by its button or Esc. And the
//! window's icon is Tandem's own.

use crate::common;
use common::app::{app_on, click, mentions, shows};

use egui_kittest::kittest::Queryable as _;

#[test]
fn about_says_the_version_the_licence_the_folder_and_the_study() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = app_on(folder.path()).start();
    assert!(!shows(&app, "About Tandem"));

    click(&mut app, "About");
    assert!(shows(&app, "About Tandem"));
    assert!(shows(
        &app,
        &format!("Version {}", env!("CARGO_PKG_VERSION"))
    ));
    assert!(shows(
        &app,
        "Licence: MIT OR Apache-2.0. Tandem is free software."
    ));
    assert!(shows(
        &app,
        "Workshops are kept in this folder, one .ron file each:"
    ));
    assert!(shows(&app, &folder.path().display().to_string()));
    assert!(mentions(
        &app,
        "Actuation Consulting, Study of Product Team Performance, 2014."
    ));
    assert!(mentions(&app, "(26.59%)"));
    // The temporary folder's name differs on every run: in the dialog and behind it.
    let folder_path = app
        .get_by_label(&folder.path().display().to_string())
        .rect();
    app.mask(folder_path);
    let folder_label = app.get_by_label_contains("Workshops in").rect();
    app.mask(egui::Rect::from_min_size(
        folder_label.min,
        egui::vec2(600.0, folder_label.height()),
    ));
    app.snapshot("about");

    click(&mut app, "Close");
    assert!(!shows(&app, "About Tandem"));
    assert!(app.state().state.about.is_none());
}

#[test]
fn about_shows_a_relative_folder_in_full_and_esc_closes_it() {
    let mut app = app_on(std::path::Path::new("no-such-workshops")).start();
    click(&mut app, "About");
    let full = std::env::current_dir().unwrap().join("no-such-workshops");
    assert!(shows(&app, &full.display().to_string()));

    app.key_press(egui::Key::Escape);
    app.run();
    assert!(!shows(&app, "About Tandem"));
}

#[test]
fn about_speaks_the_screens_language() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = app_on(folder.path()).start();
    app.state_mut().state.language = tandem::i18n::Language::German;
    app.run();
    click(&mut app, "Über Tandem");
    assert!(mentions(&app, "Die Workshops liegen in diesem Ordner"));
    assert!(app.query_by_label("Schließen").is_some());
}

#[test]
fn the_window_icon_is_tandems_own() {
    let icon = tandem::ui::window_icon().expect("assets/icons/tandem-256.png is a PNG");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Transparent corners (a rounded square), opaque middle.
    assert_eq!(icon.rgba[3], 0);
    let middle = (128 * 256 + 128) * 4;
    assert_eq!(icon.rgba[middle + 3], 255);
}
