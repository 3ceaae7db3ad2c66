//! The survey tools' own exports in the wild (see [`super::wild_surveys`]): Typeform with
//! its metadata and marked-up titles, `SurveyMonkey` 2017 (Windows-1252, bare CR line ends,
//! NUL header cells) and today's in UTF-16 BE, Microsoft Forms' workbook anonymous and in
//! German.

use tandem::import::TextEncoding;

use super::survey_bytes::{LineEnd, Stored, bytes_of, file_of};
use super::survey_fixtures::{self as fx, Answer, Cell};
use super::wild_surveys::{Extra, Shape, assemble, parts, wild_answers};

/// Typeform's titles as its export writes them: Markdown, HTML emphasis, emoji, spaces.
fn typeform_titles() -> Vec<String> {
    let q = fx::q();
    let mut titles = vec![
        String::from("*Which team* are you in? 👋"),
        format!("<strong>{}</strong>", q.relationship.prompt),
    ];
    titles.extend(q.statements.iter().enumerate().map(|(i, s)| match i % 4 {
        0 => format!("🤝 {}", s.text),
        1 => format!("*{}*", s.text),
        2 => format!("<strong>{}</strong> 💬", s.text),
        _ => s.text.replace(' ', "  "),
    }));
    titles.extend(q.sources.iter().map(|s| s.label.clone()));
    titles.extend([
        q.friction_comment_prompt.replace("most", "*most*") + " 🔥",
        format!("<em>{}</em> ✅", q.works_well_comment_prompt),
    ]);
    titles
}

fn typeform_cells(answer: &Answer) -> Vec<String> {
    let q = fx::q();
    let mut row = vec![fx::team(answer).to_owned(), fx::relationship_label(answer)];
    row.extend(answer.ratings.iter().map(|r| fx::number(*r)));
    row.extend(fx::source_columns(&q, answer));
    row.push(answer.friction_comment.to_owned());
    row.push(answer.works_well_comment.to_owned());
    row
}

/// Typeform's CSV with the metadata columns real exports end with.
pub fn typeform() -> Shape {
    let time = |header: &str| Extra::new(header, |_, a| a.timestamp.to_owned());
    let after = vec![
        Extra::new("Response Type", |_, _| String::from("completed")),
        time("Start Date (UTC)"),
        time("Stage Date (UTC)"),
        time("Submit Date (UTC)"),
        Extra::new("Network ID", |i, _| {
            format!("{:010x}", 0x5eed_0000 + i * 977)
        }),
        Extra::new("Tags", |_, a| a.name.to_lowercase().replace(' ', "-")),
        Extra::new("Ending", |_, _| String::from("Thank you")),
    ];
    let before = vec![Extra::new("#", |_, a| fx::typeform_token(a.email))];
    let (rows, dropped, identifying) = assemble(typeform_titles(), typeform_cells, &before, &after);
    Shape {
        name: "Typeform",
        file: "typeform.csv",
        bytes: file_of(&rows, b',', LineEnd::Lf, Stored::Utf8),
        encoding: Some(TextEncoding::Utf8),
        dropped,
        identifying,
    }
}

/// `SurveyMonkey` 2017's identity and time columns, spelled as it spelled them then.
fn surveymonkey_2017_identity() -> Vec<Extra> {
    let date = |_: usize, a: &Answer| {
        let [y, mo, d, h, mi, s] = parts(a.timestamp);
        let (h12, half) = if h < 12 { (h, "AM") } else { (h - 12, "PM") };
        format!("{mo:02}/{d:02}/{y} {h12:02}:{mi:02}:{s:02} {half}")
    };
    let name =
        |part: usize| move |_: usize, a: &Answer| a.name.split(' ').nth(part).unwrap().to_owned();
    vec![
        Extra::new("RespondentID", |i, _| (10_240_000_017 + i).to_string()),
        Extra::new("CollectorID", |_, _| String::from("73550211")),
        Extra::new("StartDate", date),
        Extra::new("EndDate", date),
        Extra::new("IP Address", |i, _| format!("198.51.100.{}", i + 20)),
        Extra::new("Email Address", |_, a| a.email.to_owned()),
        Extra::new("First Name", name(0)),
        Extra::new("LastName", name(1)),
        Extra::new("Custom Data", |i, _| format!("crm-{:04}", 42 + i)),
    ]
}

/// The questions' two header rows: each question over its first column, then "Response",
/// "Open-Ended Response" or each statement and option; last, a column with no name.
fn surveymonkey_question_headers() -> (Vec<String>, Vec<String>) {
    let q = fx::q();
    let mut first = vec![
        String::from("Which team are you in?"),
        q.relationship.prompt.clone(),
    ];
    let mut second = vec![String::from("Response"); 2];
    let items = q.statements.iter().map(|s| s.text.clone());
    let options = q.sources.iter().map(|s| s.label.clone());
    for (prompt, below) in [
        (&q.statements_prompt, items.collect::<Vec<_>>()),
        (&q.sources_prompt, options.collect()),
    ] {
        first.push(prompt.clone());
        first.extend(vec![String::new(); below.len() - 1]);
        second.extend(below);
    }
    first.extend([
        q.friction_comment_prompt.clone(),
        q.works_well_comment_prompt.clone(),
        String::new(),
    ]);
    second.extend(["Open-Ended Response", "Open-Ended Response", ""].map(String::from));
    (first, second)
}

