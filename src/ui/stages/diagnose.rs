use eframe::egui::{self, RichText};

use crate::domain::Stage;
use crate::export::finding::{Finding, NearMiss};
use crate::export::markdown::function_findings_note;
use crate::metrics::Scope;
use crate::rules::Signal;
use crate::rules::stability_words::sentence;
use crate::ui::command::{Commands, Edit, WorkshopCommand};
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::{text_area, verdict_badge};

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.heading(RichText::new("Diagnose").size(30.0));
    if !open.workshop.floor_reached() {
        super::reveal::withheld(ui, open);
        return;
    }
    if !open.workshop.revealed {
        super::reveal::not_revealed_ui(ui, commands);
        return;
    }
    super::reveal::held_back_ui(ui, open);
    verdicts_ui(ui, open, commands);
    ui.add_space(12.0);
    findings_ui(ui, open, commands);
    nearly_fired_ui(ui, open);
    ui.add_space(12.0);
    if ui
        .button(RichText::new("Next: Agree ➡").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Agree));
    }
}

/// The verdict of each scope, how a verdict is reached, and the notes on the overall one.
fn verdicts_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    // Narrow enough that three verdicts and their sentences fit side by side, also at a
    // projector's type size.
    let column = ((ui.available_width() - 150.0) / 3.0).min(340.0);
    ui.horizontal(|ui| {
        for scope in Scope::ALL {
            let verdict = open.classification.scope(scope);
            ui.vertical(|ui| {
                ui.set_max_width(column);
                ui.label(RichText::new(scope.label()).size(20.0));
                verdict_badge(
                    ui,
                    verdict.verdict,
                    if scope == Scope::Overall { 34.0 } else { 24.0 },
                );
                ui.label(format!(
                    "toxic weight {} · healthy weight {}",
                    verdict.toxic_weight, verdict.healthy_weight
                ));
                let stability = open.stability.scope(scope);
                if let Some(words) = stability.words(crate::ui::language_ui::of(ui)) {
                    let text = RichText::new(sentence(&words)).size(16.0);
                    // A verdict one answer could change is the one to say out loud first.
                    ui.label(if stability.robust() == Some(false) {
                        text.strong()
                    } else {
                        text
                    });
                }
            });
            ui.add_space(40.0);
        }
    });
    ui.label(
        RichText::new(
            "Toxic when the toxic rules that fired weigh at least as much as the healthy ones. Each verdict and finding is checked again without each single answer in turn; which answer could change it is never shown.",
        )
        .weak(),
    );
    if let Some(text) = text_area(
        ui,
        "Notes on the overall verdict",
        open.workshop
            .notes
            .get("overall")
            .map_or("", String::as_str),
        2,
    ) {
        commands.send(Edit::SetNote(String::from("overall"), text));
    }
}

/// The rules that fired overall, each with its values, then those that fired on one
/// function's answers alone, explained the same way.
fn findings_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.label(
        RichText::new("Findings: the rules that fired")
            .size(24.0)
            .strong(),
    );
    let findings = Finding::all(
        &open.workshop,
        &open.rules,
        &open.classification,
        &open.stability,
        crate::ui::language_ui::of(ui),
    );
    if !findings
        .iter()
        .any(|finding| finding.scope == Scope::Overall)
    {
        ui.label("No rule fired.");
    }
    let mut alone_heading = false;
    for finding in &findings {
        if finding.scope != Scope::Overall && !alone_heading {
            alone_heading = true;
            ui.add_space(12.0);
            ui.label(
                RichText::new("Findings on one function's answers alone")
                    .size(22.0)
                    .strong(),
            );
            ui.label(
                RichText::new(function_findings_note(crate::ui::language_ui::of(ui))).size(16.0),
            );
        }
        finding_ui(ui, open, finding, commands);
    }
}

/// The rules that did not fire overall but came close: how far each value is from firing.
fn nearly_fired_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let near = NearMiss::all(
        &open.workshop,
        &open.rules,
        &open.classification.overall,
        &open.stability,
        crate::ui::language_ui::of(ui),
    );
    if near.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(RichText::new("Nearly fired").size(22.0).strong());
    for near in near {
        ui.label(
            RichText::new(format!(
                "{} {} — {}",
                signal_icon(near.signal),
                near.title,
                near.explanation
            ))
            .size(17.0),
        );
        for distance in &near.distances {
            ui.label(format!("    {distance}"));
        }
        stability_ui(ui, open, Scope::Overall, &near.rule);
    }
}

/// Whether a finding hinges on one answer, in words to say to the room (never which answer).
fn stability_ui(ui: &mut egui::Ui, open: &OpenWorkshop, scope: Scope, rule: &str) {
    let stability = open.stability.scope(scope);
    let (Some(rule_stability), Some(words)) = (
        stability.rule(rule),
        stability.rule_words(rule, crate::ui::language_ui::of(ui)),
    ) else {
        return;
    };
    let text = RichText::new(sentence(&words)).size(16.0);
    ui.label(if rule_stability.robust() {
        text
    } else {
        text.strong()
    });
}

fn signal_icon(signal: Signal) -> &'static str {
    match signal {
        Signal::Toxic => "⚠ toxic",
        Signal::Healthy => "✔ healthy",
    }
}

fn finding_ui(ui: &mut egui::Ui, open: &OpenWorkshop, finding: &Finding, commands: &mut Commands) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let scope = finding
            .scope_words(crate::ui::language_ui::of(ui))
            .map(|words| format!(" · {words}"))
            .unwrap_or_default();
        ui.label(
            RichText::new(format!(
                "{} (weight {}) · {}{scope}",
                signal_icon(finding.signal),
                finding.weight,
                finding.title
            ))
            .size(18.0)
            .strong(),
        );
        ui.label(RichText::new(&finding.explanation).size(18.0));
        for measurement in &finding.measurements {
            ui.label(measurement);
        }
        stability_ui(ui, open, finding.scope, &finding.rule);
        ui.label(
            RichText::new(format!("Ask the room: {}", finding.prompt))
                .size(18.0)
                .italics(),
        );
        ui.label(RichText::new(format!("Source: {}", finding.citation)).weak());
        let label = match finding.scope {
            Scope::Overall => format!("Notes on {}", finding.title),
            scope => format!(
                "Notes on {} ({} answers)",
                finding.title,
                scope.label().to_lowercase()
            ),
        };
        if let Some(text) = text_area(ui, &label, finding.note.as_deref().unwrap_or(""), 2) {
            commands.send(Edit::SetNote(finding.rule.clone(), text));
        }
    });
    ui.add_space(6.0);
}
