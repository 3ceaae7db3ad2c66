//! `tandem export FILE --format md|html|csv [--what responses|metrics] [--out PATH]`.

use std::path::Path;
use std::process::ExitCode;

use super::{CsvContent, ExportFormat};
use crate::export::{Format, Summary};
use crate::storage;

pub fn run(
    file: &Path,
    format: ExportFormat,
    what: CsvContent,
    out: Option<&Path>,
    rules: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let workshop = storage::load_workshop(file)?;
    let rules = super::rules_for(file, &workshop, rules)?;
    let format = match (format, what) {
        (ExportFormat::Md, _) => Format::Markdown,
        (ExportFormat::Html, _) => Format::Html,
        (ExportFormat::Csv, CsvContent::Responses) => Format::ResponsesCsv,
        (ExportFormat::Csv, CsvContent::Metrics) => Format::MetricsCsv,
    };
    let text = format.render(&Summary::new(&workshop, &rules));
    super::write_output(out, &text)?;
    if !workshop.floor_reached() {
        super::say("note: results withheld below the anonymity floor; only counts were exported");
    }
    Ok(ExitCode::SUCCESS)
}
