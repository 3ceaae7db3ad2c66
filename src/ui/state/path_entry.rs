//! The fallback that always works when a file dialog does not: a path typed or pasted, for
//! opening, or a suggested file in the workshops folder, for saving.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText};

use super::command::{Commands, PathEntryCommand};
use super::file_purpose::FilePurpose;

/// The open fallback: what it is for, why the dialog failed, and the path as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathEntry {
    pub purpose: FilePurpose,
    /// Why the dialog is not there, in words.
    pub why: String,
    /// Where a relative path is read from (the folder the dialog would have opened in).
    pub folder: PathBuf,
    pub text: String,
    /// The facilitator typed here: a late "cancel" from the dialog leaves it open.
    pub edited: bool,
    /// Why the typed path cannot be used, after trying.
    pub problem: Option<String>,
}

impl PathEntry {
    /// Offers the fallback: for saving, `suggested` (a free name in the workshops folder);
    /// for opening, the folder to start typing from.
    pub fn new(purpose: FilePurpose, why: String, folder: PathBuf, suggested: &Path) -> Self {
        let text = if purpose.saves() {
            suggested.display().to_string()
        } else {
            with_separator(&folder)
        };
        Self {
            purpose,
            why,
            folder,
            text,
            edited: false,
            problem: None,
        }
    }

    /// The typed path as a path: quotes and a `file://` prefix (as file managers paste them)
    /// removed, `~` as the home folder, and a relative path read from the folder.
    pub fn path(&self) -> PathBuf {
        let text = self.text.trim();
        let text = text
            .strip_prefix(['"', '\''])
            .and_then(|inner| inner.strip_suffix(['"', '\'']))
            .unwrap_or(text);
        let decoded;
        let text = match text.strip_prefix("file://") {
            Some(rest) => {
                decoded = percent_encoding::percent_decode_str(rest)
                    .decode_utf8_lossy()
                    .into_owned();
                decoded.as_str()
            }
            None => text,
        };
        let path = match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
            _ => PathBuf::from(text),
        };
        if path.is_relative() {
            self.folder.join(path)
        } else {
            path
        }
    }
}

fn with_separator(folder: &Path) -> String {
    let mut text = folder.display().to_string();
    if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
        text.push(std::path::MAIN_SEPARATOR);
    }
    text
}

/// `folder/file_name`, or `folder/stem-2.ext` and so on when taken: saving never replaces a
/// file the facilitator did not point at.
pub fn free_path(folder: &Path, file_name: &str) -> PathBuf {
    let wanted = Path::new(file_name);
    let stem = wanted.file_stem().map_or_else(
        || String::from("export"),
        |s| s.to_string_lossy().into_owned(),
    );
    let extension = wanted
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let mut path = folder.join(file_name);
    let mut counter = 2;
    while path.exists() {
        path = folder.join(format!("{stem}-{counter}{extension}"));
        counter += 1;
    }
    path
}

/// The notice that the dialog failed, and the field that stands in for it, over the page.
pub fn show(ctx: &egui::Context, entry: &PathEntry, commands: &mut Commands) {
    egui::Modal::new(egui::Id::unique("path entry")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        ui.heading(entry.purpose.title(crate::ui::style::language_ui::of(ui)));
        ui.label(&entry.why);
        ui.add_space(8.0);
        let language = crate::ui::style::language_ui::of(ui);
        let (label, button) = if entry.purpose.saves() {
            (
                language.text("app-path-save-as"),
                language.text("app-path-save-here"),
            )
        } else {
            (
                language.text("app-path-open-as"),
                language.text("app-path-open"),
            )
        };
        let label = ui.label(label);
        let mut text = entry.text.clone();
        let field = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if field.changed() {
            commands.send(PathEntryCommand::SetText(text));
        }
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if let Some(problem) = &entry.problem {
            ui.label(RichText::new(format!("⚠ {problem}")).color(ui.visuals().warn_fg_color));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(button).clicked() || entered {
                commands.send(PathEntryCommand::Use);
            }
            if ui.button(language.text("app-cancel")).clicked() {
                commands.send(PathEntryCommand::Cancel);
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> PathEntry {
        PathEntry {
            text: text.to_owned(),
            ..PathEntry::new(
                FilePurpose::OpenWorkshop,
                String::new(),
                PathBuf::from("/work/workshops"),
                Path::new(""),
            )
        }
    }

    #[test]
    fn pasted_paths_are_read_as_file_managers_write_them() {
        assert_eq!(entry("  /a/b.ron ").path(), PathBuf::from("/a/b.ron"));
        assert_eq!(entry("'/a/b c.ron'").path(), PathBuf::from("/a/b c.ron"));
        assert_eq!(
            entry("file:///a/b%20c.ron").path(),
            PathBuf::from("/a/b c.ron")
        );
        assert_eq!(
            entry("q1.ron").path(),
            PathBuf::from("/work/workshops/q1.ron")
        );
    }

    #[test]
    fn opening_starts_from_the_folder_and_saving_from_a_free_name() {
        let folder = tempfile::tempdir().unwrap();
        let open = PathEntry::new(
            FilePurpose::ImportCsv,
            String::new(),
            folder.path().to_path_buf(),
            Path::new(""),
        );
        assert_eq!(open.text, with_separator(folder.path()));
        std::fs::write(folder.path().join("q1.html"), "taken").unwrap();
        let free = free_path(folder.path(), "q1.html");
        assert_eq!(free, folder.path().join("q1-2.html"));
        let save = PathEntry::new(
            FilePurpose::Export(crate::export::Format::Html.into()),
            String::new(),
            folder.path().to_path_buf(),
            &free,
        );
        assert_eq!(save.path(), free);
    }
}
