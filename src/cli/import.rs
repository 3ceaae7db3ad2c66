//! `tandem import FILE --into WORKSHOP` and `tandem import FILE --new --title T --out FILE`:
//! a survey's answers (Tandem's CSV, or a Google Forms, Microsoft Forms, Typeform or
//! `SurveyMonkey` export), all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::clock::Clock;
use crate::domain::{Date, Function, Workshop};
use crate::i18n::Language;
use crate::import::{ColumnMapping, import_file, notes};
use crate::storage::{self, DiskCopy, NotAdded, NotWritten, Program, WorkshopLock};

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
    /// Import rows the workshop already took once more.
    pub again: bool,
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
    let mut target = target_workshop(args, language, clock)?;
    let imported = import_file(
        &bytes,
        file,
        args.sheet.as_deref(),
        &target.workshop.questionnaire,
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
    if imported.imported_before(&target.workshop) && !args.again {
        bail!(language.text_with(
            "import-error-imported-before",
            &[
                ("path", file.display().to_string().into()),
                ("count", imported.responses.len().into()),
                ("workshop", target.path.display().to_string().into()),
            ],
        ));
    }
    let count = imported.responses.len();
    let held_before = target.workshop.held.len();
    let workshop = &mut target.workshop;
    workshop.imports.push(imported.record());
    let submitted =
        storage::submit_and_save(&mut target.disk, workshop, imported.responses.clone());
    if let Err(problem) = submitted {
        workshop.imports.pop();
        return Err(match problem {
            NotAdded::Invalid(problem) => {
                anyhow::anyhow!("{}: {problem}; nothing was imported", file.display())
            }
            NotAdded::NotSaved(not_written) => {
                anyhow::anyhow!(not_written_message(&not_written, &target.path, language))
            }
        });
    }
    let workshop = &target.workshop;
    // How many more answers wait than before (answers waiting before may have joined).
    let held_now = workshop.held.len().saturating_sub(held_before);
    let target = &target.path;
    let dropped: String = notes(&imported, language)
        .iter()
        .map(|note| format!("\n{note}"))
        .collect();
    let held_now = if held_now > 0 {
        format!(
            "\n{}",
            language.text_with("import-held-after-reveal", &[("count", held_now.into())])
        )
    } else {
        String::new()
    };
    let imported = language.text_with(
        "import-error-imported",
        &[
            ("count", count.into()),
            ("path", target.display().to_string().into()),
            // Every answer in the file; the notices below say how many of them are held.
            ("sales", workshop.given(Function::Sales).into()),
            ("product", workshop.given(Function::Product).into()),
        ],
    );
    super::print_stdout(&format!(
        "{imported}{dropped}{held_now}{}\n",
        Function::ALL
            .into_iter()
            .filter_map(|function| workshop.held_back_notice(function, language))
            .map(|notice| format!("\n{notice}"))
            .collect::<String>()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The workshop the answers go into: an existing one under its lock, or a new file.
struct Target {
    path: PathBuf,
    workshop: Workshop,
    disk: DiskCopy,
    _lock: Option<WorkshopLock>,
}

fn target_workshop(args: &ImportArgs, language: Language, clock: &Clock) -> anyhow::Result<Target> {
    Ok(match (&args.into, &args.out) {
        (Some(into), _) => {
            let super::locked::Locked {
                workshop,
                disk,
                lock,
            } = super::locked::open(into, Program::Import, clock, language)?;
            Target {
                path: into.clone(),
                workshop,
                disk,
                _lock: Some(lock),
            }
        }
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
            Target {
                path: out.clone(),
                disk: DiskCopy::unwritten(out, &workshop),
                workshop,
                _lock: None,
            }
        }
        (None, None) => {
            bail!(language.text("import-error-say-where"))
        }
    })
}

/// Why the answers could not be written, in words: the file could not be written, or was
/// changed elsewhere in the same places meanwhile.
fn not_written_message(
    not_written: &NotWritten,
    path: &std::path::Path,
    language: Language,
) -> String {
    match not_written {
        NotWritten::Failed(error) => error.describe(language),
        NotWritten::Conflict(_) => language.text_with(
            "import-error-changed-meanwhile",
            &[("path", path.display().to_string().into())],
        ),
    }
}
