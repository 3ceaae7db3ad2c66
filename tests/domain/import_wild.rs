//! Issue 28: survey exports as they arrive in the wild. Each shape (`common::wild_surveys`)
//! imports with the same answers and metrics as Tandem's own CSV of the same answers, says
//! which encoding it was read in, names every column it dropped, and no identity or time
//! value of the file reaches the workshop file. Where reading would be a guess, the file is
//! refused with its row, column and what to do.

use std::path::Path;

use crate::common::survey_bytes::{LineEnd, Stored, bytes_of, file_of};
use crate::common::survey_fixtures::{self as fx, metrics_of, sorted};
use crate::common::wild_surveys::{self as wild, CAFE, Google, Shape};
use crate::common::wild_tool_exports as tools;
use crate::common::{blank_workshop, save_in};
use tandem::domain::{Questionnaire, Response};
use tandem::import::{ColumnMapping, ImportError, Imported, TextEncoding, import_file, read_table};

fn import(bytes: &[u8], file: &str) -> Result<Imported, ImportError> {
    import_file(
        bytes,
        Path::new(file),
        None,
        &Questionnaire::default_questionnaire(),
        &ColumnMapping::default(),
    )
}

/// The same answers in Tandem's own CSV, imported.
fn own() -> Vec<Response> {
    let own = import(fx::tandem_csv(&wild::wild_answers()).as_bytes(), "own.csv").unwrap();
    assert!(own.dropped.is_empty());
    own.responses
}

/// Everything issue 28 asks of one shape.
fn imports_like_tandems_own_csv(shape: &Shape) {
    let name = shape.name;
    let imported =
        import(&shape.bytes, shape.file).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(sorted(imported.responses.clone()), sorted(own()), "{name}");
    assert_eq!(
        metrics_of(imported.responses.clone()),
        metrics_of(own()),
        "{name}"
    );
    assert!(
        imported
            .responses
            .iter()
            .any(|r| r.friction_comment.as_deref() == Some(CAFE)),
        "{name}: the comment {CAFE} arrives as written"
    );
    assert_eq!(imported.read_as, shape.encoding, "{name}");
    let dropped: Vec<&str> = imported.dropped.iter().map(|d| d.header.as_str()).collect();
    assert_eq!(dropped, shape.dropped, "{name}: every dropped column named");
    holds_no_identity(shape, imported.responses);
}

/// The file carries each identifying value (so the check can fail); the workshop file
/// holds none.
fn holds_no_identity(shape: &Shape, responses: Vec<Response>) {
    let name = shape.name;
    let table = read_table(&shape.bytes, Path::new(shape.file), None).unwrap();
    assert!(
        shape.identifying.len() >= 8,
        "{name}: {:?}",
        shape.identifying
    );
    for value in &shape.identifying {
        assert!(
            table
                .rows
                .iter()
                .any(|row| row.cells.iter().any(|cell| cell == value)),
            "{name}: the fixture does not carry {value}"
        );
    }
    let folder = tempfile::tempdir().unwrap();
    let mut workshop = blank_workshop("Before the workshop");
    workshop.submit(responses).unwrap();
    let stored = std::fs::read_to_string(save_in(folder.path(), "w.ron", &workshop)).unwrap();
    for value in &shape.identifying {
        assert!(
            !stored.contains(value.as_str()),
            "{name}: the workshop file holds {value}"
        );
    }
}

macro_rules! shapes {
    ($($test:ident => $shape:expr,)*) => {
        $(
            #[test]
            fn $test() {
                imports_like_tandems_own_csv(&$shape);
            }
        )*
    };
}

