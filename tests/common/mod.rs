//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses some of the shared helpers")]

pub mod app;
pub mod browser;
pub mod cli;
pub mod crowd;
pub mod demo;
pub mod evidence;
pub mod phone;
pub mod poppler;
pub mod small_sample;
pub mod split_verdict;
pub mod statement_floor;
pub mod survey_bytes;
pub mod survey_fixtures;
pub mod visible_text;
pub mod wild_surveys;
pub mod wild_tool_exports;

use std::path::{Path, PathBuf};

use tandem::domain::{Function, Questionnaire, Rating, Relationship, Response, Workshop};
use tandem::i18n::Language;
use tandem::metrics::Scope;
use tandem::rules::{Comparison, Measurement, Metric, RuleSet};
use tandem::storage::{load_workshop, save_workshop};

/// The bundled examples: one organisation over three quarters, in date order.
pub const Q1: &str = "2026-q1-northwind.ron";
pub const Q2: &str = "2026-q2-northwind.ron";
pub const Q3: &str = "2026-q3-northwind.ron";
pub const EXAMPLES: [&str; 3] = [Q1, Q2, Q3];

pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("workshops")
}

pub fn example_path(name: &str) -> PathBuf {
    examples_dir().join(name)
}

pub fn example_text() -> String {
    std::fs::read_to_string(example_path(Q1)).unwrap()
}

/// The bundled example `name`, loaded.
pub fn example(name: &str) -> Workshop {
    load_workshop(&example_path(name)).unwrap()
}

/// The bundled example `name` without its time boxes, so no countdown moves on screen.
pub fn example_without_countdowns(name: &str) -> Workshop {
    let mut workshop = example(name);
    workshop.time_boxes.clear();
    workshop
}

/// The first example cut down to its first 2 product responses (all 22 sales ones kept):
/// below the floor of 3.
pub fn example_below_the_floor() -> Workshop {
    let mut workshop = example(Q1);
    let mut product = 0;
    let kept: Vec<_> = workshop
        .responses
        .iter()
        .filter(|response| {
            product += usize::from(response.function == Function::Product);
            response.function == Function::Sales || product <= 2
        })
        .cloned()
        .collect();
    workshop.responses = kept.into();
    workshop
}

/// The named examples as a comparison takes them: path, workshop, the default rules.
pub fn examples_to_compare(names: &[&str]) -> Vec<(PathBuf, Workshop, RuleSet)> {
    names
        .iter()
        .map(|name| {
            (
                example_path(name),
                example(name),
                RuleSet::built_in().unwrap().clone(),
            )
        })
        .collect()
}

/// A folder of its own holding a copy of each named example, under its own name.
pub fn folder_with_examples(names: &[&str]) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for name in names {
        copy_example(folder.path(), name, name);
    }
    folder
}

/// A folder of its own holding a copy of the example `name` as `file`, and the copy's path.
pub fn folder_with_example(name: &str, file: &str) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = copy_example(folder.path(), name, file);
    (folder, path)
}

/// A folder of its own holding `contents` as `file`, and the file's path.
pub fn folder_with_file(file: &str, contents: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = write_in(folder.path(), file, contents);
    (folder, path)
}

/// A copy of the example `name` in `folder`, as `file`.
pub fn copy_example(folder: &Path, name: &str, file: &str) -> PathBuf {
    let path = folder.join(file);
    std::fs::copy(example_path(name), &path).unwrap();
    path
}

/// `workshop` saved in `folder` as `file`.
pub fn save_in(folder: &Path, file: &str, workshop: &Workshop) -> PathBuf {
    let path = folder.join(file);
    save_workshop(&path, workshop).unwrap();
    path
}

/// `contents` written to `folder` as `file`: a survey, a rules file, a broken workshop.
pub fn write_in(folder: &Path, file: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = folder.join(file);
    std::fs::write(&path, contents).unwrap();
    path
}

