//! Room mode against hostile or broken input over HTTP on loopback: each kind gets its
//! status, nothing reaches the workshop's owner, and the file stays byte for byte the same.

use crate::common;

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::phone::{Page, Phone, answers, field};
use tandem::clock::Clock;
use tandem::domain::Questionnaire;
use tandem::room::{BODY_LIMIT, Room, RoomConfig, Submission};

/// A room on loopback whose owner saves every answer to `path`, and the count of answers.
struct TestRoom {
    room: Room,
    saved: mpsc::Receiver<()>,
}

fn open_room(path: &Path) -> TestRoom {
    let workshop = common::blank_workshop("Hostile");
    let (room, saved) = common::phone::open_saving_room(path, workshop);
    TestRoom { room, saved }
}

/// A phone with a ballot, on the review page of a valid answer.
fn phone_at_review(url: &str) -> (Phone, Page) {
    let questionnaire = Questionnaire::default_questionnaire();
    let mut phone = Phone::new(url);
    let mut pages = phone.walk_to_review(&answers(3, 1, &questionnaire)[0], &questionnaire);
    (phone, pages.pop().unwrap())
}

fn body(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

const FORM: &str = "application/x-www-form-urlencoded";

#[test]
#[allow(clippy::too_many_lines, reason = "one block per kind of bad input")]
fn bad_input_gets_its_status_and_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("hostile.ron");
    let room = open_room(&path);
    let url = room.room.join_url().to_owned();
    let before = std::fs::read(&path).unwrap();
    let base = url
        .trim_end_matches('/')
        .rsplit_once('/')
        .unwrap()
        .0
        .to_owned();
    let mut stranger = Phone::new(&url);

    // No token, a wrong token, a token with a wrong method: a plain 404 that says nothing.
    for path in ["/", "/favicon.ico", "/index.html"] {
        let page = stranger.get_path(&format!("{base}{path}"));
        assert_eq!(
            (page.status, page.html.as_str()),
            (404, "Not found"),
            "{path}"
        );
    }
    let wrong = format!("{base}/{}/", "0".repeat(32));
    let page = stranger.get_path(&wrong);
    assert_eq!((page.status, page.html.as_str()), (404, "Not found"));
    assert!(page.set_cookie.is_none());
    let mut wrong_phone = Phone::new(&wrong);
    assert_eq!(wrong_phone.post_raw(FORM, b"step=team").status, 404);
    let short = url.trim_end_matches('/');
    assert_eq!(stranger.get_path(short).status, 404, "without the final /");

    let mut phone = Phone::new(&url);
    assert_eq!(phone.get().status, 200);
    let oversized = format!("step=team&friction_comment={}", "a".repeat(BODY_LIMIT + 1));
    let cases: Vec<(&str, String, &[u8], u16)> = vec![
        (
            "wrong content type",
            String::from("text/plain"),
            b"step=team",
            415,
        ),
        ("oversized body", FORM.to_owned(), oversized.as_bytes(), 413),
        (
            "malformed encoding",
            FORM.to_owned(),
            b"step=team&function=%zz",
            400,
        ),
        (
            "cut-off escape",
            FORM.to_owned(),
            b"step=team&function=sales%2",
            400,
        ),
        (
            "invalid UTF-8",
            FORM.to_owned(),
            b"step=comments&friction_comment=\xff\xfe",
            400,
        ),
        (
            "escaped invalid UTF-8",
            FORM.to_owned(),
            b"step=comments&friction_comment=%FF%FE",
            400,
        ),
        (
            "unknown field",
            FORM.to_owned(),
            b"step=team&function=sales&admin=1",
            400,
        ),
        (
            "a field twice",
            FORM.to_owned(),
            b"step=team&function=sales&function=product",
            400,
        ),
        ("no step", FORM.to_owned(), b"function=sales", 400),
    ];
    for (kind, content_type, bytes, status) in cases {
        let page = phone.post_raw(&content_type, bytes);
        assert_eq!(page.status, status, "{kind}: {}", page.html);
        assert!(
            !page.html.contains("Error("),
            "{kind}: no Rust error reaches a phone"
        );
    }
    let full = |extra: &[(&str, &str)]| {
        let mut fields = vec![
            ("step", "review"),
            ("go", "submit"),
            ("function", "sales"),
            ("relationship", "mostly_aligned"),
        ];
        fields.extend_from_slice(extra);
        body(&fields)
    };
    let unfitting = [
        ("rating 6", full(&[("rating.trust", "6")])),
        ("rating 0", full(&[("rating.trust", "0")])),
        ("rating not a number", full(&[("rating.trust", "five")])),
        ("unknown statement", full(&[("rating.weather", "3")])),
        ("unknown source", full(&[("source", "coffee")])),
        (
            "unknown function",
            body(&[
                ("step", "review"),
                ("go", "submit"),
                ("function", "marketing"),
                ("relationship", "mostly_aligned"),
            ]),
        ),
        (
            "unknown relationship answer",
            body(&[
                ("step", "review"),
                ("go", "submit"),
                ("function", "sales"),
                ("relationship", "fine"),
            ]),
        ),
        (
            "missing relationship",
            body(&[("step", "review"), ("go", "submit"), ("function", "sales")]),
        ),
        (
            "submit from another page",
            body(&[
                ("step", "team"),
                ("go", "submit"),
                ("function", "sales"),
                ("relationship", "mostly_aligned"),
            ]),
        ),
    ];
    for (kind, form) in unfitting {
        let page = phone.post_raw(FORM, form.as_bytes());
        assert_eq!(page.status, 422, "{kind}: {}", page.html);
        assert!(page.html.contains("Nothing was counted"), "{kind}");
    }
    assert!(std::fs::read(&path).unwrap() == before, "nothing was added");
    assert!(room.saved.try_recv().is_err(), "nothing reached the owner");

    // A replayed final request without the cookie.
    let (mut honest, review) = phone_at_review(&url);
    let final_fields = {
        let mut fields = review.hidden_fields();
        fields.push(field("go", "submit"));
        fields
    };
    let mut replay = Phone::new(&url);
    let page = replay.post(&final_fields);
    assert_eq!(page.status, 403, "{}", page.html);
    assert!(page.html.contains("This page has expired"));
    assert!(std::fs::read(&path).unwrap() == before);

    // The honest phone submits once; a second submission, a reload of the final request and
    // a fresh start with the same ballot add nothing.
    let thanks = honest.post(&final_fields);
    assert_eq!(thanks.status, 200, "{}", thanks.html);
    room.saved.recv_timeout(Duration::from_secs(10)).unwrap();
    let after_one = std::fs::read(&path).unwrap();
    assert!(after_one != before);
    let again = honest.post(&final_fields);
    assert_eq!(again.status, 409);
    assert!(again.html.contains("You have already answered"));
    let restart = honest.get();
    assert_eq!(restart.status, 200);
    assert!(restart.html.contains("You have already answered"));
    assert!(restart.set_cookie.is_none(), "no new ballot for a used one");
    assert_eq!(
        honest.post_raw(FORM, b"step=team&function=sales").status,
        409
    );
    assert!(std::fs::read(&path).unwrap() == after_one);
    assert!(room.saved.try_recv().is_err());
    room.room.close();
}

