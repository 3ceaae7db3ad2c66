//! The audience view of each stage: words and painted bars only, in the workshop's
//! language, sized by [`Look`]; lists stop where the screen ends and say how many more.

use eframe::egui;

use super::bars::{Bar, bar_rows};
use super::look::{Look, line};
use crate::domain::{Function, Relationship, Stage};
use crate::metrics::Scope;
use crate::metrics::benchmark::study_share;
use crate::rules::Verdict;
use crate::ui::style::theme;
use crate::ui::style::widgets::{scope_name, verdict_badge_words, verdict_color};
use crate::ui::workshop::open_workshop::OpenWorkshop;

/// Setup: the workshop's name and date, while people arrive.
pub fn welcome(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let workshop = &open.workshop;
    ui.add_space(ui.available_height() * 0.25);
    ui.vertical_centered(|ui| {
        line(ui, look.title(&workshop.meta.title));
        look.gap(ui);
        let date = workshop.meta.date.written_in(look.language);
        let organisation = if workshop.meta.organisation.is_empty() {
            date
        } else {
            format!("{} · {date}", workshop.meta.organisation)
        };
        line(ui, look.text(organisation));
    });
}

/// Framing: why we are here, healthy against toxic friction, the agenda and the promise.
pub fn framing(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let words = |id: &str| look.language.text(id);
    line(ui, look.title(words("framing-title")));
    line(ui, look.text(words("framing-quarter")));
    look.gap(ui);
    ui.columns(2, |columns| {
        for (column, [title, text]) in columns.iter_mut().zip([
            ["framing-healthy", "framing-healthy-text"],
            ["framing-toxic", "framing-toxic-text"],
        ]) {
            // Left-aligned, not justified as columns are by default.
            column.with_layout(egui::Layout::top_down(egui::Align::Min), |column| {
                line(column, look.heading(words(title)));
                line(column, look.note(words(text)));
            });
        }
    });
    look.gap(ui);
    line(ui, look.heading(words("framing-agenda")));
    let stages = [
        Stage::Capture,
        Stage::Reveal,
        Stage::Diagnose,
        Stage::Agree,
        Stage::Close,
    ];
    for (number, stage) in stages.into_iter().enumerate() {
        let id = match stage {
            Stage::Capture => "framing-agenda-capture",
            Stage::Reveal => "framing-agenda-reveal",
            Stage::Diagnose => "framing-agenda-diagnose",
            Stage::Agree => "framing-agenda-agree",
            _ => "framing-agenda-close",
        };
        let number = (number + 1).to_string();
        let text = match open.workshop.time_boxes.get(&stage) {
            Some(minutes) => look.language.text_with(
                "framing-agenda-timed",
                &[
                    ("number", number.into()),
                    ("line", words(id).into()),
                    ("minutes", (*minutes as usize).into()),
                ],
            ),
            None => look.language.text_with(
                "framing-agenda-line",
                &[("number", number.into()), ("line", words(id).into())],
            ),
        };
        line(ui, look.note(text));
    }
    if look.room_for(ui, 4.0) {
        look.gap(ui);
        line(ui, look.heading(words("framing-promise")));
        let floor = open.workshop.settings.anonymity_floor.value() as usize;
        let promise = look
            .language
            .text_with("framing-promise-text", &[("floor", floor.into())]);
        line(ui, look.note(promise));
    }
}

/// Capture: how to answer (the room's code and address, while it is open), how many have,
/// held-back answers included, and the time left.
pub fn capture(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let language = look.language;
    line(ui, look.title(language.text("audience-capture-title")));
    look.gap(ui);
    ui.horizontal_top(|ui| {
        if let Some(room) = &open.room.open {
            let side = (ui.available_height() - 20.0)
                .min(ui.available_width() * 0.45)
                .max(120.0);
            room.qr.show(ui, side);
            ui.add_space(24.0 * look.scale);
            ui.vertical(|ui| {
                line(ui, look.heading(language.text("room-present-title")));
                line(ui, look.text(room.room.join_url()).monospace());
                look.gap(ui);
                counts(ui, open, look);
            });
        } else {
            ui.vertical(|ui| counts(ui, open, look));
        }
    });
}

