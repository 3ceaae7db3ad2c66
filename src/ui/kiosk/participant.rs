//! Participant mode: the kiosk. Only this participant's own answers are ever on screen, and
//! no control leads anywhere but through the questionnaire, or to the facilitator's PIN.
//! One question per screen with large buttons, so nothing hides below the fold and every
//! target is at least [`TOUCH`] points high.
//!
//! [`TOUCH`]: super::kiosk_widgets::TOUCH

use std::time::Instant;

use eframe::egui::{self, RichText};

use super::kiosk_state::{Kiosk, KioskStep};
use super::kiosk_widgets::{
    TOUCH, choice, chosen_mark, language_choice_ui, pointer_resting, sized_choice, title,
};
use super::participant_screen::ParticipantScreen;
use super::{participant_review, participant_statement, participant_unlock};
use crate::domain::{Function, Questionnaire};
use crate::i18n::Language;
use crate::ui::state::command::KioskCommand;
use crate::ui::style::theme;
use crate::ui::workshop::stepper;

pub fn show(
    ui: &mut egui::Ui,
    screen: &ParticipantScreen,
    now: Instant,
    commands: &mut Vec<KioskCommand>,
) {
    let kiosk = &screen.kiosk;
    let questionnaire = screen.questionnaire();
    let language = screen.language();
    egui::Panel::bottom("kiosk footer").show(ui, |ui| {
        footer_ui(ui, screen, now, commands);
    });
    if kiosk.unlock.is_none() {
        egui::Panel::bottom("kiosk navigation")
            .show_separator_line(false)
            .show(ui, |ui| {
                navigation_ui(ui, language, kiosk, questionnaire, commands);
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        // A tap that answers brings the next screen up under the resting pointer: the
        // button there would look hovered, as if chosen already, until the pointer moves.
        if pointer_resting(ui, kiosk.step) {
            let widgets = &mut ui.visuals_mut().widgets;
            widgets.hovered = widgets.inactive;
        }
        // A solid scroll bar, there whenever something is out of view: a participant
        // never misses a question below the fold.
        ui.style_mut().spacing.scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
            .show(ui, |ui| {
                ui.set_max_width(1100.0);
                if let Some(prompt) = &kiosk.unlock {
                    participant_unlock::show(ui, prompt, &screen.pin_attempts, now, commands);
                    return;
                }
                if let Some(error) = &kiosk.save_error {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        RichText::new(error).size(theme::KIOSK_TEXT),
                    );
                }
                step_ui(ui, language, kiosk, questionnaire, commands);
            });
    });
}

fn step_ui(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    match kiosk.step {
        KioskStep::Function => function_ui(ui, language, commands),
        KioskStep::Relationship => relationship_ui(ui, kiosk, questionnaire, commands),
        KioskStep::Statement(index) => {
            participant_statement::show(ui, language, kiosk, questionnaire, index, commands);
        }
        KioskStep::Sources => sources_ui(ui, kiosk, questionnaire, commands),
        KioskStep::Comments => comments_ui(ui, language, kiosk, questionnaire, commands),
        KioskStep::Review => {
            participant_review::show(ui, language, kiosk, questionnaire, commands);
        }
        KioskStep::Thanks => thanks_ui(ui, language, commands),
    }
}

fn footer_ui(
    ui: &mut egui::Ui,
    screen: &ParticipantScreen,
    now: Instant,
    commands: &mut Vec<KioskCommand>,
) {
    let language = screen.language();
    let row = egui::vec2(ui.available_width(), TOUCH);
    let layout = egui::Layout::right_to_left(egui::Align::Center);
    ui.allocate_ui_with_layout(row, layout, |ui| {
        if screen.kiosk.unlock.is_none() {
            let button = egui::Button::new(
                RichText::new(language.text("kiosk-facilitator")).size(theme::KIOSK_SMALL),
            )
            .min_size(egui::vec2(TOUCH * 2.0, TOUCH));
            if ui.add(button).clicked() {
                commands.push(KioskCommand::AskToUnlock);
            }
        }
        if let Some(left) = stepper::time_left(&screen.open, now) {
            let text = stepper::countdown_text(language, left);
            ui.label(RichText::new(text).size(theme::KIOSK_TEXT));
        }
        // The languages the phones offer; the PIN prompt is the facilitator's, in theirs.
        if screen.kiosk.unlock.is_none() {
            ui.add_space(12.0);
            if let Some(chosen) = language_choice_ui(ui, language) {
                commands.push(KioskCommand::ChooseLanguage(chosen));
            }
        }
        // The promise takes the width left, wrapping rather than pushing the buttons out.
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let promise = RichText::new(language.text("kiosk-anonymous")).size(theme::KIOSK_SMALL);
            ui.add(egui::Label::new(promise).wrap());
        });
    });
}

