//! The room under a crowd, on loopback and bounded in count and time: 150 phones keeping
//! connections open as browsers do, a thousand slow clients, a room full of strangers, a
//! flood of join requests. Each test takes the load lock, so no two crowds overlap.

#![allow(
    clippy::print_stderr,
    reason = "each crowd says its figures; `--nocapture` shows them"
)]

use crate::common;

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use common::crowd::{SlowCrowd, percentile, phones_answer, resident_bytes};
use common::phone::{Phone, answers, field, saved_answers, sent_answers};
use tandem::domain::Questionnaire;

static LOAD: Mutex<()> = Mutex::new(());

fn one_crowd_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    LOAD.lock().unwrap_or_else(PoisonError::into_inner)
}

#[test]
fn a_hundred_and_fifty_phones_keeping_connections_open_are_served_within_a_second() {
    let _crowd = one_crowd_at_a_time();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("crowd.ron");
    let (room, saved) = common::phone::open_saving_room(&path, common::blank_workshop("Crowd"));
    let responses = answers(150, 150, &Questionnaire::default_questionnaire());
    let (mut times, reopened) = phones_answer(
        room.join_url(),
        &responses,
        Duration::from_secs(3),
        Duration::from_secs(3),
    );
    for _ in &responses {
        saved.recv_timeout(Duration::from_secs(10)).unwrap();
    }
    room.close_and_wait();

    assert_eq!(times.len(), 150 * 7, "every page of every phone");
    let p50 = percentile(&mut times, 0.5);
    let p99 = percentile(&mut times, 0.99);
    eprintln!(
        "150 keep-alive phones: {} pages, p50 {p50:?}, p99 {p99:?}, worst {:?}, {reopened} kept connections reopened",
        times.len(),
        times.last().unwrap()
    );
    assert!(p99 < Duration::from_secs(1), "p99 {p99:?}");
    assert_eq!(
        saved_answers(&path),
        sent_answers(&responses),
        "each answer once"
    );
}

#[test]
fn a_thousand_slow_clients_do_not_keep_twenty_phones_out() {
    let _crowd = one_crowd_at_a_time();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("slow.ron");
    let (room, saved) = common::phone::open_saving_room(&path, common::blank_workshop("Slow"));
    let before = resident_bytes();
    let attack = Duration::from_secs(20);
    let started = Instant::now();
    let crowd = SlowCrowd::start(room.join_url(), 500, 500, attack);
    // The crowd ramps up at 200 connections a second: the phones come once it is there.
    while crowd.open_now() < 900 && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let during = crowd.open_now();
    let responses = answers(20, 20, &Questionnaire::default_questionnaire());
    let (mut times, _) = phones_answer(
        room.join_url(),
        &responses,
        Duration::from_secs(1),
        Duration::from_millis(300),
    );
    for _ in &responses {
        saved.recv_timeout(Duration::from_secs(10)).unwrap();
    }
    let phones_done = started.elapsed();
    let memory = resident_bytes();
    let report = crowd.stop();
    room.close_and_wait();

    let worst = *times.iter().max().unwrap();
    let p99 = percentile(&mut times, 0.99);
    eprintln!(
        "1,000 slow clients ({during} open when the phones came, {} at most, {} connections in all, {} ended by the room): 20 phones' pages p99 {p99:?}, worst {worst:?}; resident memory {} MB before, {} MB during",
        report.peak,
        report.opened,
        report.ended_by_room,
        before.unwrap_or(0) / 1_000_000,
        memory.unwrap_or(0) / 1_000_000,
    );
    assert!(during >= 900, "the crowd was there: {during}");
    assert!(phones_done < attack, "the phones answered while it was");
    assert!(worst < Duration::from_secs(2), "worst page {worst:?}");
    assert_eq!(saved_answers(&path), sent_answers(&responses));
    if let (Some(before), Some(during)) = (before, memory) {
        assert!(
            during.saturating_sub(before) < 200_000_000,
            "{before} → {during} bytes"
        );
    }
}

#[test]
fn in_a_room_full_of_strangers_a_phone_takes_the_place_of_one() {
    let _crowd = one_crowd_at_a_time();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("full.ron");
    // A room of 64 places and three times as many slow strangers.
    let (room, saved) =
        common::phone::open_saving_room_with(&path, common::blank_workshop("Full"), |config| {
            config.max_connections = 64;
        });
    let started = Instant::now();
    let crowd = SlowCrowd::start(room.join_url(), 200, 0, Duration::from_secs(15));
    while crowd.open_now() < 150 && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let responses = answers(10, 10, &Questionnaire::default_questionnaire());
    let (times, _) = phones_answer(
        room.join_url(),
        &responses,
        Duration::from_millis(500),
        Duration::from_millis(200),
    );
    for _ in &responses {
        saved.recv_timeout(Duration::from_secs(10)).unwrap();
    }
    let report = crowd.stop();
    room.close_and_wait();
    let worst = *times.iter().max().unwrap();
    eprintln!(
        "64 places, 200 slow strangers ({} connections, {} cut): 10 phones' worst page {worst:?}",
        report.opened, report.ended_by_room
    );
    assert!(report.ended_by_room > 0, "strangers made way");
    assert!(worst < Duration::from_secs(2), "worst page {worst:?}");
    assert_eq!(saved_answers(&path), sent_answers(&responses));
}

