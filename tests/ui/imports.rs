//! The survey import (issue 17): each tool's export, in the shape the tool writes it,
//! imports with the same metrics as the same answers in Tandem's own CSV; nothing that says
//! who answered or when reaches the workshop file; bad files are refused whole, with row,
//! column and value; the app's mapping step.

use crate::common;
use common::app::{App, app_on, click, go_to, mentions, send, shows};
use common::cli::{arg, assert_import_refused, tandem};
use common::{
    Q1, assert_says, blank_workshop, folder_with_example, folder_with_file, responses_in, save_in,
    write_in,
};

use std::path::{Path, PathBuf};

use common::survey_fixtures::{self as fx, metrics_of, sorted};
use tandem::domain::Questionnaire;
use tandem::import::{ColumnMapping, DropReason, ImportError, Imported, import_file};
use tandem::storage::load_workshop;
use tandem::ui::WorkshopCommand;

fn import(bytes: &[u8], name: &str) -> Result<Imported, ImportError> {
    import_mapped(bytes, name, &ColumnMapping::default())
}

fn import_mapped(
    bytes: &[u8],
    name: &str,
    mapping: &ColumnMapping,
) -> Result<Imported, ImportError> {
    import_file(
        bytes,
        Path::new(name),
        None,
        &Questionnaire::default_questionnaire(),
        mapping,
    )
}

/// Each tool's file: a name (its extension says CSV or workbook) and its bytes.
fn tool_files() -> Vec<(&'static str, Vec<u8>)> {
    let answers = fx::answers();
    vec![
        (
            "google-forms.csv",
            fx::google_forms_csv(&answers).into_bytes(),
        ),
        ("microsoft-forms.xlsx", fx::microsoft_forms_xlsx(&answers)),
        (
            "tidied-in-excel.xlsx",
            fx::xlsx(&[("Sheet1", fx::microsoft_forms_rows(&answers, true))]),
        ),
        ("typeform.csv", fx::typeform_csv(&answers).into_bytes()),
        (
            "surveymonkey.csv",
            fx::surveymonkey_csv(&answers).into_bytes(),
        ),
    ]
}

#[test]
fn each_tools_export_imports_with_the_same_metrics_as_tandems_own_csv() {
    let answers = fx::answers();
    let own = import(fx::tandem_csv(&answers).as_bytes(), "own.csv").unwrap();
    assert!(own.dropped.is_empty());
    let expected = metrics_of(own.responses.clone());
    // By hand from the fixture: sales rated `personal` 2, 4, 1, 5; product 2, skip, 3, 1.
    assert_eq!(expected.sales.respondents, 4);
    assert_eq!(expected.sales.mean("personal"), Some(3.0));
    assert_eq!(expected.product.mean("personal"), Some(2.0));
    assert_eq!(expected.product.relationship_counts, [1, 2, 1, 0]);
    assert_eq!(expected.overall.source_counts["roadmap_vs_quarter"], 2);
    assert_eq!(expected.overall.source_counts["incentives"], 1);
    for (name, bytes) in tool_files() {
        let imported = import(&bytes, name).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(
            sorted(imported.responses.clone()),
            sorted(own.responses.clone()),
            "{name}"
        );
        assert_eq!(metrics_of(imported.responses), expected, "{name}");
    }
}

#[test]
fn identity_and_time_columns_are_dropped_and_named_with_why() {
    let answers = fx::answers();
    let google = import(fx::google_forms_csv(&answers).as_bytes(), "g.csv").unwrap();
    let dropped: Vec<(&str, DropReason)> = google
        .dropped
        .iter()
        .map(|d| (d.header.as_str(), d.reason))
        .collect();
    assert_eq!(
        dropped,
        [
            ("Timestamp", DropReason::Time),
            ("Email Address", DropReason::Identity)
        ]
    );
    let monkey = import(fx::surveymonkey_csv(&answers).as_bytes(), "s.csv").unwrap();
    let headers: Vec<&str> = monkey.dropped.iter().map(|d| d.header.as_str()).collect();
    assert_eq!(headers, fx::SURVEYMONKEY_IDENTITY, "every identity column");
    let note =
        tandem::import::dropped_note(&google.dropped, tandem::i18n::Language::English).unwrap();
    assert_eq!(
        note,
        "Dropped 2 columns, never stored, to keep answers anonymous: `Timestamp` (says when someone answered), `Email Address` (could say who answered)."
    );
}

