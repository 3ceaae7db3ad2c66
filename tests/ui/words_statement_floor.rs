//! The words walk (tests/ui/words.rs) over a workshop where 2 of 5 sales people rated
//! "Trust" (4 and 5): no screen of the console, no audience view in any language, no export
//! in any language, no `tandem classify` and no comparison shows their mean, 4.50, nor the
//! overall one (also 4.50: no product person rated it). Reveal and the exports say "2 rated";
//! `classify --json` says null and 2. The responses CSV is the raw answers, by design.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::common;
use common::app::{App, app_on, click, go_to, mentions, open_stage, scroll_until_mentioned, send};
use common::cli::{arg, tandem};
use common::save_in;
use common::statement_floor::{
    HIDDEN, HIDDEN_CELL, sales_trust_of_five_later, sales_trust_of_two, shows_the_hidden_mean,
};
use common::visible_text::{html_text, on_screen};
use tandem::compare::Comparison;
use tandem::domain::Stage;
use tandem::export::{Format, Summary};
use tandem::i18n::Language;
use tandem::rules::RuleSet;
use tandem::ui::app::TandemApp;
use tandem::ui::audience::audience_view::audience_ui;
use tandem::ui::state::command::{AudienceCommand, Edit, WorkshopCommand};

const FILE: &str = "statement-floor.ron";
const LATER: &str = "statement-floor-later.ron";

/// The crafted workshop and its later copy (titled apart, for the library's check boxes).
fn folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    save_in(folder.path(), FILE, &sales_trust_of_two());
    let mut later = sales_trust_of_five_later();
    later.meta.title = String::from("Statement floor, later");
    save_in(folder.path(), LATER, &later);
    folder
}

/// Tall enough that every stage is drawn whole.
fn console(folder: &Path, open: Option<&str>) -> App {
    app_on(folder)
        .size(1280.0, 4000.0)
        .opening(open.map(|file| folder.join(file)))
        .start()
}

/// Fails with `place` if any text of the screen shows the hidden mean.
fn never_shown(texts: &[String], place: &str) {
    for text in texts {
        assert!(!shows_the_hidden_mean(text), "{place}: “{text}”");
    }
}

/// What the audience view of `app` shows as text, alone in a projector's window.
fn audience_texts(app: &App) -> Vec<String> {
    let state = &app.state().state;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_context_setup(TandemApp::style)
        .build_ui(move |ui| audience_ui(ui, &state.screen, &state.audience, state.clock()));
    harness.run();
    on_screen(&harness)
}

#[test]
fn no_screen_and_no_audience_view_shows_a_hidden_mean() {
    let folder = folder();
    let mut app = console(folder.path(), Some(FILE));
    for stage in Stage::ALL {
        go_to(&mut app, stage);
        assert_eq!(open_stage(&app), stage);
        let texts = on_screen(&app);
        never_shown(&texts, &format!("{stage:?}"));
        if stage == Stage::Reveal {
            assert!(texts.iter().any(|text| text == HIDDEN_CELL), "{texts:?}");
            assert!(
                texts
                    .iter()
                    .any(|text| text.starts_with("An average is shown only when at least 3")),
                "{texts:?}"
            );
        }
    }
    click(&mut app, "The summary exactly as exported (Markdown)");
    never_shown(&on_screen(&app), "Close with the summary");

    // The room's screen, every stage in every language, and each finding in the spotlight.
    for language in Language::ALL {
        send(&mut app, Edit::SetLanguage(language));
        for stage in Stage::ALL {
            send(&mut app, WorkshopCommand::GoTo(stage));
            never_shown(
                &audience_texts(&app),
                &format!("audience {language:?} {stage:?}"),
            );
        }
        for finding in 0..2 {
            send(&mut app, AudienceCommand::Spotlight(Some(finding)));
            never_shown(
                &audience_texts(&app),
                &format!("audience {language:?} finding {finding}"),
            );
        }
        send(&mut app, AudienceCommand::Spotlight(None));
    }
    drop(app);

    // The comparison screen: trust is no mover, and no number of it is shown.
    let mut library = console(folder.path(), None);
    click(&mut library, "Compare Statement floor");
    click(&mut library, "Compare Statement floor, later");
    click(&mut library, "Compare selected (2)");
    assert!(library.state().state.comparison().is_some());
    never_shown(&on_screen(&library), "the comparison");
}

