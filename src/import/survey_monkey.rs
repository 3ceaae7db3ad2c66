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
    let is_second_header = second.cells.iter().any(|cell| {
        let folded = fold(cell);
        folded == "response" || folded == "open ended response"
    });
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
            if !first.trim().is_empty() {
                first.trim().clone_into(&mut question);
            }
            let below = second.cells.get(index).map_or("", |cell| cell.trim());
            match fold(below).as_str() {
                "" | "response" | "open ended response" => question.clone(),
                _ => format!("{question} [{below}]"),
            }
        })
        .collect();
    table.header = header;
}