#[test]
fn the_workshop_file_holds_none_of_the_fixtures_timestamps_emails_or_names() {
    let folder = tempfile::tempdir().unwrap();
    let identifying = fx::identifying_strings(&fx::answers());
    for (name, bytes) in tool_files() {
        let file = write_in(folder.path(), name, &bytes);
        // The fixture does carry them, so the check below can fail.
        if name.ends_with(".csv") {
            let text = String::from_utf8(bytes.clone()).unwrap();
            let carried = identifying
                .iter()
                .filter(|n| text.contains(n.as_str()))
                .count();
            assert!(
                carried >= 8,
                "{name} carries only {carried} identifying strings"
            );
        }
        let out = folder.path().join(format!("{name}.ron"));
        let output = tandem([
            "import",
            arg(&file),
            "--new",
            "--title",
            "Before the workshop",
            "--out",
            arg(&out),
        ]);
        let said = &output.stdout;
        assert!(output.success(), "{name}: {}", output.stderr);
        assert!(said.contains("imported 8 responses"), "{name}: {said}");
        assert!(said.contains("Dropped"), "{name}: {said}");
        let stored = std::fs::read(&out).unwrap();
        let stored = String::from_utf8(stored).unwrap();
        for needle in &identifying {
            assert!(
                !stored.contains(needle.as_str()),
                "{name}: the workshop file holds {needle}"
            );
        }
        for part in ["Ada", "Lovelace", "example.com", "2026-11-02", "09:14"] {
            assert!(
                !stored.contains(part),
                "{name}: the workshop file holds {part}"
            );
        }
        assert_eq!(responses_in(&out), 8);
    }
}

/// A bad file: what the error says, and where.
struct Bad {
    name: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    args: Vec<&'static str>,
    row: Option<usize>,
    column: Option<String>,
    value: Option<&'static str>,
    says: &'static str,
}

fn bad_files() -> Vec<Bad> {
    let answers = fx::answers();
    let google = fx::google_forms_csv(&answers).replacen("Agree", "Somewhat agree", 1);
    // The first "Agree" of the file is the first respondent's answer to the first statement.
    let q = Questionnaire::default_questionnaire();
    let unknown_word_column = format!("{} [{}]", q.statements_prompt, q.statements[0].text);
    vec![
        Bad {
            name: "unknown answer word",
            file: "google.csv",
            bytes: google.into_bytes(),
            args: vec![],
            row: Some(2),
            column: Some(unknown_word_column),
            value: Some("Somewhat agree"),
            says: "is not an agreement answer: use Strongly disagree, Disagree, Neither agree nor disagree (or Neutral), Agree or Strongly agree, or 1 to 5",
        },
        Bad {
            name: "duplicate statement column",
            file: "twice.csv",
            bytes: b"function,relationship,trust,Trust\nsales,0,3,4\n".to_vec(),
            args: vec![],
            row: Some(1),
            column: Some(String::from("Trust")),
            value: None,
            says: "appears twice in the header",
        },
        Bad {
            name: "two columns match one statement",
            file: "both.csv",
            bytes: "Which team are you in?,relationship,trust,I trust the other team to act in the company’s best interest.\nSales,0,3,4\n".as_bytes().to_vec(),
            args: vec![],
            row: Some(1),
            column: Some(String::from("I trust the other team to act in the company’s best interest.")),
            value: None,
            says: "answers the statement `trust`, and so does column `trust`",
        },
        Bad {
            name: "an xlsx that is not a spreadsheet",
            file: "answers.xlsx",
            bytes: b"function,relationship\nsales,0\n".to_vec(),
            args: vec![],
            row: None,
            column: None,
            value: None,
            says: "is not an Excel workbook (.xlsx)",
        },
        Bad {
            name: "an empty sheet",
            file: "empty.xlsx",
            bytes: fx::xlsx(&[("Responses", Vec::new())]),
            args: vec![],
            row: Some(1),
            column: None,
            value: None,
            says: "the sheet \"Responses\" is empty",
        },
        Bad {
            name: "a mapped column with a wrong key",
            file: "mapped.csv",
            bytes: b"function,relationship,Department\nsales,0,Field sales\n".to_vec(),
            args: vec!["--map", "Department=department"],
            row: Some(1),
            column: Some(String::from("Department")),
            value: Some("department"),
            says: "is not a key Tandem knows: use function, relationship, sources",
        },
        Bad {
            name: "an unknown column",
            file: "unknown.csv",
            bytes: b"function,relationship,Department\nsales,0,Field sales\n".to_vec(),
            args: vec![],
            row: Some(1),
            column: Some(String::from("Department")),
            value: None,
            says: "`Department` is not a question of the questionnaire; say what it is with --map \"Header=key\" or --ignore \"Header\"",
        },
        Bad {
            name: "a wrong checkbox answer",
            file: "typeform.csv",
            bytes: fx::typeform_csv(&answers)
                .lines()
                .enumerate()
                .map(|(i, line)| {
                    let line = if i == 1 { line.replace("Roadmap vs quarterly targets", "Roadmap") } else { line.to_owned() };
                    format!("{line}\n")
                })
                .collect::<String>()
                .into_bytes(),
            args: vec![],
            row: Some(2),
            column: Some(String::from("Roadmap vs quarterly targets")),
            value: Some("Roadmap"),
            says: "is not an answer for this checkbox: leave it empty, or write its label \"Roadmap vs quarterly targets\"",
        },
    ]
}

