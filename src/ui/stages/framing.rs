use eframe::egui::{self, RichText};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::domain::{Relationship, Stage};
use crate::metrics::benchmark::{study_note, study_share, study_share_label};
use crate::ui::command::{Commands, WorkshopCommand};
use crate::ui::open_workshop::OpenWorkshop;
use crate::ui::widgets::{category_labels_ui, readable_axes};

/// A projector page: the study's finding, healthy vs toxic friction, the agenda, the promise.
pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    ui.heading(RichText::new("Why we are here").size(34.0));
    ui.label(RichText::new("“How would you describe the relationship between the sales organization and the product team?” — asked of product teams, Study of Product Team Performance, Actuation Consulting 2014").size(20.0).italics());
    ui.add_space(8.0);
    let bars: Vec<Bar> = Relationship::ALL
        .into_iter()
        .enumerate()
        .map(|(index, answer)| {
            Bar::new(index as f64, study_share(answer) * 100.0).name(format!(
                "{}: {}",
                open.workshop.questionnaire.relationship_label(answer),
                study_share_label(answer, crate::ui::language_ui::of(ui))
            ))
        })
        .collect();
    let labels: Vec<String> = Relationship::ALL
        .into_iter()
        .map(|answer| {
            open.workshop
                .questionnaire
                .relationship_label(answer)
                .to_owned()
        })
        .collect();
    let chart = readable_axes(Plot::new("study benchmark"))
        .height(220.0)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(70.0)
        .y_axis_label("% of product teams")
        .show_axes([false, true])
        .show(ui, |plot| {
            // Solid bars, in the grey Reveal uses for the study: plain to see in both themes.
            let grey = egui::Color32::from_rgb(0x88, 0x88, 0x88);
            let bars = bars.into_iter().map(|bar| bar.fill(grey)).collect();
            plot.bar_chart(BarChart::new("The 2014 study", bars).width(0.6).color(grey));
        });
    category_labels_ui(ui, &chart.transform, &labels);
    ui.label(RichText::new(study_note(crate::ui::language_ui::of(ui))).size(14.0));
    ui.label(RichText::new("Over a quarter (26.59%) report significant or constant friction. How does sales see it? Today we ask both sides.").size(20.0));
    ui.add_space(12.0);
    ui.columns(2, |columns| {
        columns[0].label(RichText::new("✔ Healthy friction").size(24.0).strong());
        columns[0].label(RichText::new("Comes from different points of view: a 12-month roadmap against quarterly targets. We disagree about the work — priorities, scope, timing — and settle it by compromise or by an executive decision.").size(18.0));
        columns[1].label(RichText::new("⚠ Toxic friction").size(24.0).strong());
        columns[1].label(RichText::new("Left to fester, it turns personal: blame, frustration, distrust, and nobody knows who decides. That is what we want to find and fix.").size(18.0));
    });
    ui.add_space(12.0);
    ui.label(RichText::new("Agenda").size(24.0).strong());
    for (number, stage) in Stage::ALL.iter().enumerate().skip(2) {
        let minutes = open
            .workshop
            .time_boxes
            .get(stage)
            .map(|m| format!(" ({m} min)"))
            .unwrap_or_default();
        ui.label(
            RichText::new(format!("{}. {}{minutes}", number - 1, agenda_line(*stage))).size(18.0),
        );
    }
    ui.add_space(12.0);
    ui.label(
        RichText::new("Our promise: your answers are anonymous")
            .size(24.0)
            .strong(),
    );
    let floor = open.workshop.settings.anonymity_floor.value();
    ui.label(RichText::new(format!("No name, no device, no time is stored with your answers. Nothing is shown until both sales and product have at least {floor} responses each. Comments are shown pooled and shuffled, never labelled with a team.")).size(18.0));
    ui.add_space(12.0);
    if ui
        .button(RichText::new("Next: Capture ➡").size(18.0))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Capture));
    }
}

fn agenda_line(stage: Stage) -> &'static str {
    match stage {
        Stage::Capture => "Everyone answers, one at a time, anonymously",
        Stage::Reveal => "We look at the results side by side",
        Stage::Diagnose => "Healthy or toxic, and why",
        Stage::Agree => "Rules of engagement and actions",
        Stage::Close => "Summary and next workshop",
        Stage::Setup | Stage::Framing => "",
    }
}
