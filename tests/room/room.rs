//! Room mode over real HTTP on loopback: 40 phones at once, the pages themselves, and the
//! headless `tandem room`.

use crate::common;

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use common::phone::{Page, Phone, answers, field};
use tandem::clock::Clock;
use tandem::domain::{Questionnaire, Response, Workshop};
use tandem::room::{Room, RoomConfig, Submission};
use tandem::storage::{load_workshop, save_workshop};
use tandem::ui::kiosk::kiosk_state::Draft;
use tandem::ui::kiosk::statement_answer::StatementAnswer;

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

fn workshop() -> Workshop {
    common::blank_workshop("Room test")
}

/// Opens a room on loopback whose owner (a named thread standing in for the app) saves each
/// answer to `path` before replying, as `OpenWorkshop::add_responses` does.
fn open_room(path: &Path, expected: usize) -> (Room, std::thread::JoinHandle<usize>) {
    let workshop = workshop();
    save_workshop(path, &workshop).unwrap();
    let (sender, inbox) = mpsc::channel::<Submission>();
    let room = Room::open(
        RoomConfig::new(LOOPBACK, workshop.questionnaire.clone(), Clock::system()),
        move |submission| sender.send(submission).unwrap(),
    )
    .unwrap();
    let path = path.to_owned();
    let owner = std::thread::Builder::new()
        .name(String::from("workshop owner"))
        .spawn(move || {
            let mut workshop = workshop;
            let mut saved = 0;
            while saved < expected {
                let Ok(submission) = inbox.recv_timeout(Duration::from_secs(30)) else {
                    break;
                };
                let Some(submission) = submission.claim() else {
                    continue;
                };
                workshop.responses.extend([submission.response.clone()]);
                save_workshop(&path, &workshop).unwrap();
                submission.reply(Ok(()));
                saved += 1;
            }
            saved
        })
        .unwrap();
    (room, owner)
}

/// The same answers entered at the kiosk, one by one, in reverse order.
fn kiosk_file(path: &Path, responses: &[Response]) -> Vec<u8> {
    let mut workshop = workshop();
    for response in responses.iter().rev() {
        let draft = Draft {
            function: Some(response.function),
            relationship: Some(response.relationship),
            // Every statement is answered at the kiosk: rated, or skipped on purpose.
            answers: workshop
                .questionnaire
                .statements
                .iter()
                .map(|statement| {
                    let answer = response
                        .ratings
                        .get(&statement.key)
                        .map_or(StatementAnswer::Skipped, |rating| {
                            StatementAnswer::Rated(rating.value())
                        });
                    (statement.key.clone(), answer)
                })
                .collect(),
            sources: response.sources.clone(),
            friction_comment: response.friction_comment.clone().unwrap_or_default(),
            works_well_comment: response.works_well_comment.clone().unwrap_or_default(),
        };
        workshop
            .responses
            .extend([draft.response(&workshop.questionnaire).unwrap()]);
    }
    save_workshop(path, &workshop).unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn forty_phones_at_once_give_the_same_file_as_the_kiosk() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("room.ron");
    let questionnaire = Questionnaire::default_questionnaire();
    let responses = answers(12, 40, &questionnaire);
    let (room, owner) = open_room(&path, responses.len());
    let url = room.join_url().to_owned();
    let pages: Vec<Vec<Page>> = std::thread::scope(|scope| {
        let phones: Vec<_> = responses
            .iter()
            .enumerate()
            .map(|(index, response)| {
                let (url, questionnaire) = (&url, &questionnaire);
                std::thread::Builder::new()
                    .name(format!("phone {index}"))
                    .spawn_scoped(scope, move || {
                        Phone::new(url).answer(response, questionnaire)
                    })
                    .unwrap()
            })
            .collect();
        phones
            .into_iter()
            .map(|phone| phone.join().unwrap())
            .collect()
    });
    assert_eq!(owner.join().unwrap(), 40);
    for phone in &pages {
        let thanks = phone.last().unwrap();
        assert_eq!(thanks.status, 200, "{}", thanks.html);
        assert!(thanks.html.contains("Thank you! Your answers are saved."));
    }
    room.close();
    let from_phones = std::fs::read(&path).unwrap();
    assert_eq!(load_workshop(&path).unwrap().responses.len(), 40);
    let from_kiosk = kiosk_file(&folder.path().join("kiosk.ron"), &responses);
    assert!(
        from_phones == from_kiosk,
        "40 phones at once and the kiosk in another order give the same file"
    );
}

