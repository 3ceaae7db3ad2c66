//! Phones answering while the window draws nothing: no frames at all (the UI thread busy),
//! then only `logic` (the window minimised). Every answer is in the file exactly once, and no
//! phone is told "not saved" for an answer that was saved.

use crate::common;
use common::app::{App, app_on, go_to, open_room_on_loopback, open_workshop, step_until};
use common::phone::{Page, Phone, answers, field, saved_answers, sent_answers};

use std::path::Path;
use std::sync::{Arc, Barrier};
use std::time::Duration;

use tandem::domain::{Questionnaire, Stage};

/// Short, so the test need not wait the room's 30 s for a phone to give up.
const REPLY_TIMEOUT: Duration = Duration::from_millis(1500);

fn room_app(folder: &Path, path: &Path) -> (App, String) {
    let mut app = app_on(folder)
        .size(1280.0, 1100.0)
        .opening(Some(path.to_path_buf()))
        .start();
    go_to(&mut app, Stage::Capture);
    app.state_mut()
        .state
        .screen
        .open_workshop_mut()
        .unwrap()
        .room
        .reply_timeout = Some(REPLY_TIMEOUT);
    let url = open_room_on_loopback(&mut app);
    (app, url)
}

#[test]
fn with_no_frame_drawn_a_phone_hears_not_saved_and_its_answer_is_not_saved_later() {
    let folder = tempfile::tempdir().unwrap();
    let path = common::save_in(
        folder.path(),
        "unseen.ron",
        &common::blank_workshop("Unseen"),
    );
    let (mut app, url) = room_app(folder.path(), &path);
    let questionnaire = Questionnaire::default_questionnaire();
    let responses = answers(31, 3, &questionnaire);

    // Three phones submit while no frame is drawn: each waits, gives up, and is told so.
    let gave_up = Arc::new(Barrier::new(responses.len() + 1));
    let again = Arc::new(Barrier::new(responses.len() + 1));
    let phones: Vec<_> = responses
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, response)| {
            let (url, questionnaire) = (url.clone(), questionnaire.clone());
            let (gave_up, again) = (Arc::clone(&gave_up), Arc::clone(&again));
            std::thread::Builder::new()
                .name(format!("phone {index}"))
                .spawn(move || -> (Page, Page) {
                    let mut phone = Phone::new(&url);
                    let review = phone
                        .walk_to_review(&response, &questionnaire)
                        .pop()
                        .unwrap();
                    let first = phone.press(&review, &[field("go", "submit")]);
                    gave_up.wait();
                    again.wait();
                    let second = phone.press(&review, &[field("go", "submit")]);
                    (first, second)
                })
                .unwrap()
        })
        .collect();
    gave_up.wait();

    // Frames come again: the three answers in the inbox are too late and are dropped.
    for _ in 0..5 {
        app.step();
    }
    assert!(open_workshop(&app).responses.is_empty());
    assert!(
        saved_answers(&path).is_empty(),
        "nothing saved behind the phones' backs"
    );

    // Told "not saved", each phone sends its answer again, and it counts once.
    again.wait();
    step_until(&mut app, "the phones' second tries", |app| {
        open_workshop(app).responses.len() == responses.len()
    });
    for phone in phones {
        let (first, second) = phone.join().unwrap();
        assert_eq!(first.status, 503, "{}", first.html);
        assert!(
            first.html.contains("Your answer was not saved"),
            "{}",
            first.html
        );
        assert_eq!(second.status, 200, "{}", second.html);
        assert!(second.html.contains("Thank you! Your answers are saved."));
    }
    assert_eq!(saved_answers(&path), sent_answers(&responses));
}

#[test]
fn with_only_logic_running_phones_are_thanked_and_saved_once() {
    let folder = tempfile::tempdir().unwrap();
    let path = common::save_in(
        folder.path(),
        "hidden.ron",
        &common::blank_workshop("Hidden"),
    );
    let (mut app, url) = room_app(folder.path(), &path);
    let questionnaire = Questionnaire::default_questionnaire();
    let responses = answers(32, 4, &questionnaire);
    let phones: Vec<_> = responses
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, response)| {
            let (url, questionnaire) = (url.clone(), questionnaire.clone());
            std::thread::Builder::new()
                .name(format!("phone {index}"))
                .spawn(move || Phone::new(&url).answer(&response, &questionnaire))
                .unwrap()
        })
        .collect();

    // The window is minimised: eframe calls `logic`, which takes the phones' reports, and
    // draws no frame.
    let ctx = app.ctx.clone();
    for _ in 0..4_000 {
        app.state_mut().take_reports(&ctx);
        if phones.iter().all(std::thread::JoinHandle::is_finished) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    for phone in phones {
        let last = phone.join().unwrap().pop().unwrap();
        assert_eq!(last.status, 200, "{}", last.html);
    }
    assert_eq!(open_workshop(&app).responses.len(), responses.len());
    assert_eq!(saved_answers(&path), sent_answers(&responses));
}
