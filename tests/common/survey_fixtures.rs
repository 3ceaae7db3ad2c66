//! Survey exports in the shape each tool writes them, built from one set of answers, so a
//! test can import each and compare it with the same answers in Tandem's own CSV. The shapes
//! follow the tools' documentation:
//! - Google Forms (CSV download of the responses sheet): `Timestamp`, `Email Address`, one
//!   column per question headed by its title, a multiple-choice grid as `Title [row]`,
//!   checkboxes joined with ", ".
//! - Microsoft Forms ("Open in Excel", .xlsx): `ID`, `Start time`, `Completion time` (date
//!   cells), `Email`, `Name`, one column per question (a Likert question: one per
//!   statement), choices joined with ";" and a trailing ";".
//! - Typeform (CSV): `#` (a response token), one column per question, one column per choice
//!   of a multiple-selection question (the choice's label when picked), then
//!   `Start Date (UTC)`, `Submit Date (UTC)`, `Network ID`.
//! - `SurveyMonkey` (CSV, "expanded"): identity columns, then two header rows: the question
//!   over its columns, and "Response", "Open-Ended Response" or each matrix row / checkbox
//!   option; a picked checkbox holds its label.

use std::io::Write as _;

use tandem::domain::{Questionnaire, Response};
use tandem::metrics::WorkshopMetrics;

const AGREEMENT: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// The columns `SurveyMonkey` writes before the questions: who answered, from where, when.
pub const SURVEYMONKEY_IDENTITY: [&str; 9] = [
    "Respondent ID",
    "Collector ID",
    "Start Date",
    "End Date",
    "IP Address",
    "Email Address",
    "First Name",
    "Last Name",
    "Custom Data 1",
];

/// One respondent, with what the tools know about them (which must never come in).
pub struct Answer {
    pub sales: bool,
    pub relationship: u8,
    /// Per statement of the default questionnaire, in order; `None` skipped.
    pub ratings: [Option<u8>; 10],
    pub sources: &'static [&'static str],
    pub friction_comment: &'static str,
    pub works_well_comment: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub timestamp: &'static str,
}

/// Function, relationship, ratings, sources, two comments, name, e-mail, timestamp.
type Row = (
    bool,
    u8,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// Eight respondents, four per function, with skips, empty comments, several sources. The
/// ratings are one character per statement of the default questionnaire, `-` skipped.
pub fn answers() -> Vec<Answer> {
    #[rustfmt::skip]
    let rows: [Row; 8] = [
        (true, 1, "4242234224", &["roadmap_vs_quarter", "deal_requests"], "Promises made in deals", "", "Ada Lovelace", "ada.lovelace@example.com", "2026-11-02 09:14:03"),
        (true, 2, "545-122113", &["release_timing"], "", "Weekly sync", "Grace Hopper", "grace.hopper@example.com", "2026-11-02 10:27:41"),
        (true, 0, "3124445445", &[], "Nothing much", "The roadmap reviews", "Alan Turing", "alan.turing@example.com", "2026-11-03 16:05:59"),
        (true, 3, "4551111122", &["pricing", "incentives", "handoffs"], "Blame, every quarter", "", "Edsger Dijkstra", "edsger.dijkstra@example.com", "2026-11-04 08:00:12"),
        (false, 1, "3233333333", &["deal_requests", "feedback_loop"], "One-off feature asks", "", "Barbara Liskov", "barbara.liskov@example.com", "2026-11-02 11:45:30"),
        (false, 1, "4-43244334", &["enablement"], "", "Joint demos", "Donald Knuth", "donald.knuth@example.com", "2026-11-03 13:20:00"),
        (false, 2, "234222322-", &["roadmap_vs_quarter", "release_timing", "pricing"], "Dates slip", "Shared OKRs", "Margaret Hamilton", "margaret.hamilton@example.com", "2026-11-05 17:33:08"),
        (false, 0, "3115455545", &["handoffs"], "", "", "Ken Thompson", "ken.thompson@example.com", "2026-11-06 07:59:59"),
    ];
    rows.into_iter()
        .map(
            |(sales, relationship, ratings, sources, friction, works, name, email, timestamp)| {
                let mut parsed = [None; 10];
                for (slot, c) in parsed.iter_mut().zip(ratings.chars()) {
                    *slot = c.to_digit(10).map(|d| u8::try_from(d).unwrap());
                }
                Answer {
                    sales,
                    relationship,
                    ratings: parsed,
                    sources,
                    friction_comment: friction,
                    works_well_comment: works,
                    name,
                    email,
                    timestamp,
                }
            },
        )
        .collect()
}

/// Everything in the fixtures that says who answered or when.
pub fn identifying_strings(answers: &[Answer]) -> Vec<String> {
    let mut strings = Vec::new();
    for answer in answers {
        strings.push(answer.name.to_owned());
        strings.push(answer.email.to_owned());
        strings.push(answer.timestamp.to_owned());
        strings.push(google_timestamp(answer.timestamp));
        strings.push(typeform_token(answer.email));
    }
    strings.push(String::from("203.0.113."));
    strings
}

pub fn q() -> Questionnaire {
    Questionnaire::default_questionnaire()
}

pub fn team(answer: &Answer) -> &'static str {
    if answer.sales { "Sales" } else { "Product" }
}

