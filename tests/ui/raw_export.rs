//! The responses CSV is the one export that keeps a team beside its ratings and comments:
//! the app says so before it asks where to save it.

use crate::common;
use common::app::{app_on, click, go_to, mentions, shows};
use common::{Q1, folder_with_example};

use tandem::domain::Stage;

#[test]
fn the_responses_csv_is_said_to_link_teams_and_comments_before_it_is_saved() {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    // A modal fades in over a few frames.
    let mut app = app_on(folder.path())
        .size(1280.0, 3000.0)
        .max_steps(12)
        .opening(Some(path))
        .start();
    go_to(&mut app, Stage::Close);

    click(&mut app, "Export Responses CSV…");
    assert!(app.state().state.asking_raw_export);
    assert!(shows(&app, "The raw responses: one row per person"));
    assert!(mentions(
        &app,
        "Each row links a team, one person's ratings and their comments."
    ));
    assert!(
        app.state().state.dialog.is_none(),
        "no dialog before the answer"
    );
    click(&mut app, "Cancel");
    assert!(!app.state().state.asking_raw_export);
    assert!(app.state().state.dialog.is_none());
    assert!(!shows(&app, "The raw responses: one row per person"));

    // Answered yes: the prompt goes and the save dialog is asked for.
    click(&mut app, "Export Responses CSV…");
    click(&mut app, "Choose where to save…");
    assert!(!app.state().state.asking_raw_export);
    assert!(!shows(&app, "The raw responses: one row per person"));
}
