//! The PDF report as a reader gets it, checked with poppler's tools (Debian's `poppler-utils`,
//! which `.ci/run` installs): its text in reading order, its fonts, its metadata, the summary
//! on the first page, no heading last on a page, umlauts, and the anonymity floor. Without
//! the tools each test says on stderr that it skipped, unless `TANDEM_REQUIRE_POPPLER=1`.
//!
//! Pages for a person to look at: target/pdf-pages/ (see `pages_are_drawn_for_a_person`).

use crate::common;
use common::poppler::{assert_in_order, flat, pages_text, poppler, written};

use common::{Q1, example_below_the_floor};
use std::path::Path;
use std::process::Command;

use tandem::domain::{NoteKey, Workshop};
use tandem::export::brief::Brief;
use tandem::export::pdf::fonts::Fonts;
use tandem::export::{Export, Format, Summary};
use tandem::i18n::Language;
use tandem::rules::RuleSet;

fn pdf_of(workshop: &Workshop, language: Language) -> Vec<u8> {
    let rules = RuleSet::built_in().unwrap();
    Export::Pdf
        .bytes(&Summary::in_language(workshop, rules, language))
        .unwrap()
}

fn example() -> Workshop {
    common::example(Q1)
}

#[test]
fn the_text_has_the_verdict_every_action_and_every_finding_in_reading_order() {
    let workshop = example();
    let (_folder, pdf) = written(&pdf_of(&workshop, Language::English));
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let text = flat(&pages.concat());
    let summary = Summary::new(&workshop, RuleSet::built_in().unwrap());
    let brief = Brief::new(&summary);
    let results = summary.results.as_ref().unwrap();
    let mut parts = vec![workshop.meta.title.clone(), String::from("Summary")];
    for line in &brief.verdicts {
        parts.push(line.scope_word.clone());
        parts.push(format!("{} {}", line.icon, line.verdict_word));
    }
    parts.extend(
        brief
            .key_findings
            .iter()
            .map(|finding| finding.title.clone()),
    );
    parts.extend(workshop.actions.iter().map(|action| action.text.clone()));
    parts.extend(
        workshop
            .agreements
            .iter()
            .map(|agreement| agreement.text.clone()),
    );
    parts.push(String::from("Details"));
    parts.extend(
        results
            .findings
            .iter()
            .chain(&results.function_findings)
            .map(|finding| finding.title.clone()),
    );
    parts.push(String::from("Method"));
    assert_in_order(&text, &parts);
    assert!(text.contains("Overall ⚠ Toxic"), "{text}");
    assert!(!text.contains("☐") && !text.contains("weight 12"), "{text}");
}

#[test]
fn only_embedded_subset_fonts() {
    let (_folder, pdf) = written(&pdf_of(&example(), Language::English));
    let Some(tool) = poppler("pdffonts") else {
        return;
    };
    let output = Command::new(tool).arg(&pdf).output().unwrap();
    let listing = String::from_utf8(output.stdout).unwrap();
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert_eq!(fonts.len(), 2, "{listing}");
    for font in fonts {
        let columns: Vec<&str> = font.split_whitespace().collect();
        // name, type (two words), encoding, emb, sub, uni, object, generation
        assert!(columns[0].contains("+DejaVuSans"), "{listing}");
        assert_eq!(&columns[4..7], ["yes", "yes", "yes"], "{listing}");
    }
}

#[test]
fn the_metadata_has_the_title_and_the_pages_are_numbered() {
    let workshop = example();
    let (_folder, pdf) = written(&pdf_of(&workshop, Language::English));
    let (Some(tool), Some(pages)) = (poppler("pdfinfo"), pages_text(&pdf)) else {
        return;
    };
    let output = Command::new(tool).arg(&pdf).output().unwrap();
    let info = String::from_utf8(output.stdout).unwrap();
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(field("Title"), workshop.meta.title);
    assert_eq!(field("Tagged"), "yes");
    let count: usize = field("Pages").parse().unwrap();
    assert!(count >= 3, "{info}");
    assert_eq!(pages.len(), count);
    for (index, page) in pages.iter().enumerate() {
        let footer = "Sales & Product alignment, Q1 2026 · 12 February 2026";
        assert!(page.contains(footer), "page {}: {page}", index + 1);
        assert!(
            page.contains(&format!("Page {} of {count}", index + 1)),
            "{page}"
        );
    }
}

