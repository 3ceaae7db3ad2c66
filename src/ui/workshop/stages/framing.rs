use eframe::egui::{self, RichText};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::domain::{Relationship, Stage};
use crate::metrics::benchmark::study_share;
use crate::ui::state::command::{Commands, WorkshopCommand};
use crate::ui::style::language_ui::{of, text, text_with};
use crate::ui::style::theme;
use crate::ui::style::widgets::{category_labels_ui, readable_axes};
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// A projector page: the study's finding, healthy vs toxic friction, the agenda, the promise.
pub fn show(ui: &mut egui::Ui, open: &OpenWorkshop, commands: &mut Commands) {
    let language = of(ui);
    let questionnaire = open.in_language(language).questionnaire;
    ui.heading(RichText::new(text(ui, "framing-title")).size(theme::HEADLINE));
    // The study asked in English: any other language says its words are a translation.
    let quotation = if language.is_english() {
        text(ui, "framing-quotation")
    } else {
        text(ui, "framing-quotation-translated")
    };
    ui.label(RichText::new(quotation).size(theme::LEAD).italics());
    ui.add_space(8.0);
    let bars: Vec<Bar> = Relationship::ALL
        .into_iter()
        .enumerate()
        .map(|(index, answer)| {
            Bar::new(index as f64, study_share(answer) * 100.0).name(text_with(
                ui,
                "framing-bar",
                &[
                    ("answer", questionnaire.relationship_label(answer).into()),
                    // The study's own figures, to its two decimals.
                    ("share", language.percent(study_share(answer), 2).into()),
                ],
            ))
        })
        .collect();
    let labels: Vec<String> = Relationship::ALL
        .into_iter()
        .map(|answer| questionnaire.relationship_label(answer).to_owned())
        .collect();
    let study = text(ui, "framing-study");
    let chart = readable_axes(Plot::new("study benchmark"))
        .height(220.0)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(70.0)
        .y_axis_label(text(ui, "framing-axis"))
        .show_axes([false, true])
        .show(ui, |plot| {
            // Solid bars, in the grey Reveal uses for the study: plain to see in both themes.
            let bars = bars
                .into_iter()
                .map(|bar| bar.fill(theme::STUDY_COLOUR))
                .collect();
            plot.bar_chart(
                BarChart::new(study, bars)
                    .width(0.6)
                    .color(theme::STUDY_COLOUR),
            );
        });
    category_labels_ui(ui, &chart.transform, &labels);
    ui.label(RichText::new(text(ui, "framing-study-note")).size(theme::NOTE));
    ui.label(RichText::new(text(ui, "framing-quarter")).size(theme::LEAD));
    ui.add_space(12.0);
    let healthy = [
        text(ui, "framing-healthy"),
        text(ui, "framing-healthy-text"),
    ];
    let toxic = [text(ui, "framing-toxic"), text(ui, "framing-toxic-text")];
    ui.columns(2, |columns| {
        for (column, [title, words]) in columns.iter_mut().zip([healthy, toxic]) {
            column.label(RichText::new(title).size(theme::SECTION).strong());
            column.label(RichText::new(words).size(theme::READING));
        }
    });
    ui.add_space(12.0);
    agenda_ui(ui, open);
    ui.add_space(12.0);
    ui.label(
        RichText::new(text(ui, "framing-promise"))
            .size(theme::SECTION)
            .strong(),
    );
    let floor = open.workshop.settings.anonymity_floor.value();
    let promise = text_with(
        ui,
        "framing-promise-text",
        &[("floor", (floor as usize).into())],
    );
    ui.label(RichText::new(promise).size(theme::READING));
    ui.add_space(12.0);
    if ui
        .button(RichText::new(text(ui, "framing-next")).size(theme::ACTION_BUTTON))
        .clicked()
    {
        commands.send(WorkshopCommand::GoTo(Stage::Capture));
    }
}

/// The stages still to come, each with its time box when it has one.
fn agenda_ui(ui: &mut egui::Ui, open: &OpenWorkshop) {
    ui.label(
        RichText::new(text(ui, "framing-agenda"))
            .size(theme::SECTION)
            .strong(),
    );
    for (number, stage) in Stage::ALL.iter().enumerate().skip(2) {
        let Some(id) = agenda_line(*stage) else {
            continue;
        };
        let line = text(ui, id);
        let line = match open.workshop.time_boxes.get(stage) {
            Some(minutes) => text_with(
                ui,
                "framing-agenda-timed",
                &[
                    ("number", (number - 1).to_string().into()),
                    ("line", line.into()),
                    ("minutes", (*minutes as usize).into()),
                ],
            ),
            None => text_with(
                ui,
                "framing-agenda-line",
                &[
                    ("number", (number - 1).to_string().into()),
                    ("line", line.into()),
                ],
            ),
        };
        ui.label(RichText::new(line).size(theme::READING));
    }
}

fn agenda_line(stage: Stage) -> Option<&'static str> {
    Some(match stage {
        Stage::Capture => "framing-agenda-capture",
        Stage::Reveal => "framing-agenda-reveal",
        Stage::Diagnose => "framing-agenda-diagnose",
        Stage::Agree => "framing-agenda-agree",
        Stage::Close => "framing-agenda-close",
        Stage::Setup | Stage::Framing => return None,
    })
}
