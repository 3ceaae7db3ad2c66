//! Participant mode: the kiosk. Only this participant's own answers are ever on screen, and
//! no control leads anywhere but through the questionnaire, or to the facilitator's PIN.

use eframe::egui::{self, RichText};

use super::command::KioskCommand;
use super::kiosk::{Kiosk, KioskStep};
use crate::domain::{Function, Questionnaire, Relationship};

const TEXT: f32 = 20.0;

pub fn show(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    egui::Panel::bottom("kiosk footer").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("Your answers are anonymous: no name, no device, no time is kept.")
                    .weak(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if kiosk.unlock.is_none() && ui.small_button("Facilitator").clicked() {
                    commands.push(KioskCommand::AskToUnlock);
                }
            });
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(900.0);
            if let Some(prompt) = &kiosk.unlock {
                unlock(ui, prompt, commands);
                return;
            }
            if let Some(error) = &kiosk.save_error {
                ui.colored_label(ui.visuals().error_fg_color, RichText::new(error).size(TEXT));
            }
            match kiosk.step {
                KioskStep::Function => function(ui, commands),
                KioskStep::Relationship => relationship(ui, kiosk, questionnaire, commands),
                KioskStep::Statements => statements(ui, kiosk, questionnaire, commands),
                KioskStep::Sources => sources(ui, kiosk, questionnaire, commands),
                KioskStep::Comments => comments(ui, kiosk, questionnaire, commands),
                KioskStep::Review => review(ui, kiosk, questionnaire, commands),
                KioskStep::Thanks => thanks(ui, commands),
            }
        });
    });
}

fn title(ui: &mut egui::Ui, text: &str) {
    ui.heading(RichText::new(text).size(30.0));
    ui.add_space(10.0);
}

fn navigation(
    ui: &mut egui::Ui,
    commands: &mut Vec<KioskCommand>,
    can_go_on: bool,
    next_label: &str,
) {
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        if ui.button(RichText::new("⬅ Back").size(TEXT)).clicked() {
            commands.push(KioskCommand::Back);
        }
        let next = ui.add_enabled(
            can_go_on,
            egui::Button::new(RichText::new(next_label).size(TEXT)),
        );
        if next.clicked() {
            commands.push(KioskCommand::Next);
        }
    });
}

fn function(ui: &mut egui::Ui, commands: &mut Vec<KioskCommand>) {
    title(ui, "Welcome! Which team are you in?");
    ui.horizontal(|ui| {
        for function in Function::ALL {
            let button = egui::Button::new(RichText::new(function.label()).size(28.0))
                .min_size(egui::vec2(200.0, 80.0));
            if ui.add(button).clicked() {
                commands.push(KioskCommand::PickFunction(function));
            }
        }
    });
}

fn relationship(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &questionnaire.relationship.prompt);
    for option in &questionnaire.relationship.options {
        let selected = kiosk.draft.relationship == Some(option.key);
        if ui
            .radio(selected, RichText::new(&option.label).size(TEXT))
            .clicked()
        {
            commands.push(KioskCommand::PickRelationship(option.key));
        }
    }
    navigation(ui, commands, kiosk.draft.relationship.is_some(), "Next ➡");
}

fn statements(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &questionnaire.statements_prompt);
    for statement in &questionnaire.statements {
        ui.label(RichText::new(&statement.text).size(TEXT));
        let current = kiosk.draft.ratings.get(&statement.key).copied();
        ui.horizontal(|ui| {
            for (value, word) in [
                (1, "strongly disagree"),
                (2, "disagree"),
                (3, "neutral"),
                (4, "agree"),
                (5, "strongly agree"),
            ] {
                let selected = current == Some(value);
                let button = ui.add(
                    egui::Button::selectable(selected, RichText::new(value.to_string()).size(TEXT))
                        .min_size(egui::vec2(44.0, 36.0)),
                );
                let name = format!("{} — {value} ({word})", statement.text);
                button.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &name)
                });
                if button.clicked() {
                    commands.push(KioskCommand::Rate(statement.key.clone(), Some(value)));
                }
            }
            let skip = ui.add(egui::Button::selectable(
                current.is_none(),
                RichText::new("Skip").size(16.0),
            ));
            let name = format!("{} — skip", statement.text);
            skip.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::RadioButton, true, current.is_none(), &name)
            });
            if skip.clicked() {
                commands.push(KioskCommand::Rate(statement.key.clone(), None));
            }
        });
        ui.add_space(8.0);
    }
    navigation(ui, commands, true, "Next ➡");
}

