//! The import's mapping step: when a survey file has columns Tandem cannot place, the
//! facilitator says for each what it is (a statement, a comment, or ignore it); the choice
//! is remembered for files with the same headers ([`crate::import::remembered`]). The
//! import itself is in `import_commands.rs`.

use std::path::PathBuf;

use crate::domain::Questionnaire;
use crate::import::{ColumnMapping, MapTo};
use crate::ui::state::command::{Commands, WorkshopCommand};
use crate::ui::style::language_ui::{of, text, text_with};

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

/// The choices offered for an unknown column, with the words the facilitator sees: ignoring
/// it, or a comment or statement that neither the file's known columns nor another unknown
/// column already answers.
fn choices(
    ui: &egui::Ui,
    step: &ImportMapping,
    index: usize,
    questionnaire: &Questionnaire,
) -> Vec<(MapTo, String)> {
    let answered = crate::import::answered_keys(&step.headers, questionnaire);
    let taken_elsewhere = |key: &str| {
        step.unknown.iter().enumerate().any(|(other, (_, chosen))| {
            other != index && chosen.as_ref() == Some(&MapTo::Key(key.to_owned()))
        })
    };
    let free = |key: &str| !answered.contains(key) && !taken_elsewhere(key);
    let comment = |prompt: &str| text_with(ui, "import-comment", &[("prompt", prompt.into())]);
    let mut choices = vec![(MapTo::Ignore, text(ui, "import-ignore"))];
    for (key, prompt) in [
        ("friction_comment", &questionnaire.friction_comment_prompt),
        (
            "works_well_comment",
            &questionnaire.works_well_comment_prompt,
        ),
    ] {
        if free(key) {
            choices.push((MapTo::Key(key.to_owned()), comment(prompt)));
        }
    }
    choices.extend(
        questionnaire
            .statements
            .iter()
            .filter(|s| free(&s.key))
            .map(|s| {
                (
                    MapTo::Key(s.key.clone()),
                    text_with(ui, "import-statement", &[("text", s.text.as_str().into())]),
                )
            }),
    );
    choices
}

/// The mapping step, over everything else until imported or cancelled. Each column's
/// choices are plain radio buttons: a drop-down list inside a modal can open behind it.
pub fn mapping_step_ui(
    ctx: &egui::Context,
    step: &ImportMapping,
    questionnaire: &Questionnaire,
    commands: &mut Commands,
) {
    egui::Modal::new(egui::Id::unique("import mapping step")).show(ctx, |ui| {
        // The statements and prompts in the facilitator's language.
        let questionnaire = questionnaire.in_language(of(ui));
        ui.set_max_width(760.0);
        ui.heading(text(ui, "import-title"));
        let file = step
            .path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        ui.label(text_with(ui, "import-unknown", &[("file", file.into())]));
        ui.add_space(8.0);
        // Many unknown columns scroll; the buttons stay in view.
        egui::ScrollArea::vertical()
            .max_height(ui.ctx().content_rect().height() * 0.55)
            .show(ui, |ui| {
                for (index, (header, chosen)) in step.unknown.iter().enumerate() {
                    column_ui(
                        ui,
                        step,
                        index,
                        header,
                        chosen.as_ref(),
                        &questionnaire,
                        commands,
                    );
                    ui.add_space(10.0);
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

/// One unknown column: its header as the file wrote it, then a radio button per choice.
fn column_ui(
    ui: &mut egui::Ui,
    step: &ImportMapping,
    index: usize,
    header: &str,
    chosen: Option<&MapTo>,
    questionnaire: &Questionnaire,
    commands: &mut Commands,
) {
    let label = ui.label(egui::RichText::new(header).strong());
    let group = ui
        .indent(("import column", index), |ui| {
            for (to, words) in choices(ui, step, index, questionnaire) {
                if ui.radio(chosen == Some(&to), words).clicked() {
                    commands.send(WorkshopCommand::ChooseImportColumn(index, to));
                }
            }
        })
        .response;
    group.labelled_by(label.id);
}
