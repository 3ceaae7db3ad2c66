use serde::{Deserialize, Serialize};

use super::fnv::{FNV_OFFSET_BASIS, fnv1a};
use super::response::Response;

/// A survey file's rows once imported into a workshop: a hash of the answers they gave
/// (no content) and how many there were, so importing the same rows again is a decision
/// rather than an accident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRecord {
    pub fingerprint: RowsFingerprint,
    pub answers: usize,
}

/// FNV-1a over the answers a file's rows gave, in a canonical order: the same rows give the
/// same fingerprint whatever the file is called, in whichever order or encoding it was
/// saved. Only what became answers is hashed — never a dropped column (an email, a
/// timestamp), so no identity reaches the workshop even as a hash.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RowsFingerprint(String);

/// Separators no survey cell holds, so `["ab", "c"]` and `["a", "bc"]` hash apart.
const CELL_END: u8 = 0x1f;
const ROW_END: u8 = 0x1e;

impl RowsFingerprint {
    /// The fingerprint of the answers a file gave.
    pub fn of_answers(answers: &[Response]) -> Self {
        let mut sorted: Vec<&Response> = answers.iter().collect();
        sorted.sort();
        Self::of_rows(sorted.into_iter().map(|answer| {
            let mut cells = vec![
                answer.function.key().to_owned(),
                answer.relationship.key().to_owned(),
            ];
            cells.extend(
                answer
                    .ratings
                    .iter()
                    .map(|(key, rating)| format!("{key}={}", rating.value())),
            );
            cells.push(format!(
                "sources={}",
                answer.sources.iter().cloned().collect::<Vec<_>>().join(";")
            ));
            cells.push(answer.friction_comment.clone().unwrap_or_default());
            cells.push(answer.works_well_comment.clone().unwrap_or_default());
            cells
        }))
    }

    /// The fingerprint of `rows`, each a list of cells; blank rows (`,,,`) are skipped.
    fn of_rows<Row, Cells, Cell>(rows: Row) -> Self
    where
        Row: IntoIterator<Item = Cells>,
        Cells: IntoIterator<Item = Cell>,
        Cell: AsRef<str>,
    {
        let hash = rows.into_iter().fold(FNV_OFFSET_BASIS, |hash, cells| {
            let mut blank = true;
            let row = cells.into_iter().fold(FNV_OFFSET_BASIS, |row, cell| {
                let cell = cell.as_ref().trim();
                blank &= cell.is_empty();
                fnv1a(fnv1a(row, cell.as_bytes()), &[CELL_END])
            });
            if blank {
                hash
            } else {
                fnv1a(fnv1a(hash, &row.to_le_bytes()), &[ROW_END])
            }
        });
        Self(format!("{hash:016x}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_answers_in_any_order_give_the_same_fingerprint() {
        use crate::domain::{Function, Relationship};
        let mut a = Response::new(Function::Sales, Relationship::MostlyAligned);
        a.friction_comment = Some(String::from("pricing"));
        let b = Response::new(Function::Product, Relationship::ConstantFriction);
        let one = RowsFingerprint::of_answers(&[a.clone(), b.clone()]);
        assert_eq!(one, RowsFingerprint::of_answers(&[b.clone(), a.clone()]));
        a.friction_comment = Some(String::from("timing"));
        assert_ne!(one, RowsFingerprint::of_answers(&[a, b]));
    }

    #[test]
    fn same_rows_same_fingerprint_and_cells_do_not_run_together() {
        let a = RowsFingerprint::of_rows([vec!["sales", "4"], vec!["product", "2"]]);
        let again =
            RowsFingerprint::of_rows([vec!["sales", " 4"], vec!["", ""], vec!["product", "2"]]);
        assert_eq!(a, again);
        let shifted = RowsFingerprint::of_rows([vec!["sales4", ""], vec!["product", "2"]]);
        assert_ne!(a, shifted);
        let one_row_less = RowsFingerprint::of_rows([vec!["sales", "4"]]);
        assert_ne!(a, one_row_less);
        assert_eq!(a.as_str().len(), 16);
    }
}
