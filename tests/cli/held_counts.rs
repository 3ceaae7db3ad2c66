//! Every count of answers the command line says to the facilitator includes the answers
//! held back since the reveal, and says how many of them are held back (PRODUCT.md §7).
//!
//! The first example counts 22 sales and 14 product answers (floor 3, 24 and 16 expected);
//! two sales answers and one product answer arrive after its reveal, so they are held:
//! the file holds 24 sales, 15 product, 39 answers in all.

use std::path::{Path, PathBuf};

use crate::common;
use common::cli::{arg, tandem};
use common::{Q1, example, save_in, write_in};
use tandem::domain::{Function, Relationship, Response, Workshop};

fn with_held_answers() -> Workshop {
    let mut workshop = example(Q1);
    assert!(workshop.revealed);
    workshop
        .submit([
            Response::new(Function::Sales, Relationship::MostlyAligned),
            Response::new(Function::Sales, Relationship::ConstantFriction),
            Response::new(Function::Product, Relationship::LackingAlignment),
        ])
        .unwrap();
    assert_eq!(
        (
            workshop.held_back(Function::Sales),
            workshop.held_back(Function::Product)
        ),
        (2, 1)
    );
    workshop
}

fn saved(workshop: &Workshop) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "held.ron", workshop);
    (folder, path)
}

#[test]
fn check_counts_held_answers_and_says_how_many_wait() {
    let (_folder, path) = saved(&with_held_answers());
    let out = tandem(["check", arg(&path)]).printed();
    assert!(
        out.contains(
            "24 sales (2 held back until 3 are in) and 15 product (1 held back until 3 are in) responses"
        ),
        "{out}"
    );
}

#[test]
fn list_counts_held_answers_in_words_and_keeps_them_apart_in_json() {
    let (folder, _path) = saved(&with_held_answers());
    let out = tandem(["list", "--workshops", arg(folder.path())]).printed();
    let row = out.lines().nth(1).unwrap();
    assert!(row.contains("  24 (2 answers held back)  "), "{out}");
    assert!(row.contains("  15 (1 answer held back)  "), "{out}");
    // The header's columns end where the row's do.
    let header = out.lines().next().unwrap();
    let end_of = |line: &str, cell: &str| line.find(cell).unwrap() + cell.len();
    assert_eq!(
        end_of(header, "product"),
        end_of(row, "15 (1 answer held back)"),
        "{out}"
    );

    let json = tandem(["list", "--workshops", arg(folder.path()), "--json"]).json();
    let listed = &json[0];
    // `sales` and `product` stay what the results count, as before; the held apart.
    assert_eq!(listed["sales"], 22);
    assert_eq!(listed["product"], 14);
    assert_eq!(listed["held_back"]["sales"], 2);
    assert_eq!(listed["held_back"]["product"], 1);
}

#[test]
fn import_counts_every_answer_in_the_file() {
    let (folder, path) = saved(&with_held_answers());
    let one_product = write_in(
        folder.path(),
        "one.csv",
        "function,relationship\nproduct,mostly_aligned\n",
    );
    let import = |csv: &Path| tandem(["import", arg(csv), "--into", arg(&path)]).printed();
    // 15 + 1 product answers in the file; 2 of them held, fewer than the floor.
    let said = import(&one_product);
    assert!(said.contains("(now 24 sales, 16 product)"), "{said}");
    assert!(
        said.contains("2 product answers are held back until there are 3 to show together."),
        "{said}"
    );
    assert!(
        said.contains("2 sales answers are held back until there are 3 to show together."),
        "{said}"
    );
    // A third held product answer: the three join the results, none waits.
    let another = write_in(
        folder.path(),
        "another.csv",
        "function,relationship\nproduct,constant_friction\n",
    );
    let said = import(&another);
    assert!(said.contains("(now 24 sales, 17 product)"), "{said}");
    assert!(!said.contains("product answers held back"), "{said}");
}

/// `tandem room` says its counts when it opens and how many answers the file holds when it
/// closes: held ones included, over the headcount too.
#[cfg(unix)]
#[test]
fn the_room_counts_held_answers_when_it_opens_and_closes() {
    use std::io::{BufRead as _, BufReader, Read as _};
    use std::process::{Command, Stdio};

    let mut workshop = with_held_answers();
    // 24 sales answers in the file for 23 people: one too many, held ones count.
    workshop.meta.expected.sales = 23;
    let (_folder, path) = saved(&workshop);
    let mut child =
        common::cli::command(["room", arg(&path), "--bind", "127.0.0.1", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let counts = lines
        .by_ref()
        .map(Result::unwrap)
        .find(|line| line.starts_with("answers: "))
        .unwrap();
    assert_eq!(
        counts,
        "answers: sales 24/23 (2 held back until 3 are in), product 15/16 (1 held back until 3 are in); \
         anonymity floor reached: 3 per team; more sales answers than expected: one answer per \
         phone rests on a cookie, so check the headcount"
    );
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(child.wait().unwrap().success());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        stderr.contains(&format!(
            "Room closed. {} holds 39 answers. 2 sales answers are held back until there are 3 to \
             show together. 1 product answer is held back until there are 3 to show together.",
            path.display()
        )),
        "{stderr}"
    );
}

#[test]
fn the_responses_csv_says_which_answers_it_leaves_out() {
    let (_folder, path) = saved(&with_held_answers());
    let ran = tandem(["export", arg(&path), "--format", "csv"]);
    assert!(ran.success(), "{}", ran.stderr);
    assert!(
        ran.stderr.contains(
            "note: 3 answers given after the reveal are held back and are not in this CSV"
        ),
        "{}",
        ran.stderr
    );
    // 36 rows of answers and the header: the held ones are not among them.
    assert_eq!(ran.stdout.lines().count(), 37);
}
