use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::storage;

pub fn run(workshops_dir: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let scan = storage::scan(workshops_dir)?;
    // Written as one text so that a reader that goes away is handled in one place.
    let mut out = String::new();
    if json {
        let text = serde_json::to_string_pretty(&scan.workshops)?;
        writeln!(out, "{text}")?;
    } else if scan.workshops.is_empty() {
        writeln!(out, "No workshops in {}", workshops_dir.display())?;
    } else {
        writeln!(
            out,
            "{:<10}  {:<36}  {:<20}  {:>5}  {:>7}  {:<8}  {:<12}  file",
            "date", "title", "organisation", "sales", "product", "stage", "verdict"
        )?;
        for summary in &scan.workshops {
            writeln!(
                out,
                "{:<10}  {:<36}  {:<20}  {:>5}  {:>7}  {:<8}  {:<12}  {}",
                summary.date.to_string(),
                truncate(&summary.title, 36),
                truncate(&summary.organisation, 20),
                summary.sales,
                summary.product,
                summary.stage.label(),
                summary.verdict.key(),
                summary.path.display()
            )?;
        }
    }
    super::print_stdout(&out)?;
    for error in &scan.unreadable {
        super::say(&format!("could not read: {error}"));
    }
    Ok(ExitCode::SUCCESS)
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}
