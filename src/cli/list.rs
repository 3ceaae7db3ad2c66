use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::domain::Function;
use crate::export::safe_output::safe_json;
use crate::i18n::Language;
use crate::storage;

pub fn run(workshops_dir: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let scan = storage::scan(workshops_dir)?;
    // Written as one text so that a reader that goes away is handled in one place.
    let mut out = String::new();
    if json {
        let text = safe_json(&scan.workshops)?;
        writeln!(out, "{text}")?;
    } else if scan.workshops.is_empty() {
        writeln!(out, "No workshops in {}", workshops_dir.display())?;
    } else {
        // Every answer in the file, held ones too, with how many are held back: those
        // cells grow, so the two columns are as wide as their widest cell.
        let language = Language::of_system();
        let cells: Vec<[String; 2]> = scan
            .workshops
            .iter()
            .map(|summary| {
                [
                    (Function::Sales, summary.sales),
                    (Function::Product, summary.product),
                ]
                .map(|(function, counted)| {
                    let held = summary.held_back.get(function.key()).copied().unwrap_or(0);
                    if held == 0 {
                        counted.to_string()
                    } else {
                        let words = language.text_with("part-held-back", &[("count", held.into())]);
                        format!("{} ({words})", counted + held)
                    }
                })
            })
            .collect();
        let width = |column: usize, header: &str| {
            cells
                .iter()
                .map(|row| row[column].chars().count())
                .fold(header.len(), usize::max)
        };
        let (sales_width, product_width) = (width(0, "sales"), width(1, "product"));
        writeln!(
            out,
            "{:<10}  {:<36}  {:<20}  {:>sales_width$}  {:>product_width$}  {:<8}  {:<12}  file",
            "date", "title", "organisation", "sales", "product", "stage", "verdict"
        )?;
        for (summary, [sales, product]) in scan.workshops.iter().zip(&cells) {
            writeln!(
                out,
                "{:<10}  {:<36}  {:<20}  {sales:>sales_width$}  {product:>product_width$}  {:<8}  {:<12}  {}",
                summary.date.to_string(),
                truncate(&summary.title, 36),
                truncate(&summary.organisation, 20),
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
