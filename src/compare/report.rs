//! A comparison as Markdown (also the terminal form), self-contained HTML, or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Comparison, arrow};
use crate::domain::{Function, Relationship};
use crate::metrics::Scope;
use crate::metrics::benchmark::study_share_label;
use crate::rules::percent;

fn number(value: Option<f64>, signed: bool) -> String {
    match value {
        Some(value) if signed => format!("{value:+.2}"),
        Some(value) => format!("{value:.2}"),
        None => String::from("–"),
    }
}

fn change(from: Option<f64>, to: Option<f64>, lower_is_better: bool) -> String {
    match (from, to) {
        (Some(from), Some(to)) => {
            format!("{:+.2} {}", to - from, arrow(to - from, lower_is_better))
        }
        _ => String::from("–"),
    }
}

/// Rules by their titles: "Constant friction, Low trust".
fn titles(comparison: &Comparison, rules: &[String]) -> String {
    rules
        .iter()
        .map(|rule| comparison.names.rule(rule))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writing to a `String` cannot fail, so `writeln!` results are ignored throughout.
pub fn markdown(comparison: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Comparison of {} workshops\n",
        comparison.workshops.len()
    );
    verdicts_markdown(&mut out, comparison);
    friction_markdown(&mut out, comparison);
    relationship_markdown(&mut out, comparison);
    changes_markdown(&mut out, comparison);
    if !comparison.left_out.is_empty() {
        let _ = writeln!(
            out,
            "The workshops used different questionnaires. Compared: the {} statements they share. Left out: {}.",
            comparison.shared_statements.len(),
            comparison
                .left_out
                .iter()
                .map(|key| comparison.names.statement(key))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out
}

/// One row per workshop: counts and verdicts; which ones are below the floor.
fn verdicts_markdown(out: &mut String, comparison: &Comparison) {
    let _ = writeln!(
        out,
        "| # | Date | Workshop | Sales | Product | Verdict | Sales verdict | Product verdict | Toxic / healthy weight |"
    );
    let _ = writeln!(out, "|---|---|---|---:|---:|---|---|---|---|");
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        let weights = workshop.results.as_ref().map_or_else(
            || String::from("withheld"),
            |r| {
                format!(
                    "{} / {}",
                    r.classification.overall.toxic_weight, r.classification.overall.healthy_weight
                )
            },
        );
        let verdict = |scope| {
            let v = comparison.verdict(index, scope);
            format!("{} {}", v.icon(), v.label())
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            index + 1,
            workshop.date,
            workshop.title.replace('|', "\\|"),
            workshop.sales,
            workshop.product,
            verdict(Scope::Overall),
            verdict(Scope::Sales),
            verdict(Scope::Product),
            weights
        );
    }
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        if workshop.results.is_none() {
            let _ = writeln!(
                out,
                "\nWorkshop {} is below the anonymity floor: only its counts are compared.",
                index + 1
            );
        }
    }
    stability_markdown(out, comparison);
}

/// Whether each verdict holds whichever single answer is left out.
fn stability_markdown(out: &mut String, comparison: &Comparison) {
    let mut lines = String::new();
    for index in 0..comparison.workshops.len() {
        for scope in Scope::ALL {
            if let Some(words) = comparison.stability_words(index, scope) {
                let scope = scope.label().to_lowercase();
                let _ = writeln!(lines, "- #{} {scope}: {words}", index + 1);
            }
        }
    }
    if !lines.is_empty() {
        let _ = write!(out, "\nDoes a verdict hinge on one answer?\n\n{lines}");
    }
}