pub fn relationship_label(answer: &Answer) -> String {
    q().relationship.options[usize::from(answer.relationship)]
        .label
        .clone()
}

pub fn source_label(key: &str) -> String {
    q().source(key).unwrap().label.clone()
}

pub fn word(rating: Option<u8>) -> String {
    rating.map_or_else(String::new, |r| AGREEMENT[usize::from(r) - 1].to_owned())
}

pub fn number(rating: Option<u8>) -> String {
    rating.map_or_else(String::new, |r| r.to_string())
}

/// One column per friction source: its label where the answer picked it, else empty.
pub fn source_columns<'a>(
    q: &'a Questionnaire,
    answer: &'a Answer,
) -> impl Iterator<Item = String> + 'a {
    q.sources.iter().map(|s| {
        if answer.sources.contains(&s.key.as_str()) {
            s.label.clone()
        } else {
            String::new()
        }
    })
}

pub fn csv_of(rows: &[Vec<String>]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// The same answers in Tandem's own CSV (keys and numbers).
pub fn tandem_csv(answers: &[Answer]) -> String {
    let q = q();
    let mut header = vec![String::from("function"), String::from("relationship")];
    header.extend(q.statements.iter().map(|s| s.key.clone()));
    header.extend(["sources", "friction_comment", "works_well_comment"].map(String::from));
    let mut rows = vec![header];
    for answer in answers {
        let mut row = vec![
            String::from(if answer.sales { "sales" } else { "product" }),
            answer.relationship.to_string(),
        ];
        row.extend(answer.ratings.iter().map(|r| number(*r)));
        row.push(answer.sources.join(";"));
        row.push(answer.friction_comment.to_owned());
        row.push(answer.works_well_comment.to_owned());
        rows.push(row);
    }
    csv_of(&rows)
}

pub fn google_timestamp(timestamp: &str) -> String {
    // "2026-11-02 09:14:03" → "11/2/2026 9:14:03", as Google Sheets writes it.
    let (date, time) = timestamp.split_once(' ').unwrap();
    let parts: Vec<u32> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let time = time.strip_prefix('0').unwrap_or(time);
    format!("{}/{}/{} {time}", parts[1], parts[2], parts[0])
}

/// Google Forms: the statements as one multiple-choice grid, `Title [row]`.
pub fn google_forms_csv(answers: &[Answer]) -> String {
    let q = q();
    let mut header = vec![
        String::from("Timestamp"),
        String::from("Email Address"),
        String::from("Which team are you in?"),
        q.relationship.prompt.clone(),
    ];
    header.extend(
        q.statements
            .iter()
            .map(|s| format!("{} [{}]", q.statements_prompt, s.text)),
    );
    header.extend([
        q.sources_prompt.clone(),
        q.friction_comment_prompt.clone(),
        q.works_well_comment_prompt.clone(),
    ]);
    let mut rows = vec![header];
    for answer in answers {
        let mut row = vec![
            google_timestamp(answer.timestamp),
            answer.email.to_owned(),
            team(answer).to_owned(),
            relationship_label(answer),
        ];
        row.extend(answer.ratings.iter().map(|r| word(*r)));
        row.push(
            answer
                .sources
                .iter()
                .map(|key| source_label(key))
                .collect::<Vec<_>>()
                .join(", "),
        );
        row.push(answer.friction_comment.to_owned());
        row.push(answer.works_well_comment.to_owned());
        rows.push(row);
    }
    csv_of(&rows)
}

pub fn typeform_token(email: &str) -> String {
    format!(
        "tf{:x}",
        email.len() * 7919 + email.bytes().map(usize::from).sum::<usize>()
    )
}

/// Typeform: opinion scales as numbers, one column per source choice.
pub fn typeform_csv(answers: &[Answer]) -> String {
    let q = q();
    let mut header = vec![
        String::from("#"),
        String::from("Which team are you in?"),
        q.relationship.prompt.clone(),
    ];
    header.extend(q.statements.iter().map(|s| s.text.clone()));
    header.extend(q.sources.iter().map(|s| s.label.clone()));
    header.extend([
        q.friction_comment_prompt.clone(),
        q.works_well_comment_prompt.clone(),
        String::from("Start Date (UTC)"),
        String::from("Submit Date (UTC)"),
        String::from("Network ID"),
    ]);
    let mut rows = vec![header];
    for (index, answer) in answers.iter().enumerate() {
        let mut row = vec![
            typeform_token(answer.email),
            team(answer).to_owned(),
            relationship_label(answer),
        ];
        row.extend(answer.ratings.iter().map(|r| number(*r)));
        row.extend(source_columns(&q, answer));
        row.push(answer.friction_comment.to_owned());
        row.push(answer.works_well_comment.to_owned());
        row.push(answer.timestamp.to_owned());
        row.push(answer.timestamp.to_owned());
        row.push(format!("203.0.113.{}", index + 10));
        rows.push(row);
    }
    csv_of(&rows)
}

/// `SurveyMonkey`: two header rows, a matrix for the statements, a column per checkbox.
pub fn surveymonkey_csv(answers: &[Answer]) -> String {
    let q = q();
    let identity = SURVEYMONKEY_IDENTITY;
    let mut first: Vec<String> = identity.iter().map(|h| (*h).to_owned()).collect();
    let mut second: Vec<String> = vec![String::new(); identity.len()];
    first.push(String::from("Which team are you in?"));
    second.push(String::from("Response"));
    first.push(q.relationship.prompt.clone());
    second.push(String::from("Response"));
    for (index, statement) in q.statements.iter().enumerate() {
        first.push(if index == 0 {
            q.statements_prompt.clone()
        } else {
            String::new()
        });
        second.push(statement.text.clone());
    }
    for (index, source) in q.sources.iter().enumerate() {
        first.push(if index == 0 {
            q.sources_prompt.clone()
        } else {
            String::new()
        });
        second.push(source.label.clone());
    }
    for prompt in [&q.friction_comment_prompt, &q.works_well_comment_prompt] {
        first.push(prompt.clone());
        second.push(String::from("Open-Ended Response"));
    }
    let mut rows = vec![first, second];
    for (index, answer) in answers.iter().enumerate() {
        let (first_name, last_name) = answer.name.split_once(' ').unwrap();
        let mut row = vec![
            format!("{}", 114_000_000_000_u64 + index as u64 * 7),
            String::from("431234567"),
            answer.timestamp.to_owned(),
            answer.timestamp.to_owned(),
            format!("203.0.113.{}", index + 10),
            answer.email.to_owned(),
            first_name.to_owned(),
            last_name.to_owned(),
            answer.name.to_owned(),
            team(answer).to_owned(),
            relationship_label(answer),
        ];
        row.extend(answer.ratings.iter().map(|r| word(*r)));
        row.extend(source_columns(&q, answer));
        row.push(answer.friction_comment.to_owned());
        row.push(answer.works_well_comment.to_owned());
        rows.push(row);
    }
    csv_of(&rows)
}

/// A spreadsheet cell.
#[derive(Clone, Debug)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// Days since 1899-12-30 with the time as a fraction, shown as a date.
    Date(f64),
}

