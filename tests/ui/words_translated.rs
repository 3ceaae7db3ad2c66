//! In German, French and Spanish the room reads no English: Diagnose, Close, the comparison,
//! the exports and the comparison report quote the questionnaire's and the rules' words in
//! the screens' language, and write no ISO date inside a sentence.

use crate::common;
use common::app::{App, app_on, send};
use common::visible_text::{html_text, on_screen};
use common::{EXAMPLES, Q1, example_without_countdowns, examples_to_compare, save_in};

use tandem::compare::Comparison;
use tandem::compare::report::ReportFormat;
use tandem::domain::{Questionnaire, Stage};
use tandem::export::{Format, Summary};
use tandem::i18n::Language;
use tandem::rules::RuleSet;
use tandem::ui::{AppCommand, LibraryCommand, WorkshopCommand};

/// The English words a translated screen must not show: every label of the questionnaire,
/// every rule's title and every citation whose translation differs from it.
fn english_words(language: Language) -> Vec<String> {
    let english = Questionnaire::default_questionnaire();
    let translated = english.in_language(language);
    let mut pairs: Vec<(String, String)> = english
        .statements
        .iter()
        .zip(&translated.statements)
        .map(|(en, other)| (en.label(), other.label()))
        .collect();
    pairs.extend(
        english
            .relationship
            .options
            .iter()
            .zip(&translated.relationship.options)
            .map(|(en, other)| (en.label.clone(), other.label.clone())),
    );
    pairs.extend(
        english
            .sources
            .iter()
            .zip(&translated.sources)
            .map(|(en, other)| (en.label.clone(), other.label.clone())),
    );
    let rules = RuleSet::built_in().unwrap().clone();
    let translated_rules = rules.in_language(language);
    pairs.extend(
        rules
            .rules
            .iter()
            .zip(&translated_rules.rules)
            .map(|(en, other)| (en.title(), other.title())),
    );
    // A citation's finding is said in the language (the work's title stays as published).
    pairs.extend(
        rules
            .rules
            .iter()
            .zip(&translated_rules.rules)
            .map(|(en, other)| (en.citation.clone(), other.citation.clone())),
    );
    pairs
        .into_iter()
        .filter(|(en, other)| en != other)
        .map(|(en, _)| en)
        .collect()
}

/// Whether `text` writes a date `YYYY-MM-DD` inside a sentence: a table cell or a label
/// such as "Sales 2026-02-12" may, a sentence ("From 2026-02-12 to …") may not. A Markdown
/// table row is judged cell by cell.
fn iso_date_in_a_sentence(text: &str) -> bool {
    if text.trim_start().starts_with('|') {
        return text.split('|').any(iso_date_in_a_sentence);
    }
    let bytes = text.as_bytes();
    let is_date = |at: usize| {
        bytes.len() >= at + 10
            && bytes[at..at + 10]
                .iter()
                .enumerate()
                .all(|(i, byte)| match i {
                    4 | 7 => *byte == b'-',
                    _ => byte.is_ascii_digit(),
                })
    };
    let has_date = (0..bytes.len()).any(is_date);
    let words = text
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .count();
    has_date && words >= 2
}

/// Adds each English word and each dated sentence in `texts`, with where it was seen.
fn look(texts: &[String], english: &[String], place: &str, found: &mut Vec<String>) {
    for text in texts {
        for word in english {
            if text.contains(word.as_str()) {
                found.push(format!("{place}: “{word}” in “{text}”"));
            }
        }
        if iso_date_in_a_sentence(text) {
            found.push(format!("{place}: an ISO date in “{text}”"));
        }
    }
}

/// [`look`] for English words only.
fn look_for_words(texts: &[String], english: &[String], place: &str, found: &mut Vec<String>) {
    for text in texts {
        for word in english {
            if text.contains(word.as_str()) {
                found.push(format!("{place}: “{word}” in “{text}”"));
            }
        }
    }
}

fn app_in(folder: &std::path::Path, language: Language, open: Option<std::path::PathBuf>) -> App {
    let mut app = app_on(folder).size(1280.0, 6000.0).opening(open).start();
    send(&mut app, AppCommand::SetLanguage(language));
    app
}

#[test]
fn in_german_french_and_spanish_the_room_reads_no_english_label_and_no_iso_date() {
    let folder = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for name in EXAMPLES {
        paths.push(save_in(
            folder.path(),
            name,
            &example_without_countdowns(name),
        ));
    }
    let mut found = Vec::new();
    for language in [Language::German, Language::French, Language::Spanish] {
        let english = english_words(language);
        let place = |what: &str| format!("{language:?} {what}");

        let mut app = app_in(folder.path(), language, Some(folder.path().join(Q1)));
        for stage in [Stage::Diagnose, Stage::Close] {
            send(&mut app, WorkshopCommand::GoTo(stage));
            look(
                &on_screen(&app),
                &english,
                &place(&format!("{stage:?}")),
                &mut found,
            );
        }

        let mut app = app_in(folder.path(), language, None);
        for path in &paths {
            send(&mut app, LibraryCommand::ToggleCompare(path.clone()));
        }
        send(&mut app, AppCommand::CompareSelected);
        look(&on_screen(&app), &english, &place("Compare"), &mut found);

        let workshop = example_without_countdowns(Q1);
        let rules = RuleSet::built_in().unwrap().clone();
        let summary = Summary::in_language(&workshop, &rules, language);
        let markdown = Format::Markdown.render(&summary);
        let html = html_text(&Format::Html.render(&summary));
        let lines = |text: &str| text.lines().map(str::to_owned).collect::<Vec<_>>();
        look(&lines(&markdown), &english, &place("Markdown"), &mut found);
        look_for_words(&lines(&html), &english, &place("HTML"), &mut found);

        let comparison = Comparison::in_language(examples_to_compare(&EXAMPLES), Some(language));
        for format in [ReportFormat::Markdown, ReportFormat::Html] {
            let report = String::from_utf8(format.bytes(&comparison).unwrap()).unwrap();
            let place = place(&format!("{format:?} report"));
            if format == ReportFormat::Html {
                // Its tables flatten into lines of text: the Markdown report's sentences are
                // the same, and are looked at for dates.
                look_for_words(&lines(&html_text(&report)), &english, &place, &mut found);
            } else {
                look(&lines(&report), &english, &place, &mut found);
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} found:\n{}",
        found.len(),
        found.join("\n")
    );
}
