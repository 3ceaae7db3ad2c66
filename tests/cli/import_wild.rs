//! Issue 28 on the command line: `tandem import` takes each survey shape found in the wild
//! (`common::wild_surveys`), says how many answers, which columns it dropped and which
//! encoding it read, and writes a workshop file holding no identity or time value of the
//! survey. A file it will not read without guessing changes nothing.

use crate::common::cli::{arg, assert_import_refused, tandem};
use crate::common::survey_bytes::{Stored, bytes_of};
use crate::common::survey_fixtures as fx;
use crate::common::wild_surveys::{self as wild, CAFE, Google, Shape};
use crate::common::wild_tool_exports as tools;
use crate::common::{Q1, folder_with_example, write_in};
use tandem::import::TextEncoding;
use tandem::storage::load_workshop;

/// `tandem import SHAPE --new …`, and what it printed and wrote.
fn imports_and_says_what_it_read(shape: &Shape) {
    let name = shape.name;
    let folder = tempfile::tempdir().unwrap();
    let file = write_in(folder.path(), shape.file, &shape.bytes);
    let out = folder.path().join("before.ron");
    let args = [
        "import",
        arg(&file),
        "--new",
        "--title",
        "Before",
        "--out",
        arg(&out),
    ];
    let said = tandem(args).printed();
    assert!(said.contains("imported 8 responses"), "{name}: {said}");
    let dropped = format!("Dropped {} columns", shape.dropped.len());
    assert!(said.contains(&dropped), "{name}: {said}");
    for header in &shape.dropped {
        assert!(
            said.contains(&format!("`{header}`")),
            "{name}: {header} not named in {said}"
        );
    }
    let read = match shape.encoding {
        Some(TextEncoding::Windows1252) => String::from("it was read as Windows-1252"),
        Some(encoding) => format!("Read as {} text.", encoding.name()),
        None => String::from("imported"),
    };
    assert!(said.contains(&read), "{name}: `{read}` not in {said}");

    let stored = std::fs::read_to_string(&out).unwrap();
    for value in &shape.identifying {
        assert!(
            !stored.contains(value.as_str()),
            "{name}: the workshop file holds {value}"
        );
    }
    let workshop = load_workshop(&out).unwrap();
    assert!(
        workshop
            .responses
            .iter()
            .any(|r| r.friction_comment.as_deref() == Some(CAFE)),
        "{name}: {CAFE} arrives as written"
    );
}

macro_rules! shapes {
    ($($test:ident => $shape:expr,)*) => {
        $(
            #[test]
            fn $test() {
                imports_and_says_what_it_read(&$shape);
            }
        )*
    };
}

shapes! {
    google_forms_english_with_username => wild::google_forms(Google::English),
    google_forms_spanish => wild::google_forms(Google::Spanish),
    google_forms_german => wild::google_forms(Google::German),
    google_forms_french => wild::google_forms(Google::French),
    google_forms_portuguese => wild::google_forms(Google::Portuguese),
    google_forms_italian => wild::google_forms(Google::Italian),
    google_forms_dutch => wild::google_forms(Google::Dutch),
    google_forms_with_a_deleted_question => wild::google_forms_deleted_question(),
    typeform_with_its_metadata => tools::typeform(),
    surveymonkey_2017_windows_1252_cr => tools::surveymonkey_2017(),
    surveymonkey_utf16_be => tools::surveymonkey_utf16_be(),
    excel_unicode_text => wild::excel_resaved(Stored::Utf16LeBom),
    excel_csv_utf8_semicolons => wild::excel_resaved(Stored::Utf8Bom),
    excel_csv_windows_1252_semicolons => wild::excel_resaved(Stored::Windows1252),
    microsoft_forms_anonymous => tools::microsoft_forms(true),
    microsoft_forms_german => tools::microsoft_forms(false),
}

#[test]
fn files_read_only_by_guessing_are_refused_and_the_workshop_is_left_as_it_was() {
    let (folder, target) = folder_with_example(Q1, "q1.ron");
    let text = fx::tandem_csv(&wild::wild_answers());
    let mut broken = text.clone().into_bytes();
    let at = text.find("Dates slip").unwrap();
    broken[at] = 0xC4;
    let cases = [
        (
            "broken UTF-8",
            broken,
            "row 8, column `friction_comment`: the text is UTF-8 up to here",
        ),
        (
            "UTF-16 without its BOM",
            bytes_of(&text, Stored::Utf16LeBom)[2..].to_vec(),
            "row 1: the file looks like UTF-16 text without the byte order mark",
        ),
    ];
    for (case, bytes, says) in cases {
        let file = write_in(folder.path(), "survey.csv", bytes);
        assert_import_refused(case, &file, &target, &[], says);
    }
}
