//! Import and file errors in the language of the app or the command line: the row, the
//! column and the value stay as the file wrote them, the words around them are translated.

use crate::common;
use common::app::{App, app_on, click, home, mentions, send};
use common::cli::{arg, tandem_on_a_system_in};
use common::{blank_workshop, folder_with_file, save_in, write_in};

use std::path::Path;

use egui_kittest::kittest::Queryable as _;
use tandem::domain::Questionnaire;
use tandem::i18n::Language;
use tandem::import::{ColumnMapping, ImportError, Imported, dropped_note, import_file};
use tandem::ui::{AppCommand, WorkshopCommand};

fn import(text: &str) -> Result<Imported, ImportError> {
    import_file(
        text.as_bytes(),
        Path::new("survey.csv"),
        None,
        &Questionnaire::default_questionnaire(),
        &ColumnMapping::default(),
    )
}

#[test]
fn an_agreement_answer_the_import_cannot_read_in_german() {
    let error = import("function,relationship,trust\nsales,0,Somewhat agree\n").unwrap_err();
    assert_eq!(
        error.describe(Language::German),
        "Zeile 2, Spalte `trust`: „Somewhat agree“ ist keine Antwort auf einer Zustimmungsskala: \
         verwenden Sie Strongly disagree, Disagree, Neither agree nor disagree (oder Neutral), \
         Agree oder Strongly agree oder 1 bis 5; zum Überspringen leer lassen oder Skip, \
         Don't know oder N/A schreiben"
    );
    // English stays as it was, for the logs and the command line in English.
    assert_eq!(
        error.to_string(),
        "row 2, column `trust`: \"Somewhat agree\" is not an agreement answer: use Strongly \
         disagree, Disagree, Neither agree nor disagree (or Neutral), Agree or Strongly agree, \
         or 1 to 5; leave it empty, or write Skip, Don't know or N/A, to skip"
    );
}

#[test]
fn a_team_the_import_cannot_read_in_french_with_no_break_spaces() {
    let error = import("function,relationship\nsales,0\nMarketing,1\n").unwrap_err();
    assert_eq!(
        error.describe(Language::French),
        "ligne 3, colonne `function`\u{a0}: «\u{a0}Marketing\u{a0}» n’est pas une équipe\u{a0}: \
         utilisez Sales ou Product (majuscules ou minuscules)"
    );
}

#[test]
fn a_column_answering_a_question_twice_names_the_question_in_german() {
    let error = import("function,relationship,trust,Trust \nsales,0,4,4\n").unwrap_err();
    assert_eq!(
        error.describe(Language::German),
        "Zeile 1, Spalte `Trust `: steht zweimal in der Kopfzeile"
    );
    let error = import(
        "function,relationship,trust,\"I trust the other team to act in the company's best interest\"\nsales,0,4,4\n",
    )
    .unwrap_err();
    assert_eq!(
        error.describe(Language::German),
        "Zeile 1, Spalte `I trust the other team to act in the company's best interest`: \
         beantwortet die Aussage `trust`, ebenso wie Spalte `trust`; behalten Sie eine oder \
         ignorieren Sie eine mit --ignore"
    );
}

#[test]
fn the_dropped_columns_note_in_spanish() {
    let imported =
        import("Timestamp,Email Address,function,relationship\n2026-01-05,a@b.c,sales,0\n")
            .unwrap();
    assert_eq!(imported.responses.len(), 1);
    assert_eq!(
        dropped_note(&imported.dropped, Language::Spanish).unwrap(),
        "Se descartaron 2 columnas, nunca guardadas, para mantener anónimas las respuestas: \
         `Timestamp` (dice cuándo respondió alguien), `Email Address` (podría decir quién \
         respondió)."
    );
    let one = import("Timestamp,function,relationship\n2026-01-05,sales,0\n").unwrap();
    assert_eq!(
        dropped_note(&one.dropped, Language::Spanish).unwrap(),
        "Se descartó 1 columna, nunca guardada, para mantener anónimas las respuestas: \
         `Timestamp` (dice cuándo respondió alguien)."
    );
}

#[test]
fn tandem_check_says_a_file_error_in_the_systems_language() {
    let (_folder, path) = folder_with_file("neu.tandem", "(format_version: 99, workshop: ())");
    let output = tandem_on_a_system_in("de_DE.UTF-8", ["check", arg(&path)]);
    assert!(!output.success());
    assert_eq!(
        output.stderr,
        format!(
            "error: {}: Dieser Workshop wurde von einer neueren Version von Tandem geschrieben \
             (Dateiformat 99); diese Version liest Formate bis {}. Aktualisieren Sie Tandem, um \
             ihn zu öffnen; die Datei bleibt unverändert.\n",
            path.display(),
            tandem::storage::FORMAT_VERSION
        )
    );
}

#[test]
fn tandem_import_refuses_in_the_systems_language() {
    let (folder, survey) =
        folder_with_file("umfrage.csv", "function,relationship\nsales,0\nsales,7\n");
    let out = folder.path().join("neu.tandem");
    let output = import_new_on_a_system_in("de_DE.UTF-8", &survey, &out);
    assert!(!output.success());
    let said = &output.stderr;
    let labels = Questionnaire::default_questionnaire();
    let labels: Vec<String> = tandem::domain::Relationship::ALL
        .into_iter()
        .map(|answer| format!("\"{}\"", labels.relationship_label(answer)))
        .collect();
    assert!(
        said.contains(&format!(
            "{}: Zeile 3, Spalte `relationship`: „7“ ist keine Antwort zur Beziehung: verwenden \
             Sie {}, deren Schlüssel oder 0 bis 3; es wurde nichts importiert",
            survey.display(),
            labels.join(", ")
        )),
        "{said}"
    );
    assert!(!out.exists());
}

