//! Exports, sentences, the comparison report and the command line in German, French and
//! Spanish: the German golden Markdown and `tandem export --lang de`, unknown languages
//! refused by name, hand-computed sentences with each language's numbers, the workshop's
//! language as the default, and CSV left as it is.
//!
//! The German golden file is regenerated with the other goldens:
//! `UPDATE_GOLDEN=1 cargo test --test exports`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tandem::compare::{Comparison, report};
use tandem::domain::{Function, Questionnaire, Workshop};
use tandem::export::{Format, Summary};
use tandem::i18n::Language;
use tandem::metrics::Scope;
use tandem::rules::{Comparison as Op, Measurement, Metric, RuleSet};
use tandem::storage::{load_workshop, save_workshop};

const NBSP: char = '\u{a0}';

fn example() -> Workshop {
    load_workshop(&common::example_path("2026-q1-northwind.ron")).unwrap()
}

fn golden(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    std::fs::read_to_string(&path).unwrap()
}

fn tandem(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn measurement(scope: Scope, metric: Metric, value: f64, op: Op, threshold: f64) -> Measurement {
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

#[test]
fn the_command_line_prints_the_german_golden_markdown() {
    let output = tandem(&[
        "export",
        "workshops/2026-q1-northwind.ron",
        "--format",
        "md",
        "--lang",
        "de",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(printed, golden("2026-q1-northwind.de.md"));
    // And it is German: headings, numbers and dates as German writes them.
    for part in [
        "## Urteil",
        "- **Datum:** 12. Februar 2026",
        "| Antwort | Vertrieb | Produkt | Gesamt | Studie (2014) |",
        &format!("| 45,5{NBSP}% | 35,7{NBSP}% | 41,7{NBSP}% | 23,70{NBSP}% |"),
        "Der Durchschnitt für „Wird persönlich“ (Vertrieb) liegt bei 3,71, also bei oder über 3,50",
    ] {
        assert!(printed.contains(part), "{part} not in\n{printed}");
    }
}

#[test]
fn an_unknown_language_is_refused_naming_the_ones_there_are() {
    let file = "workshops/2026-q1-northwind.ron";
    for args in [
        vec!["export", file, "--format", "md", "--lang", "pt"],
        vec!["classify", file, "--lang", "pt"],
        vec![
            "compare",
            file,
            "workshops/2026-q2-northwind.ron",
            "--lang",
            "pt",
        ],
    ] {
        let output = tandem(&args);
        assert!(!output.status.success(), "{args:?} succeeded");
        assert!(output.stdout.is_empty(), "{args:?} printed a report");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(
            error.contains(
                "\"pt\" is not a language Tandem speaks: use en (English), de (Deutsch), fr (Français), es (Español)"
            ),
            "{args:?}: {error}"
        );
    }
}

/// 26 / 7 = 3.714… rounds to 3,71; the threshold 3.5 is written 3,50.
#[test]
fn german_sentences_use_decimal_commas_and_german_quotes() {
    let questionnaire = Questionnaire::default_questionnaire().in_language(Language::German);
    let personal = measurement(
        Scope::Sales,
        Metric::Mean(String::from("personal")),
        26.0 / 7.0,
        Op::AtLeast,
        3.5,
    );
    assert_eq!(
        personal.sentence(&questionnaire, Language::German),
        "Der Durchschnitt für „Wird persönlich“ (Vertrieb) liegt bei 3,71, also bei oder über 3,50"
    );
    // 1 of 8 describe little or occasional friction: 12,5 %, 37,5 points below 50 %.
    let aligned = measurement(
        Scope::Overall,
        Metric::AlignedShare,
        1.0 / 8.0,
        Op::AtLeast,
        0.5,
    );
    assert_eq!(
        aligned.sentence(&questionnaire, Language::German),
        format!(
            "Der Anteil mit wenig oder gelegentlicher Reibung liegt bei 12,5{NBSP}%, also unter 50,0{NBSP}%"
        )
    );
    assert_eq!(
        aligned.distance_sentence(&questionnaire, Language::German),
        format!(
            "Der Anteil mit wenig oder gelegentlicher Reibung liegt bei 12,5{NBSP}%; die Regel greift ab 50,0{NBSP}% — noch 37,5 Prozentpunkte entfernt"
        )
    );
}

/// 1 of 8 is 12,5 %; 25 % − 12,5 % = 12,5 points. French puts a no-break space before `;`,
/// `:` and `%`, and quotes with « ».
#[test]
fn french_sentences_use_decimal_commas_and_no_break_spaces() {
    let questionnaire = Questionnaire::default_questionnaire().in_language(Language::French);
    let dysfunction = measurement(
        Scope::Product,
        Metric::DysfunctionShare,
        1.0 / 8.0,
        Op::AtLeast,
        0.25,
    );
    assert_eq!(
        dysfunction.sentence(&questionnaire, Language::French),
        format!(
            "La part décrivant une friction importante ou constante (Produit) vaut 12,5{NBSP}%, soit moins de 25,0{NBSP}%"
        )
    );
    assert_eq!(
        dysfunction.distance_sentence(&questionnaire, Language::French),
        format!(
            "La part décrivant une friction importante ou constante (Produit) vaut 12,5{NBSP}%{NBSP}; la règle se déclenche à partir de 25,0{NBSP}% — il manque 12,5 points de pourcentage"
        )
    );
    // The perception gap, 1.95 − 1.36 = +0.59, against the rule's +1.00: signed, with commas.
    let gap = measurement(
        Scope::Overall,
        Metric::PerceptionGap,
        0.59,
        Op::AtLeast,
        1.0,
    );
    assert_eq!(
        gap.sentence(&questionnaire, Language::French),
        "L'écart de perception (niveau moyen de friction des Ventes moins celui du Produit) vaut +0,59, soit moins de +1,00"
    );
}

#[test]
fn leave_one_out_words_and_the_study_note_follow_the_language() {
    let workshop = example();
    let rules = RuleSet::default_rules();
    let spanish =
        Format::Markdown.render(&Summary::in_language(&workshop, &rules, Language::Spanish));
    for part in [
        "- **Global:** ⚠ Tóxica (peso tóxico 12, peso sano 0) — se mantiene sea cual sea la respuesta que se quite",
        &format!("*Estudio (2014):* El estudio da 23,70{NBSP}% y 2,89{NBSP}%"),
        "## Hallazgos",
    ] {
        assert!(spanish.contains(part), "{part} not in\n{spanish}");
    }
}

#[test]
fn a_workshop_exports_in_its_own_language_unless_told_and_csv_stays_as_it_is() {
    let folder = tempfile::tempdir().unwrap();
    let mut workshop = example();
    workshop.meta.language = Language::French;
    let file = folder.path().join("atelier.ron");
    save_workshop(&file, &workshop).unwrap();
    let file = file.to_str().unwrap();

    let html = String::from_utf8(tandem(&["export", file, "--format", "html"]).stdout).unwrap();
    assert!(html.contains("<html lang=\"fr\">"), "{}", &html[..200]);
    assert!(html.contains("<h2>Constats</h2>"));
    assert!(html.contains(&format!("Date{NBSP}:</strong> 12 février 2026")));

    let told =
        String::from_utf8(tandem(&["export", file, "--format", "md", "--lang", "en"]).stdout)
            .unwrap();
    assert!(told.contains("## Findings"), "{told}");

    // The CSV keeps keys and machine formats whatever the language.
    let rules = RuleSet::default_rules();
    let english = example();
    for format in [Format::ResponsesCsv, Format::MetricsCsv] {
        assert_eq!(
            format.render(&Summary::new(&workshop, &rules)),
            format.render(&Summary::new(&english, &rules)),
            "{format:?}"
        );
    }
}

#[test]
fn the_comparison_report_is_in_the_newest_workshops_language_unless_told() {
    let rules = RuleSet::default_rules();
    let mut workshops: Vec<(PathBuf, Workshop, RuleSet)> = [
        "2026-q1-northwind.ron",
        "2026-q2-northwind.ron",
        "2026-q3-northwind.ron",
    ]
    .into_iter()
    .map(|name| {
        let path = common::example_path(name);
        (path.clone(), load_workshop(&path).unwrap(), rules.clone())
    })
    .collect();
    // The newest (Q3, 20 August) is German.
    workshops[2].1.meta.language = Language::German;
    let german = report::markdown(&Comparison::new(workshops.clone()));
    assert!(
        german.starts_with("# Vergleich von 3 Workshops\n"),
        "{german}"
    );
    assert!(
        german.contains("- Urteil: ⚠ Toxisch → ✔ Gesund"),
        "{german}"
    );
    assert!(
        german.contains("- ⚠ **Verschleppt** (in beiden toxisch): Ständige Reibung"),
        "{german}"
    );
    let html = report::html(&Comparison::in_language(workshops, Some(Language::French)));
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("<h1>Comparaison de 3 ateliers</h1>"));
}

/// The German report as a phone 390 px wide shows it, for a person to look at:
/// target/translated-exports/german-report-390.png. Skipped without Chromium.
#[test]
fn the_german_report_is_drawn_on_a_phone() {
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find_map(|name| {
            std::env::var_os("PATH")?
                .to_str()?
                .split(':')
                .map(|dir| Path::new(dir).join(name))
                .find(|path| path.is_file())
        })
    else {
        return;
    };
    let html = Format::Html.render(&Summary::in_language(
        &example(),
        &RuleSet::default_rules(),
        Language::German,
    ));
    // Headless Chromium keeps its window at least 500 px wide: the page takes the phone's
    // width itself, as tests/exports.rs does.
    let phone = html.replace(
        "</style>",
        "html { width: 390px; } body { padding: 0.5rem; }</style>",
    );
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/translated-exports");
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("german-report.html");
    std::fs::write(&page, phone).unwrap();
    let png = out.join("german-report-390.png");
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=390,844",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(status.status.success());
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
}

/// The command line's own notes are in `--lang`, else the system's language; the export
/// itself is in the workshop's.
#[test]
fn the_command_lines_notes_follow_lang_or_the_system() {
    let folder = tempfile::tempdir().unwrap();
    let mut workshop = example();
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
    let file = folder.path().join("below.ron");
    save_workshop(&file, &workshop).unwrap();
    let file = file.to_str().unwrap();

    let german = tandem(&["export", file, "--format", "md", "--lang", "de"]);
    assert!(german.status.success());
    assert_eq!(
        String::from_utf8_lossy(&german.stderr),
        "Hinweis: Ergebnisse unter der Anonymitätsschwelle verborgen; nur die Anzahlen wurden exportiert\n"
    );
    assert!(
        String::from_utf8_lossy(&german.stdout)
            .contains("Die Ergebnisse bleiben verborgen, bis jedes Team mindestens 3 Antworten hat (Vertrieb hat 22, Produkt hat 2).")
    );

    let french_system = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["export", file, "--format", "md"])
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .unwrap();
    assert!(french_system.status.success());
    assert_eq!(
        String::from_utf8_lossy(&french_system.stderr),
        "remarque\u{a0}: résultats masqués sous le seuil d'anonymat\u{a0}; seuls les effectifs ont été exportés\n"
    );
    // The export is in the workshop's language (English), whatever the system's.
    assert!(
        String::from_utf8_lossy(&french_system.stdout).contains("## Results"),
        "{}",
        String::from_utf8_lossy(&french_system.stdout)
    );
}
