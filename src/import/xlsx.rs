//! Reading an Excel workbook (`.xlsx`, Microsoft Forms' download) with calamine into a
//! [`Table`]: the first sheet unless one is named; numbers, dates and text read as text.

use std::io::Cursor;

use calamine::{Data, Reader as _, Xlsx};

use super::error::{ImportError, Message};
use super::table::{Row, Table};

/// The workbook's sheet `sheet`, or its first.
pub fn read_xlsx(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|error| {
        ImportError::new(
            None,
            Message::new("import-error-not-workbook").with("error", error.to_string()),
        )
    })?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|name| name.as_str() == wanted)
            .cloned()
            .ok_or_else(|| {
                ImportError::new(
                    None,
                    Message::new("import-error-no-such-sheet")
                        .with("sheet", wanted)
                        .with("sheets", quoted(&names)),
                )
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| ImportError::new(None, Message::new("import-error-no-sheet")))?,
    };
    let range = workbook.worksheet_range(&name).map_err(|error| {
        ImportError::new(
            None,
            Message::new("import-error-sheet-unreadable")
                .with("sheet", name.as_str())
                .with("error", error.to_string()),
        )
    })?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut rows = Vec::with_capacity(range.height());
    for (index, cells) in range.rows().enumerate() {
        let number = first_row + index + 1;
        let cells = cells
            .iter()
            .enumerate()
            .map(|(column, cell)| text_of(cell, number, column))
            .collect::<Result<Vec<_>, _>>()?;
        rows.push(Row { number, cells });
    }
    let mut rows = rows.into_iter().skip_while(Row::is_blank);
    let Some(header) = rows.next() else {
        return Err(ImportError::new(
            Some(1),
            Message::new("import-error-sheet-empty").with("sheet", name.as_str()),
        ));
    };
    Ok(Table {
        header: header.cells,
        rows: rows.collect(),
        encoding: None,
    })
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A cell as text: whole numbers without `.0`, dates as `YYYY-MM-DD` (with the time when it
/// has one), text as written. An error cell (`#N/A`, `#DIV/0!`) stops the import.
fn text_of(cell: &Data, row: usize, column: usize) -> Result<String, ImportError> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) => {
            let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
            if (hour, minute, second) == (0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
            }
        }
        Data::Error(error) => {
            return Err(ImportError::new(
                Some(row),
                Message::new("import-error-cell-error")
                    .with("column", (column + 1).to_string())
                    .with("error", error.to_string()),
            ));
        }
    })
}
