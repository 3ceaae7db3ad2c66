use eframe::egui::{self, RichText};

use crate::domain::Stage;
use crate::metrics::Scope;
use crate::rules::stability_words::sentence;
use crate::rules::{RuleOutcome, Signal};
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
                if let Some(words) = stability.words() {
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

/// The rules that fired overall, each with its values, and those that fired on one
/// function's answers alone.
fn findings_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let classification = &open.classification;
    ui.label(
        RichText::new("Findings: the rules that fired")
            .size(24.0)
            .strong(),
    );
    let fired: Vec<&RuleOutcome> = classification.overall.fired().collect();
    if fired.is_empty() {
        ui.label("No rule fired.");
    }
    for outcome in fired {
        finding(ui, open, outcome, commands);
    }
    for scope in [Scope::Sales, Scope::Product] {
        let only_here = classification.scope(scope).fired().filter(|outcome| {
            !classification
                .overall
                .fired()
                .any(|o| o.rule == outcome.rule)
        });
        for outcome in only_here {
            let words = open.stability.scope(scope).rule_words(&outcome.rule);
            ui.label(format!(
                "Fired on {} answers alone: {}{}",
                scope.label().to_lowercase(),
                outcome.rule,
                words.map(|words| format!(" — {words}")).unwrap_or_default()
            ));
        }
    }
}

/// The rules that did not fire overall, with their measured values.
fn nearly_fired_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let near: Vec<&RuleOutcome> = open.classification.overall.nearly_fired().collect();
    if near.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(RichText::new("Nearly fired").size(22.0).strong());
    for outcome in near {
        let rule = open.rules.rule(&outcome.rule);
        ui.label(
            RichText::new(format!(
                "{} {} — {}",
                signal_icon(outcome.signal),
                outcome.rule,
                rule.map_or("", |r| r.explanation.as_str())
            ))
            .size(17.0),
        );
        for measurement in &outcome.measurements {
            ui.label(format!("    {}", measurement.describe()));
        }
        stability_ui(ui, open, &outcome.rule);
    }
}

/// Whether a finding hinges on one answer, in words to say to the room (never which answer).
fn stability_ui(ui: &mut egui::Ui, open: &OpenWorkshop, rule: &str) {
    let Some(stability) = open.stability.overall.rule(rule) else {
        return;
    };
    let Some(words) = open.stability.overall.rule_words(rule) else {
        return;
    };
    let text = RichText::new(sentence(&words)).size(16.0);
    ui.label(if stability.robust() {
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

fn finding(ui: &mut egui::Ui, open: &OpenWorkshop, outcome: &RuleOutcome, commands: &mut Commands) {
    let Some(rule) = open.rules.rule(&outcome.rule) else {
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!(
                "{} (weight {}) · {}",
                signal_icon(rule.signal),
                rule.weight.value(),
                rule.id
            ))
            .size(18.0)
            .strong(),
        );
        ui.label(RichText::new(&rule.explanation).size(18.0));
        for measurement in &outcome.measurements {
            let mark = if measurement.holds == Some(true) {
                "✔"
            } else {
                "✖"
            };
            ui.label(format!("{mark} {}", measurement.describe()));
        }
        stability_ui(ui, open, &outcome.rule);
        ui.label(
            RichText::new(format!("Ask the room: {}", rule.prompt))
                .size(18.0)
                .italics(),
        );
        ui.label(RichText::new(format!("Source: {}", rule.citation)).weak());
        let label = format!("Notes on {}", rule.id);
        if let Some(text) = text_area(
            ui,
            &label,
            open.workshop.notes.get(&rule.id).map_or("", String::as_str),
            2,
        ) {
            commands.send(Edit::SetNote(rule.id.clone(), text));
        }
    });
    ui.add_space(6.0);
}