/// 1,000 requests from 100 clients at once, more than the room's 64 connections: the rest
/// wait their turn, none is dropped, each gets its status.
#[test]
fn a_burst_of_a_thousand_requests_is_answered_and_the_room_goes_on() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("burst.ron");
    let room = open_room(&path);
    let url = room.room.join_url().to_owned();
    let before = std::fs::read(&path).unwrap();
    let started = Instant::now();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let senders: Vec<_> = (0..100)
            .map(|sender| {
                let url = &url;
                std::thread::Builder::new()
                    .name(format!("burst {sender}"))
                    .spawn_scoped(scope, move || {
                        let mut phone = Phone::new(url);
                        (0..10)
                            .map(|request| match request % 4 {
                                0 => phone.get().status,
                                1 => phone.post_raw(FORM, b"step=team&rating.trust=6").status,
                                2 => phone.get_path(&format!("{url}x")).status,
                                _ => phone.post_raw(FORM, b"%%%").status,
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap()
            })
            .collect();
        senders
            .into_iter()
            .flat_map(|sender| sender.join().unwrap())
            .collect()
    });
    assert_eq!(statuses.len(), 1000);
    for (index, status) in statuses.iter().enumerate() {
        let expected = [200, 422, 404, 400][index % 10 % 4];
        assert_eq!(*status, expected, "request {index}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    // The room still serves a phone right away.
    let questionnaire = Questionnaire::default_questionnaire();
    let pages = Phone::new(&url).answer(&answers(5, 1, &questionnaire)[0], &questionnaire);
    assert_eq!(pages.last().unwrap().status, 200);
    room.saved.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(std::fs::read(&path).unwrap() != before);
    room.room.close();
}

#[test]
fn a_client_that_never_finishes_its_request_is_cut_off_without_blocking_others() {
    let folder = tempfile::tempdir().unwrap();
    let room = open_room(&folder.path().join("slow.ron"));
    let address = room.room.address();
    assert!(address.ip().is_loopback());
    let mut slow = TcpStream::connect(address).unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
    // Meanwhile a phone is served at once.
    let started = Instant::now();
    assert_eq!(Phone::new(room.room.join_url()).get().status, 200);
    // Well before the slow client's header timeout (10 s), however busy the machine.
    assert!(started.elapsed() < Duration::from_secs(5));
    // The server closes the half-sent request after its header timeout.
    slow.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut rest = Vec::new();
    let _ = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(15), "cut off after {waited:?}");
    room.room.close();
}

#[test]
fn a_save_that_fails_is_said_and_not_counted() {
    let questionnaire = Questionnaire::default_questionnaire();
    let room = Room::open(
        RoomConfig::new(
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            questionnaire.clone(),
            Clock::system(),
        ),
        |submission: Submission| {
            if let Some(submission) = submission.claim() {
                submission.reply(Err(tandem::room::NotSaved::FileNotWritten));
            }
        },
    )
    .unwrap();
    let mut phone = Phone::new(room.join_url());
    let pages = phone.answer(&answers(8, 1, &questionnaire)[0], &questionnaire);
    let last = pages.last().unwrap();
    assert_eq!(last.status, 503);
    assert!(last.html.contains("Your answer was not saved"));
    assert!(last.html.contains("the workshop file could not be written"));
    // The ballot is still good: the phone can try again.
    assert_eq!(phone.get().status, 200);
    assert!(!phone.get().html.contains("already answered"));
}

/// A room on loopback whose owner takes each answer and holds it, never replying: what it
/// holds comes out of the receiver.
fn room_holding_answers() -> (Room, mpsc::Receiver<Submission>) {
    let (sender, held) = mpsc::channel::<Submission>();
    let room = Room::open(
        RoomConfig::new(
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            Questionnaire::default_questionnaire(),
            Clock::system(),
        ),
        move |submission| sender.send(submission).unwrap(),
    )
    .unwrap();
    (room, held)
}

#[test]
fn closing_the_room_is_quick_even_with_an_answer_in_flight() {
    // An owner that never replies: the phone waits, and the room must still close.
    let (room, held) = room_holding_answers();
    let url = room.join_url().to_owned();
    let mut idle = Phone::new(&url);
    assert_eq!(idle.get().status, 200, "a kept-alive connection stays open");
    let (mut phone, review) = phone_at_review(&url);
    let waiting = std::thread::Builder::new()
        .name(String::from("phone waiting"))
        .spawn(move || {
            let fields = [review.hidden_fields(), vec![field("go", "submit")]].concat();
            // Either an error page or a closed connection; never a thank-you.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| phone.post(&fields).status))
        })
        .unwrap();
    let submission = held.recv_timeout(Duration::from_secs(10)).unwrap();
    // Closing only asks the room's thread to stop: the UI thread that closes it must go on
    // taking answers, so it never waits here.
    let started = Instant::now();
    room.close();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let status = waiting.join().unwrap().ok();
    assert_ne!(status, Some(200));
    drop(submission);
}

#[test]
fn a_phone_that_goes_away_before_its_answer_is_taken_is_not_counted_and_may_answer_again() {
    let (room, held) = room_holding_answers();
    let url = room.join_url().to_owned();
    let (mut phone, review) = phone_at_review(&url);

    // The final request over a connection of its own, closed as soon as it is sent: the
    // phone's browser went away while the laptop was busy.
    let body = {
        let mut fields = review.hidden_fields();
        fields.push(field("go", "submit"));
        fields
            .iter()
            .map(|(name, value)| format!("{name}={}", common::phone::encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    };
    let address = common::crowd::Address::of(&url);
    let mut stream = TcpStream::connect(address.socket).unwrap();
    write!(
        stream,
        "POST {} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nContent-Type: {FORM}\r\nContent-Length: {}\r\n\r\n{body}",
        address.path,
        address.host,
        phone.cookie().unwrap(),
        body.len()
    )
    .unwrap();
    let submission = held.recv_timeout(Duration::from_secs(10)).unwrap();
    drop(stream);
    // The room notices the closed connection (in milliseconds; two seconds is room to spare
    // on a loaded machine) and gives the answer up.
    std::thread::sleep(Duration::from_secs(2));
    let claimed = submission.claim();
    assert!(claimed.is_none(), "nobody waits for it: it is not saved");

    // The ballot is open again: the same phone answers, and this time it is taken.
    let owner = std::thread::Builder::new()
        .name(String::from("owner"))
        .spawn(move || {
            let submission = held.recv_timeout(Duration::from_secs(10)).unwrap();
            submission.claim().unwrap().reply(Ok(()));
        })
        .unwrap();
    let thanks = phone.press(&review, &[field("go", "submit")]);
    assert_eq!(thanks.status, 200, "{}", thanks.html);
    owner.join().unwrap();
}

#[test]
fn a_phone_whose_ballot_lapsed_is_shown_its_review_again_and_counted_once() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("lapsed.ron");
    let (room, saved) = common::phone::open_saving_room(&path, common::blank_workshop("Lapsed"));
    let url = room.join_url().to_owned();
    let (mut phone, review) = phone_at_review(&url);
    // The room no longer knows this phone's ballot (pushed out by a flood, or lapsed): a
    // well-formed ballot of another room stands in for it.
    let (other, _saved) = common::phone::open_saving_room(
        &folder.path().join("other.ron"),
        common::blank_workshop("Other"),
    );
    let mut stranger = Phone::new(other.join_url());
    stranger.get();
    phone.cookies.insert(
        String::from("tandem_ballot"),
        stranger.cookies["tandem_ballot"].clone(),
    );

    let again = phone.press(&review, &[field("go", "submit")]);
    assert_eq!(again.status, 200, "{}", again.html);
    assert_eq!(again.step().as_deref(), Some("review"));
    assert!(
        again
            .html
            .contains("Your answers are kept: press Submit once more."),
        "{}",
        again.html
    );
    assert!(again.set_cookie.is_some(), "a new ballot");
    assert!(
        saved.try_recv().is_err(),
        "nothing was sent in its name unseen"
    );

    let thanks = phone.press(&again, &[field("go", "submit")]);
    assert_eq!(thanks.status, 200, "{}", thanks.html);
    saved.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(
        tandem::storage::load_workshop(&path)
            .unwrap()
            .responses
            .len(),
        1
    );
}
