//! Anonymity over time (PRODUCT.md §7, "no differencing"): once results are revealed, late
//! answers are held back and join only in groups of at least the floor per function, so no
//! two views of a workshop differ by one person the room could name.

use crate::common;
use common::cli::{arg, tandem};
use common::{Q1, Q2, example, folder_with_example, write_in};

use proptest::prelude::*;
use tandem::domain::{Function, Relationship, Response, Workshop};
use tandem::export::{Format, Summary};
use tandem::rules::RuleSet;
use tandem::storage::{load_workshop, parse_workshop, save_workshop, workshop_to_ron};

fn classify_json(path: &std::path::Path) -> serde_json::Value {
    let classified = tandem(["classify", arg(path), "--json"]);
    assert!(classified.success(), "{classified:?}");
    classified.json()
}

fn import(csv: &std::path::Path, into: &std::path::Path) -> String {
    let imported = tandem(["import", arg(csv), "--into", arg(into)]);
    assert!(imported.success(), "{imported:?}");
    imported.stdout
}

#[test]
fn the_cli_holds_late_answers_back_and_says_so() {
    let (folder, path) = folder_with_example(Q1, "q1.ron");
    let before = classify_json(&path);
    assert_eq!(before["revealed"], true);
    assert_eq!(before["held_back"]["sales"], 0);
    assert_eq!(before["held_back"]["product"], 0);

    let two = write_in(
        folder.path(),
        "two.csv",
        "function,relationship,personal\nsales,3,5\nsales,3,5\n",
    );
    let said = import(&two, &path);
    assert!(
        said.contains("2 sales answers are held back until there are 3 to show together."),
        "{said}"
    );
    let held = classify_json(&path);
    assert_eq!(held["held_back"]["sales"], 2);
    assert_eq!(held["respondents"], before["respondents"]);
    assert_eq!(held["scopes"], before["scopes"], "the metrics do not move");
    assert_eq!(held["perception_gap"], before["perception_gap"]);
    let markdown = tandem(["export", arg(&path), "--format", "md"]).stdout;
    assert!(markdown.contains(
        "**Not yet shown:** 2 sales answers are held back until there are 3 to show together."
    ));

    let one = write_in(
        folder.path(),
        "one.csv",
        "function,relationship,personal\nsales,3,5\n",
    );
    import(&one, &path);
    let joined = classify_json(&path);
    assert_eq!(joined["held_back"]["sales"], 0);
    assert_eq!(
        joined["respondents"]["sales"],
        before["respondents"]["sales"].as_u64().unwrap() + 3
    );
    assert_ne!(joined["scopes"]["sales"], before["scopes"]["sales"]);
}

#[test]
fn check_refuses_held_answers_on_a_workshop_never_revealed() {
    let mut workshop = example(Q2);
    workshop
        .submit([Response::new(Function::Sales, Relationship::MostlyAligned)])
        .unwrap();
    assert_eq!(workshop.held.len(), 1);
    let text = workshop_to_ron(&workshop).unwrap();
    assert!(parse_workshop("ok.ron".as_ref(), &text).is_ok());
    let unrevealed = text.replacen("revealed: true,\n", "", 1);
    let error = parse_workshop("hand-edited.ron".as_ref(), &unrevealed).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("answers can only be held back after the results were revealed"),
        "{message}"
    );
    let line = unrevealed[..unrevealed.find("held:").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert!(message.contains(&format!(":{line}:")), "{message}");
}

#[test]
fn submit_checks_every_answer_against_the_questionnaire_all_or_none() {
    let mut workshop = common::blank_workshop("Checked");
    let good = Response::new(Function::Product, Relationship::MostlyAligned);
    let mut stranger = Response::new(Function::Sales, Relationship::MostlyAligned);
    stranger.sources.insert(String::from("office_plants"));
    let problem = workshop.submit([good.clone(), stranger]).unwrap_err();
    assert!(problem.to_string().contains("office_plants"), "{problem}");
    assert!(workshop.responses.is_empty(), "nothing of the batch counts");
    workshop.submit([good]).unwrap();
    assert_eq!(workshop.responses.len(), 1);
}

/// Something that happens in a workshop: answers arriving, or someone looking at results.
#[derive(Clone, Debug)]
enum Step {
    /// Answers from one way in (kiosk: one; phone: one; CSV: several at once).
    Submit(Vec<Function>),
    Reveal,
    /// A view of the results: the app's, an export, `tandem classify`.
    View,
    /// The facilitator saves and someone reopens the file.
    Reopen,
}

fn any_step() -> impl Strategy<Value = Step> {
    let function = prop_oneof![Just(Function::Sales), Just(Function::Product)];
    prop_oneof![
        4 => proptest::collection::vec(function, 1..5).prop_map(Step::Submit),
        1 => Just(Step::Reveal),
        3 => Just(Step::View),
        1 => Just(Step::Reopen),
    ]
}

/// A response whose comment marks it, so a view can be searched for it.
fn marked(function: Function, number: usize) -> Response {
    let mut response = Response::new(function, Relationship::LackingAlignment);
    response.friction_comment = Some(format!("answer-{number}-marker"));
    response
}

/// What a view shows of the results: the counted respondents per function and the text.
fn view(workshop: &Workshop, rules: &RuleSet) -> ([usize; 2], String) {
    let summary = Summary::new(workshop, rules);
    let results = summary.results.as_ref().map(|results| {
        [
            results.metrics.sales.respondents,
            results.metrics.product.respondents,
        ]
    });
    let text = [Format::Markdown, Format::ResponsesCsv, Format::MetricsCsv]
        .into_iter()
        .map(|format| format.render(&summary))
        .collect();
    (results.unwrap_or([summary.sales, summary.product]), text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn no_two_views_after_the_reveal_differ_by_fewer_than_the_floor(
        steps in proptest::collection::vec(any_step(), 1..40),
        floor in 3_u32..6,
    ) {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("w.ron");
        let rules = RuleSet::built_in().unwrap().clone();
        let mut workshop = common::blank_workshop("Held back");
        workshop.settings.anonymity_floor =
            tandem::domain::AnonymityFloor::new(floor).unwrap();
        let mut given = 0;
        let mut last_view: Option<[usize; 2]> = None;
        for step in steps {
            match step {
                Step::Submit(functions) => {
                    let answers: Vec<Response> = functions
                        .iter()
                        .map(|function| {
                            given += 1;
                            marked(*function, given)
                        })
                        .collect();
                    workshop.submit(answers).unwrap();
                }
                Step::Reveal => workshop.revealed = true,
                Step::View => {
                    let (counted, text) = view(&workshop, &rules);
                    for held in &workshop.held {
                        let marker = held.friction_comment.as_deref().unwrap();
                        prop_assert!(!text.contains(marker), "{marker} appeared while held");
                    }
                    if workshop.revealed {
                        if let Some(previous) = last_view {
                            for index in 0..2 {
                                let moved = counted[index].abs_diff(previous[index]);
                                prop_assert!(
                                    moved == 0 || moved >= floor as usize,
                                    "a view moved by {moved} answers of one function"
                                );
                            }
                        }
                        last_view = Some(counted);
                    }
                }
                Step::Reopen => {
                    save_workshop(&path, &workshop).unwrap();
                    workshop = load_workshop(&path).unwrap();
                }
            }
            // Nothing is lost: every answer is counted or held, in the file too.
            prop_assert_eq!(workshop.responses.len() + workshop.held.len(), given);
            let text = workshop_to_ron(&workshop).unwrap();
            let reread = parse_workshop(&path, &text).unwrap();
            prop_assert_eq!(&reread, &workshop);
        }
    }
}
