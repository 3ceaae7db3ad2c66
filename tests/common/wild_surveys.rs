//! Survey exports as they arrive in the wild (issue 28), each built from Tandem's own
//! questions and one set of answers ([`wild_answers`]), so a test can import each and compare
//! it with the same answers in Tandem's own CSV (the tools' own exports are in
//! [`super::wild_tool_exports`]). Each shape follows real files, not the tools' documentation:
//! - Google Forms downloaded from an account in Spanish, German, French, Portuguese, Italian
//!   or Dutch (the time and e-mail headers in that language, Spanish timestamps such as
//!   `2026/11/02 9:14:03 a. m. GMT-3` with a no-break space), or English with `Username`;
//!   question titles with trailing and repeated spaces; one with a deleted question's empty,
//!   unnamed column.
//! - Typeform with `Response Type`, `Start`/`Stage`/`Submit Date (UTC)`, `Network ID`, `Tags`
//!   and `Ending`, its titles carrying Markdown, `<strong>` and emoji.
//! - `SurveyMonkey`'s 2017 spelling (`RespondentID`, `LastName`, `Custom Data`), its second
//!   header row's NUL cells, Windows-1252 with bare CR line ends, and an unnamed empty column.
//! - Excel's "Unicode text" (UTF-16 LE, BOM, tabs, CRLF), UTF-16 BE, and European Excel's
//!   `;` CSV in UTF-8 with BOM and in Windows-1252.
//! - Microsoft Forms' workbook with `Id`, `anonymous` in the Email column and choices ending
//!   in `;`, and its German headers.

use tandem::import::TextEncoding;

use super::survey_bytes::{LineEnd, Stored, file_of};
use super::survey_fixtures::{self as fx, Answer};

/// A comment with letters Windows-1252 stores in one byte each (é 0xE9, – 0x96).
pub const CAFE: &str = "café – talk";

/// The fixtures' eight respondents, the first commenting [`CAFE`].
pub fn wild_answers() -> Vec<Answer> {
    let mut answers = fx::answers();
    answers[0].friction_comment = CAFE;
    answers
}

/// One survey file as a tool exported it, with what the import must make of it.
pub struct Shape {
    pub name: &'static str,
    /// The file's name: its extension says CSV or workbook.
    pub file: &'static str,
    pub bytes: Vec<u8>,
    /// The encoding the import must say it read (`None`: a workbook).
    pub encoding: Option<TextEncoding>,
    /// The headers the import must name as dropped, in the file's order.
    pub dropped: Vec<String>,
    /// Every identity or time value the file holds, which no workshop file may.
    pub identifying: Vec<String>,
}

/// A column a tool writes beside the answers: its header and each respondent's cell.
pub(super) struct Extra {
    header: String,
    cells: Vec<String>,
}

impl Extra {
    pub(super) fn new(header: &str, cell: impl Fn(usize, &Answer) -> String) -> Self {
        Self {
            header: header.to_owned(),
            cells: wild_answers()
                .iter()
                .enumerate()
                .map(|(index, answer)| cell(index, answer))
                .collect(),
        }
    }
}

/// A table of header and rows: `before`, the questions' columns, `after`. Returns the rows,
/// the extras' headers (the dropped columns) and their values of four characters or more
/// (shorter ones, such as Microsoft Forms' 1 to 8, would be found anywhere).
pub(super) fn assemble(
    titles: Vec<String>,
    cells: impl Fn(&Answer) -> Vec<String>,
    before: &[Extra],
    after: &[Extra],
) -> (Vec<Vec<String>>, Vec<String>, Vec<String>) {
    let mut header: Vec<String> = before.iter().map(|e| e.header.clone()).collect();
    header.extend(titles);
    header.extend(after.iter().map(|e| e.header.clone()));
    let mut rows = vec![header];
    for (index, answer) in wild_answers().iter().enumerate() {
        let mut row: Vec<String> = before.iter().map(|e| e.cells[index].clone()).collect();
        row.extend(cells(answer));
        row.extend(after.iter().map(|e| e.cells[index].clone()));
        rows.push(row);
    }
    let extras = before.iter().chain(after);
    let dropped = extras.clone().map(|e| e.header.clone()).collect();
    let identifying = extras
        .flat_map(|e| e.cells.iter().cloned())
        .filter(|cell| cell.chars().count() >= 4)
        .collect();
    (rows, dropped, identifying)
}

/// "2026-11-02 09:14:03" as numbers: year, month, day, hour, minute, second.
pub(super) fn parts(timestamp: &str) -> [u32; 6] {
    let digits: Vec<u32> = timestamp
        .split(['-', ' ', ':'])
        .map(|p| p.parse().unwrap())
        .collect();
    digits.try_into().unwrap()
}

/// A Google Forms account language: its time and e-mail headers, its timestamps.
#[derive(Clone, Copy, Debug)]
pub enum Google {
    English,
    Spanish,
    German,
    French,
    Portuguese,
    Italian,
    Dutch,
}

