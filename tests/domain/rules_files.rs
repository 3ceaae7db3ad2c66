//! Rules files: the default parses and validates; broken ones are rejected with file, line,
//! column and what was expected, and `tandem check` exits 1.

use crate::common;
use common::cli::{arg, tandem, tandem_on_a_system_in};
use common::{assert_says, write_in};

use std::path::Path;

use tandem::domain::Questionnaire;
use tandem::i18n::Language;
use tandem::rules::RuleSet;
use tandem::storage::parse_rules;

const DEFAULT: &str = include_str!("../../assets/rules/default.ron");

#[test]
fn the_default_rules_parse_and_match_the_brief() {
    let rules = parse_rules(
        Path::new("default.ron"),
        DEFAULT,
        &Questionnaire::default_questionnaire(),
    )
    .unwrap();
    assert_eq!(rules, RuleSet::built_in().unwrap().clone());
    let summary: Vec<_> = rules
        .rules
        .iter()
        .map(|r| (r.id.as_str(), r.signal.key(), r.weight.value()))
        .collect();
    assert_eq!(
        summary,
        [
            ("personal_conflict", "toxic", 3),
            ("process_conflict_unresolved", "toxic", 2),
            ("conflict_spillover", "toxic", 2),
            ("constant_friction", "toxic", 2),
            ("dysfunction_share", "toxic", 2),
            ("left_to_fester", "toxic", 1),
            ("low_trust", "toxic", 2),
            ("perception_gap", "toxic", 1),
            ("productive_task_conflict", "healthy", 3),
            ("managed_friction", "healthy", 2),
            ("better_decisions", "healthy", 2),
            ("aligned_share", "healthy", 1),
            ("high_trust", "healthy", 1),
        ]
    );
    let described: Vec<_> = rules.rules.iter().map(|r| r.when.describe()).collect();
    assert_eq!(described[0], "`personal` mean ≥ 3.50 in either function");
    assert_eq!(
        described[1],
        "`who_decides` mean ≥ 3.50 and `resolution` mean < 3.00"
    );
    assert_eq!(
        described[7],
        "perception gap (sales − product friction level) ≤ -1.00 or perception gap (sales − product friction level) ≥ +1.00"
    );
    assert_eq!(described[11], "aligned share ≥ 73.4%");
}

struct Broken {
    name: &'static str,
    from: &'static str,
    to: &'static str,
    /// What the message must say.
    says: &'static str,
    /// The line the error must point at: the line of `from` in the default file, plus a shift
    /// for replacements that add lines.
    line_shift: Option<isize>,
}

fn broken_files() -> Vec<Broken> {
    vec![
        Broken {
            name: "syntax error",
            from: "weight: 3,\n            when: either_function",
            to: "weight: 3\n            when: either_function",
            says: "Expected comma",
            line_shift: Some(1),
        },
        Broken {
            name: "unknown metric",
            from: "metric: spillover_share",
            to: "metric: spilover_share",
            says: "spilover_share",
            line_shift: Some(0),
        },
        Broken {
            name: "unknown statement key",
            from: "mean(\"raised_early\")",
            to: "mean(\"raised_earlyy\")",
            says: "`raised_earlyy` is not a statement",
            line_shift: Some(0),
        },
        Broken {
            name: "weight above 5",
            from: "weight: 3,\n            when: either_function",
            to: "weight: 9,\n            when: either_function",
            says: "a weight of 9 is outside 1 to 5",
            line_shift: Some(0),
        },
        Broken {
            name: "weight of 0",
            from: "weight: 1,",
            to: "weight: 0,",
            says: "a weight of 0 is outside 1 to 5",
            line_shift: Some(0),
        },
        Broken {
            name: "duplicate id",
            from: "id: \"high_trust\"",
            to: "id: \"low_trust\"",
            says: "the id `low_trust` is used by an earlier rule",
            line_shift: Some(0),
        },
        Broken {
            name: "a rule named overall",
            from: "id: \"high_trust\"",
            to: "id: \"overall\"",
            says: "rules[12] `overall`: the id `overall` is kept for the overall verdict",
            line_shift: Some(0),
        },
        Broken {
            name: "empty condition",
            from: "when: all([\n                compare(metric: mean(\"who_decides\"), op: at_least, threshold: 3.5),\n                compare(metric: mean(\"resolution\"), op: below, threshold: 3.0),\n            ]),",
            to: "when: all([]),",
            says: "`all([])` is empty",
            line_shift: Some(-3),
        },
        Broken {
            name: "unknown signal",
            from: "signal: healthy,",
            to: "signal: good,",
            says: "good",
            line_shift: Some(0),
        },
        Broken {
            name: "unknown relationship answer",
            from: "share(constant_friction)",
            to: "share(constant_fiction)",
            says: "constant_fiction",
            line_shift: Some(0),
        },
        Broken {
            name: "unknown comparison",
            from: "op: at_most, threshold: 2.5",
            to: "op: at_mots, threshold: 2.5",
            says: "at_mots",
            line_shift: Some(0),
        },
        Broken {
            name: "missing field",
            from: "            prompt: \"Name a decision that got better because sales and product disagreed.\",\n",
            to: "",
            says: "prompt",
            line_shift: None,
        },
        Broken {
            name: "gap in either function",
            from: "when: either_function(compare(metric: mean(\"personal\")",
            to: "when: either_function(compare(metric: perception_gap",
            says: "cannot be measured `in either function`",
            line_shift: Some(-1),
        },
    ]
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn broken_rules_files_are_rejected_with_line_and_column() {
    let questionnaire = Questionnaire::default_questionnaire();
    let folder = tempfile::tempdir().unwrap();
    for broken in broken_files() {
        assert!(
            DEFAULT.contains(broken.from),
            "{}: fixture text not found",
            broken.name
        );
        let text = DEFAULT.replacen(broken.from, broken.to, 1);
        let file = format!("{}.ron", broken.name.replace(' ', "-"));
        let path = write_in(folder.path(), &file, &text);
        let error = parse_rules(&path, &text, &questionnaire).expect_err(broken.name);
        let message = error.to_string();
        assert_says(broken.name, &message, broken.says);
        assert_says(broken.name, &message, &path.display().to_string());
        if let Some(shift) = broken.line_shift {
            let expected = (line_of(DEFAULT, broken.from) as isize + shift) as usize;
            let (line, column) = error
                .position()
                .unwrap_or_else(|| panic!("{}: no position in {message}", broken.name));
            assert!(column >= 1);
            // A rule-level problem points at the rule's id, a few lines above its mistake.
            assert!(
                line == expected || (line < expected && expected - line <= 4),
                "{}: line {line}, expected {expected}: {message}",
                broken.name
            );
        }

        let checked = tandem(["check", arg(&path)]);
        assert_eq!(checked.code(), Some(1), "{}", broken.name);
        assert_says(broken.name, &checked.stderr, broken.says);
    }
}

#[test]
fn check_accepts_the_default_rules() {
    let checked = tandem(["check", "assets/rules/default.ron"]).printed();
    assert!(checked.contains("13 rules"));
}

/// The last rule renamed `overall`, in a folder of its own.
fn rules_with_overall() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let folder = tempfile::tempdir().unwrap();
    let text = DEFAULT.replacen("id: \"high_trust\"", "id: \"overall\"", 1);
    let path = write_in(folder.path(), "regeln.ron", &text);
    (folder, path, text)
}