shapes! {
    google_forms_english_with_username => wild::google_forms(Google::English),
    google_forms_spanish_with_a_no_break_space_in_its_timestamps => wild::google_forms(Google::Spanish),
    google_forms_german => wild::google_forms(Google::German),
    google_forms_french => wild::google_forms(Google::French),
    google_forms_portuguese => wild::google_forms(Google::Portuguese),
    google_forms_italian => wild::google_forms(Google::Italian),
    google_forms_dutch => wild::google_forms(Google::Dutch),
    google_forms_with_a_deleted_questions_empty_unnamed_column => wild::google_forms_deleted_question(),
    typeform_with_its_metadata_and_markup_in_titles => tools::typeform(),
    surveymonkey_2017_in_windows_1252_with_cr_line_ends_and_nul_cells => tools::surveymonkey_2017(),
    surveymonkey_in_utf16_be => tools::surveymonkey_utf16_be(),
    excel_unicode_text_utf16_le_with_tabs => wild::excel_resaved(Stored::Utf16LeBom),
    excel_csv_utf8_with_semicolons => wild::excel_resaved(Stored::Utf8Bom),
    excel_csv_windows_1252_with_semicolons => wild::excel_resaved(Stored::Windows1252),
    microsoft_forms_anonymous_with_id => tools::microsoft_forms(true),
    microsoft_forms_german => tools::microsoft_forms(false),
}

#[test]
fn spanish_timestamps_carry_a_no_break_space_as_google_writes_them() {
    assert_eq!(
        Google::Spanish.timestamp("2022-02-13 22:26:52"),
        "2022/02/13 10:26:52 p.\u{a0}m. GMT-3"
    );
}

/// What a refused file must say: the row, the column and a fragment of what to do.
fn refused(bytes: &[u8], row: usize, column: Option<&str>, says: &str) {
    let error = import(bytes, "survey.csv").expect_err(says);
    let message = error.to_string();
    assert_eq!(error.row, Some(row), "{message}");
    assert_eq!(error.column.as_deref(), column, "{message}");
    assert!(message.contains(says), "`{says}` not in: {message}");
}

#[test]
fn utf8_that_breaks_off_midway_is_refused_where_it_breaks() {
    // The seventh respondent (row 8) wrote "Dates slïp" in Windows-1252, the rest is UTF-8.
    let text = fx::tandem_csv(&wild::wild_answers());
    let at = text.find("Dates slip").unwrap() + "Dates sl".len();
    let mut bytes = text.into_bytes();
    bytes[at] = 0xEF;
    refused(
        &bytes,
        8,
        Some("friction_comment"),
        "row 8, column `friction_comment`: the text is UTF-8 up to here, then has bytes that are not, so Tandem does not guess what they are; save the file again as \"CSV UTF-8\"",
    );
}

#[test]
fn bytes_no_text_in_windows_1252_holds_are_refused_where_they_are() {
    refused(
        b"function,relationship,friction_comment\nsales,0,ok\nproduct,1,caf\xE9 \x81\n",
        3,
        Some("friction_comment"),
        "byte 0x81 is no letter in Windows-1252 or UTF-8",
    );
    refused(
        b"function,relationship\r\nsales,\xE9\x02\r\n",
        2,
        Some("relationship"),
        "byte 0x02 is a control character that no text holds",
    );
    let mut rng = tandem::domain::SplitMix64::new(28);
    let random: Vec<u8> = (0..4096).map(|_| rng.next_u64().to_le_bytes()[0]).collect();
    let error = import(&random, "random.csv").unwrap_err();
    assert!(error.row.is_some(), "{error}");
    assert!(error.to_string().contains("\"CSV UTF-8\""), "{error}");
}

#[test]
fn utf16_without_its_bom_or_with_half_a_character_is_refused() {
    let text = fx::tandem_csv(&wild::wild_answers());
    let without_bom: Vec<u8> = bytes_of(&text, Stored::Utf16LeBom)[2..].to_vec();
    refused(&without_bom, 1, None, "without the byte order mark");

    let mut broken = bytes_of(&text, Stored::Utf16BeBom);
    let comment: Vec<u8> = "Joint demos"
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    let at = broken
        .windows(comment.len())
        .position(|w| w == comment)
        .unwrap();
    broken.splice(at..at, [0xDC, 0x00]); // a low surrogate with no high one before it
    refused(
        &broken,
        7,
        Some("works_well_comment"),
        "the UTF-16 BE text breaks off here with half a character",
    );
}

