//! The audience view's frame: blank, the stage's view, or Capture's counts while a
//! participant answers at the kiosk; sized from the space it has, so it reads from the back
//! of a room at 1280×720 and fits 1024×768.

use eframe::egui::{self, Color32};

use super::audience_state::Audience;
use super::look::{Look, line};
use super::stage_views;
use crate::clock::Clock;
use crate::domain::Stage;
use crate::ui::state::screen::Screen;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// The audience view of what `screen` shows, as `audience` asks.
pub fn audience_ui(ui: &mut egui::Ui, screen: &Screen, audience: &Audience, clock: &Clock) {
    let size = ui.available_size();
    if audience.blank {
        ui.painter().rect_filled(ui.max_rect(), 0.0, Color32::BLACK);
        return;
    }
    let scale = (size.x / 1280.0).min(size.y / 720.0).clamp(0.5, 2.5);
    let open = match screen {
        Screen::Workshop(open) => Some(open.as_ref()),
        Screen::Participant(participant) => Some(&participant.open),
        Screen::Home | Screen::Comparison(_) => None,
    };
    let Some(open) = open else {
        let look = Look {
            // No workshop yet: the screens' language, which the facilitator chose.
            language: crate::ui::style::language_ui::of(ui),
            scale,
            clock,
        };
        ui.vertical_centered(|ui| {
            ui.add_space(size.y * 0.35);
            line(ui, look.title(look.language.text("audience-waiting")));
        });
        return;
    };
    let look = Look {
        language: open.workshop.meta.language,
        scale,
        clock,
    };
    // Pad the edges: a projector crops them.
    egui::Frame::new()
        .inner_margin(24.0 * scale)
        .show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            // A participant at the kiosk: the room sees only the counts.
            let stage = if matches!(screen, Screen::Participant(_)) {
                Stage::Capture
            } else {
                open.workshop.stage
            };
            let page = ui.max_rect();
            stage_view(ui, open, stage, audience, &look);
            if stage != Stage::Capture {
                late_corner(ui, open, page, &look);
            }
        });
}

/// While the room is open on another stage, a small code in the corner: a latecomer can
/// still answer (held back after the reveal, as every late answer is).
fn late_corner(ui: &mut egui::Ui, open: &OpenWorkshop, page: egui::Rect, look: &Look<'_>) {
    let Some(room) = &open.room.open else {
        return;
    };
    let side = 120.0 * look.scale;
    let corner = egui::Rect::from_min_max(
        egui::pos2(
            page.right() - side * 1.8,
            page.bottom() - side - 34.0 * look.scale,
        ),
        page.right_bottom(),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(corner), |ui| {
        ui.vertical_centered(|ui| {
            room.qr.show(ui, side);
            line(ui, look.note(look.language.text("audience-late")));
        });
    });
}

fn stage_view(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    stage: Stage,
    audience: &Audience,
    look: &Look<'_>,
) {
    match stage {
        Stage::Setup => stage_views::welcome(ui, open, look),
        Stage::Framing => stage_views::framing(ui, open, look),
        Stage::Capture => stage_views::capture(ui, open, look),
        Stage::Reveal => stage_views::reveal(ui, open, look),
        Stage::Diagnose => stage_views::diagnose(ui, open, audience.spotlight, look),
        Stage::Agree => stage_views::agree(ui, open, look),
        Stage::Close => stage_views::close(ui, open, look),
    }
}