/// Excel's serial date of "YYYY-MM-DD HH:MM:SS".
pub fn serial_date(timestamp: &str) -> f64 {
    let (date, time) = timestamp.split_once(' ').unwrap();
    let date: jiff::civil::Date = date.parse().unwrap();
    let epoch = jiff::civil::date(1899, 12, 30);
    let days = (date - epoch).get_days();
    let parts: Vec<f64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    f64::from(days) + (parts[0] * 3600.0 + parts[1] * 60.0 + parts[2]) / 86400.0
}

/// Microsoft Forms: identity and time columns first, a Likert question as one column per
/// statement (its words), choices joined with ";" and a trailing ";". `numbers` writes the
/// ratings as number cells instead (a sheet someone tidied in Excel).
pub fn microsoft_forms_rows(answers: &[Answer], numbers: bool) -> Vec<Vec<Cell>> {
    let q = q();
    let text = |s: &str| Cell::Text(s.to_owned());
    let mut header = vec![
        text("ID"),
        text("Start time"),
        text("Completion time"),
        text("Email"),
        text("Name"),
        text("Which team are you in?"),
        text(&q.relationship.prompt),
    ];
    header.extend(q.statements.iter().map(|s| text(&s.text)));
    header.extend([
        text(&q.sources_prompt),
        text(&q.friction_comment_prompt),
        text(&q.works_well_comment_prompt),
    ]);
    let mut rows = vec![header];
    for (index, answer) in answers.iter().enumerate() {
        let mut row = vec![
            Cell::Number((index + 1) as f64),
            Cell::Date(serial_date(answer.timestamp) - 0.01),
            Cell::Date(serial_date(answer.timestamp)),
            text(answer.email),
            text(answer.name),
            text(team(answer)),
            text(&relationship_label(answer)),
        ];
        row.extend(answer.ratings.iter().map(|r| match (numbers, r) {
            (true, Some(r)) => Cell::Number(f64::from(*r)),
            _ => text(&word(*r)),
        }));
        let sources: String = answer
            .sources
            .iter()
            .map(|key| format!("{};", source_label(key)))
            .collect();
        row.push(text(&sources));
        row.push(text(answer.friction_comment));
        row.push(text(answer.works_well_comment));
        rows.push(row);
    }
    rows
}