/// Notes on the overall verdict are filed under `overall`: a rule of that name is refused,
/// naming it and where it is, in the reader's language.
#[test]
fn a_rule_named_overall_is_refused_in_the_readers_language() {
    let (_folder, path, text) = rules_with_overall();
    let line = line_of(&text, "id: \"overall\"");
    let error = parse_rules(&path, &text, &Questionnaire::default_questionnaire()).unwrap_err();
    assert_eq!(error.position().map(|(line, _)| line), Some(line));
    let at = format!("{}:{line}:17", path.display());
    assert_eq!(
        error.describe(Language::German),
        format!(
            "{}: Die Datei wurde gelesen, aber ihr Inhalt ist nicht gültig:\n  - {at}: \
             rules[12] `overall`: die ID `overall` ist dem Gesamturteil vorbehalten, dessen \
             Notizen unter ihr stehen: Geben Sie dieser Regel eine andere ID",
            path.display()
        )
    );
    let french = error.describe(Language::French);
    assert!(
        french.ends_with(&format!(
            "  - {at}: rules[12] `overall`: l’identifiant `overall` est réservé au verdict \
             global, dont les notes sont rangées sous ce nom\u{a0}: donnez un autre \
             identifiant à cette règle"
        )),
        "{french}"
    );
    // English stays as it was, for logs and tests.
    assert!(
        error
            .to_string()
            .contains("the id `overall` is kept for the overall verdict")
    );

    let checked = tandem_on_a_system_in("de_DE.UTF-8", ["check", arg(&path)]);
    assert_eq!(checked.code(), Some(1));
    assert_says(
        "check",
        &checked.stderr,
        "die ID `overall` ist dem Gesamturteil vorbehalten",
    );
}

#[test]
fn other_rule_file_problems_are_said_in_french_and_german() {
    let questionnaire = Questionnaire::default_questionnaire();
    let folder = tempfile::tempdir().unwrap();
    let text = DEFAULT.replacen("mean(\"raised_early\")", "mean(\"raised_earlyy\")", 1);
    let path = write_in(folder.path(), "regles.ron", &text);
    let error = parse_rules(&path, &text, &questionnaire).unwrap_err();
    assert_says(
        "french",
        &error.describe(Language::French),
        "`raised_earlyy` n’est pas une affirmation du questionnaire «\u{a0}Tandem default \
         questionnaire\u{a0}»",
    );
    let text = DEFAULT.replacen(
        "when: all([\n                compare(metric: mean(\"who_decides\"), op: at_least, threshold: 3.5),\n                compare(metric: mean(\"resolution\"), op: below, threshold: 3.0),\n            ]),",
        "when: any([]),",
        1,
    );
    let error = parse_rules(&path, &text, &questionnaire).unwrap_err();
    assert_says(
        "german",
        &error.describe(Language::German),
        "`any([])` ist leer: Geben Sie mindestens eine Bedingung an",
    );
}

/// The built-in rules are the asset, parsed once; their error path is unit-tested in
/// `src/rules/rule_set.rs` with a broken text.
#[test]
fn the_built_in_rules_are_parsed_once() {
    let first = RuleSet::built_in().unwrap();
    assert!(std::ptr::eq(first, RuleSet::built_in().unwrap()));
    assert!(first.rules.iter().all(|rule| rule.id != "overall"));
}