#[test]
fn bad_files_are_refused_whole_with_row_column_and_value() {
    let (folder, target) = folder_with_example(Q1, "q1.ron");
    for bad in bad_files() {
        let maps: Vec<String> = bad
            .args
            .chunks(2)
            .filter(|a| a[0] == "--map")
            .map(|a| a[1].to_owned())
            .collect();
        let mapping = ColumnMapping::from_arguments(&maps, &[]).unwrap();
        let error = import_mapped(&bad.bytes, bad.file, &mapping).expect_err(bad.name);
        let message = error.to_string();
        assert_says(bad.name, &message, bad.says);
        assert_eq!(error.row, bad.row, "{}: {message}", bad.name);
        assert_eq!(error.column, bad.column, "{}: {message}", bad.name);
        assert_eq!(error.value.as_deref(), bad.value, "{}: {message}", bad.name);

        let file = write_in(folder.path(), bad.file, &bad.bytes);
        assert_import_refused(bad.name, &file, &target, &bad.args, bad.says);
    }
}

#[test]
fn map_and_ignore_place_unknown_columns_from_the_command_line() {
    let (folder, file) = folder_with_file(
        "answers.csv",
        "Which team are you in?,relationship,Department,How much do we trust them?\nSales,Mostly aligned,Field sales,Agree\nProduct,1,Platform,Strongly disagree\n",
    );
    let out = folder.path().join("w.ron");
    tandem([
        "import",
        arg(&file),
        "--new",
        "--title",
        "T",
        "--out",
        arg(&out),
        "--ignore",
        "department",
        "--map",
        "How much do we trust them?=trust",
    ])
    .printed();
    let workshop = load_workshop(&out).unwrap();
    let ratings: Vec<u8> = workshop
        .responses
        .iter()
        .map(|response| response.ratings.get("trust").unwrap().value())
        .collect();
    let mut ratings = ratings;
    ratings.sort_unstable();
    assert_eq!(ratings, [1, 4]);
    assert!(!std::fs::read_to_string(&out).unwrap().contains("Platform"));
}

