//! Domain benchmarks: `cargo bench --bench domain`. Figures go to BENCHMARKS.md.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test's unwrap is its failure message"
)]

#[path = "../common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tandem::compare::Comparison;
use tandem::compare::report::ReportFormat;
use tandem::domain::{Date, Workshop};
use tandem::export::{Export, Format, Summary};
use tandem::metrics::WorkshopMetrics;
use tandem::rules::{RuleSet, classify, classify_metrics, leave_one_out};
use tandem::storage::{DiskCopy, load_workshop, save_workshop};

fn rules_on_100k(c: &mut Criterion) {
    let workshop = common::demo::large_workshop(1, 100_000);
    let rules = RuleSet::built_in().unwrap().clone();
    let mut group = c.benchmark_group("100k responses");
    group.sample_size(20);
    group.bench_function("metrics", |b| {
        b.iter(|| WorkshopMetrics::compute(black_box(&workshop)));
    });
    let metrics = WorkshopMetrics::compute(&workshop);
    group.bench_function("rules on computed metrics", |b| {
        b.iter(|| classify_metrics(black_box(&metrics), true, black_box(&rules)));
    });
    group.bench_function("metrics and rules", |b| {
        b.iter(|| classify(black_box(&workshop), black_box(&rules)));
    });
    group.finish();
}

fn files_of_1000(c: &mut Criterion) {
    let workshop = common::demo::large_workshop(2, 1_000);
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("thousand.ron");
    // The load benchmark must not depend on the save benchmark having run before it.
    save_workshop(&path, &workshop).unwrap();
    let mut group = c.benchmark_group("1000 responses");
    group.sample_size(30);
    group.bench_function("atomic save with fsync", |b| {
        b.iter(|| save_workshop(&path, black_box(&workshop)).unwrap());
    });
    group.bench_function("load and validate", |b| {
        b.iter(|| load_workshop(black_box(&path)).unwrap());
    });
    // What the app's saves cost now that each reads the file back first (issue 22).
    group.bench_function("checked save: read back, compare, write", |b| {
        let (mut mine, mut disk) = DiskCopy::read(&path).unwrap();
        b.iter(|| disk.save(black_box(&mut mine)).unwrap());
    });
    let mut elsewhere = workshop.clone();
    elsewhere.add_response(workshop.responses.iter().next().unwrap().clone());
    group.bench_function("checked save after a change elsewhere: merge", |b| {
        b.iter_batched(
            || {
                save_workshop(&path, &workshop).unwrap();
                let copy = DiskCopy::read(&path).unwrap();
                save_workshop(&path, &elsewhere).unwrap();
                copy
            },
            |(mut mine, mut disk)| disk.save(black_box(&mut mine)).unwrap(),
            criterion::BatchSize::PerIteration,
        );
    });
    group.finish();
}

/// `run` on a workshop of 1,000 responses drawn from `seed`, in the "1000 responses" group.
fn on_1000<R>(c: &mut Criterion, seed: u64, name: &str, run: impl Fn(&Workshop, &RuleSet) -> R) {
    let workshop = common::demo::large_workshop(seed, 1_000);
    let rules = RuleSet::built_in().unwrap().clone();
    let mut group = c.benchmark_group("1000 responses");
    group.bench_function(name, |b| {
        b.iter(|| run(black_box(&workshop), black_box(&rules)));
    });
    group.finish();
}

fn html_of_1000(c: &mut Criterion) {
    on_1000(
        c,
        3,
        "HTML export (metrics, rules, charts)",
        |workshop, rules| Format::Html.render(&Summary::new(workshop, rules)),
    );
}

/// The PDF report of 1,000 responses: metrics, rules, leave-one-out, layout, the font
/// subset and the file (budget 200 ms, 300 KB; the size is checked in tests/domain too).
fn pdf_of_1000(c: &mut Criterion) {
    on_1000(
        c,
        3,
        "PDF export (summary, details, font subset)",
        |workshop, rules| Export::Pdf.bytes(&Summary::new(workshop, rules)).unwrap(),
    );
}

/// Every verdict and rule classified without each of 1,000 responses in turn.
fn leave_one_out_of_1000(c: &mut Criterion) {
    on_1000(
        c,
        4,
        "leave one out (every verdict and rule)",
        leave_one_out,
    );
}

/// Making a comparison, as the app does once when it opens one: metrics, verdicts,
/// leave-one-out and every change's chance test. The bundled examples (36, 34 and 37
/// answers), twelve workshops of 40, and two of 1,000 (whose tests are dealt at random).
fn comparisons(c: &mut Criterion) {
    let mut group = c.benchmark_group("comparison made");
    group.sample_size(20);
    let examples = common::examples_to_compare(&common::EXAMPLES);
    group.bench_function("the three examples", |b| {
        b.iter(|| Comparison::new(black_box(examples.clone())));
    });
    let quarters = |count: u64, responses: usize| -> Vec<_> {
        (0..count)
            .map(|quarter| {
                let mut workshop = common::demo::large_workshop(quarter, responses);
                workshop.meta.date = Date::new(2024, 1, 15)
                    .unwrap()
                    .add_months(u32::try_from(quarter).unwrap() * 3);
                (
                    std::path::PathBuf::from(format!("q{quarter:02}.ron")),
                    workshop,
                    RuleSet::built_in().unwrap().clone(),
                )
            })
            .collect()
    };
    let twelve = quarters(12, 40);
    group.bench_function("12 workshops of 40", |b| {
        b.iter(|| Comparison::new(black_box(twelve.clone())));
    });
    let large = quarters(2, 1_000);
    group.bench_function("2 workshops of 1,000", |b| {
        b.iter(|| Comparison::new(black_box(large.clone())));
    });
    group.finish();

    // The comparison's PDF, made from a comparison already made (as the app has it).
    let mut group = c.benchmark_group("comparison PDF");
    group.sample_size(20);
    let twelve = Comparison::new(twelve);
    group.bench_function("12 workshops of 40", |b| {
        b.iter(|| ReportFormat::Pdf.bytes(black_box(&twelve)).unwrap());
    });
    group.finish();
}

criterion_group!(
    benches,
    rules_on_100k,
    files_of_1000,
    html_of_1000,
    leave_one_out_of_1000,
    comparisons,
    pdf_of_1000
);
criterion_main!(benches);
