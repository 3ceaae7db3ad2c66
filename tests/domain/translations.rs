//! Every language has every message of English, with the same variables; every message the
//! source asks for exists; every language's questionnaire texts are complete.

use crate::common::cli::{arg, tandem};
use crate::common::rust_files_in;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use tandem::domain::Questionnaire;
use tandem::i18n::Language;
use tandem::i18n::translations::SOURCES;

/// Message id → the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("a Fluent file does not parse: {errors:#?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                Some((message.id.name.to_owned(), variables))
            }
            Entry::Junk { content } => panic!("unreadable Fluent: {content}"),
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(SOURCES[0].1);
    assert!(
        english.len() > 50,
        "English has only {} messages",
        english.len()
    );
    for (language, source) in &SOURCES[1..] {
        let translated = messages(source);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language:?} has messages English lacks: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                &translated[id], variables,
                "{language:?}'s `{id}` uses other variables than English's"
            );
        }
    }
}

/// The ids the source asks for: a string that opens a call to `.text(`, `.text_with(` or
/// one of the phone pages' `message(`, `problem(` and `problem_message(` (both arguments).
fn ids_used_in(dir: &Path, ids: &mut BTreeSet<String>) {
    for path in rust_files_in(dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        for call in [".text(", ".text_with(", "message(", "problem("] {
            for (start, _) in text.match_indices(call) {
                let mut rest = &text[start + call.len()..];
                for _ in 0..2 {
                    let Some(quoted) = rest.trim_start().strip_prefix('"') else {
                        break;
                    };
                    let end = quoted.find('"').unwrap();
                    let id = &quoted[..end];
                    // Message ids are lowercase words joined by `-`; other `.text("…")`
                    // calls (a kiosk test typing a PIN) are not.
                    if id.starts_with(|c: char| c.is_ascii_lowercase())
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        ids.insert(id.to_owned());
                    }
                    rest = quoted[end + 1..]
                        .trim_start()
                        .strip_prefix(',')
                        .unwrap_or("");
                    if call.starts_with('.') {
                        break;
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let english = messages(SOURCES[0].1);
    let mut used = BTreeSet::new();
    ids_used_in(Path::new("src"), &mut used);
    assert!(!used.is_empty());
    let unknown: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(
        unknown.is_empty(),
        "the code asks for messages en.ftl lacks: {unknown:?}"
    );
}

#[test]
fn variables_are_filled_and_no_isolation_marks_are_drawn() {
    let text =
        Language::German.text_with("phone-step", &[("number", 2.into()), ("total", 6.into())]);
    assert_eq!(text, "Schritt 2 von 6");
    let plural = Language::French.text_with("phone-hint-statements", &[("count", 3.into())]);
    assert!(plural.starts_with("3 affirmations"), "{plural}");
    let one = Language::English.text_with("phone-hint-statements", &[("count", 1.into())]);
    assert!(one.starts_with("One statement"), "{one}");
}

#[test]
fn the_default_questionnaire_is_complete_in_every_language() {
    let questionnaire = Questionnaire::default_questionnaire();
    assert_eq!(questionnaire.problems(""), Vec::new());
    assert_eq!(questionnaire.translation_gaps(""), Vec::new());
    assert_eq!(questionnaire.languages(), Language::ALL.to_vec());
    for language in Language::ALL {
        let shown = questionnaire.in_language(language);
        assert_eq!(shown.language, language);
        let keys: Vec<_> = shown.statements.iter().map(|s| &s.key).collect();
        let own: Vec<_> = questionnaire.statements.iter().map(|s| &s.key).collect();
        assert_eq!(keys, own, "a translation keeps the keys and their order");
        if language != Language::English {
            for (translated, english) in shown.statements.iter().zip(&questionnaire.statements) {
                assert_ne!(
                    translated.text, english.text,
                    "{language:?} {}",
                    english.key
                );
            }
        }
    }
    let german = questionnaire.in_language(Language::German);
    assert_eq!(german.statement_label("trust"), "Vertrauen");
    assert_eq!(
        german.relationship_label(tandem::domain::Relationship::ConstantFriction),
        "Ständige Reibung"
    );
}

#[test]
fn a_missing_translation_is_named() {
    let mut questionnaire = Questionnaire::default_questionnaire();
    let german = questionnaire
        .translations
        .get_mut(&Language::German)
        .unwrap();
    german.statements.remove("trust");
    german
        .sources
        .insert(String::from("weather"), String::from("Wetter"));
    assert_eq!(
        questionnaire.problems(""),
        Vec::new(),
        "a gap never stops a file from loading"
    );
    let problems: Vec<_> = questionnaire
        .translation_gaps("")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].contains("translations.de.statements"),
        "{problems:#?}"
    );
    assert!(problems[0].contains("the statement `trust` has no text in this language"));
    assert!(problems[1].contains("`weather` is not a key of this questionnaire"));
}

#[test]
fn the_default_rules_are_complete_in_every_language() {
    let rules = tandem::rules::RuleSet::built_in().unwrap().clone();
    let questionnaire = Questionnaire::default_questionnaire();
    assert_eq!(rules.problems(&questionnaire), Vec::new());
    assert_eq!(rules.translation_gaps(), Vec::new());
    for language in &Language::ALL[1..] {
        let shown = rules.in_language(*language);
        for (translated, own) in shown.rules.iter().zip(&rules.rules) {
            assert_eq!(translated.id, own.id);
            // The work is cited as published (its authors and year first); what it found
            // may be said in the language.
            let work = &own.citation[..=own.citation.find(')').unwrap()];
            assert!(
                translated.citation.starts_with(work),
                "{}: {}",
                own.id,
                translated.citation
            );
            assert_eq!(translated.when, own.when);
            assert_ne!(
                translated.explanation, own.explanation,
                "{language:?} {}",
                own.id
            );
            assert_ne!(translated.prompt, own.prompt, "{language:?} {}", own.id);
            assert_ne!(translated.title, own.title, "{language:?} {}", own.id);
        }
    }
    let german = rules.in_language(Language::German);
    assert_eq!(
        german.rule("low_trust").unwrap().title(),
        "Geringes Vertrauen"
    );
}

#[test]
fn a_rule_missing_from_a_language_is_named() {
    let mut rules = tandem::rules::RuleSet::built_in().unwrap().clone();
    let spanish = rules.translations.get_mut(&Language::Spanish).unwrap();
    spanish.get_mut("low_trust").unwrap().prompt.clear();
    spanish.remove("high_trust");
    assert_eq!(
        rules.problems(&Questionnaire::default_questionnaire()),
        Vec::new()
    );
    let problems: Vec<_> = rules
        .translation_gaps()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "translations.es: the rule `low_trust` has no prompt in Español",
            "translations.es: the rule `high_trust` has no title, explanation, prompt in Español",
        ]
    );
}

#[test]
fn tandem_check_warns_of_a_missing_translation_and_still_accepts_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("questionnaire.ron");
    let mut questionnaire = Questionnaire::default_questionnaire();
    questionnaire
        .translations
        .get_mut(&Language::French)
        .unwrap()
        .statements
        .remove("voice");
    let text =
        ron::ser::to_string_pretty(&questionnaire, ron::ser::PrettyConfig::default()).unwrap();
    std::fs::write(&path, text).unwrap();
    let checked = tandem(["check", arg(&path)]);
    let (stdout, stderr) = (&checked.stdout, &checked.stderr);
    assert!(checked.success(), "{stderr}");
    assert!(
        stdout.contains(
            "10 statements and 8 friction sources in English, Deutsch, Français and Español"
        ),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning:")
            && stderr.contains(
                "translations.fr.statements: the statement `voice` has no text in this language"
            ),
        "{stderr}"
    );
}