/// Each team's answers so far, held-back ones included, and the time box's minutes left.
fn counts(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let workshop = &open.workshop;
    let language = look.language;
    let floor = workshop.settings.anonymity_floor.value() as usize;
    for function in Function::ALL {
        let held = workshop.held_back(function);
        let mut text = language.text_with(
            "audience-answered",
            &[
                ("team", function.name(language).into()),
                ("count", workshop.given(function).into()),
            ],
        );
        // Every answer counts here, and the ones that wait say so beside the count.
        if held > 0 {
            let until = language.text_with(
                "capture-held-until",
                &[("count", held.into()), ("floor", floor.into())],
            );
            text = format!("{text} · {until}");
        }
        line(ui, look.heading(text));
    }
    if let Some(left) = open.seconds_left(look.clock.now()) {
        let minutes = (left.max(0) as u64).div_ceil(60) as usize;
        let text = language.text_with("audience-minutes-left", &[("minutes", minutes.into())]);
        look.gap(ui);
        line(ui, look.text(text));
    }
}

/// Reveal: the relationship answers of each team beside the study's, and each verdict;
/// before the reveal (or below the floor), only the counts.
pub fn reveal(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let language = look.language;
    if !shown(open) {
        line(ui, look.title(language.text("audience-results-soon")));
        look.gap(ui);
        counts(ui, open, look);
        return;
    }
    line(ui, look.title(language.text("reveal-relationship")));
    look.gap(ui);
    let questionnaire = open.in_language(language).questionnaire;
    let metrics = &open.metrics;
    let rows: Vec<(String, Vec<Bar>)> = Relationship::ALL
        .into_iter()
        .map(|answer| {
            let bars = vec![
                Bar::new(
                    Function::Sales.name(language),
                    metrics.sales.relationship_share(answer).unwrap_or(0.0),
                    theme::SALES_COLOUR,
                ),
                Bar::new(
                    Function::Product.name(language),
                    metrics.product.relationship_share(answer).unwrap_or(0.0),
                    theme::PRODUCT_COLOUR,
                ),
                Bar::new(
                    language.text("reveal-study"),
                    study_share(answer),
                    theme::STUDY_COLOUR,
                ),
            ];
            (questionnaire.relationship_label(answer).to_owned(), bars)
        })
        .collect();
    let height = (ui.available_height() - 90.0 * look.scale).max(120.0);
    bar_rows(ui, &rows, height, look);
    look.gap(ui);
    verdicts(ui, open, look);
}

/// Whether the room may see results: the floor reached and the reveal made.
fn shown(open: &OpenWorkshop) -> bool {
    open.workshop.floor_reached() && open.workshop.revealed
}

/// Each scope's verdict in a row: "Overall ⚠ Toxic · Sales ✔ Healthy · …".
fn verdicts(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let language = look.language;
    ui.horizontal_wrapped(|ui| {
        for scope in Scope::ALL {
            let verdict = open.classification.scope(scope).verdict;
            line(ui, look.heading(scope_name(scope, language)));
            line(ui, verdict_words(ui, verdict, look));
            ui.add_space(28.0 * look.scale);
        }
    });
}

fn verdict_words(ui: &egui::Ui, verdict: Verdict, look: &Look<'_>) -> egui::RichText {
    look.heading(verdict_badge_words(verdict, look.language))
        .color(verdict_color(ui, verdict))
}

