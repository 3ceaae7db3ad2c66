//! Issue 22: a column Tandem cannot place can be said to be any kind of column the import
//! reads — the team, the relationship, a statement, the sources, a comment — on the command
//! line (`--map "Abteilung=team"`) and in the app's mapping step, whose choices come from
//! `import::offered_columns`; mappings remembered by earlier versions still load.

use std::collections::BTreeSet;
use std::path::Path;

use tandem::domain::{Function, Questionnaire};
use tandem::import::remembered::RememberedMappings;
use tandem::import::{
    Column, ColumnMapping, ImportError, Imported, MapTo, answered_columns, import_file,
    offered_columns,
};

/// A survey whose team and sources questions have headers Tandem does not know.
const SURVEY: &str = "\
Abteilung,relationship,trust,Why?
Vertrieb,1,4,Pricing and packaging; release_timing
Sales,2,2,
product,0,5,\"Roadmap vs quarterly targets, Pricing and packaging\"
";

fn import(mapping: &ColumnMapping) -> Result<Imported, ImportError> {
    import_file(
        SURVEY.as_bytes(),
        Path::new("survey.csv"),
        None,
        &Questionnaire::default_questionnaire(),
        mapping,
    )
}

fn mapped(maps: &[&str], ignores: &[&str]) -> ColumnMapping {
    let strings = |items: &[&str]| {
        items
            .iter()
            .map(|item| (*item).to_owned())
            .collect::<Vec<_>>()
    };
    ColumnMapping::from_arguments(&strings(maps), &strings(ignores)).unwrap()
}

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn an_unknown_team_column_mapped_as_the_team_makes_the_import_work() {
    let unknown = import(&ColumnMapping::default()).unwrap_err();
    assert_eq!(unknown.unknown_columns, ["Abteilung", "Why?"]);

    // "Vertrieb" is no Sales: the mapped column is read as a team column, word by word.
    let refused = import(&mapped(&["Abteilung=team"], &["Why?"])).unwrap_err();
    assert_eq!(refused.row, Some(2));
    assert_eq!(refused.value.as_deref(), Some("Vertrieb"));

    let fixed = SURVEY.replace("Vertrieb", "Product");
    for key in ["team", "function", " Team "] {
        let mapping = mapped(&[&format!("Abteilung={key}")], &["Why?"]);
        let imported = import_file(
            fixed.as_bytes(),
            Path::new("survey.csv"),
            None,
            &Questionnaire::default_questionnaire(),
            &mapping,
        )
        .unwrap();
        let functions: Vec<Function> = imported.responses.iter().map(|r| r.function).collect();
        assert_eq!(functions.len(), 3, "{key}");
        assert_eq!(
            functions
                .iter()
                .filter(|function| **function == Function::Sales)
                .count(),
            1,
            "{key}"
        );
    }
}

#[test]
fn an_unknown_sources_column_mapped_as_sources_reads_every_source_in_its_cells() {
    let fixed = SURVEY.replace("Vertrieb", "Sales");
    let imported = import_file(
        fixed.as_bytes(),
        Path::new("survey.csv"),
        None,
        &Questionnaire::default_questionnaire(),
        &mapped(&["Abteilung=team", "Why?=sources"], &[]),
    )
    .unwrap();
    let sources: BTreeSet<Vec<&str>> = imported
        .responses
        .iter()
        .map(|response| response.sources.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        sources,
        BTreeSet::from([
            vec![],
            vec!["pricing", "release_timing"],
            vec!["pricing", "roadmap_vs_quarter"],
        ])
    );
}

#[test]
fn the_step_offers_every_kind_of_column_that_no_other_column_answers_yet() {
    let q = Questionnaire::default_questionnaire();
    let every = offered_columns(&q, &[]);
    assert_eq!(every.len(), 2 + q.statements.len() + 3);
    assert_eq!(every[..2], [Column::Function, Column::Relationship]);
    assert!(every.contains(&Column::Sources));
    assert!(every.contains(&Column::FrictionComment));
    assert!(every.contains(&Column::WorksWellComment));
    // Each choice is a key `--map` takes, and that the mappings file stores.
    for column in &every {
        let key = column.key().unwrap();
        assert_eq!(Column::from_key(key, &q).as_ref(), Some(column), "{key}");
    }

    // The file of the issue: every question answered but the team's. The team is offered.
    let mut file = headers(&["Timestamp", "Abteilung", &q.relationship.prompt]);
    file.extend(q.statements.iter().map(|s| s.text.clone()));
    file.extend([
        q.sources_prompt.clone(),
        q.friction_comment_prompt.clone(),
        q.works_well_comment_prompt.clone(),
    ]);
    assert_eq!(
        offered_columns(&q, &answered_columns(&file, &q)),
        [Column::Function]
    );

    // One checkbox column per source answers the sources question too.
    let file = headers(&["function", "Pricing and packaging", "trust", "Why?"]);
    let offered = offered_columns(&q, &answered_columns(&file, &q));
    assert!(!offered.contains(&Column::Function));
    assert!(!offered.contains(&Column::Sources));
    assert!(!offered.contains(&Column::Statement(String::from("trust"))));
    assert!(offered.contains(&Column::Relationship));
    assert!(offered.contains(&Column::Statement(String::from("personal"))));

    // Everything answered: only ignoring is left.
    let file = headers(&[
        "function",
        "relationship",
        "sources",
        "friction_comment",
        "works_well_comment",
    ]);
    let mut file = file;
    file.extend(q.statements.iter().map(|s| s.key.clone()));
    assert!(offered_columns(&q, &answered_columns(&file, &q)).is_empty());
}

/// `import-mappings.json` as the version before issue 22 wrote it.
const OLD_REMEMBERED: &str = r#"{
  "surveys": [
    {
      "headers": [
        "Which team are you in?",
        "relationship",
        "Department",
        "How much do we trust them?"
      ],
      "mapping": {
        "columns": [
          [
            "Department",
            "Ignore"
          ],
          [
            "How much do we trust them?",
            {
              "Key": "trust"
            }
          ]
        ]
      }
    }
  ]
}"#;

#[test]
fn mappings_remembered_by_earlier_versions_still_load_beside_new_kinds() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("import-mappings.json"), OLD_REMEMBERED).unwrap();
    let old_headers = headers(&[
        "Which team are you in?",
        "relationship",
        "Department",
        "How much do we trust them?",
    ]);
    let remembered = RememberedMappings::load(folder.path()).unwrap();
    assert_eq!(
        remembered.for_headers(&old_headers).unwrap().columns,
        [
            (String::from("Department"), MapTo::Ignore),
            (
                String::from("How much do we trust them?"),
                MapTo::Key(String::from("trust"))
            ),
        ]
    );

    // The team and the sources remembered beside it, and read back for the next file.
    let new_headers = headers(&["Abteilung", "relationship", "trust", "Why?"]);
    remembered
        .remember(
            folder.path(),
            &new_headers,
            mapped(&["Abteilung=function", "Why?=sources"], &[]),
        )
        .unwrap();
    let remembered = RememberedMappings::load(folder.path()).unwrap();
    assert!(remembered.for_headers(&old_headers).is_some());
    let mapping = remembered.for_headers(&new_headers).unwrap();
    let fixed = SURVEY.replace("Vertrieb", "Sales");
    let imported = import_file(
        fixed.as_bytes(),
        Path::new("survey.csv"),
        None,
        &Questionnaire::default_questionnaire(),
        mapping,
    )
    .unwrap();
    assert_eq!(imported.responses.len(), 3);
}
