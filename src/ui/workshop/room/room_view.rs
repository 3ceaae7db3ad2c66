//! Room mode on screen: the Capture stage's section that opens the room and shows its code,
//! and the "Present" view that shows the room nothing else.

use eframe::egui::{self, RichText};

use super::room_panel::{Leaving, OpenRoom};
use crate::domain::Function;
use crate::i18n::Language;
use crate::room::InterfaceKind;
use crate::ui::state::command::{Commands, RoomCommand};
use crate::ui::style::language_ui;
use crate::ui::style::theme;
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// The QR code's side on the Capture stage: scannable from a few rows back on a projector.
const CODE_SIDE: f32 = 260.0;

/// Capture's room section: pick the network and open the room, or, once open, its code,
/// address and the way to present or close it.
pub fn room_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let title = language_ui::of(ui).text("room-title");
    ui.label(RichText::new(title).size(theme::SUBSECTION).strong());
    match &open.room.open {
        Some(open_room) => open_room_ui(ui, open_room, commands),
        None => closed_room_ui(ui, open, commands),
    }
}

fn closed_room_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let language = language_ui::of(ui);
    ui.label(language.text("room-intro"));
    // Said before the room opens, so that the operating system's question does not come as
    // a surprise with the room watching (and a "Cancel" does not shut the phones out).
    ui.label(language.text("room-firewall"));
    ui.label(language.text("room-guest-wifi"));
    let panel = &open.room;
    let chosen = panel.bind_address();
    if let Some(missing) = &panel.missing {
        let said = language.text_with("room-kept-missing", &[("address", missing.as_str().into())]);
        crate::ui::style::widgets::field_error(ui, &said);
    }
    ui.horizontal(|ui| {
        let label = ui.label(language.text("room-network"));
        let shown = panel
            .interfaces
            .iter()
            .find(|interface| Some(interface.address) == chosen)
            .map_or_else(
                || language.text("room-no-network-found"),
                |interface| {
                    network_label(language, &interface.name, interface.address, interface.kind)
                },
            );
        egui::ComboBox::from_id_salt("room network")
            .selected_text(shown)
            .width(420.0)
            .show_ui(ui, |ui| {
                for interface in &panel.interfaces {
                    let text =
                        network_label(language, &interface.name, interface.address, interface.kind);
                    if ui
                        .selectable_label(Some(interface.address) == chosen, text)
                        .clicked()
                    {
                        commands.send(RoomCommand::ChooseNetwork(interface.address));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if ui.button(language.text("room-look-again")).clicked() {
            commands.send(RoomCommand::LookForNetworks);
        }
    });
    let kind = panel
        .interfaces
        .iter()
        .find(|interface| Some(interface.address) == chosen)
        .map(|interface| interface.kind);
    match kind {
        Some(InterfaceKind::Vpn | InterfaceKind::Container) => {
            crate::ui::style::widgets::field_error(ui, &language.text("room-unreachable"));
        }
        Some(InterfaceKind::Loopback) => {
            crate::ui::style::widgets::field_error(ui, &language.text("room-loopback-only"));
        }
        _ => {}
    }
    if ui
        .add_enabled(
            chosen.is_some(),
            egui::Button::new(RichText::new(language.text("room-open")).size(theme::ACTION_BUTTON)),
        )
        .clicked()
    {
        commands.send(RoomCommand::Open);
    }
}

fn network_label(
    language: Language,
    name: &str,
    address: std::net::IpAddr,
    kind: InterfaceKind,
) -> String {
    let kind = language.text(match kind {
        InterfaceKind::Network => "room-kind-network",
        InterfaceKind::Vpn => "room-kind-vpn",
        InterfaceKind::Container => "room-kind-container",
        InterfaceKind::Loopback => "room-kind-loopback",
    });
    language.text_with(
        "room-network-choice",
        &[
            ("name", name.into()),
            ("address", address.to_string().into()),
            ("kind", kind.into()),
        ],
    )
}

fn open_room_ui(ui: &mut egui::Ui, open_room: &OpenRoom, commands: &mut Commands) {
    let language = language_ui::of(ui);
    ui.horizontal(|ui| {
        open_room.qr.show(ui, CODE_SIDE);
        ui.add_space(16.0);
        ui.vertical(|ui| {
            ui.label(RichText::new(language.text("room-scan")).size(theme::LEAD));
            ui.label(
                RichText::new(open_room.room.join_url())
                    .monospace()
                    .size(theme::JOIN_ADDRESS)
                    .strong(),
            );
            if open_room.room.address().ip().is_loopback() {
                crate::ui::style::widgets::field_error(ui, &language.text("room-loopback-only"));
            } else {
                ui.label(language.text("room-same-wifi"));
                // Said again while phones try: the one thing to do when they cannot connect.
                ui.label(language.text("room-guest-wifi"));
            }
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(language.text("room-present")).size(theme::ACTION_BUTTON))
                    .clicked()
                {
                    commands.send(RoomCommand::Present(true));
                }
                if ui
                    .button(RichText::new(language.text("room-close")).size(theme::ACTION_BUTTON))
                    .clicked()
                {
                    commands.send(RoomCommand::Close);
                }
            });
        });
    });
}