/// Whether the committed file at `path` holds `actual`. With the environment variable
/// `update` set (`UPDATE_GOLDEN=1`) it is written first, for a developer to read the diff.
pub fn committed_file_holds(path: &Path, actual: &str, update: &str) -> bool {
    if std::env::var_os(update).is_some() {
        std::fs::write(path, actual).unwrap();
    }
    std::fs::read_to_string(path).unwrap_or_default() == actual
}

/// Every Rust file below `dir`, in order.
pub fn rust_files_in(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    files
}

/// A workshop with nothing in it yet, dated 28 November 2026.
pub fn blank_workshop(title: &str) -> Workshop {
    Workshop::new(title, "2026-11-28".parse().unwrap())
}

/// How many responses count in the workshop file at `path`.
pub fn responses_in(path: &Path) -> usize {
    load_workshop(path).unwrap().responses.len()
}

/// Fails, naming `case`, unless `message` says `part`.
pub fn assert_says(case: &str, message: &str, part: &str) {
    assert!(message.contains(part), "{case}: `{part}` not in: {message}");
}

/// The first example's perception gap, 1.95 − 1.36 = +0.59, against the rule's +1.00.
pub fn gap_short_of_the_rule() -> Measurement {
    measurement(
        Scope::Overall,
        Metric::PerceptionGap,
        0.59,
        Comparison::AtLeast,
        1.0,
    )
}

/// A measured part of a rule, the sentence the room reads of it, and the sentence that says
/// how far it is from firing (each checked where given).
pub type Reads<'a> = (Measurement, Option<&'a str>, Option<&'a str>);

/// Fails unless each measurement reads as its case says, in `language`.
pub fn assert_reads(questionnaire: &Questionnaire, language: Language, cases: &[Reads<'_>]) {
    for (measurement, sentence, distance) in cases {
        if let Some(sentence) = sentence {
            assert_eq!(measurement.sentence(questionnaire, language), *sentence);
        }
        if let Some(distance) = distance {
            assert_eq!(
                measurement.distance_sentence(questionnaire, language),
                *distance
            );
        }
    }
}

/// One measured part of a rule: `value` against `threshold`, holding or not as `op` says.
pub fn measurement(
    scope: Scope,
    metric: Metric,
    value: f64,
    op: Comparison,
    threshold: f64,
) -> Measurement {
    Measurement {
        scope,
        metric,
        value: Some(value),
        op,
        threshold,
        holds: Some(op.holds(value, threshold)),
        negated: false,
    }
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

    // The example with `from` (the first after `after`) replaced by `to`: the error points
    // at the line of `from`.
    let edited = |name, after, from, to, message| BadFile {
        name,
        bytes: replace_after(&text, after, from, to).into_bytes(),
        message,
        line: Some(line_of(&text, after, from)),
    };
    files.push(edited(
        "wrong-type",
        "meta:",
        "title: \"Sales & Product alignment, Q1 2026\"",
        "title: 2026",
        "expected text in double quotes",
    ));
    files.push(edited(
        "rating-of-seven",
        "responses:",
        "\"personal\": 4",
        "\"personal\": 7",
        "a rating of 7 is outside the scale",
    ));
    files.push(edited(
        "floor-of-one",
        "settings:",
        "anonymity_floor: 3",
        "anonymity_floor: 1",
        "an anonymity floor of 1 is too low",
    ));
    files.push(edited(
        "unknown-statement",
        "responses:",
        "\"personal\": 4",
        "\"personel\": 4",
        "`personel` is not a statement of this workshop's questionnaire",
    ));
    // A hand edit that rates a statement twice: refused, not silently resolved.
    files.push(edited(
        "statement-rated-twice",
        "responses:",
        "\"personal\": 4",
        "\"personal\": 4, \"personal\": 2",
        "the statement `personal` is rated twice",
    ));

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

    files.push(edited(
        "unknown-field",
        "meta:",
        "facilitator:",
        "facilitatr:",
        "facilitatr",
    ));

    files
}

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
