//! `tandem compare A.ron B.ron [C.ron ...] [--format text|md|html|json|pdf] [--out PATH]
//! [--lang LANG]`: the text, Markdown, HTML and PDF in LANG, else the newest workshop's
//! language.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::CompareFormat;
use crate::compare::{Comparison, report};
use crate::export::safe_output::safe_json;
use crate::i18n::Language;
use crate::storage;

pub fn run(
    files: &[PathBuf],
    format: CompareFormat,
    out: Option<&Path>,
    language: Option<Language>,
) -> anyhow::Result<ExitCode> {
    let mut workshops = Vec::with_capacity(files.len());
    for file in files {
        let workshop = storage::load_workshop(file)?;
        let rules = super::rules_for(file, &workshop, None)?;
        workshops.push((file.clone(), workshop, rules));
    }
    let comparison = Comparison::in_language(workshops, language);
    let text = match format {
        CompareFormat::Text | CompareFormat::Md => report::markdown(&comparison),
        CompareFormat::Html => report::html(&comparison),
        CompareFormat::Json => format!("{}\n", safe_json(&report::json(&comparison))?),
        CompareFormat::Pdf => {
            super::export::write_pdf(out, &report::ReportFormat::Pdf.bytes(&comparison)?)?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    super::write_output(out, &text)?;
    Ok(ExitCode::SUCCESS)
}
