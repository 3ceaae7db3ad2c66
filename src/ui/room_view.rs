//! Room mode on screen: the Capture stage's section that opens the room and shows its code,
//! and the "Present" view that shows the room nothing else.

use eframe::egui::{self, RichText};

use super::command::{Commands, RoomCommand};
use super::open_workshop::OpenWorkshop;
use super::room_panel::{Leaving, OpenRoom};
use crate::domain::Function;
use crate::room::InterfaceKind;

/// The QR code's side on the Capture stage: scannable from a few rows back on a projector.
const CODE_SIDE: f32 = 260.0;

/// Capture's room section: pick the network and open the room, or, once open, its code,
/// address and the way to present or close it.
pub fn room_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.label(RichText::new("Answer from phones").size(22.0).strong());
    match &open.room.open {
        Some(open_room) => open_room_ui(ui, open_room, commands),
        None => closed_room_ui(ui, open, commands),
    }
}

fn closed_room_ui(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.label("Everyone answers at once in their phone's browser, on this room's network: no app, no account, nothing leaves the room.");
    let panel = &open.room;
    let chosen = panel.bind_address();
    ui.horizontal(|ui| {
        let label = ui.label("Network");
        let shown = panel
            .interfaces
            .iter()
            .find(|interface| Some(interface.address) == chosen)
            .map_or_else(
                || String::from("no network found"),
                |interface| network_label(&interface.name, interface.address, interface.kind),
            );
        egui::ComboBox::from_id_salt("room network")
            .selected_text(shown)
            .width(420.0)
            .show_ui(ui, |ui| {
                for interface in &panel.interfaces {
                    let text = network_label(&interface.name, interface.address, interface.kind);
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
        if ui.button("Look for networks again").clicked() {
            commands.send(RoomCommand::LookForNetworks);
        }
    });
    let kind = panel
        .interfaces
        .iter()
        .find(|interface| Some(interface.address) == chosen)
        .map(|interface| interface.kind);
    match kind {
        Some(InterfaceKind::Vpn | InterfaceKind::Container) => super::widgets::field_error(
            ui,
            "Phones in the room cannot reach this network: choose the room's Wi-Fi.",
        ),
        Some(InterfaceKind::Loopback) => {
            super::widgets::field_error(ui, "Only this laptop can open the room on this network.");
        }
        _ => {}
    }
    if ui
        .add_enabled(
            chosen.is_some(),
            egui::Button::new(RichText::new("Open the room").size(18.0)),
        )
        .clicked()
    {
        commands.send(RoomCommand::Open);
    }
}

fn network_label(name: &str, address: std::net::IpAddr, kind: InterfaceKind) -> String {
    format!("{name} — {address} ({})", kind.label())
}

fn open_room_ui(ui: &mut egui::Ui, open_room: &OpenRoom, commands: &mut Commands) {
    ui.horizontal(|ui| {
        open_room.qr.show(ui, CODE_SIDE);
        ui.add_space(16.0);
        ui.vertical(|ui| {
            ui.label(RichText::new("Scan the code, or open this address:").size(20.0));
            ui.label(
                RichText::new(open_room.room.join_url())
                    .monospace()
                    .size(24.0)
                    .strong(),
            );
            ui.label(
                "Same Wi-Fi as this laptop. Each phone answers once; nobody sees anyone's answers.",
            );
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Present").size(18.0)).clicked() {
                    commands.send(RoomCommand::Present(true));
                }
                if ui
                    .button(RichText::new("Close the room").size(18.0))
                    .clicked()
                {
                    commands.send(RoomCommand::Close);
                }
            });
        });
    });
}

/// "Close the room?", asked when the facilitator leaves Capture with the room open: a phone
/// that has not submitted yet would lose its answers.
pub fn leave_room_prompt_ui(ctx: &egui::Context, leaving: Leaving, commands: &mut Commands) {
    let going = match leaving {
        Leaving::To(stage) => format!("Close the room and go to {}", stage.label()),
        Leaving::Home => String::from("Close the room and the workshop"),
    };
    egui::Modal::new(egui::Id::unique("leave room prompt")).show(ctx, |ui| {
        ui.heading("The room is still open");
        ui.label("Leaving Capture closes it: phones that have not pressed Submit yet lose their answers, and the code on the screen stops working.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(going).clicked() {
                commands.send(RoomCommand::CloseAndLeave);
            }
            if ui.button("Stay on Capture").clicked() {
                commands.send(RoomCommand::StayInRoom);
            }
        });
    });
}

/// What the projector shows while phones answer: the code as large as fits, the address and
/// the counts per team — nothing else.
pub fn present_ui(
    ui: &mut egui::Ui,
    open: &OpenWorkshop,
    open_room: &OpenRoom,
    commands: &mut Commands,
) {
    if ui.input(|input| input.key_pressed(egui::Key::Escape)) {
        commands.send(RoomCommand::Present(false));
    }
    ui.horizontal(|ui| {
        if ui.button(RichText::new("⬅ Back").size(18.0)).clicked() {
            commands.send(RoomCommand::Present(false));
        }
        ui.heading(RichText::new("Answer on your phone").size(34.0));
    });
    let workshop = &open.workshop;
    let counts = Function::ALL
        .into_iter()
        .map(|function| format!("{} {}", function.label(), workshop.respondents(function)))
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
                .size(30.0)
                .strong(),
        );
        ui.label(RichText::new(counts).size(30.0));
    });
}
