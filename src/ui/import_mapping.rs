//! The import's mapping step: when a survey file has columns Tandem cannot place, the
//! facilitator says for each what it is (a statement, a comment, or ignore it); the choice
//! is remembered for files with the same headers ([`crate::import::remembered`]). The
//! import itself is in `import_commands.rs`.

use std::path::PathBuf;

use super::command::{Commands, WorkshopCommand};
use crate::domain::Questionnaire;
use crate::import::{ColumnMapping, MapTo};

/// The mapping step, open while the facilitator chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportMapping {
    pub path: PathBuf,
    /// Every header of the file, in order: what a remembered mapping is found by.
    pub headers: Vec<String>,
    /// The columns Tandem could not place, each with the facilitator's choice so far.
    pub unknown: Vec<(String, Option<MapTo>)>,
}

impl ImportMapping {
    pub fn is_complete(&self) -> bool {
        self.unknown.iter().all(|(_, choice)| choice.is_some())
    }

    pub fn mapping(&self) -> ColumnMapping {
        ColumnMapping {
            columns: self
                .unknown
                .iter()
                .filter_map(|(header, choice)| Some((header.clone(), choice.clone()?)))
                .collect(),
        }
    }
}

/// The choices offered for an unknown column, with the words the facilitator sees.
fn choices(questionnaire: &Questionnaire) -> Vec<(MapTo, String)> {
    let mut choices = vec![
        (MapTo::Ignore, String::from("Ignore this column")),
        (
            MapTo::Key(String::from("friction_comment")),
            format!("Comment: {}", questionnaire.friction_comment_prompt),
        ),
        (
            MapTo::Key(String::from("works_well_comment")),
            format!("Comment: {}", questionnaire.works_well_comment_prompt),
        ),
    ];
    choices.extend(
        questionnaire
            .statements
            .iter()
            .map(|s| (MapTo::Key(s.key.clone()), format!("Statement: {}", s.text))),
    );
    choices
}

/// The mapping step, over everything else until imported or cancelled.
pub fn mapping_step_ui(
    ctx: &egui::Context,
    step: &ImportMapping,
    questionnaire: &Questionnaire,
    commands: &mut Commands,
) {
    let choices = choices(questionnaire);
    egui::Modal::new(egui::Id::unique("import mapping step")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        ui.heading("Which question does each column answer?");
        ui.label(format!(
            "{} has columns Tandem does not recognise. Say what each one is; Tandem remembers your choice for files with the same columns.",
            step.path.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned())
        ));
        ui.add_space(8.0);
        // Many unknown columns scroll; the buttons stay in view.
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (index, (header, chosen)) in step.unknown.iter().enumerate() {
                let shown = chosen
                    .as_ref()
                    .and_then(|chosen| choices.iter().find(|(to, _)| to == chosen))
                    .map_or("Choose…", |(_, words)| words.as_str());
                // The header as the file wrote it (a question may be long), the choice below it.
                let label = ui.label(egui::RichText::new(header).strong());
                egui::ComboBox::from_id_salt(("import column", index))
                    .selected_text(shown)
                    .width(ui.available_width())
                    .show_ui(ui, |ui| {
                        for (to, words) in &choices {
                            if ui.selectable_label(chosen.as_ref() == Some(to), words).clicked() {
                                commands.send(WorkshopCommand::ChooseImportColumn(index, to.clone()));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.add_space(6.0);
            }
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(step.is_complete(), egui::Button::new("Import"))
                .clicked()
            {
                commands.send(WorkshopCommand::ImportMapped);
            }
            if ui.button("Cancel").clicked() {
                commands.send(WorkshopCommand::CancelImport);
            }
        });
    });
}