#[test]
fn a_named_sheet_is_read_and_a_missing_one_is_named_with_the_sheets_there_are() {
    let answers = fx::answers();
    let workbook = fx::xlsx(&[
        (
            "Notes",
            vec![vec![fx::Cell::Text(String::from("Survey of November"))]],
        ),
        ("Form1", fx::microsoft_forms_rows(&answers, false)),
    ]);
    let q = Questionnaire::default_questionnaire();
    let read = |sheet| {
        import_file(
            &workbook,
            Path::new("f.xlsx"),
            sheet,
            &q,
            &ColumnMapping::default(),
        )
    };
    assert_eq!(read(Some("Form1")).unwrap().responses.len(), 8);
    let first = read(None).unwrap_err();
    assert_eq!(first.unknown_columns, ["Survey of November"]);
    let missing = read(Some("Sheet1")).unwrap_err().to_string();
    assert!(
        missing.contains("no sheet \"Sheet1\"; its sheets are \"Notes\", \"Form1\""),
        "{missing}"
    );
}

#[test]
fn questionnaire_prints_every_question_with_its_options_in_order() {
    let text = tandem(["questionnaire"]).printed();
    assert!(text.starts_with("1. Which team are you in?\n   (Multiple choice, required)\n   - Sales\n   - Product\n\n2. How would you describe"), "{text}");
    assert!(text.contains("3. We openly disagree about priorities, scope and timing.\n   (Multiple choice)\n   - Strongly disagree\n   - Disagree\n   - Neither agree nor disagree\n   - Agree\n   - Strongly agree\n"), "{text}");
    assert!(
        text.contains("15. What works well that we should keep?\n   (Paragraph)\n"),
        "{text}"
    );

    let csv_text = tandem(["questionnaire", "--format", "csv"]).stdout;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 15);
    assert_eq!(
        &rows[12][0],
        "Where does friction between sales and product come from? Pick any number."
    );
    assert_eq!(&rows[12][1], "Checkboxes");
    assert_eq!(rows[12].len(), 3 + 8);

    // A survey built from those words imports with no mapping: its headers are the questions.
    let headers: Vec<&str> = rows.iter().map(|row| &row[0]).collect();
    let header_line = csv_of_one(&headers);
    let mut answer = vec!["Product", "Constant state of friction"];
    answer.extend(["Agree"; 10]);
    answer.extend(["Pricing and packaging", "", ""]);
    let text = format!("{header_line}{}", csv_of_one(&answer));
    let imported = import(text.as_bytes(), "built.csv").unwrap();
    assert_eq!(imported.responses.len(), 1);
    assert!(imported.responses[0].sources.contains("pricing"));
}

fn csv_of_one(fields: &[&str]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(fields).unwrap();
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

fn harness(folder: &Path, open: PathBuf) -> App {
    app_on(folder).size(1280.0, 900.0).opening(open).start()
}

#[test]
fn a_file_with_one_unknown_column_shows_the_mapping_step_and_ignore_imports_the_rest() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "q4.ron", &blank_workshop("Q4"));
    // One column no questionnaire asks: "Department".
    let text: String = fx::google_forms_csv(&fx::answers())
        .lines()
        .enumerate()
        .map(|(i, line)| format!("{line},{}\n", if i == 0 { "Department" } else { "Field" }))
        .collect();
    let survey = write_in(folder.path(), "survey.csv", text);
    let mut harness = harness(folder.path(), path.clone());

    send(&mut harness, WorkshopCommand::ImportCsv(survey.clone()));
    assert!(shows(&harness, "Which question does each column answer?"));
    assert_eq!(responses_in(&path), 0, "nothing before the choice");
    // The file already answers every question: only "ignore" is left, and the step says why.
    assert!(mentions(&harness, "can only be ignored"));
    crate::import_mapping::choose(&mut harness, "Department", "Ignore this column");
    click(&mut harness, "Import");
    assert!(!shows(&harness, "Which question does each column answer?"));
    assert!(mentions(&harness, "Imported 8 responses"));
    assert!(mentions(&harness, "Dropped 2 columns"));
    assert_eq!(responses_in(&path), 8);
    let stored = std::fs::read_to_string(&path).unwrap();
    assert!(!stored.contains("Field"));

    // Remembered for files with the same headers: the next one imports without asking.
    let remembered = std::fs::read_to_string(folder.path().join("import-mappings.json")).unwrap();
    assert!(remembered.contains("Department"), "{remembered}");
    // The same rows a second time are a decision: the app asks, and "Don't import" keeps
    // the file as it was.
    send(&mut harness, WorkshopCommand::ImportCsv(survey.clone()));
    assert!(!shows(&harness, "Which question does each column answer?"));
    assert!(shows(&harness, "These rows were imported before"));
    assert!(mentions(
        &harness,
        "holds the same rows (8 answers) as an earlier import"
    ));
    let before = std::fs::read(&path).unwrap();
    click(&mut harness, "Don't import");
    assert!(!shows(&harness, "These rows were imported before"));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    send(&mut harness, WorkshopCommand::ImportCsv(survey));
    click(&mut harness, "Import them again");
    assert_eq!(responses_in(&path), 16);
    // Undone while it is the last change: exactly those answers go, in the file too.
    go_to(&mut harness, tandem::domain::Stage::Capture);
    click(&mut harness, "Undo the import of survey.csv (8 answers)");
    assert!(mentions(&harness, "Took the import of"));
    assert_eq!(responses_in(&path), 8);
    let workshop = tandem::storage::load_workshop(&path).unwrap();
    assert_eq!(
        workshop.imports.len(),
        1,
        "the undone import is forgotten too"
    );
    assert!(!shows(
        &harness,
        "Undo the import of survey.csv (8 answers)"
    ));
}

