//! `tandem export FILE --format md|html|csv [--what responses|metrics] [--out PATH]
//! [--lang LANG]`.

use std::path::Path;
use std::process::ExitCode;

use super::{CsvContent, ExportFormat};
use crate::export::{Format, Summary};
use crate::i18n::Language;
use crate::storage;

/// What `tandem export` was asked.
pub struct ExportArgs<'a> {
    pub file: &'a Path,
    pub format: ExportFormat,
    pub what: CsvContent,
    pub out: Option<&'a Path>,
    pub rules: Option<&'a Path>,
    /// The Markdown and HTML are written in it, else in the workshop's language; the CSV
    /// keeps keys and machine formats whatever it is.
    pub language: Option<Language>,
}

pub fn run(args: &ExportArgs<'_>) -> anyhow::Result<ExitCode> {
    let workshop = storage::load_workshop(args.file)?;
    let rules = super::rules_for(args.file, &workshop, args.rules)?;
    let format = match (args.format, args.what) {
        (ExportFormat::Md, _) => Format::Markdown,
        (ExportFormat::Html, _) => Format::Html,
        (ExportFormat::Csv, CsvContent::Responses) => Format::ResponsesCsv,
        (ExportFormat::Csv, CsvContent::Metrics) => Format::MetricsCsv,
    };
    let language = args.language.unwrap_or(workshop.meta.language);
    if format == Format::ResponsesCsv {
        // Said before the rows are written: they link a team to its comments.
        let said = args.language.unwrap_or_else(Language::of_system);
        super::say(&said.text("cli-raw-responses"));
    }
    let text = format.render(&Summary::in_language(&workshop, &rules, language));
    super::write_output(args.out, &text)?;
    if !workshop.floor_reached() {
        let said = args.language.unwrap_or_else(Language::of_system);
        super::say(&said.text("cli-note-withheld"));
    }
    Ok(ExitCode::SUCCESS)
}