#[test]
fn the_first_page_holds_the_whole_summary() {
    let workshop = example();
    let (_folder, pdf) = written(&pdf_of(&workshop, Language::English));
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let first = flat(&pages[0]);
    let summary = Summary::new(&workshop, RuleSet::built_in().unwrap());
    let brief = Brief::new(&summary);
    let mut parts: Vec<String> = vec![String::from("Follow-up workshop: 12 May 2026")];
    for line in &brief.verdicts {
        parts.push(format!("{} {}", line.icon, line.verdict_word));
    }
    for finding in &brief.key_findings {
        parts.push(finding.title.clone());
        parts.push(finding.sentence.clone());
    }
    parts.push(brief.other_findings_words(&summary).unwrap());
    for action in &brief.actions {
        parts.extend([
            action.text.clone(),
            action.owner.clone(),
            action.due.clone(),
        ]);
        parts.push(action.status.clone());
    }
    parts.extend(
        brief
            .agreements
            .iter()
            .map(|agreement| agreement.text.clone()),
    );
    assert_in_order(&first, &parts);
    assert!(!first.contains("Details"), "{first}");
    assert!(
        flat(&pages[1]).starts_with("Details Findings"),
        "{}",
        pages[1]
    );
}

/// Headings of every level the details use, as drawn.
fn headings(summary: &Summary<'_>) -> Vec<String> {
    let results = summary.results.as_ref().unwrap();
    let mut headings: Vec<String> = [
        "export-details",
        "export-findings",
        "export-function-findings",
        "export-nearly-fired",
        "export-verdict-detail",
        "export-relationship-heading",
        "export-statements-heading",
        "export-friction-sources",
        "export-comments",
        "export-method",
        "export-actions",
        "export-agreements",
        "export-key-findings",
    ]
    .iter()
    .map(|id| summary.text(id))
    .collect();
    headings.extend(
        results
            .findings
            .iter()
            .chain(&results.function_findings)
            .map(|finding| {
                format!(
                    "{} — {}",
                    summary.signal_word(finding.signal),
                    finding.title
                )
            }),
    );
    headings.extend(
        results
            .comments
            .by_prompt(&summary.workshop.questionnaire)
            .map(|(prompt, _)| prompt.to_owned()),
    );
    headings
}

/// Whatever pushes the details down the pages — longer and longer notes — no page ends with
/// a heading: each keeps with its text.
#[test]
fn no_heading_is_the_last_line_of_a_page() {
    if poppler("pdftotext").is_none() {
        return;
    }
    for words in [0, 20, 45, 70, 95, 120, 150] {
        let mut workshop = example();
        let note = "The room talked this through at length. ".repeat(words / 6 + 1);
        workshop.notes.insert(NoteKey::Overall, note.clone());
        workshop.notes.insert(
            NoteKey::rule("personal_conflict"),
            note[..words * 3].to_owned(),
        );
        let (_folder, pdf) = written(&pdf_of(&workshop, Language::English));
        let pages = pages_text(&pdf).unwrap();
        let summary = Summary::new(&workshop, RuleSet::built_in().unwrap());
        let headings = headings(&summary);
        for (index, page) in pages.iter().enumerate() {
            // The last line above the footer (title · date, page number: one line).
            let last = page
                .lines()
                .rfind(|line| !line.trim().is_empty() && !line.contains(" · 12 February 2026"))
                .unwrap_or_default()
                .trim();
            for heading in &headings {
                // A heading wrapped over lines ends with its last line; a finding's
                // heading goes on after its title ("(weight 3)").
                assert!(
                    !heading.ends_with(last) && !last.starts_with(heading.as_str()),
                    "notes of {words}: page {} ends with the heading `{heading}`:\n{page}",
                    index + 1
                );
            }
        }
    }
}

#[test]
fn the_german_pdf_keeps_its_umlauts() {
    let (_folder, pdf) = written(&pdf_of(&example(), Language::German));
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let text = flat(&pages.concat());
    for word in [
        "Maßnahmen",
        "Schuldzuweisungen",
        "Fällig",
        "Gemeinsam",
        "Vereinbarungen",
        "Seite 1 von",
    ] {
        assert!(text.contains(word), "{word} not in:\n{text}");
    }
    assert!(text.contains("⚠ Toxisch"));
}

