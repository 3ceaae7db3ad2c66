//! The import's mapping step: when a survey file has columns Tandem cannot place, the
//! facilitator says for each what it is (the team, the relationship, a statement, the
//! sources, a comment, or ignore it); the choice is remembered for files with the same
//! headers ([`crate::import::remembered`]). The import itself is in `import_commands.rs`.

use std::path::PathBuf;

use crate::domain::Questionnaire;
use crate::import::{Column, ColumnMapping, MapTo, answered_columns, offered_columns};
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

/// How wide the column of headers is; the drop-downs take the rest of the step's width.
const HEADER_WIDTH: f32 = 280.0;
/// Tall enough that every choice shows without scrolling the drop-down at 1280×720.
const CHOICES_HEIGHT: f32 = 400.0;

/// The choices offered for unknown column `index`, with the words the facilitator sees:
/// ignoring it, and every column the import reads that neither the file's known columns
/// (`answered`) nor another unknown column answers yet.
fn choices(
    ui: &egui::Ui,
    step: &ImportMapping,
    index: usize,
    answered: &[Column],
    questionnaire: &Questionnaire,
) -> Vec<(MapTo, String)> {
    let mut taken = answered.to_vec();
    taken.extend(
        step.unknown
            .iter()
            .enumerate()
            .filter(|(other, _)| *other != index)
            .filter_map(|(_, (_, chosen))| match chosen {
                Some(MapTo::Key(key)) => Column::from_key(key, questionnaire),
                Some(MapTo::Ignore) | None => None,
            }),
    );
    let mut choices = vec![(MapTo::Ignore, text(ui, "import-ignore"))];
    choices.extend(
        offered_columns(questionnaire, &taken)
            .into_iter()
            .filter_map(|column| {
                let words = words(ui, &column, questionnaire)?;
                Some((MapTo::Key(column.key()?.to_owned()), words))
            }),
    );
    choices
}

/// What a choice says: the question in the facilitator's words, as the questionnaire asks it.
fn words(ui: &egui::Ui, column: &Column, questionnaire: &Questionnaire) -> Option<String> {
    let with =
        |id: &str, name: &'static str, value: &str| text_with(ui, id, &[(name, value.into())]);
    Some(match column {
        Column::Function => text(ui, "import-team"),
        Column::Relationship => with(
            "import-relationship",
            "prompt",
            &questionnaire.relationship.prompt,
        ),
        Column::Statement(key) => with(
            "import-statement",
            "text",
            &questionnaire.statement(key)?.text,
        ),
        Column::Sources => with("import-sources", "prompt", &questionnaire.sources_prompt),
        Column::FrictionComment => with(
            "import-comment",
            "prompt",
            &questionnaire.friction_comment_prompt,
        ),
        Column::WorksWellComment => with(
            "import-comment",
            "prompt",
            &questionnaire.works_well_comment_prompt,
        ),
        Column::Source(_) | Column::Dropped(_) | Column::Ignored => return None,
    })
}

/// The mapping step, over everything else until imported or cancelled: one row per unknown
/// column, its header beside a drop-down of what it can be.
pub fn mapping_step_ui(
    ctx: &egui::Context,
    step: &ImportMapping,
    questionnaire: &Questionnaire,
    commands: &mut Commands,
) {
    egui::Modal::new(egui::Id::unique("import mapping step")).show(ctx, |ui| {
        // The statements and prompts in the facilitator's language.
        let questionnaire = questionnaire.in_language(of(ui));
        let answered = answered_columns(&step.headers, &questionnaire);
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
                    let choices = choices(ui, step, index, &answered, &questionnaire);
                    column_ui(ui, index, header, chosen.as_ref(), &choices, commands);
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

/// One unknown column: its header as the file wrote it (wrapped, a question may be long),
/// and the drop-down named by it.
fn column_ui(
    ui: &mut egui::Ui,
    index: usize,
    header: &str,
    chosen: Option<&MapTo>,
    choices: &[(MapTo, String)],
    commands: &mut Commands,
) {
    ui.horizontal_top(|ui| {
        let label = ui
            .allocate_ui(egui::vec2(HEADER_WIDTH, 0.0), |ui| {
                ui.set_width(HEADER_WIDTH);
                ui.add(egui::Label::new(egui::RichText::new(header).strong()).wrap())
            })
            .inner;
        let shown = chosen
            .and_then(|chosen| choices.iter().find(|(to, _)| to == chosen))
            .map_or_else(|| text(ui, "import-choose"), |(_, words)| words.clone());
        ui.vertical(|ui| {
            egui::ComboBox::from_id_salt(("import column", index))
                .selected_text(shown)
                .width(ui.available_width())
                .height(CHOICES_HEIGHT)
                .truncate()
                .show_ui(ui, |ui| {
                    for (to, words) in choices {
                        if ui.selectable_label(chosen == Some(to), words).clicked() {
                            commands.send(WorkshopCommand::ChooseImportColumn(index, to.clone()));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            // Only "ignore" is left when other columns answer every question: say so, or
            // the short list looks like a fault.
            if choices.len() == 1 {
                ui.label(egui::RichText::new(text(ui, "import-all-answered")).weak());
            }
        });
    });
}