/// Friction level and perception gap per workshop, with the change from the one before.
fn friction_markdown(out: &mut String, comparison: &Comparison) {
    let _ = writeln!(out, "\n## Friction level (0–3) and perception gap\n");
    let _ = writeln!(
        out,
        "| # | Sales | Product | Perception gap | Sales change | Product change | Gap change |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---|---|---|");
    for index in 0..comparison.workshops.len() {
        let previous = index.checked_sub(1);
        let at = |i: Option<usize>, f: Function| i.and_then(|i| comparison.friction_level(i, f));
        let gap_change = match (
            previous.and_then(|i| comparison.perception_gap(i)),
            comparison.perception_gap(index),
        ) {
            (Some(from), Some(to)) => format!(
                "{:+.2} {}",
                to.abs() - from.abs(),
                arrow(to.abs() - from.abs(), true)
            ),
            _ => String::from("–"),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            index + 1,
            number(comparison.friction_level(index, Function::Sales), false),
            number(comparison.friction_level(index, Function::Product), false),
            number(comparison.perception_gap(index), true),
            change(
                at(previous, Function::Sales),
                at(Some(index), Function::Sales),
                true
            ),
            change(
                at(previous, Function::Product),
                at(Some(index), Function::Product),
                true
            ),
            gap_change
        );
    }
}

/// Each relationship answer's share per workshop and function, beside the study.
fn relationship_markdown(out: &mut String, comparison: &Comparison) {
    let _ = writeln!(out, "\n## Relationship answers (share of respondents)\n");
    let mut header = String::from("| Answer |");
    let mut rule = String::from("|---|");
    for index in 0..comparison.workshops.len() {
        let _ = write!(header, " #{} sales | #{} product |", index + 1, index + 1);
        rule.push_str("---:|---:|");
    }
    let _ = writeln!(out, "{header} Study (2014) |\n{rule}---:|");
    for answer in Relationship::ALL {
        let mut row = format!("| {} |", answer.default_label());
        for index in 0..comparison.workshops.len() {
            for scope in [Scope::Sales, Scope::Product] {
                let share = comparison.share(index, scope, answer);
                let _ = write!(
                    row,
                    " {} |",
                    share.map_or_else(|| String::from("–"), percent)
                );
            }
        }
        let _ = writeln!(out, "{row} {} |", study_share_label(answer));
    }
}

/// Verdict, movers, festering findings and the previous actions, step by step.
fn changes_markdown(out: &mut String, comparison: &Comparison) {
    let _ = writeln!(out, "\n## What changed from one workshop to the next\n");
    for index in 1..comparison.workshops.len() {
        let _ = writeln!(out, "### #{} → #{}\n", index, index + 1);
        let before = comparison.verdict(index - 1, Scope::Overall);
        let after = comparison.verdict(index, Scope::Overall);
        let _ = writeln!(
            out,
            "- Verdict: {} {} → {} {}",
            before.icon(),
            before.label(),
            after.icon(),
            after.label()
        );
        let movers = comparison.movers(index, 3);
        for moved in &movers {
            let _ = writeln!(
                out,
                "- Average for “{}”: {:.2} → {:.2} ({:+.2})",
                comparison.names.statement(&moved.statement),
                moved.from,
                moved.to,
                moved.change()
            );
        }
        let festering = comparison.festering(index);
        if !festering.is_empty() {
            let _ = writeln!(
                out,
                "- ⚠ **Festering** (toxic in both): {}",
                titles(comparison, &festering)
            );
        }
        let previous = &comparison.workshops[index - 1];
        if !previous.actions.is_empty() {
            let done = previous.actions.iter().filter(|a| a.done).count();
            let _ = writeln!(
                out,
                "- Actions from #{}: {done} of {} done",
                index,
                previous.actions.len()
            );
            for action in &previous.actions {
                let _ = writeln!(
                    out,
                    "  - {} {}",
                    if action.done { "☑" } else { "☐" },
                    action.text.replace('|', "\\|")
                );
            }
        }
        let _ = writeln!(out);
    }
}

