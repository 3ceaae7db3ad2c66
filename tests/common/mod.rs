#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod app;
pub mod demo;
pub mod phone;
pub mod split_verdict;
pub mod survey_fixtures;
pub mod visible_text;

use std::path::{Path, PathBuf};

pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("workshops")
}

pub fn example_path(name: &str) -> PathBuf {
    examples_dir().join(name)
}

pub fn example_text() -> String {
    std::fs::read_to_string(example_path("2026-q1-northwind.ron")).unwrap()
}

/// Replaces the first occurrence of `from` at or after `after`, panicking when it is absent
/// so a test never silently checks an unchanged file.
pub fn replace_after(text: &str, after: &str, from: &str, to: &str) -> String {
    let start = text.find(after).expect("anchor present");
    let offset = start + text[start..].find(from).expect("text to replace present");
    format!("{}{}{}", &text[..offset], to, &text[offset + from.len()..])
}

/// 1-based line of the first occurrence of `needle` at or after `after`.
pub fn line_of(text: &str, after: &str, needle: &str) -> usize {
    let start = text.find(after).expect("anchor present");
    let offset = start + text[start..].find(needle).expect("needle present");
    text[..offset].matches('\n').count() + 1
}

/// A broken workshop file of each kind the foundation must survive, with a fragment that its
/// error message must contain and the line the error must point at, where one exists.
pub struct BadFile {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub message: &'static str,
    pub line: Option<usize>,
}

#[allow(clippy::too_many_lines, reason = "one entry per kind of bad file")]
pub fn bad_workshop_files() -> Vec<BadFile> {
    let text = example_text();
    let mut files = Vec::new();

    let half = text.len() / 2;
    let cut = text
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| i >= half)
        .unwrap();
    files.push(BadFile {
        name: "truncated",
        bytes: text.as_bytes()[..cut].to_vec(),
        message: "cut off",
        // The parser stops on the last line that has any text.
        line: Some(text[..cut].trim_end().matches('\n').count() + 1),
    });

    let mut rng = tandem::domain::SplitMix64::new(99);
    let random: Vec<u8> = (0..4096).map(|_| (rng.next_u64() & 0xFF) as u8).collect();
    files.push(BadFile {
        name: "random-bytes",
        bytes: random,
        message: "not a text file",
        line: Some(1),
    });

    files.push(BadFile {
        name: "empty",
        bytes: Vec::new(),
        message: "the file is empty",
        line: None,
    });

    files.push(BadFile {
        name: "valid-ron-not-a-workshop",
        bytes: b"[1, 2, 3]\n".to_vec(),
        message: "not a Tandem workshop",
        line: None,
    });

    files.push(BadFile {
        name: "questionnaire-given-as-workshop",
        bytes: include_bytes!("../../assets/questionnaires/default.ron").to_vec(),
        message: "no `format_version`",
        line: None,
    });

    files.push(BadFile {
        name: "wrong-type",
        bytes: replace_after(
            &text,
            "meta:",
            "title: \"Sales & Product alignment, Q1 2026\"",
            "title: 2026",
        )
        .into_bytes(),
        message: "expected text in double quotes",
        line: Some(line_of(&text, "meta:", "title:")),
    });

    files.push(BadFile {
        name: "rating-of-seven",
        bytes: replace_after(&text, "responses:", "\"personal\": 4", "\"personal\": 7")
            .into_bytes(),
        message: "a rating of 7 is outside the scale",
        line: Some(line_of(&text, "responses:", "\"personal\": 4")),
    });

    files.push(BadFile {
        name: "floor-of-one",
        bytes: replace_after(
            &text,
            "settings:",
            "anonymity_floor: 3",
            "anonymity_floor: 1",
        )
        .into_bytes(),
        message: "an anonymity floor of 1 is too low",
        line: Some(line_of(&text, "settings:", "anonymity_floor")),
    });

    files.push(BadFile {
        name: "unknown-statement",
        bytes: replace_after(&text, "responses:", "\"personal\": 4", "\"personel\": 4")
            .into_bytes(),
        message: "`personel` is not a statement of this workshop's questionnaire",
        line: Some(line_of(&text, "responses:", "\"personal\": 4")),
    });

    // A hand edit that rates a statement twice: refused, not silently resolved.
    files.push(BadFile {
        name: "statement-rated-twice",
        bytes: replace_after(
            &text,
            "responses:",
            "\"personal\": 4",
            "\"personal\": 4, \"personal\": 2",
        )
        .into_bytes(),
        message: "the statement `personal` is rated twice",
        line: Some(line_of(&text, "responses:", "\"personal\": 4")),
    });

    files.push(BadFile {
        name: "newer-version",
        bytes: text
            .replacen("format_version: 1,", "format_version: 9,", 1)
            .into_bytes(),
        message: "written by a newer version of Tandem (file format 9)",
        line: None,
    });

    let deep = format!(
        "(format_version: 1, workshop: {}{})",
        "[".repeat(500),
        "]".repeat(500)
    );
    files.push(BadFile {
        name: "nested-500-levels",
        bytes: deep.into_bytes(),
        message: "nested too deeply",
        line: Some(1),
    });

    let mut huge = text.clone().into_bytes();
    huge.resize(50 * 1_000_000, b' ');
    files.push(BadFile {
        name: "fifty-megabytes",
        bytes: huge,
        message: "larger than any Tandem file can be",
        line: None,
    });

    files.push(BadFile {
        name: "unknown-field",
        bytes: replace_after(&text, "meta:", "facilitator:", "facilitatr:").into_bytes(),
        message: "facilitatr",
        line: Some(line_of(&text, "meta:", "facilitator:")),
    });

    files
}

