//! What participants type reaches the workshop clean, by every door: no terminal escape,
//! NUL or bidi override in a file, comments no longer than the pages allow (the server
//! holds the limit too), and no export that prints a control character.

use crate::common;

use std::time::Duration;

use common::phone::{Phone, answers, field};
use tandem::domain::participant_text::MAX_COMMENT_CHARS;
use tandem::domain::{Function, Questionnaire, Relationship, Response, Workshop};
use tandem::export::{Format, Summary};
use tandem::rules::RuleSet;

const HOSTILE: &str = "Pricing\u{1b}]0;pwned\u{7}\u{1b}[31m is late\0 again \u{202E}gnirts";

fn hostile_response() -> Response {
    let mut response = Response::new(Function::Sales, Relationship::LackingAlignment);
    response.friction_comment = Some(HOSTILE.to_owned());
    response.works_well_comment = Some(String::from("line one\r\nline two\ttabbed"));
    response
}

/// C0 controls other than newline and tab, C1 controls and bidi controls.
fn unsafe_chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| tandem::domain::participant_text::is_unsafe(*c))
        .collect()
}

#[test]
fn the_kiosk_the_import_and_every_export_keep_no_control_character() {
    // The kiosk and the import submit through `Workshop::submit`, as the room's owner does.
    let mut workshop = common::workshop_of(answers(5, 6, &Questionnaire::default_questionnaire()));
    workshop.submit([hostile_response()]).unwrap();
    let kept = workshop
        .responses
        .iter()
        .find_map(|response| {
            response
                .friction_comment
                .clone()
                .filter(|c| c.starts_with("Pricing"))
        })
        .unwrap();
    assert_eq!(kept, "Pricing]0;pwned[31m is late again gnirts");
    assert!(
        workshop
            .responses
            .iter()
            .any(|r| r.works_well_comment.as_deref() == Some("line one\nline two\ttabbed"))
    );

    let folder = tempfile::tempdir().unwrap();
    let path = common::save_in(folder.path(), "w.ron", &workshop);
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(unsafe_chars(&file).is_empty(), "{:?}", unsafe_chars(&file));
    let rules = RuleSet::built_in().unwrap().clone();
    let summary = Summary::new(&workshop, &rules);
    for format in [
        Format::Markdown,
        Format::Html,
        Format::ResponsesCsv,
        Format::MetricsCsv,
    ] {
        let out = format.render(&summary);
        assert!(
            unsafe_chars(&out).is_empty(),
            "{format:?}: {:?}",
            unsafe_chars(&out)
        );
    }

    // A survey file's cells: the same sanitiser.
    let csv = format!(
        "function,relationship,trust,friction_comment\nSales,mostly_aligned,4,\"{}\"\n",
        HOSTILE.replace('\0', "")
    );
    let imported = tandem::import::import_file(
        csv.as_bytes(),
        std::path::Path::new("survey.csv"),
        None,
        &Questionnaire::default_questionnaire(),
        &tandem::import::ColumnMapping::default(),
    )
    .unwrap();
    let mut into = Workshop::new("Import", "2026-03-01".parse().unwrap());
    into.submit(imported.responses).unwrap();
    let comment = into
        .responses
        .iter()
        .next()
        .unwrap()
        .friction_comment
        .clone()
        .unwrap();
    assert!(unsafe_chars(&comment).is_empty(), "{comment:?}");
}

#[test]
fn a_comment_longer_than_the_page_allows_is_refused_by_every_door() {
    let mut response = hostile_response();
    response.friction_comment = Some("a".repeat(MAX_COMMENT_CHARS + 1));
    let mut workshop = Workshop::new("Long", "2026-03-01".parse().unwrap());
    let refused = workshop.submit([response]).unwrap_err();
    assert!(refused.to_string().contains("2001 characters"), "{refused}");
    assert!(workshop.responses.is_empty());

    // The room refuses it too, with a page in the phone's language, and saves nothing.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("room.ron");
    let (room, saved) =
        common::phone::open_saving_room(&path, common::blank_workshop("Long comments"));
    let questionnaire = Questionnaire::default_questionnaire();
    let mut phone = Phone::new(room.join_url());
    let answer = &answers(9, 1, &questionnaire)[0];
    let pages = phone.walk_to_review(answer, &questionnaire);
    let comments = &pages[pages.len() - 2];
    assert_eq!(
        comments.step().as_deref(),
        Some("comments"),
        "{}",
        comments.html
    );
    let page = phone.press(
        comments,
        &[
            field("friction_comment", &"ü".repeat(MAX_COMMENT_CHARS + 1)),
            field("works_well_comment", ""),
            field("go", "next"),
        ],
    );
    assert_eq!(page.status, 422, "{}", page.html);
    assert!(
        page.html
            .contains("Each comment fits at most 2,000 characters"),
        "{}",
        page.html
    );
    // Exactly the limit is fine.
    let page = phone.press(
        comments,
        &[
            field("friction_comment", &"ü".repeat(MAX_COMMENT_CHARS)),
            field("works_well_comment", ""),
            field("go", "next"),
        ],
    );
    assert_eq!(page.status, 200, "{}", page.html);
    assert!(
        saved.recv_timeout(Duration::from_millis(200)).is_err(),
        "nothing submitted yet"
    );
    room.close();
}

#[test]
fn a_flood_of_head_requests_takes_no_ballot_and_a_phone_still_answers() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("room.ron");
    let (room, saved) = common::phone::open_saving_room(&path, common::blank_workshop("Flood"));
    let url = room.join_url().to_owned();
    let agent = ureq::Agent::new_with_defaults();
    // Bounded: a thousand on loopback, a few seconds at most.
    for _ in 0..1000 {
        let response = agent.head(&url).call().unwrap();
        assert_eq!(response.status(), 200);
        assert!(
            response.headers().get("set-cookie").is_none(),
            "a HEAD took a ballot"
        );
    }
    let questionnaire = Questionnaire::default_questionnaire();
    let mut phone = Phone::new(&url);
    let pages = phone.answer(&answers(11, 1, &questionnaire)[0], &questionnaire);
    assert_eq!(
        pages.last().unwrap().status,
        200,
        "{}",
        pages.last().unwrap().html
    );
    saved.recv_timeout(Duration::from_secs(10)).unwrap();
    room.close();
}
