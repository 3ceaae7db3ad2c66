//! `tandem export --format csv` (the raw responses) says what its rows link before it
//! writes them; the metrics CSV and the reports, which pool comments, say nothing of it.

use crate::common;
use common::cli::tandem;
use common::{Q1, example_path};

const SAID: &str = "each row of this CSV links a team, one person's ratings and their comments";

#[test]
fn the_responses_csv_says_what_its_rows_link() {
    let file = example_path(Q1);
    let file = file.to_str().unwrap();
    let responses = tandem(["export", file, "--format", "csv", "--what", "responses"]);
    assert!(responses.success(), "{}", responses.stderr);
    assert!(responses.stderr.contains(SAID), "{}", responses.stderr);
    assert!(
        responses.stdout.starts_with("function,"),
        "the rows still go to stdout"
    );

    let german = tandem(["export", file, "--format", "csv", "--lang", "de"]);
    assert!(
        german
            .stderr
            .contains("Jede Zeile dieser CSV verbindet ein Team"),
        "{}",
        german.stderr
    );

    for (format, what) in [
        ("csv", "metrics"),
        ("md", "responses"),
        ("html", "responses"),
    ] {
        let ran = tandem(["export", file, "--format", format, "--what", what]);
        assert!(ran.success(), "{}", ran.stderr);
        assert!(
            !ran.stderr.contains(SAID),
            "{format} {what}: {}",
            ran.stderr
        );
    }
}