fn sources(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &questionnaire.sources_prompt);
    for source in &questionnaire.sources {
        let mut named = kiosk.draft.sources.contains(&source.key);
        if ui
            .checkbox(&mut named, RichText::new(&source.label).size(TEXT))
            .changed()
        {
            commands.push(KioskCommand::ToggleSource(source.key.clone()));
        }
    }
    navigation(ui, commands, true, "Next ➡");
}

fn comments(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, "Anything to add? (optional)");
    for (prompt, value, make) in [
        (
            &questionnaire.friction_comment_prompt,
            &kiosk.draft.friction_comment,
            KioskCommand::SetFrictionComment as fn(String) -> KioskCommand,
        ),
        (
            &questionnaire.works_well_comment_prompt,
            &kiosk.draft.works_well_comment,
            KioskCommand::SetWorksWellComment,
        ),
    ] {
        let label = ui.label(RichText::new(prompt).size(TEXT));
        let mut text = value.clone();
        let changed = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        if changed {
            commands.push(make(text));
        }
        ui.add_space(8.0);
    }
    ui.label(RichText::new("Comments are shown to the room pooled and shuffled, without your team's name. Avoid details that identify you.").weak());
    navigation(ui, commands, true, "Review ➡");
}

fn review(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, "Check your answers");
    let draft = &kiosk.draft;
    let function = draft.function.map_or("–", Function::label);
    ui.label(RichText::new(format!("Team: {function}")).size(TEXT));
    let relationship = draft.relationship.map_or("–", |answer: Relationship| {
        questionnaire.relationship_label(answer)
    });
    ui.label(RichText::new(format!("Relationship: {relationship}")).size(TEXT));
    for statement in &questionnaire.statements {
        let rating = draft
            .ratings
            .get(&statement.key)
            .map_or_else(|| String::from("skipped"), ToString::to_string);
        ui.label(format!("{} — {rating}", statement.text));
    }
    let named: Vec<&str> = questionnaire
        .sources
        .iter()
        .filter(|source| draft.sources.contains(&source.key))
        .map(|source| source.label.as_str())
        .collect();
    ui.label(format!(
        "Friction sources: {}",
        if named.is_empty() {
            String::from("none")
        } else {
            named.join(", ")
        }
    ));
    for (prompt, text) in [
        (
            &questionnaire.friction_comment_prompt,
            &draft.friction_comment,
        ),
        (
            &questionnaire.works_well_comment_prompt,
            &draft.works_well_comment,
        ),
    ] {
        if !text.trim().is_empty() {
            ui.label(format!("{prompt} {}", text.trim()));
        }
    }
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new("⬅ Change answers").size(TEXT))
            .clicked()
        {
            commands.push(KioskCommand::Back);
        }
        let submit = ui.add_enabled(
            draft.response().is_some(),
            egui::Button::new(RichText::new("Submit my answers").size(TEXT).strong()),
        );
        let enter = ui.input(|input| input.key_pressed(egui::Key::Enter));
        if submit.clicked() || (enter && draft.response().is_some()) {
            commands.push(KioskCommand::Submit);
        }
    });
}

fn thanks(ui: &mut egui::Ui, commands: &mut Vec<KioskCommand>) {
    title(ui, "Thank you! Your answers are saved.");
    ui.label(RichText::new("Please pass the laptop on to the next person.").size(26.0));
    ui.add_space(20.0);
    if ui
        .button(RichText::new("I am the next participant").size(TEXT))
        .clicked()
    {
        commands.push(KioskCommand::NextParticipant);
    }
}

fn unlock(
    ui: &mut egui::Ui,
    prompt: &super::kiosk::UnlockPrompt,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, "Facilitator: enter your PIN to leave participant mode");
    let mut pin = prompt.pin.clone();
    let field = ui
        .horizontal(|ui| {
            let label = ui.label(RichText::new("PIN").size(TEXT));
            ui.add(
                egui::TextEdit::singleline(&mut pin)
                    .password(true)
                    .desired_width(160.0),
            )
            .labelled_by(label.id)
        })
        .inner;
    if field.changed() {
        commands.push(KioskCommand::SetUnlockPin(pin));
    }
    if prompt.wrong {
        ui.colored_label(
            ui.visuals().error_fg_color,
            RichText::new("Wrong PIN.").size(TEXT),
        );
    }
    let enter = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        if ui.button(RichText::new("Unlock").size(TEXT)).clicked() || enter {
            commands.push(KioskCommand::Unlock);
        }
        if ui.button(RichText::new("Cancel").size(TEXT)).clicked() {
            commands.push(KioskCommand::CancelUnlock);
        }
    });
}
