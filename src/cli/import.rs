//! `tandem import FILE --into WORKSHOP` and `tandem import FILE --new --title T --out FILE`:
//! a survey's answers (Tandem's CSV, or a Google Forms, Microsoft Forms, Typeform or
//! `SurveyMonkey` export), all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::domain::{Date, Function, Workshop};
use crate::i18n::Language;
use crate::import::{ColumnMapping, dropped_note, import_file};
use crate::storage;

/// What `tandem import` was asked to do.
pub struct ImportArgs {
    pub file: PathBuf,
    pub into: Option<PathBuf>,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub date: Option<String>,
    pub out: Option<PathBuf>,
    pub sheet: Option<String>,
    pub map: Vec<String>,
    pub ignore: Vec<String>,
}

pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let file = &args.file;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mapping = ColumnMapping::from_arguments(&args.map, &args.ignore)
        .map_err(|error| anyhow::anyhow!("{error}; nothing was imported"))?;
    let (mut workshop, target) = target_workshop(args)?;
    let language = Language::of_system();
    let imported = import_file(
        &bytes,
        file,
        args.sheet.as_deref(),
        &workshop.questionnaire,
        &mapping,
    )
    .map_err(|error| {
        anyhow::anyhow!(language.text_with(
            "import-error-nothing-imported",
            &[
                ("path", file.display().to_string().into()),
                ("error", error.describe(language).into()),
            ],
        ))
    })?;
    let count = imported.responses.len();
    workshop.submit(imported.responses).map_err(|problem| {
        anyhow::anyhow!("{}: {problem}; nothing was imported", file.display())
    })?;
    storage::save_workshop(&target, &workshop)?;
    let dropped = dropped_note(&imported.dropped, language)
        .map(|note| format!("\n{note}"))
        .unwrap_or_default();
    super::print_stdout(&format!(
        "imported {count} responses into {} (now {} sales, {} product){dropped}{}\n",
        target.display(),
        workshop.respondents(Function::Sales),
        workshop.respondents(Function::Product),
        Function::ALL
            .into_iter()
            .filter_map(|function| workshop.held_back_notice(function))
            .map(|notice| format!("\n{notice}"))
            .collect::<String>()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn target_workshop(args: &ImportArgs) -> anyhow::Result<(Workshop, PathBuf)> {
    Ok(match (&args.into, &args.out) {
        (Some(into), _) => (storage::load_workshop(into)?, into.clone()),
        (None, Some(out)) => {
            if out.exists() {
                bail!("{} already exists; use --into to add to it", out.display());
            }
            let date = match &args.date {
                Some(text) => text.parse::<Date>()?,
                None => Date::today(),
            };
            let mut workshop = Workshop::new(args.title.clone().unwrap_or_default(), date);
            workshop.meta.organisation = args.organisation.clone().unwrap_or_default();
            (workshop, out.clone())
        }
        (None, None) => {
            bail!("say where the responses go: --into FILE, or --new --title T --out FILE")
        }
    })
}