/// HTML elements that never have a closing tag.
const VOID: [&[u8]; 4] = [b"meta", b"input", b"br", b"link"];

/// Every element closed, in order, so any HTML parser reads the page the same way.
fn assert_well_formed(name: &str, html: &str) {
    let mut reader = quick_xml::Reader::from_str(html);
    reader.config_mut().check_end_names = false;
    let mut open: Vec<Vec<u8>> = Vec::new();
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(tag)) => {
                let tag = tag.name().as_ref().to_vec();
                if !VOID.contains(&tag.as_slice()) {
                    open.push(tag);
                }
            }
            Ok(quick_xml::events::Event::End(tag)) => {
                assert_eq!(
                    open.pop().as_deref(),
                    Some(tag.name().as_ref()),
                    "{name}: mismatched end tag at byte {}",
                    reader.buffer_position()
                );
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(error) => panic!("{name}: does not parse: {error}"),
        }
    }
    assert!(open.is_empty(), "{name}: unclosed {open:?}");
}

/// Well-formed, small, in the page's language, nothing fetched from anywhere, every input
/// labelled, and no count or result.
fn assert_phone_page(name: &str, html: &str) {
    assert_well_formed(name, html);
    assert!(html.len() < 30 * 1024, "{name}: {} bytes", html.len());
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"en\">"),
        "{name}"
    );
    for forbidden in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "src=",
        "url(",
        "@import",
        "http:",
        "https:",
        "//",
        "respondents",
        "verdict",
    ] {
        let outside_style = html.split("</style>").last().unwrap();
        assert!(!outside_style.contains(forbidden), "{name}: {forbidden}");
    }
    for input in common::phone::inputs(html) {
        if input["type"] == "hidden" {
            continue;
        }
        let id = &input["id"];
        assert!(
            html.contains(&format!("for=\"{id}\"")),
            "{name}: {id} has no label"
        );
    }
}

#[test]
fn every_phone_page_is_well_formed_small_labelled_and_self_contained() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("pages.ron");
    let (room, owner) = open_room(&path, 1);
    let questionnaire = Questionnaire::default_questionnaire();
    let response = answers(12, 1, &questionnaire).remove(0);
    assert!(
        response
            .friction_comment
            .as_deref()
            .unwrap()
            .contains("<script>")
    );
    let mut phone = Phone::new(room.join_url());
    let mut pages = phone.walk_to_review(&response, &questionnaire);
    let review = pages.last().unwrap();
    assert!(
        review.html.contains("&lt;script&gt;alert("),
        "comments are escaped"
    );
    // Back from the review keeps the comment.
    let back = phone.press(review, &[field("go", "back")]);
    assert_eq!(back.step().as_deref(), Some("comments"));
    assert!(back.html.contains("Phone 0: &lt;script&gt;"));
    // Next on the relationship page without an answer says what is missing.
    let hint = phone.press(&pages[1], &[field("go", "next")]);
    assert_eq!(hint.step().as_deref(), Some("relationship"));
    assert!(hint.html.contains("Please choose one answer to go on."));
    let thanks = phone.press(pages.last().unwrap(), &[field("go", "submit")]);
    assert_eq!(thanks.status, 200);
    assert_eq!(owner.join().unwrap(), 1);
    let already = phone.get();
    assert!(already.html.contains("You have already answered"));
    let expired = Phone::new(room.join_url()).post(&[field("step", "team")]);
    assert_eq!(expired.status, 403);
    pages.extend([back, hint, thanks, already, expired]);
    for (index, page) in pages.iter().enumerate() {
        assert_phone_page(&format!("page {index}"), &page.html);
    }
    room.close();
}

