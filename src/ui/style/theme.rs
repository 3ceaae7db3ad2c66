//! The app's look, in one place: the colours of both themes (every text readable against
//! every surface it is drawn on, WCAG AA: at least 4.5:1), the colours of the teams and the
//! study in charts, every type size the screens use, and the zoom presentation mode uses.
//! `tests/ui/presentation.rs` checks the contrast of every pair.

use eframe::egui::{self, Color32, FontId, Stroke, TextStyle, Visuals};

/// How much larger everything is in presentation mode: body text (16 points) becomes 22.4
/// pixels on a 1280×720 screen, readable from the back of a room.
pub const PRESENTATION_ZOOM: f32 = 1.4;

/// The body text size in points (before any zoom), also of buttons.
pub const BODY_SIZE: f32 = 16.0;
/// egui's own headings, where a view does not choose a size.
pub const HEADING_SIZE: f32 = 26.0;
/// egui's small text.
pub const SMALL_SIZE: f32 = 14.0;

// The facilitator's screens: type sizes in points, before any zoom.

/// The one line a screen opens with when it stands alone: Tandem's name on Home, Framing's
/// title, the title of the Present view.
pub const HEADLINE: f32 = 34.0;
/// A stage's title at the top of its page.
pub const STAGE_TITLE: f32 = 30.0;
/// The comparison's title ("Comparing 3 workshops").
pub const COMPARE_TITLE: f32 = 28.0;
/// What the reveal waits on: answers withheld, ready to reveal, not revealed yet.
pub const GATE_TITLE: f32 = 26.0;
/// A section of a stage: the findings, the comments, the agenda, the workshop's title on Close.
pub const SECTION: f32 = 24.0;
/// A part of a section: the survey, participant mode and the room on Capture, the findings
/// that fired on one team alone, the rules that nearly fired, the comparison's trend.
pub const SUBSECTION: f32 = 22.0;
/// A section on the denser pages: Close's summary and the comparison's tables and steps.
pub const SMALL_SECTION: f32 = 20.0;
/// The line the room reads first: the reveal's summary, a scope's name over its verdict, the
/// counts at the reveal's gate, the study's quotation on Framing, how to join the room.
pub const LEAD: f32 = 20.0;
/// Text the facilitator reads to the room: explanations, prompts, questions, notes under a
/// title, a finding's heading.
pub const READING: f32 = 18.0;
/// The buttons that move the workshop on: next stage, new or open a workshop, save, open,
/// present or close the room, back from the Present view.
pub const ACTION_BUTTON: f32 = 18.0;
/// The button that reveals the results.
pub const REVEAL_BUTTON: f32 = 22.0;
/// A line among many: one comment, one rule that nearly fired.
pub const DETAIL: f32 = 17.0;
/// The stages in the stepper and the time left on the current one.
pub const STEPPER: f32 = 17.0;
/// A note under a chart (where the study's figures come from), a verdict in Home's table.
pub const NOTE: f32 = 14.0;
/// The overall verdict on Diagnose.
pub const OVERALL_VERDICT: f32 = 34.0;
/// Each team's verdict on Diagnose.
pub const TEAM_VERDICT: f32 = 24.0;
/// Each team's name and count of answers on Capture, read from across the room.
pub const TEAM_COUNT: f32 = 24.0;
/// The room's join address on Capture.
pub const JOIN_ADDRESS: f32 = 24.0;
/// The join address and the counts on the Present view, for the projector.
pub const PRESENT_TEXT: f32 = 30.0;
/// The answers held back, on the Present view.
pub const PRESENT_NOTE: f32 = 22.0;

// Participant mode (the kiosk): type sizes in points, larger than the facilitator's, for
// participants who are handed the laptop and read each screen once.

/// A kiosk screen's title.
pub const KIOSK_TITLE: f32 = 30.0;
/// The statement being rated.
pub const KIOSK_STATEMENT: f32 = 32.0;
/// The Sales and Product buttons.
pub const KIOSK_TEAM: f32 = 28.0;
/// "Please pass the laptop on to the next person", once an answer is in.
pub const KIOSK_PASS_ON: f32 = 26.0;
/// Every other text and button a participant reads or taps.
pub const KIOSK_TEXT: f32 = 22.0;
/// The note under the comment boxes.
pub const KIOSK_NOTE: f32 = 18.0;
/// The lines of the review before sending.
pub const KIOSK_REVIEW: f32 = 17.0;
/// The line that says answers are anonymous, and the facilitator's button beside it.
pub const KIOSK_SMALL: f32 = 16.0;

// Colours that are the same in both themes.

/// Sales wherever a colour marks it: Reveal's bars and gaps, the comparison's trend.
pub const SALES_COLOUR: Color32 = Color32::from_rgb(0x2f, 0x6d, 0xb5);
/// Product wherever a colour marks it: Reveal's bars and gaps, the comparison's trend.
pub const PRODUCT_COLOUR: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x1e);
/// The 2014 study's figures, on Framing and beside the workshop's on Reveal.
pub const STUDY_COLOUR: Color32 = Color32::from_rgb(0x88, 0x88, 0x88);
/// The perception gap's line in the comparison's trend.
pub const GAP_COLOUR: Color32 = Color32::GRAY;
/// A QR code is dark on light whatever the theme, or phones cannot read it.
pub const QR_DARK: Color32 = Color32::BLACK;
pub const QR_LIGHT: Color32 = Color32::WHITE;

/// Room between a table's cells (horizontal, vertical): Reveal's tables, and the
/// comparison's wider ones, whose columns sit closer.
pub const TABLE_SPACING: [f32; 2] = [24.0, 4.0];
pub const WIDE_TABLE_SPACING: [f32; 2] = [14.0, 6.0];

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
            (TextStyle::Heading, HEADING_SIZE),
            (TextStyle::Small, SMALL_SIZE),
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