#[test]
fn no_export_report_or_classify_shows_a_hidden_mean() {
    let folder = folder();
    let workshop = sales_trust_of_two();
    let rules = RuleSet::built_in().unwrap().clone();
    for language in Language::ALL {
        let summary = Summary::in_language(&workshop, &rules, language);
        let markdown = Format::Markdown.render(&summary);
        let html = Format::Html.render(&summary);
        let csv = Format::MetricsCsv.render(&summary);
        for (what, text) in [
            ("Markdown", &markdown),
            ("HTML", &html),
            ("HTML as read", &html_text(&html)),
            ("metrics CSV", &csv),
        ] {
            assert!(!shows_the_hidden_mean(text), "{what} ({language}):\n{text}");
        }
        let cell = language.text_with("statement-rated", &[("count", 2_usize.into())]);
        assert!(markdown.contains(&format!("| {cell} |")), "{language}");
        assert!(html.contains(&format!(">{cell}</td>")), "{language}");
        assert!(csv.contains("sales,rated,trust,2\n") && csv.contains("sales,mean,trust,\n"));

        let text = tandem([
            "classify",
            arg(&folder.path().join(FILE)),
            "--lang",
            language.tag(),
        ])
        .printed();
        assert!(
            !shows_the_hidden_mean(&text),
            "classify ({language}):\n{text}"
        );
    }

    let json = tandem(["classify", arg(&folder.path().join(FILE)), "--json"]);
    assert!(json.success(), "{}", json.stderr);
    assert!(!shows_the_hidden_mean(&json.stdout), "{}", json.stdout);
    let json = json.json();
    for scope in ["sales", "overall"] {
        assert!(json["scopes"][scope]["means"][HIDDEN].is_null(), "{scope}");
        assert_eq!(json["scopes"][scope]["rated"][HIDDEN], 2, "{scope}");
    }
    assert!(json["scopes"]["product"]["means"][HIDDEN].is_null());
    assert_eq!(json["scopes"]["product"]["rated"][HIDDEN], 0);
    assert_eq!(json["scopes"]["sales"]["means"]["horizons"], 4.0);

    // The comparison report, in every form.
    let files = [FILE, LATER].map(|file| folder.path().join(file));
    for format in ["text", "md", "html", "json"] {
        let report = tandem([
            "compare",
            arg(&files[0]),
            arg(&files[1]),
            "--format",
            format,
        ])
        .printed();
        assert!(
            !shows_the_hidden_mean(&report),
            "compare {format}:\n{report}"
        );
    }
    let compared = Comparison::new(
        files
            .iter()
            .map(|path| {
                let workshop = tandem::storage::load_workshop(path).unwrap();
                (path.clone(), workshop, RuleSet::built_in().unwrap().clone())
            })
            .collect(),
    );
    assert!(!compared.movers(1, 10).iter().any(|m| m.statement == HIDDEN));
}

/// What Reveal's statements table looks like with a hidden cell and the note under it.
#[test]
fn reveal_says_how_many_rated_in_a_hidden_cell() {
    let folder = folder();
    let mut app = app_on(folder.path())
        .opening(folder.path().join(FILE))
        .start();
    go_to(&mut app, Stage::Reveal);
    let note = "An average is shown only when at least 3 people";
    scroll_until_mentioned(&mut app, "Statements: sales and product side by side", note);
    app.get_by_label(HIDDEN_CELL).scroll_to_me();
    app.run();
    assert!(mentions(&app, note));
    app.snapshot("reveal_statement_floor");
}
