use eframe::egui::{self, RichText};

use crate::domain::{NoteKey, Stage};
use crate::metrics::Scope;
use crate::ui::state::command::{AudienceCommand, Commands, Edit};
use crate::ui::style::language_ui::{of, text};
use crate::ui::style::theme;
use crate::ui::style::widgets::{scope_word, text_area, verdict_badge};
use crate::ui::workshop::findings_view::{FindingsView, ShownFinding, StabilityLine};
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// `spotlight`: the finding the audience view shows large, if one.
pub fn show(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    spotlight: Option<usize>,
    commands: &mut Commands,
) {
    let shown = open.workshop.floor_reached() && open.workshop.revealed;
    let next = shown.then_some(("diagnose-next", Stage::Agree));
    super::title_row::show(ui, "diagnose-title", next, commands);
    if !open.workshop.floor_reached() {
        super::reveal_gate::withheld(ui, open);
        return;
    }
    if !open.workshop.revealed {
        super::reveal_gate::not_revealed_ui(ui, commands);
        return;
    }
    super::reveal_gate::held_back_ui(ui, open);
    super::setup::rules_error_ui(ui, open);
    // Made once per revision and language, in the facilitator's language.
    let findings = open.findings(of(ui));
    verdicts_ui(ui, open, &findings, commands);
    ui.add_space(12.0);
    findings_ui(ui, &findings, spotlight, commands);
    nearly_fired_ui(ui, &findings);
}

/// The verdict of each scope, how a verdict is reached, and the notes on the overall one.
fn verdicts_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    findings: &FindingsView,
    commands: &mut Commands,
) {
    // Narrow enough that three verdicts and their sentences fit side by side, also at a
    // projector's type size.
    let column = ((ui.available_width() - 150.0) / 3.0).min(340.0);
    ui.horizontal(|ui| {
        for (scope, lines) in Scope::ALL.into_iter().zip(&findings.verdicts) {
            let verdict = open.classification.scope(scope);
            ui.vertical(|ui| {
                ui.set_max_width(column);
                ui.label(RichText::new(scope_word(ui, scope)).size(theme::LEAD));
                verdict_badge(
                    ui,
                    verdict.verdict,
                    if scope == Scope::Overall {
                        theme::OVERALL_VERDICT
                    } else {
                        theme::TEAM_VERDICT
                    },
                );
                ui.label(&lines.weights);
                // A verdict one answer could change is the one to say out loud first.
                stability_ui(ui, lines.stability.as_ref());
            });
            ui.add_space(40.0);
        }
    });
    ui.label(RichText::new(text(ui, "diagnose-how")).weak());
    let label = text(ui, "diagnose-overall-notes");
    if let Some(text) = text_area(
        ui,
        &label,
        open.workshop
            .notes
            .get(&NoteKey::Overall)
            .map_or("", String::as_str),
        2,
    ) {
        commands.send(Edit::SetNote {
            finding: NoteKey::Overall,
            note: text,
        });
    }
}

/// The rules that fired overall, each with its values, then those that fired on one
/// function's answers alone, explained the same way.
fn findings_ui(
    ui: &mut egui::Ui,
    findings: &FindingsView,
    spotlight: Option<usize>,
    commands: &mut Commands,
) {
    ui.label(
        RichText::new(text(ui, "diagnose-findings"))
            .size(theme::SECTION)
            .strong(),
    );
    if !findings
        .findings
        .iter()
        .any(|shown| shown.finding.scope == Scope::Overall)
    {
        ui.label(text(ui, "diagnose-none-fired"));
    } else {
        ui.label(RichText::new(text(ui, "diagnose-audience-keys")).weak());
    }
    let mut alone_heading = false;
    for (index, shown) in findings.findings.iter().enumerate() {
        if shown.finding.scope != Scope::Overall && !alone_heading {
            alone_heading = true;
            ui.add_space(12.0);
            ui.label(
                RichText::new(text(ui, "diagnose-alone"))
                    .size(theme::SUBSECTION)
                    .strong(),
            );
            ui.label(RichText::new(text(ui, "diagnose-alone-note")).size(theme::BODY_SIZE));
        }
        finding_ui(ui, shown, (index, spotlight == Some(index)), commands);
    }
}

/// The rules that did not fire overall but came close: how far each value is from firing.
fn nearly_fired_ui(ui: &mut egui::Ui, findings: &FindingsView) {
    if findings.near_misses.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(
        RichText::new(text(ui, "diagnose-nearly"))
            .size(theme::SUBSECTION)
            .strong(),
    );
    for near in &findings.near_misses {
        ui.label(RichText::new(&near.line).size(theme::DETAIL));
        for distance in &near.distances {
            ui.label(distance);
        }
        stability_ui(ui, near.stability.as_ref());
    }
}

/// Whether a verdict or finding hinges on one answer, in words to say to the room (never
/// which answer); in bold when it does.
fn stability_ui(ui: &mut egui::Ui, line: Option<&StabilityLine>) {
    let Some(line) = line else {
        return;
    };
    let text = RichText::new(&line.sentence).size(theme::BODY_SIZE);
    ui.label(if line.hinges { text.strong() } else { text });
    // The numbers behind it, for the facilitator, in smaller words below.
    if let Some(detail) = &line.detail {
        ui.label(RichText::new(detail).weak());
    }
}

/// A finding with all the console says of it; `(index, on_screen)`: its place among the
/// findings and whether the audience view shows it.
fn finding_ui(
    ui: &mut egui::Ui,
    shown: &ShownFinding,
    (index, on_screen): (usize, bool),
    commands: &mut Commands,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let finding = &shown.finding;
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(&shown.diagnose_heading)
                    .size(theme::READING)
                    .strong(),
            );
            let words = text(
                ui,
                if on_screen {
                    "diagnose-on-screen"
                } else {
                    "diagnose-show-on-screen"
                },
            );
            if ui
                .add(egui::Button::new(words).selected(on_screen))
                .clicked()
            {
                let spotlight = (!on_screen).then_some(index);
                commands.send(AudienceCommand::Spotlight(spotlight));
            }
        });
        ui.label(RichText::new(&finding.explanation).size(theme::READING));
        for line in &shown.diagnose_evidence {
            ui.label(line);
        }
        stability_ui(ui, shown.stability.as_ref());
        ui.label(
            RichText::new(&shown.diagnose_ask)
                .size(theme::READING)
                .italics(),
        );
        ui.label(RichText::new(&shown.diagnose_source).weak());
        let note = finding.note.as_deref().unwrap_or("");
        if let Some(text) = text_area(ui, &shown.notes_label, note, 2) {
            commands.send(Edit::SetNote {
                finding: NoteKey::rule(&finding.rule),
                note: text,
            });
        }
    });
    ui.add_space(6.0);
}
