use crate::i18n::Language;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::clock::Clock;

use crate::compare::report::ReportFormat;
use crate::export::{Export, Format};

/// What a file chosen in a dialog (or typed instead) is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    OpenWorkshop,
    RulesFile,
    QuestionnaireFile,
    ImportCsv,
    /// Where to write an export of the open workshop.
    Export(Export),
    /// Where to write the comparison.
    ExportComparison(ReportFormat),
    /// Where to write a copy of the open workshop, which then goes on there.
    SaveCopy,
}

/// How a file dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown (the message `dialog-none` says why to the facilitator).
    Unavailable,
}

/// A dialog that closes with nothing chosen sooner than this never reached a person: rfd
/// returns nothing, as for "Cancel", when neither the desktop portal nor zenity answers, and
/// both fail within milliseconds when absent.
const NOBODY_IS_THAT_QUICK: Duration = Duration::from_millis(800);

impl FilePurpose {
    /// What the dialog is for, as its title.
    pub fn title(self, language: Language) -> String {
        match self {
            Self::OpenWorkshop => language.text("dialog-open-workshop"),
            Self::RulesFile => language.text("dialog-rules-file"),
            Self::QuestionnaireFile => language.text("dialog-questionnaire-file"),
            Self::ImportCsv => language.text("dialog-import"),
            Self::Export(format) => {
                language.text_with("dialog-export", &[("what", format.label(language).into())])
            }
            Self::ExportComparison { .. } => language.text("dialog-export-comparison"),
            Self::SaveCopy => language.text("dialog-save-copy"),
        }
    }

    /// Whether the dialog asks where to save, rather than which file to open.
    pub fn saves(self) -> bool {
        matches!(
            self,
            Self::Export(_) | Self::ExportComparison(_) | Self::SaveCopy
        )
    }

    /// The file's extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::ImportCsv => "csv",
            Self::OpenWorkshop | Self::RulesFile | Self::QuestionnaireFile | Self::SaveCopy => {
                "ron"
            }
            Self::Export(format) => format.extension(),
            Self::ExportComparison(format) => format.extension(),
        }
    }

    /// Every extension the dialog offers: a survey may be CSV or an Excel workbook.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::ImportCsv => &["csv", "xlsx"],
            _ => std::slice::from_ref(match self {
                Self::OpenWorkshop | Self::RulesFile | Self::QuestionnaireFile | Self::SaveCopy => {
                    &"ron"
                }
                Self::Export(Export::Text(Format::Html))
                | Self::ExportComparison(ReportFormat::Html) => &"html",
                Self::Export(Export::Text(Format::Markdown))
                | Self::ExportComparison(ReportFormat::Markdown) => &"md",
                Self::Export(Export::Text(Format::ResponsesCsv | Format::MetricsCsv))
                | Self::ImportCsv => &"csv",
                Self::Export(Export::Pdf) | Self::ExportComparison(ReportFormat::Pdf) => &"pdf",
            }),
        }
    }

    /// The kind of file in words, for the dialog's filter and for messages.
    pub fn kind(self, language: Language) -> String {
        language.text(match self {
            Self::ImportCsv => "dialog-kind-survey",
            Self::Export(Export::Text(Format::ResponsesCsv | Format::MetricsCsv)) => {
                "dialog-kind-csv"
            }
            Self::Export(Export::Pdf) | Self::ExportComparison(ReportFormat::Pdf) => {
                "dialog-kind-pdf"
            }
            Self::OpenWorkshop | Self::RulesFile | Self::QuestionnaireFile | Self::SaveCopy => {
                "dialog-kind-ron"
            }
            Self::Export(Export::Text(Format::Html))
            | Self::ExportComparison(ReportFormat::Html) => "dialog-kind-html",
            Self::Export(Export::Text(Format::Markdown))
            | Self::ExportComparison(ReportFormat::Markdown) => "dialog-kind-markdown",
        })
    }

    /// Asks with a native dialog, blocking: call it off the UI thread. `file_name` is the
    /// name a save dialog suggests.
    pub fn ask(
        self,
        folder: PathBuf,
        file_name: String,
        language: Language,
        clock: &Clock,
    ) -> DialogAnswer {
        let dialog = rfd::FileDialog::new()
            .set_title(self.title(language))
            .add_filter(self.kind(language), self.extensions())
            .set_directory(folder);
        let asked = clock.now();
        let chosen = if self.saves() {
            dialog.set_file_name(file_name).save_file()
        } else {
            dialog.pick_file()
        };
        answer(chosen, clock.now().saturating_duration_since(asked))
    }

    /// Why a typed path cannot be used for this purpose, in words; `None` when it can.
    pub fn path_problem(self, path: &Path, language: Language) -> Option<String> {
        let shown = path.display().to_string();
        let said = |id: &str, path: &str| language.text_with(id, &[("path", path.into())]);
        let right_kind = path.extension().is_some_and(|extension| {
            self.extensions()
                .iter()
                .any(|wanted| extension.eq_ignore_ascii_case(wanted))
        });
        if self.saves() {
            let folder = path
                .parent()
                .filter(|folder| !folder.as_os_str().is_empty());
            if path.is_dir() {
                return Some(said("dialog-path-add-name", &shown));
            }
            // A typed name has no dialog to ask "replace it?": an existing file is kept.
            if path.exists() {
                return Some(said("dialog-path-exists", &shown));
            }
            if let Some(folder) = folder.filter(|folder| !folder.is_dir()) {
                return Some(said("dialog-path-no-folder", &folder.display().to_string()));
            }
        } else if !path.exists() {
            return Some(said("dialog-path-missing", &shown));
        } else if !path.is_file() {
            return Some(said("dialog-path-folder", &shown));
        }
        (!right_kind).then(|| {
            language.text_with(
                "dialog-path-wrong-kind",
                &[
                    ("path", shown.as_str().into()),
                    ("kind", self.kind(language).into()),
                    ("extension", self.extension().into()),
                ],
            )
        })
    }
}