fn surveymonkey_cells(answer: &Answer) -> Vec<String> {
    let mut row = vec![fx::team(answer).to_owned(), fx::relationship_label(answer)];
    row.extend(answer.ratings.iter().map(|r| fx::word(*r)));
    row.extend(fx::source_columns(&fx::q(), answer));
    row.extend([
        answer.friction_comment.to_owned(),
        answer.works_well_comment.to_owned(),
        String::new(),
    ]);
    row
}

/// `SurveyMonkey` in its 2017 spelling, saved by Excel on an old Mac: Windows-1252, bare CR
/// line ends, the second header row's identity cells NUL bytes, and an empty column with no
/// name at the end.
pub fn surveymonkey_2017() -> Shape {
    let identity = surveymonkey_2017_identity();
    let (titles, below) = surveymonkey_question_headers();
    let (mut rows, dropped, identifying) = assemble(titles, surveymonkey_cells, &identity, &[]);
    let mut second = vec![String::from("\0"); identity.len()];
    second.extend(below);
    rows.insert(1, second);
    Shape {
        name: "SurveyMonkey 2017",
        file: "surveymonkey-2017.csv",
        bytes: file_of(&rows, b',', LineEnd::Cr, Stored::Windows1252),
        encoding: Some(TextEncoding::Windows1252),
        dropped,
        identifying,
    }
}

/// Today's `SurveyMonkey` CSV stored as UTF-16 big-endian after its BOM.
pub fn surveymonkey_utf16_be() -> Shape {
    let text = fx::surveymonkey_csv(&wild_answers());
    let identity = fx::SURVEYMONKEY_IDENTITY.len();
    // The identity columns' cells of each response (after the two header rows).
    let identifying = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .skip(2)
        .flat_map(|record| {
            let record = record.unwrap();
            (0..identity).map(move |i| record[i].to_owned())
        })
        .filter(|cell| cell.chars().count() >= 4)
        .collect();
    Shape {
        name: "SurveyMonkey in UTF-16 BE",
        file: "surveymonkey-utf16be.csv",
        bytes: bytes_of(&text, Stored::Utf16BeBom),
        encoding: Some(TextEncoding::Utf16Be),
        dropped: fx::SURVEYMONKEY_IDENTITY.map(String::from).to_vec(),
        identifying,
    }
}

/// Microsoft Forms' identity and time headers: English with `Id` as some exports spell it,
/// or German.
fn microsoft_forms_headers(english: bool) -> [&'static str; 6] {
    if english {
        [
            "Id",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "Last modified time",
        ]
    } else {
        [
            "ID",
            "Startzeit",
            "Fertigstellungszeit",
            "E-Mail",
            "Name",
            "Zeitpunkt der letzten Änderung",
        ]
    }
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

/// One response's row: its number, three times, e-mail and name, then the answers (a
/// Likert question's words, choices each ending in `;`).
fn microsoft_forms_row(index: usize, answer: &Answer, anonymous: bool) -> Vec<Cell> {
    let serial = fx::serial_date(answer.timestamp);
    let (email, name) = if anonymous {
        ("anonymous", "")
    } else {
        (answer.email, answer.name)
    };
    let mut row = vec![
        Cell::Number((index + 1) as f64),
        Cell::Date(serial - 0.01),
        Cell::Date(serial),
        text(email),
        text(name),
        Cell::Date(serial),
        text(fx::team(answer)),
        text(&fx::relationship_label(answer)),
    ];
    row.extend(answer.ratings.iter().map(|r| text(&fx::word(*r))));
    let sources: String = answer
        .sources
        .iter()
        .map(|k| format!("{};", fx::source_label(k)))
        .collect();
    row.extend([
        text(&sources),
        text(answer.friction_comment),
        text(answer.works_well_comment),
    ]);
    row
}

/// Microsoft Forms' workbook: `anonymous` in the Email column and no name when the form
/// collects none (with English headers), or names and e-mails (with German headers).
pub fn microsoft_forms(anonymous: bool) -> Shape {
    let q = fx::q();
    let headers = microsoft_forms_headers(anonymous);
    let mut header: Vec<Cell> = headers.iter().map(|h| text(h)).collect();
    header.extend([text("Which team are you in?"), text(&q.relationship.prompt)]);
    header.extend(q.statements.iter().map(|s| text(&s.text)));
    let last = [
        &q.sources_prompt,
        &q.friction_comment_prompt,
        &q.works_well_comment_prompt,
    ];
    header.extend(last.map(|t| text(t)));
    let answers = wild_answers();
    let mut rows = vec![header];
    let mut identifying = Vec::new();
    for (index, answer) in answers.iter().enumerate() {
        rows.push(microsoft_forms_row(index, answer, anonymous));
        identifying.push(answer.timestamp.to_owned());
        if !anonymous {
            identifying.extend([answer.email.to_owned(), answer.name.to_owned()]);
        }
    }
    Shape {
        name: "Microsoft Forms",
        file: "microsoft-forms.xlsx",
        bytes: fx::xlsx(&[("Sheet1", rows)]),
        encoding: None,
        dropped: headers.map(String::from).to_vec(),
        identifying,
    }
}