fn column_name(mut index: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn sheet_xml(rows: &[Vec<Cell>]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        xml.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column_name(c), r + 1);
            match cell {
                Cell::Text(text) if text.is_empty() => {}
                Cell::Text(text) => xml.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                    escape(text)
                )),
                Cell::Number(n) => xml.push_str(&format!(r#"<c r="{at}"><v>{n}</v></c>"#)),
                Cell::Date(n) => xml.push_str(&format!(r#"<c r="{at}" s="1"><v>{n}</v></c>"#)),
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// An .xlsx workbook with the given sheets, written part by part (the smallest workbook
/// Excel and calamine open: content types, relationships, workbook, styles with one date
/// format, one worksheet per sheet).
pub fn xlsx(sheets: &[(&str, Vec<Vec<Cell>>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, text: &str| {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    };
    let overrides: String = (1..=sheets.len())
        .map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    put(
        "[Content_Types].xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>"#
        ),
    );
    put(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    let sheet_list: String = sheets
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            format!(
                r#"<sheet name="{}" sheetId="{}" r:id="rId{}"/>"#,
                escape(name),
                i + 1,
                i + 1
            )
        })
        .collect();
    put(
        "xl/workbook.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheet_list}</sheets></workbook>"#
        ),
    );
    let rels: String = (1..=sheets.len())
        .map(|i| format!(r#"<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"#))
        .collect();
    let styles_id = sheets.len() + 1;
    put(
        "xl/_rels/workbook.xml.rels",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rId{styles_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
        ),
    );
    put(
        "xl/styles.xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#,
    );
    for (i, (_, rows)) in sheets.iter().enumerate() {
        put(
            &format!("xl/worksheets/sheet{}.xml", i + 1),
            &sheet_xml(rows),
        );
    }
    zip.finish().unwrap().into_inner()
}

/// Microsoft Forms' download: one sheet, "Sheet1".
pub fn microsoft_forms_xlsx(answers: &[Answer]) -> Vec<u8> {
    xlsx(&[("Sheet1", microsoft_forms_rows(answers, false))])
}

/// Responses in one order, whichever order a file gave them: to compare two imports.
pub fn sorted(mut responses: Vec<Response>) -> Vec<Response> {
    responses.sort_by_key(|response| format!("{response:?}"));
    responses
}

/// The metrics of `responses` in a workshop of their own.
pub fn metrics_of(responses: Vec<Response>) -> WorkshopMetrics {
    let mut workshop = super::blank_workshop("Imported");
    workshop.submit(responses).unwrap();
    WorkshopMetrics::compute(&workshop)
}
