//! Issue 22: the mapping step offers every kind of column the import reads. A file whose
//! team and sources questions have headers Tandem does not know is imported by choosing
//! them in the step's drop-downs, as a facilitator would with a mouse.

use crate::common;
use common::app::{App, app_on, click, mentions, send, shows};
use common::{blank_workshop, responses_in, save_in, write_in};

use egui::{Modifiers, PointerButton};
use egui_kittest::kittest::Queryable as _;
use tandem::domain::Questionnaire;
use tandem::storage::load_workshop;
use tandem::ui::WorkshopCommand;

const STEP: &str = "Which question does each column answer?";
const TEAM: &str = "Team: Sales or Product";

/// Opens the drop-down named `column` as a mouse does, pressed in one frame and released in
/// the next (a drop-down once opened behind this modal in a real run), then clicks `choice`
/// in it and checks that the drop-down shows it.
pub fn choose(app: &mut App, column: &str, choice: &str) {
    let at = app.get_by_label(column).rect().center();
    app.hover_at(at);
    for pressed in [true, false] {
        app.event(egui::Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        app.step();
    }
    app.run();
    click(app, choice);
    assert_eq!(
        app.get_by_label(column).value().as_deref(),
        Some(choice),
        "{column}"
    );
}

/// Six answers whose team is under "Abteilung" and whose sources are under "Why?".
fn survey() -> String {
    let q = Questionnaire::default_questionnaire();
    let mut text = format!(
        "Abteilung,\"{}\",trust,Why?\n",
        q.relationship.prompt.replace('"', "\"\"")
    );
    for (team, relationship, trust, why) in [
        (
            "Sales",
            "Mostly aligned, occasional friction",
            4,
            "Pricing and packaging",
        ),
        (
            "Sales",
            "Constant state of friction",
            2,
            "Release dates and timing; pricing",
        ),
        ("Sales", "Lacking alignment, significant friction", 3, ""),
        (
            "Product",
            "Mostly aligned, occasional friction",
            5,
            "Customer feedback loop",
        ),
        (
            "Product",
            "Completely aligned, little or no friction",
            4,
            "",
        ),
        (
            "Product",
            "Mostly aligned, occasional friction",
            3,
            "pricing",
        ),
    ] {
        text.push_str(&format!("{team},\"{relationship}\",{trust},{why}\n"));
    }
    text
}

/// The app on a blank workshop with the survey's mapping step open.
fn mapping_step() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "q4.ron", &blank_workshop("Q4"));
    let survey = write_in(folder.path(), "survey.csv", survey());
    let mut app = app_on(folder.path()).opening(path.clone()).start();
    send(&mut app, WorkshopCommand::ImportCsv(survey));
    assert!(shows(&app, STEP));
    (folder, path, app)
}

#[test]
fn an_unknown_team_and_sources_column_chosen_in_the_step_import_the_file() {
    let (folder, path, mut app) = mapping_step();
    assert!(!mentions(&app, "can only be ignored"));
    choose(&mut app, "Abteilung", TEAM);
    choose(
        &mut app,
        "Why?",
        "Friction sources, any number in one cell: Where does friction between sales and product come from? Pick any number.",
    );
    click(&mut app, "Import");
    assert!(!shows(&app, STEP));
    assert!(mentions(&app, "Imported 6 responses"));
    assert_eq!(responses_in(&path), 6);
    let workshop = load_workshop(&path).unwrap();
    let named = |key: &str| {
        workshop
            .responses
            .iter()
            .filter(|response| response.sources.contains(key))
            .count()
    };
    assert_eq!(
        (
            named("pricing"),
            named("release_timing"),
            named("feedback_loop")
        ),
        (3, 1, 1)
    );

    let remembered = std::fs::read_to_string(folder.path().join("import-mappings.json")).unwrap();
    assert!(remembered.contains("\"function\""), "{remembered}");
    assert!(remembered.contains("\"sources\""), "{remembered}");
}

#[test]
fn snapshot_of_the_mapping_steps_choices() {
    let (_folder, _path, mut app) = mapping_step();
    choose(&mut app, "Abteilung", TEAM);
    // The second column's drop-down open: the team is taken, every other kind is there.
    app.get_by_label("Why?").click();
    app.run();
    assert!(!shows(&app, TEAM));
    assert!(shows(&app, "Ignore this column"));
    assert!(mentions(&app, "Statement: We openly disagree"));
    assert!(!mentions(&app, "Statement: I trust the other team"));
    assert!(mentions(&app, "Comment: What works well"));
    assert!(mentions(&app, "Friction sources, any number in one cell"));
    app.snapshot("import_mapping_choices");
}