/// What rfd's answer means: nothing chosen sooner than a person could cancel is no dialog.
fn answer(chosen: Option<PathBuf>, took: Duration) -> DialogAnswer {
    match chosen {
        Some(path) => DialogAnswer::Chosen(path),
        None if took < NOBODY_IS_THAT_QUICK => DialogAnswer::Unavailable,
        None => DialogAnswer::Cancelled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_chosen_at_once_means_no_dialog_could_be_shown() {
        let quick = answer(None, Duration::from_millis(3));
        assert_eq!(quick, DialogAnswer::Unavailable);
        assert_eq!(
            answer(None, Duration::from_secs(4)),
            DialogAnswer::Cancelled
        );
        let path = PathBuf::from("/tmp/x.ron");
        assert_eq!(
            answer(Some(path.clone()), Duration::from_millis(3)),
            DialogAnswer::Chosen(path)
        );
    }

    #[test]
    fn a_typed_path_must_be_the_right_kind_of_file() {
        let folder = tempfile::tempdir().unwrap();
        let workshop = folder.path().join("q1.ron");
        std::fs::write(&workshop, "()").unwrap();
        let open = FilePurpose::OpenWorkshop;
        assert_eq!(open.path_problem(&workshop, Language::English), None);
        let missing = folder.path().join("q2.ron");
        assert_eq!(
            open.path_problem(&missing, Language::English).unwrap(),
            format!("There is no file at {}.", missing.display())
        );
        assert!(
            open.path_problem(folder.path(), Language::English)
                .unwrap()
                .ends_with("is a folder, not a file.")
        );
        assert!(
            FilePurpose::ImportCsv
                .path_problem(&workshop, Language::English)
                .unwrap()
                .ends_with("is not a survey file (CSV or Excel): its name should end in .csv.")
        );
        let pdf = FilePurpose::Export(Export::Pdf);
        assert_eq!(pdf.extensions(), ["pdf"]);
        assert_eq!(
            pdf.path_problem(&folder.path().join("report.pdf"), Language::English),
            None
        );
        let html = FilePurpose::Export(Format::Html.into());
        assert_eq!(
            html.path_problem(&folder.path().join("report.html"), Language::English),
            None
        );
        std::fs::write(folder.path().join("old.html"), "kept").unwrap();
        assert!(
            html.path_problem(&folder.path().join("old.html"), Language::English)
                .unwrap()
                .ends_with("choose another name, so that nothing is replaced.")
        );
        assert!(
            html.path_problem(
                &folder.path().join("nowhere/report.html"),
                Language::English
            )
            .unwrap()
            .starts_with("There is no folder")
        );
        assert!(
            html.path_problem(folder.path(), Language::English)
                .unwrap()
                .ends_with("add a file name.")
        );
    }
}