#[test]
fn a_flood_of_join_requests_leaves_a_phone_its_ballot() {
    let _crowd = one_crowd_at_a_time();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("flood.ron");
    let (room, saved) = common::phone::open_saving_room(&path, common::blank_workshop("Flood"));
    let url = room.join_url().to_owned();
    let questionnaire = Questionnaire::default_questionnaire();
    let responses = answers(2, 3, &questionnaire);

    // A phone opens the join page before the flood, and another takes its first step.
    let mut join_only = Phone::new(&url);
    let join_page = join_only.get();
    let mut early = Phone::new(&url);
    let team = early.get();
    let relationship = early.press(&team, &[field("function", "sales")]);
    assert_eq!(relationship.step().as_deref(), Some("relationship"));

    // 10,000 join requests and 1,000 HEADs, from four clients at once: more ballots than
    // the room keeps.
    std::thread::scope(|scope| {
        for client in 0..4 {
            let url = &url;
            std::thread::Builder::new()
                .name(format!("flood {client}"))
                .spawn_scoped(scope, move || {
                    let agent = ureq::Agent::new_with_defaults();
                    for _ in 0..2_500 {
                        let page = agent.get(url).call().unwrap();
                        assert_eq!(page.status(), 200);
                    }
                    for _ in 0..250 {
                        assert_eq!(agent.head(url).call().unwrap().status(), 200);
                    }
                })
                .unwrap();
        }
    });

    // The phone that had only opened the page had its ballot pushed out: it goes on with a
    // new one, its answers carried by the page as ever.
    let mut page = join_only.press(
        &join_page,
        &[field("function", responses[2].function.key())],
    );
    assert_eq!(
        page.step().as_deref(),
        Some("relationship"),
        "{}",
        page.html
    );
    for (own, step) in common::phone::steps(&responses[2], &questionnaire)
        .into_iter()
        .skip(1)
    {
        assert_eq!(page.step().as_deref(), Some(step), "{}", page.html);
        page = join_only.press(&page, &own);
    }
    let thanks = join_only.press(&page, &[field("go", "submit")]);
    assert_eq!(thanks.status, 200, "{}", thanks.html);
    saved.recv_timeout(Duration::from_secs(10)).unwrap();

    // The early phone goes on with its ballot; a phone arriving now gets one.
    let thanks = {
        let mut pages = early.walk_to_review(&responses[0], &questionnaire);
        let review = pages.pop().unwrap();
        early.press(&review, &[field("go", "submit")])
    };
    assert_eq!(thanks.status, 200, "{}", thanks.html);
    let late = Phone::new(&url).answer(&responses[1], &questionnaire);
    assert_eq!(late.last().unwrap().status, 200);
    saved.recv_timeout(Duration::from_secs(10)).unwrap();
    saved.recv_timeout(Duration::from_secs(10)).unwrap();
    room.close_and_wait();
    assert_eq!(saved_answers(&path), sent_answers(&responses));
}

/// `tandem room` where the system allows only 256 open files (macOS starts programs with
/// that many): 400 slow clients, and phones still answer quickly and every save succeeds.
#[cfg(unix)]
#[test]
fn with_few_files_allowed_slow_clients_neither_slow_phones_nor_stop_saves() {
    use std::io::{BufRead as _, BufReader, Read as _};
    use std::process::{Command, Stdio};

    let _crowd = one_crowd_at_a_time();
    let folder = tempfile::tempdir().unwrap();
    let path = common::save_in(
        folder.path(),
        "few.ron",
        &common::blank_workshop("Few files"),
    );
    let mut room = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -n 256 && exec "$0" room "$1" --bind 127.0.0.1"#)
        .arg(env!("CARGO_BIN_EXE_tandem"))
        .arg(&path)
        .env("LANG", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(room.stdout.take().unwrap());
    let mut url = String::new();
    out.read_line(&mut url).unwrap();
    let url = url.trim().to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let started = Instant::now();
    let crowd = SlowCrowd::start(&url, 400, 0, Duration::from_secs(20));
    while crowd.open_now() < 350 && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let responses = answers(8, 8, &Questionnaire::default_questionnaire());
    let (mut times, _) = phones_answer(
        &url,
        &responses,
        Duration::from_secs(2),
        Duration::from_millis(300),
    );
    let report = crowd.stop();
    Command::new("kill")
        .args(["-INT", &room.id().to_string()])
        .status()
        .unwrap();
    let status = room.wait().unwrap();
    let mut said = String::new();
    room.stderr
        .take()
        .unwrap()
        .read_to_string(&mut said)
        .unwrap();

    let worst = *times.iter().max().unwrap();
    let p99 = percentile(&mut times, 0.99);
    eprintln!(
        "256 files, 400 slow clients ({} connections, {} cut): 8 phones' p99 {p99:?}, worst {worst:?}",
        report.opened, report.ended_by_room
    );
    assert!(status.success(), "{said}");
    assert!(!said.contains("not counted"), "{said}");
    assert!(worst < Duration::from_secs(2), "worst page {worst:?}");
    assert_eq!(saved_answers(&path), sent_answers(&responses));
}
