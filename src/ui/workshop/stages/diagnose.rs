use eframe::egui::{self, RichText};

use crate::domain::Stage;
use crate::export::finding::{Finding, NearMiss};
use crate::metrics::Scope;
use crate::rules::stability_words::sentence;
use crate::rules::{RuleSet, Signal};
use crate::ui::state::command::{Commands, Edit, WorkshopCommand};
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{scope_word, text_area, verdict_badge};
use crate::ui::workshop::open_workshop::OpenWorkshop;

pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.heading(RichText::new(text(ui, "diagnose-title")).size(theme::STAGE_TITLE));
    if !open.workshop.floor_reached() {
        super::reveal_gate::withheld(ui, open);
        return;
    }
    if !open.workshop.revealed {
        super::reveal_gate::not_revealed_ui(ui, commands);
        return;
    }
    super::reveal_gate::held_back_ui(ui, open);
    // Titles, explanations and questions in the facilitator's language.
    let rules = open.in_language(of(ui)).rules;
    verdicts_ui(ui, open, commands);
    ui.add_space(12.0);
    findings_ui(ui, open, &rules, commands);
    nearly_fired_ui(ui, open, &rules);
    ui.add_space(12.0);
    if ui
        .button(RichText::new(text(ui, "diagnose-next")).size(theme::ACTION_BUTTON))
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
                ui.label(text_with(
                    ui,
                    "diagnose-weights",
                    &[
                        ("toxic", (verdict.toxic_weight as usize).into()),
                        ("healthy", (verdict.healthy_weight as usize).into()),
                    ],
                ));
                let stability = open.stability.scope(scope);
                if let Some(words) = stability.words(of(ui)) {
                    let text = RichText::new(sentence(&words)).size(theme::BODY_SIZE);
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
    ui.label(RichText::new(text(ui, "diagnose-how")).weak());
    let label = text(ui, "diagnose-overall-notes");
    if let Some(text) = text_area(
        ui,
        &label,
        open.workshop
            .notes
            .get("overall")
            .map_or("", String::as_str),
        2,
    ) {
        commands.send(Edit::SetNote {
            finding: String::from("overall"),
            note: text,
        });
    }
}

/// The rules that fired overall, each with its values, then those that fired on one
/// function's answers alone, explained the same way.
fn findings_ui(ui: &mut egui::Ui, open: &OpenWorkshop, rules: &RuleSet, commands: &mut Commands) {
    ui.label(
        RichText::new(text(ui, "diagnose-findings"))
            .size(theme::SECTION)
            .strong(),
    );
    let findings = Finding::all(
        &open.workshop,
        rules,
        &open.classification,
        &open.stability,
        of(ui),
    );
    if !findings
        .iter()
        .any(|finding| finding.scope == Scope::Overall)
    {
        ui.label(text(ui, "diagnose-none-fired"));
    }
    let mut alone_heading = false;
    for finding in &findings {
        if finding.scope != Scope::Overall && !alone_heading {
            alone_heading = true;
            ui.add_space(12.0);
            ui.label(
                RichText::new(text(ui, "diagnose-alone"))
                    .size(theme::SUBSECTION)
                    .strong(),
            );
            ui.label(RichText::new(text(ui, "diagnose-alone-note")).size(theme::BODY_SIZE));
        }
        finding_ui(ui, open, finding, commands);
    }
}

/// The rules that did not fire overall but came close: how far each value is from firing.
fn nearly_fired_ui(ui: &mut egui::Ui, open: &OpenWorkshop, rules: &RuleSet) {
    let near = NearMiss::all(
        &open.workshop,
        rules,
        &open.classification.overall,
        &open.stability,
        of(ui),
    );
    if near.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.label(
        RichText::new(text(ui, "diagnose-nearly"))
            .size(theme::SUBSECTION)
            .strong(),
    );
    for near in near {
        let line = text_with(
            ui,
            "diagnose-nearly-line",
            &[
                ("signal", signal_icon(ui, near.signal).into()),
                ("title", near.title.as_str().into()),
                ("explanation", near.explanation.as_str().into()),
            ],
        );
        ui.label(RichText::new(line).size(theme::DETAIL));
        for distance in &near.distances {
            ui.label(format!("    {distance}"));
        }
        stability_ui(ui, open, Scope::Overall, &near.rule);
    }
}

/// Whether a finding hinges on one answer, in words to say to the room (never which answer).
fn stability_ui(ui: &mut egui::Ui, open: &OpenWorkshop, scope: Scope, rule: &str) {
    let stability = open.stability.scope(scope);
    let (Some(rule_stability), Some(words)) =
        (stability.rule(rule), stability.rule_words(rule, of(ui)))
    else {
        return;
    };
    let text = RichText::new(sentence(&words)).size(theme::BODY_SIZE);
    ui.label(if rule_stability.robust() {
        text
    } else {
        text.strong()
    });
}

fn signal_icon(ui: &egui::Ui, signal: Signal) -> String {
    text(
        ui,
        match signal {
            Signal::Toxic => "diagnose-signal-toxic",
            Signal::Healthy => "diagnose-signal-healthy",
        },
    )
}

/// "Fired on sales' answers alone" for a per-function finding; `None` for an overall one.
fn scope_words(ui: &egui::Ui, scope: Scope) -> Option<String> {
    match scope {
        Scope::Overall => None,
        Scope::Sales => Some(text(ui, "diagnose-fired-sales")),
        Scope::Product => Some(text(ui, "diagnose-fired-product")),
    }
}

fn finding_ui(ui: &mut egui::Ui, open: &OpenWorkshop, finding: &Finding, commands: &mut Commands) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let args = [
            ("signal", signal_icon(ui, finding.signal).into()),
            ("weight", (finding.weight as usize).into()),
            ("title", finding.title.as_str().into()),
        ];
        let heading = match scope_words(ui, finding.scope) {
            None => text_with(ui, "diagnose-finding", &args),
            Some(words) => {
                let [signal, weight, title] = args;
                text_with(
                    ui,
                    "diagnose-finding-alone",
                    &[signal, weight, title, ("scope", words.into())],
                )
            }
        };
        ui.label(RichText::new(heading).size(theme::READING).strong());
        ui.label(RichText::new(&finding.explanation).size(theme::READING));
        for measurement in &finding.measurements {
            ui.label(measurement);
        }
        stability_ui(ui, open, finding.scope, &finding.rule);
        let ask = text_with(
            ui,
            "diagnose-ask",
            &[("prompt", finding.prompt.as_str().into())],
        );
        ui.label(RichText::new(ask).size(theme::READING).italics());
        let source = text_with(
            ui,
            "diagnose-source",
            &[("citation", finding.citation.as_str().into())],
        );
        ui.label(RichText::new(source).weak());
        let title = finding.title.as_str().into();
        let label = match finding.scope {
            Scope::Overall => text_with(ui, "diagnose-notes", &[("title", title)]),
            Scope::Sales => text_with(ui, "diagnose-notes-sales", &[("title", title)]),
            Scope::Product => text_with(ui, "diagnose-notes-product", &[("title", title)]),
        };
        if let Some(text) = text_area(ui, &label, finding.note.as_deref().unwrap_or(""), 2) {
            commands.send(Edit::SetNote {
                finding: finding.rule.clone(),
                note: text,
            });
        }
    });
    ui.add_space(6.0);
}
