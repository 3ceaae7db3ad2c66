//! The app's look, in one place: the colours of both themes (every text readable against
//! every surface it is drawn on, WCAG AA: at least 4.5:1), the type sizes, and the zoom
//! presentation mode uses. `tests/presentation.rs` checks the contrast of every pair.

use eframe::egui::{self, Color32, FontId, Stroke, TextStyle, Visuals};

/// How much larger everything is in presentation mode: body text (16 points) becomes 22.4
/// pixels on a 1280×720 screen, readable from the back of a room.
pub const PRESENTATION_ZOOM: f32 = 1.4;

/// The body text size in points (before any zoom).
pub const BODY_SIZE: f32 = 16.0;

/// The zoom steps Ctrl+plus and Ctrl+minus move through, and their limits.
pub const ZOOM_STEP: f32 = 0.1;
pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 2.5;

/// Sets both themes' colours, the type sizes and spacing on every style of `ctx`.
pub fn apply(ctx: &egui::Context) {
    ctx.set_visuals_of(egui::Theme::Light, visuals(false));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(true));
    // Zoom goes through the app's own commands (presentation mode multiplies it).
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        for (text_style, size) in [
            (TextStyle::Body, BODY_SIZE),
            (TextStyle::Button, BODY_SIZE),
            (TextStyle::Heading, 26.0),
            (TextStyle::Small, 14.0),
        ] {
            style
                .text_styles
                .insert(text_style, FontId::proportional(size));
        }
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        // A scroll bar that is always there says the page goes on; a fade at the edges
        // would say it too, but by drawing text below any readable contrast.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        style.spacing.scroll.fade.strength = 0.0;
    });
}

/// The colours of one theme. Every colour is opaque, so a contrast ratio computed from it
/// is the one on screen.
pub fn visuals(dark: bool) -> Visuals {
    if dark {
        dark_visuals()
    } else {
        light_visuals()
    }
}

/// The colour of a healthy verdict (a toxic one uses the error colour).
pub fn healthy_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(120, 210, 145)
    } else {
        Color32::from_rgb(20, 110, 50)
    }
}

fn light_visuals() -> Visuals {
    let mut visuals = Visuals::light();
    let text = Color32::from_gray(30);
    visuals.weak_text_color = Some(Color32::from_gray(84));
    visuals.panel_fill = Color32::from_gray(248);
    visuals.window_fill = Color32::from_gray(250);
    visuals.extreme_bg_color = Color32::WHITE;
    visuals.text_edit_bg_color = Some(Color32::WHITE);
    visuals.faint_bg_color = Color32::from_gray(238);
    visuals.code_bg_color = Color32::from_gray(232);
    visuals.warn_fg_color = Color32::from_rgb(150, 70, 0);
    visuals.error_fg_color = Color32::from_rgb(176, 0, 32);
    visuals.hyperlink_color = Color32::from_rgb(0, 80, 160);
    visuals.selection.bg_fill = Color32::from_rgb(160, 210, 250);
    visuals.selection.stroke = Stroke::new(1.0, Color32::from_rgb(0, 40, 80));
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.fg_stroke.color = text;
    widgets.noninteractive.bg_fill = visuals.panel_fill;
    widgets.noninteractive.weak_bg_fill = visuals.panel_fill;
    widgets.noninteractive.bg_stroke.color = Color32::from_gray(170);
    widgets.inactive.fg_stroke.color = Color32::from_gray(20);
    widgets.inactive.weak_bg_fill = Color32::from_gray(226);
    widgets.inactive.bg_fill = Color32::from_gray(226);
    widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(150));
    widgets.hovered.fg_stroke.color = Color32::BLACK;
    widgets.hovered.weak_bg_fill = Color32::from_gray(210);
    widgets.hovered.bg_fill = Color32::from_gray(210);
    widgets.active.fg_stroke.color = Color32::BLACK;
    widgets.active.weak_bg_fill = Color32::from_gray(190);
    widgets.active.bg_fill = Color32::from_gray(190);
    widgets.open.fg_stroke.color = Color32::BLACK;
    widgets.open.weak_bg_fill = Color32::from_gray(216);
    widgets.open.bg_fill = Color32::from_gray(216);
    visuals
}

fn dark_visuals() -> Visuals {
    let mut visuals = Visuals::dark();
    let text = Color32::from_gray(225);
    visuals.weak_text_color = Some(Color32::from_gray(178));
    visuals.panel_fill = Color32::from_gray(27);
    visuals.window_fill = Color32::from_gray(32);
    visuals.extreme_bg_color = Color32::from_gray(12);
    visuals.text_edit_bg_color = Some(Color32::from_gray(12));
    visuals.faint_bg_color = Color32::from_gray(38);
    visuals.code_bg_color = Color32::from_gray(44);
    visuals.warn_fg_color = Color32::from_rgb(255, 176, 70);
    visuals.error_fg_color = Color32::from_rgb(255, 125, 125);
    visuals.hyperlink_color = Color32::from_rgb(120, 190, 255);
    visuals.selection.bg_fill = Color32::from_rgb(0, 80, 120);
    visuals.selection.stroke = Stroke::new(1.0, Color32::from_rgb(220, 238, 255));
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.fg_stroke.color = text;
    widgets.noninteractive.bg_fill = visuals.panel_fill;
    widgets.noninteractive.weak_bg_fill = visuals.panel_fill;
    widgets.noninteractive.bg_stroke.color = Color32::from_gray(90);
    widgets.inactive.fg_stroke.color = Color32::from_gray(240);
    widgets.inactive.weak_bg_fill = Color32::from_gray(58);
    widgets.inactive.bg_fill = Color32::from_gray(58);
    widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(110));
    widgets.hovered.fg_stroke.color = Color32::WHITE;
    widgets.hovered.weak_bg_fill = Color32::from_gray(72);
    widgets.hovered.bg_fill = Color32::from_gray(72);
    widgets.active.fg_stroke.color = Color32::WHITE;
    widgets.active.weak_bg_fill = Color32::from_gray(88);
    widgets.active.bg_fill = Color32::from_gray(88);
    widgets.open.fg_stroke.color = Color32::from_gray(240);
    widgets.open.weak_bg_fill = Color32::from_gray(50);
    widgets.open.bg_fill = Color32::from_gray(50);
    visuals
}

/// Axis hints for a chart whose tick labels are either shown in full colour or not at all
/// (`egui_plot` fades labels that are close together, below any readable contrast).
pub fn axis_hints<'a>(axis: egui_plot::Axis) -> egui_plot::AxisHints<'a> {
    let spacing = match axis {
        egui_plot::Axis::X => 60.0,
        egui_plot::Axis::Y => 20.0,
    };
    egui_plot::AxisHints::new(axis).label_spacing(spacing..=spacing + 0.01)
}