/// Diagnose: the verdicts, and the finding the facilitator put in the spotlight with its
/// question for the room — or, with none, every finding's title.
pub fn diagnose(ui: &mut egui::Ui, open: &OpenWorkshop, spotlight: Option<usize>, look: &Look<'_>) {
    let language = look.language;
    if !shown(open) {
        reveal(ui, open, look);
        return;
    }
    verdicts(ui, open, look);
    look.gap(ui);
    let findings = open.findings(language);
    if let Some(shown) = spotlight.and_then(|index| findings.findings.get(index)) {
        let finding = &shown.finding;
        line(
            ui,
            look.title(format!(
                "{} {}",
                finding.signal.verdict().icon(),
                titled(&finding.title, finding.scope, language)
            ))
            .color(verdict_color(ui, finding.signal.verdict())),
        );
        look.gap(ui);
        line(ui, look.text(&finding.explanation));
        look.gap(ui);
        line(
            ui,
            look.heading(language.text_with(
                match finding.scope {
                    Scope::Overall => "audience-ask",
                    Scope::Sales => "audience-ask-sales",
                    Scope::Product => "audience-ask-product",
                },
                &[("question", finding.prompt.as_str().into())],
            )),
        );
    } else {
        line(ui, look.heading(language.text("audience-findings")));
        let titles: Vec<String> = findings
            .findings
            .iter()
            .map(|shown| {
                let finding = &shown.finding;
                let title = titled(&finding.title, finding.scope, language);
                format!("{} {title}", finding.signal.verdict().icon())
            })
            .collect();
        listed(ui, &titles, look);
    }
}

/// Agree: the agreements, then the actions with who carries them and by when.
pub fn agree(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let workshop = &open.workshop;
    let language = look.language;
    line(ui, look.title(language.text("audience-agreements")));
    let agreements: Vec<String> = workshop
        .agreements
        .iter()
        .filter(|agreement| !agreement.text.trim().is_empty())
        .map(|agreement| format!("• {}", agreement.text.trim()))
        .collect();
    listed(ui, &agreements, look);
    look.gap(ui);
    line(ui, look.title(language.text("audience-actions")));
    let actions: Vec<String> = workshop
        .actions
        .iter()
        .filter(|action| !action.text.trim().is_empty())
        .map(|action| {
            let who = if action.owner_name.trim().is_empty() {
                action.owner.name(language)
            } else {
                format!(
                    "{} ({})",
                    action.owner_name.trim(),
                    action.owner.name(language)
                )
            };
            let due = action
                .due
                .map(|due| format!(" · {}", due.written_in(language)))
                .unwrap_or_default();
            format!("• {} — {who}{due}", action.text.trim())
        })
        .collect();
    listed(ui, &actions, look);
}

/// Close: the verdicts and how many agreements and actions the room leaves with.
pub fn close(ui: &mut egui::Ui, open: &OpenWorkshop, look: &Look<'_>) {
    let workshop = &open.workshop;
    let language = look.language;
    line(ui, look.title(&workshop.meta.title));
    look.gap(ui);
    if shown(open) {
        verdicts(ui, open, look);
        look.gap(ui);
    }
    let agreements = workshop
        .agreements
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .count();
    let actions = workshop
        .actions
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .count();
    line(
        ui,
        look.heading(language.text_with(
            "audience-leaving-with",
            &[
                ("agreements", agreements.into()),
                ("actions", actions.into()),
            ],
        )),
    );
    look.gap(ui);
    line(ui, look.title(language.text("audience-thanks")));
}

/// Lines one under another until the screen ends; then how many more there are.
fn listed(ui: &mut egui::Ui, lines: &[String], look: &Look<'_>) {
    if lines.is_empty() {
        line(ui, look.note(look.language.text("audience-none-yet")));
        return;
    }
    for (index, text) in lines.iter().enumerate() {
        let left = lines.len() - index;
        if left > 1 && !look.room_for(ui, 3.0) {
            let more = look
                .language
                .text_with("audience-more", &[("count", left.into())]);
            line(ui, look.note(more));
            return;
        }
        line(ui, look.text(text));
    }
}

/// A finding's title, with the team whose answers alone made it fire: on the projector it
/// must never read as the whole room's.
fn titled(title: &str, scope: Scope, language: crate::i18n::Language) -> String {
    match scope {
        Scope::Overall => title.to_owned(),
        Scope::Sales | Scope::Product => language.text_with(
            "audience-team-finding",
            &[
                ("team", scope_name(scope, language).into()),
                ("title", title.into()),
            ],
        ),
    }
}
