//! The import's mapping step: when a survey file has columns Tandem cannot place, the
//! facilitator says for each what it is (a statement, a comment, or ignore it); the choice
//! is remembered for files with the same headers ([`crate::import::remembered`]). The
//! import itself is in `import_commands.rs`.

use std::path::PathBuf;

use super::command::{Commands, WorkshopCommand};
use super::language_ui::{of, text, text_with};
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
fn choices(ui: &egui::Ui, questionnaire: &Questionnaire) -> Vec<(MapTo, String)> {
    let comment = |prompt: &str| text_with(ui, "import-comment", &[("prompt", prompt.into())]);
    let mut choices = vec![
        (MapTo::Ignore, text(ui, "import-ignore")),
        (
            MapTo::Key(String::from("friction_comment")),
            comment(&questionnaire.friction_comment_prompt),
        ),
        (
            MapTo::Key(String::from("works_well_comment")),
            comment(&questionnaire.works_well_comment_prompt),
        ),
    ];
    choices.extend(questionnaire.statements.iter().map(|s| {
        (
            MapTo::Key(s.key.clone()),
            text_with(ui, "import-statement", &[("text", s.text.as_str().into())]),
        )
    }));
    choices
}

/// The mapping step, over everything else until imported or cancelled.
pub fn mapping_step_ui(
    ctx: &egui::Context,
    step: &ImportMapping,
    questionnaire: &Questionnaire,
    commands: &mut Commands,
) {
    egui::Modal::new(egui::Id::unique("import mapping step")).show(ctx, |ui| {
        // The statements and prompts in the facilitator's language.
        let choices = choices(ui, &questionnaire.in_language(of(ui)));
        ui.set_max_width(720.0);
        ui.heading(text(ui, "import-title"));
        let file = step
            .path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        ui.label(text_with(ui, "import-unknown", &[("file", file.into())]));
        ui.add_space(8.0);
        // Many unknown columns scroll; the buttons stay in view.
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for (index, (header, chosen)) in step.unknown.iter().enumerate() {
                    let shown = chosen
                        .as_ref()
                        .and_then(|chosen| choices.iter().find(|(to, _)| to == chosen))
                        .map_or_else(|| text(ui, "import-choose"), |(_, words)| words.clone());
                    // The header as the file wrote it (a question may be long), the choice below it.
                    let label = ui.label(egui::RichText::new(header).strong());
                    egui::ComboBox::from_id_salt(("import column", index))
                        .selected_text(shown)
                        .width(ui.available_width())
                        .show_ui(ui, |ui| {
                            for (to, words) in &choices {
                                if ui
                                    .selectable_label(chosen.as_ref() == Some(to), words)
                                    .clicked()
                                {
                                    commands.send(WorkshopCommand::ChooseImportColumn(
                                        index,
                                        to.clone(),
                                    ));
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
                .add_enabled(
                    step.is_complete(),
                    egui::Button::new(text(ui, "import-import")),
                )
                .clicked()
            {
                commands.send(WorkshopCommand::ImportMapped);
            }
            if ui.button(text(ui, "import-cancel")).clicked() {
                commands.send(WorkshopCommand::CancelImport);
            }
        });
    });
}