/// Every message id the import and the storage errors name exists in English (the
/// translations test then finds it in every language).
#[test]
fn every_error_message_id_exists() {
    let english = include_str!("../../assets/translations/en.ftl");
    let mut sources = Vec::new();
    for folder in ["src/import", "src/storage"] {
        for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(folder)).unwrap()
        {
            sources.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
    }
    let mut found = 0;
    for source in &sources {
        for prefix in ["\"import-error-", "\"file-error-"] {
            for (at, _) in source.match_indices(prefix) {
                let rest = &source[at + 1..];
                let id = &rest[..rest.find('"').unwrap()];
                found += 1;
                assert!(
                    english
                        .lines()
                        .any(|line| line.starts_with(&format!("{id} ="))),
                    "{id} is not in en.ftl"
                );
            }
        }
    }
    assert!(found > 40, "only {found} ids found");
}

#[test]
fn tandem_import_reports_in_the_systems_language() {
    let (folder, survey) = folder_with_file(
        "encuesta.csv",
        "Timestamp,function,relationship\n2026-01-05,sales,0\n2026-01-05,product,1\n",
    );
    let out = folder.path().join("nuevo.tandem");
    let output = import_new_on_a_system_in("es_ES.UTF-8", &survey, &out);
    assert!(output.success(), "{output:?}");
    let said = &output.stdout;
    assert!(
        said.starts_with(&format!(
            "se importaron 2 respuestas en {} (ahora 1 de Ventas, 1 de Producto)\nSe descartó 1 \
             columna, nunca guardada, para mantener anónimas las respuestas: `Timestamp` (dice \
             cuándo respondió alguien).",
            out.display()
        )),
        "{said}"
    );
}

/// `tandem import SURVEY --new --title T --out OUT` on a system set to `lang`.
fn import_new_on_a_system_in(lang: &str, survey: &Path, out: &Path) -> common::cli::Ran {
    let args = [
        "import",
        arg(survey),
        "--new",
        "--title",
        "T",
        "--out",
        arg(out),
    ];
    tandem_on_a_system_in(lang, args)
}

/// The app open on an empty workshop, "Q4", in a folder of its own.
fn app_on_a_new_workshop(folder: &Path) -> App {
    let path = save_in(folder, "q4.ron", &blank_workshop("Q4"));
    app_on(folder).size(1280.0, 900.0).opening(path).start()
}

#[test]
fn the_apps_import_notice_speaks_the_apps_language() {
    let (folder, survey) = folder_with_file(
        "umfrage.csv",
        "function,relationship,trust\nsales,0,Somewhat agree\n",
    );
    let mut harness = app_on_a_new_workshop(folder.path());
    send(&mut harness, AppCommand::SetLanguage(Language::German));
    send(&mut harness, WorkshopCommand::ImportCsv(survey.clone()));
    assert!(mentions(
        &harness,
        &format!(
            "{}: Zeile 2, Spalte `trust`: „Somewhat agree“ ist keine Antwort auf einer \
                 Zustimmungsskala: verwenden Sie Strongly disagree,",
            survey.display()
        )
    ));
}

#[test]
fn the_apps_notice_for_a_broken_workshop_file_speaks_the_apps_language() {
    let (folder, broken) = folder_with_file("leer.ron", "");
    let mut harness = app_on_a_new_workshop(folder.path());
    send(&mut harness, AppCommand::SetLanguage(Language::French));
    send(&mut harness, AppCommand::Open(broken.clone()));
    let expected = format!("{}\u{a0}: le fichier est vide", broken.display());
    assert!(mentions(&harness, &expected), "{expected}");
}

#[test]
fn the_library_says_why_a_file_is_unreadable_in_the_screens_language() {
    let folder = tempfile::tempdir().unwrap();
    write_in(folder.path(), "leer.ron", "");
    let mut harness = app_on_a_new_workshop(folder.path());
    // Home, as the facilitator goes there: the library scans the folder again.
    home(&mut harness);
    send(&mut harness, AppCommand::SetLanguage(Language::German));
    click(&mut harness, "⚠ 1 Datei konnte nicht gelesen werden");
    let shown = harness
        .query_all_by_label_contains("Die Datei ist leer")
        .count();
    assert_eq!(shown, 1, "the empty file is named, in German");
}

/// A rules file chosen on Setup that names a rule `overall` is refused in the screens'
/// language, and the workshop keeps the rules it had.
#[test]
fn a_rules_file_with_a_rule_named_overall_is_refused_in_german() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "leer.ron", &blank_workshop("Leer"));
    let rules = write_in(
        folder.path(),
        "regeln.ron",
        include_str!("../../assets/rules/default.ron").replacen(
            "id: \"high_trust\"",
            "id: \"overall\"",
            1,
        ),
    );
    let mut app = app_on(folder.path()).opening(Some(path)).start();
    send(&mut app, AppCommand::SetLanguage(Language::German));
    send(&mut app, WorkshopCommand::UseRulesFile(rules));
    assert!(mentions(
        &app,
        "rules[12] `overall`: die ID `overall` ist dem Gesamturteil vorbehalten"
    ));
    assert!(mentions(
        &app,
        "Der Workshop behält seine bisherigen Regeln."
    ));
    assert_eq!(
        app.state().state.open().unwrap().rules.name,
        "Tandem default rules"
    );
}