#[test]
fn number_date_and_text_cells_read_as_text() {
    let workbook = fx::xlsx(&[(
        "Sheet1",
        vec![
            vec![
                fx::Cell::Text(String::from("Completion time")),
                fx::Cell::Text(String::from("trust")),
                fx::Cell::Text(String::from("function")),
                fx::Cell::Text(String::from("Day")),
            ],
            vec![
                fx::Cell::Date(fx::serial_date("2026-11-02 09:14:03")),
                fx::Cell::Number(4.0),
                fx::Cell::Text(String::from("Sales")),
                fx::Cell::Date(fx::serial_date("2026-11-02 00:00:00")),
            ],
        ],
    )]);
    let table = tandem::import::read_table(&workbook, Path::new("f.xlsx"), None).unwrap();
    assert_eq!(table.rows[0].number, 2);
    assert_eq!(
        table.rows[0].cells,
        ["2026-11-02 09:14:03", "4", "Sales", "2026-11-02"]
    );
}

#[test]
fn the_mapping_step_offers_only_questions_the_file_does_not_answer_yet() {
    let questionnaire = Questionnaire::default_questionnaire();
    let headers: Vec<String> = [
        "Timestamp",
        "function",
        "relationship",
        "I trust the other team to act in the company's best interest.",
        "What causes the most friction?",
        "Department",
    ]
    .map(String::from)
    .to_vec();
    let answered = tandem::import::answered_columns(&headers, &questionnaire);
    let offered = tandem::import::offered_columns(&questionnaire, &answered);
    let offered: Vec<&str> = offered.iter().filter_map(|column| column.key()).collect();
    let mut expected = vec!["task_debate", "personal", "who_decides", "resolution"];
    expected.extend(["horizons", "voice", "incentives", "raised_early"]);
    expected.extend(["better_decisions", "sources", "works_well_comment"]);
    assert_eq!(offered, expected);
}

/// A `SurveyMonkey` export saved by Excel on Windows: the app imports it and says it was read
/// as Windows-1252, asking the facilitator to check the accented letters.
#[test]
fn the_app_says_which_encoding_a_survey_was_read_in() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "q4.ron", &blank_workshop("Q4"));
    let shape = common::wild_tool_exports::surveymonkey_2017();
    let survey = write_in(folder.path(), shape.file, &shape.bytes);
    let mut harness = harness(folder.path(), path.clone());
    send(&mut harness, WorkshopCommand::ImportCsv(survey));
    assert!(mentions(&harness, "Imported 8 responses"));
    assert!(mentions(
        &harness,
        "The file is not UTF-8, so it was read as Windows-1252"
    ));
    let stored = std::fs::read_to_string(&path).unwrap();
    assert!(stored.contains("café – talk"), "the comment as written");
}