use tandem::domain::{Function, Rating, Relationship, Response, Workshop};

/// A response with the given ratings (unlisted statements skipped) and sources.
pub fn respond(
    function: Function,
    relationship: Relationship,
    ratings: &[(&str, u8)],
    sources: &[&str],
) -> Response {
    let mut response = Response::new(function, relationship);
    for (key, value) in ratings {
        response
            .ratings
            .insert((*key).to_owned(), Rating::new(*value).unwrap());
    }
    response.sources = sources.iter().map(|s| (*s).to_owned()).collect();
    response
}

/// A workshop on the default questionnaire holding `responses`.
pub fn workshop_of(responses: impl IntoIterator<Item = Response>) -> Workshop {
    let mut workshop = Workshop::new("Scenario", "2026-04-01".parse().unwrap());
    for response in responses {
        workshop.add_response(response);
    }
    workshop
}

/// The statement keys and the source keys of `questionnaire`, in its order, for the
/// property tests' strategies (which move them into their closures).
pub fn keys_of(questionnaire: &tandem::domain::Questionnaire) -> (Vec<String>, Vec<String>) {
    (
        questionnaire
            .statements
            .iter()
            .map(|statement| statement.key.clone())
            .collect(),
        questionnaire
            .sources
            .iter()
            .map(|source| source.key.clone())
            .collect(),
    )
}

/// A response built from drawn values (what the property tests' strategies produce): the
/// relationship by its friction level, a rating or a skip per statement, named or not per
/// source, each in the order of `statements` and `sources`.
pub fn drawn_response(
    function: Function,
    level: u8,
    ratings: Vec<Option<u8>>,
    named: Vec<bool>,
    statements: &[String],
    sources: &[String],
) -> Response {
    let mut response = Response::new(function, Relationship::from_friction_level(level).unwrap());
    for (key, rating) in statements.iter().zip(ratings) {
        if let Some(value) = rating {
            response
                .ratings
                .insert(key.clone(), Rating::new(value).unwrap());
        }
    }
    for (key, named) in sources.iter().zip(named) {
        if named {
            response.sources.insert(key.clone());
        }
    }
    response
}