impl Google {
    fn headers(self) -> (&'static str, &'static str) {
        match self {
            Self::English => ("Timestamp", "Username"),
            Self::Spanish => ("Marca temporal", "Dirección de correo electrónico"),
            Self::German => ("Zeitstempel", "E-Mail-Adresse"),
            Self::French => ("Horodateur", "Adresse e-mail"),
            Self::Portuguese => ("Carimbo de data/hora", "Endereço de e-mail"),
            Self::Italian => ("Informazioni cronologiche", "Indirizzo email"),
            Self::Dutch => ("Tijdstempel", "E-mailadres"),
        }
    }

    /// A timestamp as the responses sheet of an account in this language writes it.
    pub fn timestamp(self, timestamp: &str) -> String {
        let [y, mo, d, h, mi, s] = parts(timestamp);
        match self {
            Self::English => format!("{mo}/{d}/{y} {h}:{mi:02}:{s:02}"),
            Self::Spanish => {
                let (h12, half) = if h < 12 { (h, 'a') } else { (h - 12, 'p') };
                let h12 = if h12 == 0 { 12 } else { h12 };
                format!("{y}/{mo:02}/{d:02} {h12}:{mi:02}:{s:02} {half}.\u{a0}m. GMT-3")
            }
            Self::German => format!("{d:02}.{mo:02}.{y} {h:02}:{mi:02}:{s:02}"),
            Self::French | Self::Portuguese => {
                format!("{d:02}/{mo:02}/{y} {h:02}:{mi:02}:{s:02}")
            }
            Self::Italian => format!("{d:02}/{mo:02}/{y} {h}.{mi:02}.{s:02}"),
            Self::Dutch => format!("{d}-{mo}-{y} {h}:{mi:02}:{s:02}"),
        }
    }

    fn extras(self) -> Vec<Extra> {
        let (time, email) = self.headers();
        vec![
            Extra::new(time, |_, a| self.timestamp(a.timestamp)),
            Extra::new(email, |_, a| a.email.to_owned()),
        ]
    }
}

/// Google's question titles as form authors leave them: trailing spaces, a double space,
/// the statements as a grid `Prompt [statement]`.
fn google_titles() -> Vec<String> {
    let q = fx::q();
    let mut titles = vec![
        String::from("Which team are you in?  "),
        format!("{} ", q.relationship.prompt.replacen(' ', "  ", 1)),
    ];
    titles.extend(
        q.statements
            .iter()
            .map(|s| format!("{} [{} ]", q.statements_prompt, s.text)),
    );
    titles.extend([
        format!("{} ", q.sources_prompt),
        format!("{}   ", q.friction_comment_prompt),
        q.works_well_comment_prompt.clone(),
    ]);
    titles
}

fn google_cells(answer: &Answer) -> Vec<String> {
    let mut row = vec![fx::team(answer).to_owned(), fx::relationship_label(answer)];
    row.extend(answer.ratings.iter().map(|r| fx::word(*r)));
    let labels: Vec<String> = answer.sources.iter().map(|k| fx::source_label(k)).collect();
    row.push(labels.join(", "));
    row.push(answer.friction_comment.to_owned());
    row.push(answer.works_well_comment.to_owned());
    row
}

fn google_table(language: Google) -> (Vec<Vec<String>>, Vec<String>, Vec<String>) {
    assemble(google_titles(), google_cells, &language.extras(), &[])
}

/// Google Forms' CSV download from an account in `language`.
pub fn google_forms(language: Google) -> Shape {
    let (rows, dropped, identifying) = google_table(language);
    Shape {
        name: "Google Forms",
        file: "google-forms.csv",
        bytes: file_of(&rows, b',', LineEnd::CrLf, Stored::Utf8),
        encoding: Some(TextEncoding::Utf8),
        dropped,
        identifying,
    }
}

/// Google Forms after a question was deleted: an empty column with no header, between the
/// relationship and the statements.
pub fn google_forms_deleted_question() -> Shape {
    let (mut rows, dropped, identifying) = google_table(Google::English);
    for row in &mut rows {
        row.insert(4, String::new());
    }
    Shape {
        name: "Google Forms with a deleted question",
        file: "google-deleted.csv",
        bytes: file_of(&rows, b',', LineEnd::CrLf, Stored::Utf8),
        encoding: Some(TextEncoding::Utf8),
        dropped,
        identifying,
    }
}

/// A Google Forms sheet saved by Excel: as "Unicode text" (UTF-16 LE, tabs), or as CSV in
/// Germany (`;`, UTF-8 with BOM) or France (`;`, Windows-1252).
pub fn excel_resaved(stored: Stored) -> Shape {
    let (language, separator) = match stored {
        Stored::Utf16LeBom => (Google::English, b'\t'),
        Stored::Utf8Bom => (Google::German, b';'),
        _ => (Google::French, b';'),
    };
    let (rows, dropped, identifying) = google_table(language);
    let encoding = match stored {
        Stored::Utf16LeBom => TextEncoding::Utf16Le,
        Stored::Windows1252 => TextEncoding::Windows1252,
        _ => TextEncoding::Utf8,
    };
    Shape {
        name: "a Google Forms sheet saved by Excel",
        file: "excel.csv",
        bytes: file_of(&rows, separator, LineEnd::CrLf, stored),
        encoding: Some(encoding),
        dropped,
        identifying,
    }
}