/// The `--format json` form: per workshop in date order.
#[derive(Serialize)]
pub struct JsonWorkshop {
    pub file: String,
    pub title: String,
    pub date: String,
    pub verdict: &'static str,
    pub respondents: JsonCounts,
    pub friction_level: JsonLevels,
    pub perception_gap: Option<f64>,
    pub festering: Vec<String>,
    /// How many single answers, left out, flip the overall verdict; null below the floor.
    pub flips_when_one_left_out: Option<usize>,
    /// Whether the overall verdict holds whichever single answer is left out.
    pub robust: Option<bool>,
}

#[derive(Serialize)]
pub struct JsonCounts {
    pub sales: usize,
    pub product: usize,
}

#[derive(Serialize)]
pub struct JsonLevels {
    pub sales: Option<f64>,
    pub product: Option<f64>,
}

#[derive(Serialize)]
pub struct JsonComparison {
    pub workshops: Vec<JsonWorkshop>,
    pub shared_statements: Vec<String>,
    pub left_out: Vec<String>,
}

pub fn json(comparison: &Comparison) -> JsonComparison {
    JsonComparison {
        workshops: comparison
            .workshops
            .iter()
            .enumerate()
            .map(|(index, workshop)| JsonWorkshop {
                file: workshop.path.display().to_string(),
                title: workshop.title.clone(),
                date: workshop.date.to_string(),
                verdict: comparison.verdict(index, Scope::Overall).key(),
                respondents: JsonCounts {
                    sales: workshop.sales,
                    product: workshop.product,
                },
                friction_level: JsonLevels {
                    sales: comparison.friction_level(index, Function::Sales),
                    product: comparison.friction_level(index, Function::Product),
                },
                perception_gap: comparison.perception_gap(index),
                festering: comparison.festering(index),
                flips_when_one_left_out: workshop
                    .results
                    .as_ref()
                    .and_then(|r| r.stability.overall.flips),
                robust: workshop
                    .results
                    .as_ref()
                    .and_then(|r| r.stability.overall.robust()),
            })
            .collect(),
        shared_statements: comparison.shared_statements.clone(),
        left_out: comparison.left_out.clone(),
    }
}

/// A self-contained HTML page: the Markdown tables as HTML, and a trend chart.
pub fn html(comparison: &Comparison) -> String {
    use crate::export::escape::escape;
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>Workshop comparison</title>\n<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:0 auto;padding:1rem;line-height:1.4}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}svg{width:100%;height:auto}@media print{table,figure{break-inside:avoid}}</style>\n</head>\n<body>\n<main>\n",
    );
    let _ = writeln!(
        out,
        "<h1>Comparison of {} workshops</h1>",
        comparison.workshops.len()
    );
    out.push_str("<figure>\n");
    out.push_str(&super::trend_chart::trend_chart(comparison));
    out.push_str("\n<figcaption>Mean friction level (0–3) of sales and product, and the perception gap, workshop by workshop.</figcaption>\n</figure>\n");
    out.push_str("<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Date</th><th scope=\"col\">Workshop</th><th scope=\"col\">Verdict</th><th scope=\"col\">Sales level</th><th scope=\"col\">Product level</th><th scope=\"col\">Gap</th><th scope=\"col\">Festering</th></tr></thead>\n<tbody>\n");
    for (index, workshop) in comparison.workshops.iter().enumerate() {
        let verdict = comparison.verdict(index, Scope::Overall);
        let festering = comparison.festering(index);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            index + 1,
            workshop.date,
            escape(&workshop.title),
            verdict.icon(),
            verdict.label(),
            number(comparison.friction_level(index, Function::Sales), false),
            number(comparison.friction_level(index, Function::Product), false),
            number(comparison.perception_gap(index), true),
            if festering.is_empty() {
                String::from("–")
            } else {
                format!("⚠ {}", escape(&titles(comparison, &festering)))
            }
        );
    }
    out.push_str("</tbody>\n</table>\n<h2>Details</h2>\n<pre>");
    out.push_str(&escape(&markdown(comparison)));
    out.push_str("</pre>\n</main>\n</body>\n</html>\n");
    out
}
