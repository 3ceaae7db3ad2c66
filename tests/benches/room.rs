//! Room mode benchmarks on loopback: `cargo bench --bench room`. Figures go to BENCHMARKS.md.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test's unwrap is its failure message"
)]
#![allow(
    clippy::disallowed_methods,
    reason = "a benchmark times real phones on loopback with the real clock"
)]

#[path = "../common/mod.rs"]
mod common;

use std::sync::{Barrier, mpsc};
use std::time::{Duration, Instant};

use common::crowd::{SlowCrowd, percentile, phones_answer};
use common::phone::{Phone, answers, field};
use criterion::{Criterion, criterion_group, criterion_main};
use tandem::domain::{Questionnaire, Response};
use tandem::room::Room;

/// A room whose owner saves every answer atomically before replying, as the app and
/// `tandem room` do; `saved` hears of each saved answer.
fn open_room(folder: &std::path::Path) -> (Room, mpsc::Receiver<()>) {
    let workshop = common::blank_workshop("Bench");
    common::phone::open_saving_room(&folder.join("bench.ron"), workshop)
}

/// 40 phones walk to their review page; then all press Submit at once. Returns the time
/// from that moment until the 40th answer is saved.
fn forty_submit_at_once(responses: &[Response], questionnaire: &Questionnaire) -> Duration {
    let folder = tempfile::tempdir().unwrap();
    let (room, saved) = open_room(folder.path());
    let start = Barrier::new(responses.len() + 1);
    let elapsed = std::thread::scope(|scope| {
        for (index, response) in responses.iter().enumerate() {
            let (url, start) = (room.join_url(), &start);
            std::thread::Builder::new()
                .name(format!("phone {index}"))
                .spawn_scoped(scope, move || {
                    let mut phone = Phone::new(url);
                    let review = phone.walk_to_review(response, questionnaire).pop().unwrap();
                    start.wait();
                    let thanks = phone.press(&review, &[field("go", "submit")]);
                    assert_eq!(thanks.status, 200);
                })
                .unwrap();
        }
        start.wait();
        let started = Instant::now();
        for _ in responses {
            saved.recv_timeout(Duration::from_secs(10)).unwrap();
        }
        started.elapsed()
    });
    room.close();
    elapsed
}

fn forty_phones(c: &mut Criterion) {
    let questionnaire = Questionnaire::default_questionnaire();
    let responses = answers(40, 40, &questionnaire);
    let mut group = c.benchmark_group("room");
    group.sample_size(10);
    group.bench_function("40 phones submit at once, until all 40 are saved", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| forty_submit_at_once(&responses, &questionnaire))
                .sum()
        });
    });
    group.bench_function("one phone page (team) over loopback", |b| {
        let folder = tempfile::tempdir().unwrap();
        let (room, _saved) = open_room(folder.path());
        let mut phone = Phone::new(room.join_url());
        b.iter(|| assert_eq!(phone.get().status, 200));
    });
    group.finish();
}

/// Not a timing: the bytes of each page, printed once for BENCHMARKS.md (budget 30 KB).
fn page_sizes(_: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let (room, _saved) = open_room(folder.path());
    let questionnaire = Questionnaire::default_questionnaire();
    let mut response = answers(1, 1, &questionnaire).remove(0);
    response.friction_comment = Some("x".repeat(2000));
    response.works_well_comment = Some("y".repeat(2000));
    let pages = Phone::new(room.join_url()).answer(&response, &questionnaire);
    let names = [
        "team",
        "relationship",
        "statements",
        "sources",
        "comments (as first shown)",
        "review (2 × 2,000 characters)",
        "thanks",
    ];
    for (name, page) in names.iter().zip(&pages) {
        assert!(page.html.len() < 30 * 1024, "{name}");
        #[allow(clippy::print_stderr, reason = "the figure this bench exists for")]
        {
            eprintln!("phone page bytes: {name}: {}", page.html.len());
        }
    }
}

#[allow(clippy::print_stderr, reason = "the figures this bench exists for")]
fn say_percentiles(what: &str, times: &mut [Duration]) {
    let p50 = percentile(times, 0.5);
    let p99 = percentile(times, 0.99);
    eprintln!(
        "{what}: {} pages, p50 {:.2} ms, p99 {:.2} ms, worst {:.2} ms",
        times.len(),
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
}

/// Not a criterion timing (one crowd is one sample): page times' percentiles for 150 phones
/// keeping connections open and pausing up to 3 s between pages, then for 20 phones while
/// 500 slow-header and 500 slow-body clients hold on.
fn crowds(_: &mut Criterion) {
    let questionnaire = Questionnaire::default_questionnaire();
    let folder = tempfile::tempdir().unwrap();
    let (room, _saved) = open_room(folder.path());
    let responses = answers(150, 150, &questionnaire);
    let (mut times, _) = phones_answer(
        room.join_url(),
        &responses,
        Duration::from_secs(3),
        Duration::from_secs(3),
    );
    say_percentiles("150 keep-alive phones", &mut times);
    room.close_and_wait();

    let folder = tempfile::tempdir().unwrap();
    let (room, _saved) = open_room(folder.path());
    let slow = SlowCrowd::start(room.join_url(), 500, 500, Duration::from_secs(20));
    let started = Instant::now();
    while slow.open_now() < 900 && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let responses = answers(20, 20, &questionnaire);
    let (mut times, _) = phones_answer(
        room.join_url(),
        &responses,
        Duration::from_secs(3),
        Duration::from_millis(300),
    );
    let report = slow.stop();
    say_percentiles(
        &format!(
            "20 phones among 1,000 slow clients (at most {} open)",
            report.peak
        ),
        &mut times,
    );
    room.close_and_wait();
}

criterion_group!(benches, forty_phones, page_sizes, crowds);
criterion_main!(benches);