/// Back, and Next (or Review, or Submit) below every step, always in view.
fn navigation_ui(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    if matches!(kiosk.step, KioskStep::Function | KioskStep::Thanks) {
        return;
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let size = egui::vec2(TOUCH * 3.0, TOUCH);
        if ui
            .add(
                egui::Button::new(
                    RichText::new(language.text("kiosk-back")).size(theme::KIOSK_TEXT),
                )
                .min_size(size),
            )
            .clicked()
        {
            commands.push(KioskCommand::Back);
        }
        if kiosk.step == KioskStep::Review {
            submit_ui(ui, language, kiosk, questionnaire, commands);
            return;
        }
        let label = if kiosk.step == KioskStep::Comments {
            language.text("kiosk-to-review")
        } else {
            language.text("kiosk-next")
        };
        let next = ui.add_enabled(
            kiosk.ready_to_go_on(questionnaire),
            egui::Button::new(RichText::new(label).size(theme::KIOSK_TEXT)).min_size(size),
        );
        if next.clicked() {
            commands.push(KioskCommand::Next);
        }
        if matches!(kiosk.step, KioskStep::Statement(_)) && !kiosk.ready_to_go_on(questionnaire) {
            ui.label(RichText::new(language.text("kiosk-choose-or-skip")).size(theme::KIOSK_TEXT));
        }
    });
    ui.add_space(8.0);
}

fn submit_ui(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    let ready = kiosk.draft.response(questionnaire).is_some();
    let submit = ui.add_enabled(
        ready,
        egui::Button::new(
            RichText::new(language.text("kiosk-submit"))
                .size(theme::KIOSK_TEXT)
                .strong(),
        )
        .min_size(egui::vec2(TOUCH * 5.0, TOUCH)),
    );
    let enter = ui.input(|input| input.key_pressed(egui::Key::Enter));
    if submit.clicked() || (enter && ready) {
        commands.push(KioskCommand::Submit);
    }
}

fn function_ui(ui: &mut egui::Ui, language: Language, commands: &mut Vec<KioskCommand>) {
    title(ui, &language.text("kiosk-welcome"));
    ui.horizontal(|ui| {
        for function in Function::ALL {
            let name = function.name(language);
            let button = egui::Button::new(RichText::new(name).size(theme::KIOSK_TEAM))
                .min_size(egui::vec2(200.0, 80.0));
            if ui.add(button).clicked() {
                commands.push(KioskCommand::PickFunction(function));
            }
        }
    });
}

fn relationship_ui(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &questionnaire.relationship.prompt);
    for option in &questionnaire.relationship.options {
        let selected = kiosk.draft.relationship == Some(option.key);
        let text = RichText::new(chosen_mark(selected, &option.label)).size(theme::KIOSK_TEXT);
        let size = egui::vec2(640.0, TOUCH + 8.0);
        if choice(
            ui,
            selected,
            text,
            size,
            egui::Role::RadioButton,
            &option.label,
        )
        .clicked()
        {
            commands.push(KioskCommand::PickRelationship(option.key));
        }
    }
}

fn sources_ui(
    ui: &mut egui::Ui,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &questionnaire.sources_prompt);
    // Two even columns; a long source wraps onto a second line inside its button.
    let width = ((ui.available_width() - 10.0) / 2.0).clamp(240.0, 540.0);
    let size = egui::vec2(width, TOUCH + 16.0);
    egui::Grid::new("kiosk sources")
        .spacing([10.0, 10.0])
        .show(ui, |ui| {
            for (index, source) in questionnaire.sources.iter().enumerate() {
                let named = kiosk.draft.sources.contains(&source.key);
                let mark = if named { "☑" } else { "☐" };
                let text =
                    RichText::new(format!("{mark} {}", source.label)).size(theme::KIOSK_TEXT);
                let role = egui::Role::CheckBox;
                if sized_choice(ui, named, text, size, role, &source.label).clicked() {
                    commands.push(KioskCommand::ToggleSource(source.key.clone()));
                }
                if index % 2 == 1 {
                    ui.end_row();
                }
            }
        });
}

fn comments_ui(
    ui: &mut egui::Ui,
    language: Language,
    kiosk: &Kiosk,
    questionnaire: &Questionnaire,
    commands: &mut Vec<KioskCommand>,
) {
    title(ui, &language.text("phone-comments-title"));
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
        let label = ui.label(RichText::new(prompt).size(theme::KIOSK_TEXT));
        let mut text = value.clone();
        let changed = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .font(egui::FontId::proportional(theme::KIOSK_TEXT))
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
    ui.label(RichText::new(language.text("phone-comments-note")).size(theme::KIOSK_NOTE));
}

fn thanks_ui(ui: &mut egui::Ui, language: Language, commands: &mut Vec<KioskCommand>) {
    title(ui, &language.text("phone-thanks-title"));
    ui.label(RichText::new(language.text("kiosk-pass-on")).size(theme::KIOSK_PASS_ON));
    ui.add_space(20.0);
    let next = language.text("kiosk-next-participant");
    let button = egui::Button::new(RichText::new(next).size(theme::KIOSK_TEXT))
        .min_size(egui::vec2(TOUCH * 6.0, TOUCH));
    if ui.add(button).clicked() {
        commands.push(KioskCommand::NextParticipant);
    }
}