#[test]
fn an_excel_97_workbook_is_refused_with_what_to_do() {
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.resize(512, 0);
    let error = import(&xls, "answers.xls").unwrap_err();
    assert_eq!(
        error.to_string(),
        "the file is an Excel 97–2003 workbook (.xls), which Tandem does not read; save it as an Excel workbook (.xlsx) or as \"CSV UTF-8\""
    );
}

#[test]
fn rows_of_a_file_with_bare_cr_line_ends_are_counted_as_the_file_shows_them() {
    // SurveyMonkey 2017: two header rows, so the second respondent is on row 4.
    let shape = tools::surveymonkey_2017();
    let text = encoding_rs::WINDOWS_1252
        .decode(&shape.bytes)
        .0
        .into_owned();
    assert!(!text.contains('\n'), "bare CR line ends");
    let at = text
        .match_indices("Lacking alignment, significant friction")
        .next()
        .unwrap()
        .0;
    let bad = format!(
        "{}Lacking alignment, big friction{}",
        &text[..at],
        &text[at + "Lacking alignment, significant friction".len()..]
    );
    let error = import(&bytes_of(&bad, Stored::Windows1252), "sm.csv").unwrap_err();
    assert_eq!(error.row, Some(4), "{error}");
    assert_eq!(
        error.value.as_deref(),
        Some("Lacking alignment, big friction")
    );
}

#[test]
fn the_separator_is_the_one_that_splits_every_row_like_the_header() {
    // Titles whose commas outnumber the semicolons between the columns.
    let row = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    let rows = vec![
        row(&[
            "function",
            "relationship",
            "We openly disagree about priorities, scope and timing.",
            "Disagreements between our teams get personal: blame, frustration, distrust.",
        ]),
        row(&["sales", "1", "4", "2"]),
        row(&["product", "0", "3", ""]),
    ];
    let imported = import(
        &file_of(&rows, b';', LineEnd::CrLf, Stored::Windows1252),
        "semi.csv",
    )
    .unwrap();
    assert_eq!(imported.responses.len(), 2);
    assert_eq!(
        imported.read_as,
        Some(TextEncoding::Utf8),
        "ASCII is UTF-8 too"
    );
}

#[test]
fn the_encoding_read_is_said_and_a_guess_asks_for_a_look() {
    let english = tandem::i18n::Language::English;
    let notes =
        |shape: &Shape| tandem::import::notes(&import(&shape.bytes, shape.file).unwrap(), english);
    let typeform = notes(&tools::typeform());
    assert_eq!(typeform.len(), 2, "{typeform:?}");
    assert!(
        typeform[0]
            .contains("`Response Type` (the survey tool's record of the response, not an answer)"),
        "{typeform:?}"
    );
    assert_eq!(typeform[1], "Read as UTF-8 text.");
    assert_eq!(
        notes(&wild::excel_resaved(Stored::Utf16LeBom))[1],
        "Read as UTF-16 LE text."
    );
    assert_eq!(
        notes(&tools::surveymonkey_2017())[1],
        "The file is not UTF-8, so it was read as Windows-1252 (Excel's CSV on Windows): check that accented letters in the comments came through as written."
    );
    assert_eq!(
        notes(&tools::microsoft_forms(true)).len(),
        1,
        "a workbook has no encoding to say"
    );
}

#[test]
fn no_damage_to_any_shape_makes_the_import_panic() {
    let shapes = [
        tools::surveymonkey_2017(),
        tools::surveymonkey_utf16_be(),
        wild::excel_resaved(Stored::Utf16LeBom),
        tools::typeform(),
    ];
    let mut rng = tandem::domain::SplitMix64::new(2028);
    for shape in &shapes {
        for _ in 0..150 {
            let mut bytes = shape.bytes.clone();
            for _ in 0..=rng.next_u64() % 4 {
                let at = usize::try_from(rng.next_u64()).unwrap() % bytes.len();
                bytes[at] = rng.next_u64().to_le_bytes()[0];
            }
            let cut = usize::try_from(rng.next_u64()).unwrap() % (bytes.len() + 1);
            bytes.truncate(cut.max(bytes.len() / 2));
            // Read or refused, never a panic; a refusal says where or what.
            if let Err(error) = import(&bytes, shape.file) {
                assert!(!error.to_string().is_empty());
            }
        }
    }
}