/// "Close the room?", asked when the facilitator closes the workshop with the room open: a
/// phone that has not submitted yet would lose its answers.
pub fn leave_room_prompt_ui(ctx: &egui::Context, leaving: Leaving, commands: &mut Commands) {
    egui::Modal::new(egui::Id::unique("leave room prompt")).show(ctx, |ui| {
        let language = language_ui::of(ui);
        let going = match leaving {
            Leaving::Home => language.text("room-leave-home"),
        };
        ui.heading(language.text("room-still-open"));
        ui.label(language.text("room-leave-warning"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(going).clicked() {
                commands.send(RoomCommand::CloseAndLeave);
            }
            if ui.button(language.text("room-stay")).clicked() {
                commands.send(RoomCommand::StayInRoom);
            }
        });
    });
}

/// What the projector shows while phones answer: the code as large as fits, the address and
/// the counts per team — nothing else. The room reads it, so it speaks the workshop's
/// language, as the phones do; only the facilitator's Back button speaks the screens'.
pub fn present_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    open_room: &OpenRoom,
    commands: &mut Commands,
) {
    if ui.input(|input| input.key_pressed(egui::Key::Escape)) {
        commands.send(RoomCommand::Present(false));
    }
    let workshop = &open.workshop;
    let room_language = workshop.meta.language;
    ui.horizontal(|ui| {
        let back = language_ui::of(ui).text("app-back");
        if ui
            .button(RichText::new(back).size(theme::ACTION_BUTTON))
            .clicked()
        {
            commands.send(RoomCommand::Present(false));
        }
        ui.heading(RichText::new(room_language.text("room-present-title")).size(theme::HEADLINE));
    });
    // Every answer given, held ones too: the room counts heads, and a latecomer's answer
    // must show as taken (the line below says why the results do not move).
    let counts = Function::ALL
        .into_iter()
        .map(|function| {
            let team = function.name(room_language);
            let given = workshop.given(function);
            format!("{team} {given}")
        })
        .collect::<Vec<_>>()
        .join("   ·   ");
    let side = (ui.available_height() - 140.0)
        .min(ui.available_width())
        .max(160.0);
    ui.vertical_centered(|ui| {
        open_room.qr.show(ui, side);
        ui.label(
            RichText::new(open_room.room.join_url())
                .monospace()
                .size(theme::PRESENT_TEXT)
                .strong(),
        );
        ui.label(RichText::new(counts).size(theme::PRESENT_TEXT));
        // Someone who answers after the reveal sees the counts stay put: say why.
        let held: usize = Function::ALL
            .into_iter()
            .map(|function| workshop.held_back(function))
            .sum();
        if held > 0 {
            let text = room_language.text_with("room-present-held", &[("count", held.into())]);
            ui.label(RichText::new(text).size(theme::PRESENT_NOTE));
        }
    });
}

/// On the stages after Capture, while the room is open: one line saying phones can still
/// answer, with how many have, so the facilitator knows the code still works.
pub fn still_open_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    let Some(open_room) = &open.room.open else {
        return;
    };
    let workshop = &open.workshop;
    let given: usize = Function::ALL
        .into_iter()
        .map(|function| workshop.given(function))
        .sum();
    let line = language_ui::of(ui).text_with(
        "room-still-open-line",
        &[
            ("address", open_room.room.join_url().into()),
            ("count", given.into()),
        ],
    );
    ui.label(RichText::new(line).size(theme::READING));
}