#[test]
fn below_the_floor_the_pdf_says_so_and_shows_counts_only() {
    let workshop = example_below_the_floor();
    let (_folder, pdf) = written(&pdf_of(&workshop, Language::English));
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    assert_eq!(pages.len(), 1, "only the summary page");
    let text = flat(&pages[0]);
    assert!(text.contains("Results are withheld until each function has at least 3 responses (sales has 22, product has 2)."), "{text}");
    assert!(text.contains("22 sales, 2 product"), "{text}");
    let comment = workshop
        .responses
        .iter()
        .find_map(|r| r.friction_comment.clone())
        .unwrap();
    for leak in [
        "%",
        "Toxic",
        "Healthy",
        "toxic",
        "healthy",
        "3.71",
        "Room was tense",
        "Details",
        comment.as_str(),
    ] {
        assert!(
            !text.contains(leak),
            "the PDF leaks `{leak}` below the floor:\n{text}"
        );
    }
    // Agreements and actions are the group's own words, not results: they stay.
    assert!(text.contains("Set up the weekly deal desk"), "{text}");
}

/// Every character the reports write, in every language, has a glyph of its own in the
/// embedded font (nothing drawn as a box).
#[test]
fn the_font_has_every_character_the_reports_use() {
    let fonts = Fonts::new().unwrap();
    let rules = RuleSet::built_in().unwrap();
    let workshop = example();
    for language in Language::ALL {
        let summary = Summary::in_language(&workshop, rules, language);
        let mut text = Format::Markdown.render(&summary);
        text.push_str("✔⚠…•–—“”„«»·−");
        text.push_str(&summary.text("export-page"));
        for c in text.chars().filter(|c| !c.is_control()) {
            assert!(
                fonts.regular.has(c) && fonts.bold.has(c),
                "{language:?}: no glyph for {c:?} (U+{:04X})",
                c as u32
            );
        }
    }
}

/// The English and German reports as pages a person can look at:
/// target/pdf-pages/{en,de}-N.png (pdftoppm at 60 dpi).
#[test]
fn pages_are_drawn_for_a_person() {
    let Some(tool) = poppler("pdftoppm") else {
        return;
    };
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pdf-pages");
    std::fs::create_dir_all(&out).unwrap();
    for (language, name) in [(Language::English, "en"), (Language::German, "de")] {
        let pdf = out.join(format!("{name}.pdf"));
        std::fs::write(&pdf, pdf_of(&example(), language)).unwrap();
        let status = Command::new(&tool)
            .args(["-png", "-r", "60"])
            .arg(&pdf)
            .arg(out.join(name))
            .status()
            .unwrap();
        assert!(status.success());
        let first = std::fs::read(out.join(format!("{name}-1.png"))).unwrap();
        assert!(first.starts_with(b"\x89PNG"));
    }
}

/// A workshop of 1,000 responses (hundreds of comments) makes a PDF under 300 KB: the font
/// is subset, the pages compressed. (`cargo bench --bench domain -- PDF` times it.)
#[test]
fn a_thousand_responses_make_a_pdf_under_300_kb() {
    let workshop = common::demo::large_workshop(3, 1_000);
    let bytes = pdf_of(&workshop, Language::English);
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
}

/// Answers given after the reveal are held back in the PDF as everywhere: it says how many,
/// and neither they nor their comments count.
#[test]
fn held_back_answers_are_said_and_not_counted() {
    use tandem::domain::{Function, Relationship, Response};
    let mut workshop = example();
    assert!(workshop.revealed);
    let late: Vec<Response> = (0..2)
        .map(|_| {
            let mut response = Response::new(Function::Sales, Relationship::ConstantFriction);
            response.friction_comment = Some(String::from("late-answer-marker"));
            response
        })
        .collect();
    workshop.submit(late).unwrap();
    let (_folder, pdf) = written(&pdf_of(&workshop, Language::English));
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let text = flat(&pages.concat());
    assert!(
        text.contains("2 sales answers are held back until there are 3 to show together."),
        "{text}"
    );
    assert!(text.contains("22 sales, 14 product"), "{text}");
    assert!(!text.contains("late-answer-marker"), "{text}");
}

/// The per-statement floor in the PDF as in every export: 2 of 5 sales people rated trust,
/// so the table says "2 rated" and why, and their mean is nowhere.
#[test]
fn a_mean_of_fewer_than_the_floor_is_never_in_the_pdf() {
    use common::statement_floor::{HIDDEN_CELL, sales_trust_of_two, shows_the_hidden_mean};
    let (_folder, pdf) = written(&pdf_of(&sales_trust_of_two(), Language::English));
    let Some(pages) = pages_text(&pdf) else {
        return;
    };
    let text = flat(&pages.concat());
    assert!(
        text.contains(&format!(
            "I trust the other team to act in the company's best interest. {HIDDEN_CELL}"
        )),
        "{text}"
    );
    assert!(text.contains(
        "An average is shown only when at least 3 people of a function rated the statement"
    ));
    assert!(!shows_the_hidden_mean(&text), "{text}");
}
