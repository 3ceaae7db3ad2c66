//! A survey file read into text cells, whatever it was (CSV or a spreadsheet): one header,
//! then rows that each know the row number the file shows for them.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The headers as the file wrote them (`SurveyMonkey`'s two rows already combined).
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// How a text file was read; `None` for a workbook, whose text is its own.
    pub encoding: Option<super::encoding::TextEncoding>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The row as the file counts it (the line a CSV record starts on, the spreadsheet row).
    pub number: usize,
    pub cells: Vec<String>,
}

impl Row {
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }
}
