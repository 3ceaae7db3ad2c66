//! `SurveyMonkey` writes two header rows: the question (once, over all of its columns), then
//! "Response", "Open-Ended Response" or, for a grid or checkboxes, the row or option of each
//! column. Combined, they read as Google Forms' grid headers: `Question [option]`.

use super::table::Table;
use super::words::fold;

/// Combines the two header rows when the file has them; a file without leaves as it came.
pub fn combine_header_rows(table: &mut Table) {
    let Some(second) = table.rows.first() else {
        return;
    };
    // "Response" under a question, and no team answer: every response names its team, so a
    // comment that happens to read "Response" does not make a row a header.
    let is_second_header = second.cells.iter().any(|cell| {
        let folded = fold(cell);
        folded == "response" || folded == "open ended response"
    }) && !second
        .cells
        .iter()
        .any(|cell| super::words::function(cell).is_some());
    if !is_second_header {
        return;
    }
    let second = table.rows.remove(0);
    let mut question = String::new();
    let header = table
        .header
        .iter()
        .enumerate()
        .map(|(index, first)| {
            // Older downloads write NUL bytes in the cells under identity columns.
            let below = second
                .cells
                .get(index)
                .map_or_else(String::new, |cell| cell.replace('\0', ""));
            let below = below.trim();
            if first.trim().is_empty() && below.is_empty() {
                // Nothing above or below: a column of its own with no name (a deleted
                // question), not a part of the question before it.
                return String::new();
            }
            if !first.trim().is_empty() {
                first.trim().clone_into(&mut question);
            }
            match fold(below).as_str() {
                "" | "response" | "open ended response" => question.clone(),
                _ => format!("{question} [{below}]"),
            }
        })
        .collect();
    table.header = header;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::table::Row;

    fn table(header: &[&str], second: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: vec![Row {
                number: 2,
                cells: second.iter().map(|c| (*c).to_owned()).collect(),
            }],
            encoding: None,
        }
    }

    #[test]
    fn the_question_carries_over_its_columns_and_the_second_row_names_each() {
        let mut monkey = table(
            &[
                "Respondent ID",
                "Which team are you in?",
                "Rate these",
                "",
                "Comments",
            ],
            &["", "Response", "Trust", "Voice", "Open-Ended Response"],
        );
        combine_header_rows(&mut monkey);
        assert_eq!(
            monkey.header,
            [
                "Respondent ID",
                "Which team are you in?",
                "Rate these [Trust]",
                "Rate these [Voice]",
                "Comments"
            ]
        );
        assert!(monkey.rows.is_empty());
    }

    #[test]
    fn nul_cells_are_no_names_and_an_unnamed_empty_column_stays_unnamed() {
        let mut monkey = table(
            &["RespondentID", "Which team are you in?", "", "Comments"],
            &["\0", "Response", "\0", "Open-Ended Response"],
        );
        combine_header_rows(&mut monkey);
        assert_eq!(
            monkey.header,
            ["RespondentID", "Which team are you in?", "", "Comments"]
        );
    }

    #[test]
    fn a_response_whose_comment_reads_response_stays_a_response() {
        let mut own = table(&["function", "friction_comment"], &["sales", "Response"]);
        combine_header_rows(&mut own);
        assert_eq!(own.header, ["function", "friction_comment"]);
        assert_eq!(own.rows.len(), 1);
    }
}
