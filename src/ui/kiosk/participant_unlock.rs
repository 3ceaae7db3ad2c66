//! The facilitator's PIN prompt over the kiosk: the field takes the keyboard at once, and
//! after three wrong PINs each try waits, with the wait counting down on screen.

use std::time::Instant;

use eframe::egui::{self, RichText};

use super::kiosk_state::UnlockPrompt;
use super::kiosk_widgets::{TOUCH, title};
use crate::domain::PinAttempts;
use crate::ui::state::command::KioskCommand;
use crate::ui::style::theme;

pub fn show(
    ui: &mut egui::Ui,
    prompt: &UnlockPrompt,
    attempts: &PinAttempts,
    now: Instant,
    commands: &mut Vec<KioskCommand>,
) {
    // The facilitator reads this prompt and answers it, so it speaks the facilitator's
    // language (the screens'), not the participants'.
    let language = crate::ui::style::language_ui::of(ui);
    title(ui, &language.text("kiosk-unlock-title"));
    let mut pin = prompt.pin.clone();
    let field = ui
        .horizontal(|ui| {
            let label = ui.label(RichText::new(language.text("kiosk-pin")).size(theme::KIOSK_TEXT));
            ui.add(
                egui::TextEdit::singleline(&mut pin)
                    .password(true)
                    .font(egui::FontId::proportional(theme::KIOSK_TEXT))
                    .min_size(egui::vec2(200.0, TOUCH))
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
        })
        .inner;
    if field.changed() {
        commands.push(KioskCommand::SetUnlockPin(pin));
    }
    let wait = attempts.wait_left(now);
    if let Some(wait) = wait {
        let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        let text = language.text_with(
            "kiosk-wrong-pins",
            &[
                ("count", (attempts.wrong() as usize).into()),
                ("seconds", seconds.to_string().into()),
            ],
        );
        ui.colored_label(
            ui.visuals().error_fg_color,
            RichText::new(text).size(theme::KIOSK_TEXT),
        );
    } else if prompt.wrong {
        ui.colored_label(
            ui.visuals().error_fg_color,
            RichText::new(language.text("kiosk-wrong-pin")).size(theme::KIOSK_TEXT),
        );
    }
    let enter = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    // Whenever nothing else has the keyboard (the prompt just opened, or Enter tried a
    // PIN), the PIN field takes it: the facilitator types at once.
    if ui.memory(|memory| memory.focused().is_none()) {
        field.request_focus();
    }
    ui.horizontal(|ui| {
        let size = egui::vec2(TOUCH * 3.0, TOUCH);
        let unlock = ui.add_enabled(
            wait.is_none(),
            egui::Button::new(RichText::new(language.text("kiosk-unlock")).size(theme::KIOSK_TEXT))
                .min_size(size),
        );
        if unlock.clicked() || (enter && wait.is_none()) {
            commands.push(KioskCommand::Unlock);
        }
        if ui
            .add(
                egui::Button::new(
                    RichText::new(language.text("app-cancel")).size(theme::KIOSK_TEXT),
                )
                .min_size(size),
            )
            .clicked()
        {
            commands.push(KioskCommand::CancelUnlock);
        }
    });
}
