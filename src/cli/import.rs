//! `tandem import CSV --into FILE` and `tandem import CSV --new --title T --out FILE`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::domain::{Date, Function, Workshop};
use crate::export::parse_responses_csv;
use crate::storage;

pub fn run(
    csv: &Path,
    into: Option<&Path>,
    title: Option<String>,
    organisation: Option<String>,
    date: Option<String>,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(csv).with_context(|| format!("cannot read {}", csv.display()))?;
    let (mut workshop, target) = match (into, out) {
        (Some(into), _) => (storage::load_workshop(into)?, into.to_path_buf()),
        (None, Some(out)) => {
            if out.exists() {
                bail!("{} already exists; use --into to add to it", out.display());
            }
            let date = match date {
                Some(text) => text.parse::<Date>()?,
                None => Date::today(),
            };
            let mut workshop = Workshop::new(title.unwrap_or_default(), date);
            workshop.meta.organisation = organisation.unwrap_or_default();
            (workshop, out.to_path_buf())
        }
        (None, None) => {
            bail!("say where the responses go: --into FILE, or --new --title T --out FILE")
        }
    };
    let responses = parse_responses_csv(&bytes, &workshop.questionnaire)
        .map_err(|error| anyhow::anyhow!("{}: {error}; nothing was imported", csv.display()))?;
    let count = responses.len();
    workshop
        .submit(responses)
        .map_err(|problem| anyhow::anyhow!("{}: {problem}; nothing was imported", csv.display()))?;
    storage::save_workshop(&target, &workshop)?;
    super::print_stdout(&format!(
        "imported {count} responses into {} (now {} sales, {} product){}\n",
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
