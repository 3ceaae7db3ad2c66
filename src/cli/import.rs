//! `tandem import FILE --into WORKSHOP` and `tandem import FILE --new --title T --out FILE`:
//! a survey's answers (Tandem's CSV, or a Google Forms, Microsoft Forms, Typeform or
//! `SurveyMonkey` export), all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::clock::Clock;
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

pub fn run(args: &ImportArgs, clock: &Clock) -> anyhow::Result<ExitCode> {
    let file = &args.file;
    let language = Language::of_system();
    let bytes = std::fs::read(file).with_context(|| {
        language.text_with(
            "import-error-cannot-read-file",
            &[("path", file.display().to_string().into())],
        )
    })?;
    let mapping = ColumnMapping::from_arguments(&args.map, &args.ignore)
        .map_err(|error| anyhow::anyhow!(error.describe(language, &[])))?;
    let (mut workshop, target) = target_workshop(args, language, clock)?;
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
    let imported = language.text_with(
        "import-error-imported",
        &[
            ("count", count.into()),
            ("path", target.display().to_string().into()),
            ("sales", workshop.respondents(Function::Sales).into()),
            ("product", workshop.respondents(Function::Product).into()),
        ],
    );
    super::print_stdout(&format!(
        "{imported}{dropped}{}\n",
        Function::ALL
            .into_iter()
            .filter_map(|function| workshop.held_back_notice(function, language))
            .map(|notice| format!("\n{notice}"))
            .collect::<String>()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn target_workshop(
    args: &ImportArgs,
    language: Language,
    clock: &Clock,
) -> anyhow::Result<(Workshop, PathBuf)> {
    Ok(match (&args.into, &args.out) {
        (Some(into), _) => (storage::load_workshop(into)?, into.clone()),
        (None, Some(out)) => {
            if out.exists() {
                bail!(language.text_with(
                    "import-error-exists",
                    &[("path", out.display().to_string().into())]
                ));
            }
            let date = match &args.date {
                Some(text) => text.parse::<Date>()?,
                None => clock.today(),
            };
            let mut workshop = Workshop::new(args.title.clone().unwrap_or_default(), date);
            workshop.meta.organisation = args.organisation.clone().unwrap_or_default();
            (workshop, out.clone())
        }
        (None, None) => {
            bail!(language.text("import-error-say-where"))
        }
    })
}
