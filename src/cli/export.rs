//! `tandem export FILE --format md|html|pdf|csv [--what responses|metrics] [--out PATH]
//! [--lang LANG]`.

use std::path::Path;
use std::process::ExitCode;

use super::{CsvContent, ExportFormat};
use crate::export::{Export, Format, Summary};
use crate::i18n::Language;
use crate::storage;

/// What `tandem export` was asked.
pub struct ExportArgs<'a> {
    pub file: &'a Path,
    pub format: ExportFormat,
    pub what: CsvContent,
    pub out: Option<&'a Path>,
    pub rules: Option<&'a Path>,
    /// The Markdown, HTML and PDF are written in it, else in the workshop's language; the CSV
    /// keeps keys and machine formats whatever it is.
    pub language: Option<Language>,
}

pub fn run(args: &ExportArgs<'_>) -> anyhow::Result<ExitCode> {
    let workshop = storage::load_workshop(args.file)?;
    let rules = super::rules_for(args.file, &workshop, args.rules)?;
    let export = match (args.format, args.what) {
        (ExportFormat::Md, _) => Export::Text(Format::Markdown),
        (ExportFormat::Html, _) => Export::Text(Format::Html),
        (ExportFormat::Pdf, _) => Export::Pdf,
        (ExportFormat::Csv, CsvContent::Responses) => Export::Text(Format::ResponsesCsv),
        (ExportFormat::Csv, CsvContent::Metrics) => Export::Text(Format::MetricsCsv),
    };
    let language = args.language.unwrap_or(workshop.meta.language);
    if export == Export::Text(Format::ResponsesCsv) {
        // Said before the rows are written: they link a team to its comments.
        let said = args.language.unwrap_or_else(Language::of_system);
        super::say(&said.text("cli-raw-responses"));
        if !workshop.held.is_empty() {
            super::say(&said.text_with("cli-raw-held", &[("count", workshop.held.len().into())]));
        }
    }
    let summary = Summary::in_language(&workshop, &rules, language);
    match export {
        Export::Text(format) => super::write_output(args.out, &format.render(&summary))?,
        Export::Pdf => write_pdf(args.out, &export.bytes(&summary)?)?,
    }
    if !workshop.floor_reached() {
        let said = args.language.unwrap_or_else(Language::of_system);
        super::say(&said.text("cli-note-withheld"));
    }
    Ok(ExitCode::SUCCESS)
}

/// A PDF goes to `--out`, or to standard output when that is a pipe or a file: on a terminal
/// its bytes would be noise and escapes, so the command asks for `--out` instead.
pub(super) fn write_pdf(out: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::{IsTerminal as _, Write as _};
    if let Some(path) = out {
        storage::atomic::write_atomically(path, bytes)?;
        return Ok(());
    }
    let mut stdout = std::io::stdout().lock();
    anyhow::ensure!(
        !stdout.is_terminal(),
        "a PDF is not for the terminal: give --out FILE.pdf, or redirect the output to a file"
    );
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        written => Ok(written?),
    }
}
