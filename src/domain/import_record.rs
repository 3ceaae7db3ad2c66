use serde::{Deserialize, Serialize};

use super::fnv::{FNV_OFFSET_BASIS, fnv1a};

/// A survey file's rows once imported into a workshop: a hash of their cells (no content)
/// and how many answers they gave, so importing the same rows again is a decision rather
/// than an accident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRecord {
    pub fingerprint: RowsFingerprint,
    pub answers: usize,
}

/// FNV-1a over a file's data rows, cell by cell: the same rows give the same fingerprint
/// whatever the file is called, however its columns were mapped and in whichever encoding
/// it was saved. It says nothing of what the rows hold.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RowsFingerprint(String);

/// Separators no survey cell holds, so `["ab", "c"]` and `["a", "bc"]` hash apart.
const CELL_END: u8 = 0x1f;
const ROW_END: u8 = 0x1e;

impl RowsFingerprint {
    /// The fingerprint of `rows`, each a list of cells; blank rows (`,,,`) are not answers
    /// and are skipped, as the import skips them.
    pub fn of_rows<'a, Row, Cells>(rows: Row) -> Self
    where
        Row: IntoIterator<Item = Cells>,
        Cells: IntoIterator<Item = &'a str>,
    {
        let hash = rows.into_iter().fold(FNV_OFFSET_BASIS, |hash, cells| {
            let mut blank = true;
            let row = cells.into_iter().fold(FNV_OFFSET_BASIS, |row, cell| {
                blank &= cell.trim().is_empty();
                fnv1a(fnv1a(row, cell.trim().as_bytes()), &[CELL_END])
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