/// Writes each phone page to `target/phone-pages/` for the screenshots in the README:
/// `cargo test --test room -- --ignored write_phone_pages`.
#[test]
#[ignore = "writes files for screenshots"]
fn write_phone_pages() {
    let folder = tempfile::tempdir().unwrap();
    let (room, _owner) = open_room(&folder.path().join("pages.ron"), 1);
    let questionnaire = Questionnaire::default_questionnaire();
    let mut response = answers(7, 1, &questionnaire).remove(0);
    response.friction_comment = Some(String::from("Deals promised before the roadmap is agreed."));
    response.works_well_comment = Some(String::from("The joint demo days."));
    let mut phone = Phone::new(room.join_url());
    let pages = phone.answer(&response, &questionnaire);
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/phone-pages");
    std::fs::create_dir_all(&out).unwrap();
    let names = [
        "1-team",
        "2-relationship",
        "3-statements",
        "4-sources",
        "5-comments",
        "6-review",
        "7-thanks",
    ];
    for (name, page) in names.iter().zip(&pages) {
        std::fs::write(out.join(format!("{name}.html")), &page.html).unwrap();
    }
    std::fs::write(out.join("8-already-answered.html"), phone.get().html).unwrap();
    // The statements page as it looks with answers given: back from the sources page.
    let mut second = Phone::new(room.join_url());
    let walked = second.walk_to_review(&response, &questionnaire);
    let back = second.press(&walked[3], &[field("go", "back")]);
    assert_eq!(back.step().as_deref(), Some("statements"));
    std::fs::write(out.join("3-statements.html"), back.html).unwrap();
    // In German, and the statements page that asks for a missing answer.
    let mut german = Phone::new(room.join_url());
    let team = german.get();
    let team = german.press(&team, &[field("go", "lang-de")]);
    std::fs::write(out.join("de-1-team.html"), &team.html).unwrap();
    let relationship = german.press(&team, &[field("function", "sales")]);
    let statements = german.press(
        &relationship,
        &[
            field("relationship", "lacking_alignment"),
            field("go", "next"),
        ],
    );
    let stopped = german.press(
        &statements,
        &[field("rating.trust", "2"), field("go", "next")],
    );
    std::fs::write(out.join("de-3-statements-missing.html"), &stopped.html).unwrap();
}

#[cfg(unix)]
#[test]
fn tandem_room_serves_saves_and_stops_on_sigterm() {
    use common::cli::{arg, command};
    use std::io::{BufRead as _, BufReader};
    use std::process::{Command, Stdio};

    let folder = tempfile::tempdir().unwrap();
    let path = common::save_in(folder.path(), "headless.ron", &workshop());
    let mut child = command(["room", arg(&path), "--bind", "127.0.0.1", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = lines
        .by_ref()
        .map(Result::unwrap)
        .find(|line| line.starts_with("http://"))
        .unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let questionnaire = Questionnaire::default_questionnaire();
    let response = answers(21, 1, &questionnaire).remove(0);
    let pages = Phone::new(&url).answer(&response, &questionnaire);
    assert_eq!(pages.last().unwrap().status, 200);
    // The answer is in the file before the phone is thanked.
    let saved = load_workshop(&path).unwrap();
    assert_eq!(saved.responses.iter().collect::<Vec<_>>(), [&response]);
    let counts = lines
        .by_ref()
        .map(Result::unwrap)
        .find(|line| line.contains(&format!("{} 1/", response.function.key())))
        .unwrap();
    assert!(counts.starts_with("answers: "), "{counts}");
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("Room closed."), "{stderr}");
    assert_eq!(load_workshop(&path).unwrap().responses.len(), 1);
}
