//! Issue 22: `tandem import --map` takes every kind of column the import reads, the team
//! and the sources among them, as the app's mapping step does.

use crate::common::cli::{arg, tandem};
use crate::common::folder_with_file;
use tandem::domain::Function;
use tandem::storage::load_workshop;

#[test]
fn map_takes_the_team_and_the_sources() {
    let (folder, file) = folder_with_file(
        "answers.csv",
        "Abteilung,relationship,trust,Why\nSales,1,4,Pricing and packaging; release_timing\nProduct,2,2,\n",
    );
    let out = folder.path().join("w.ron");
    tandem([
        "import",
        arg(&file),
        "--new",
        "--title",
        "T",
        "--out",
        arg(&out),
        "--map",
        "Abteilung=team",
        "--map",
        "Why=sources",
    ])
    .printed();
    let workshop = load_workshop(&out).unwrap();
    let sales = workshop
        .responses
        .iter()
        .find(|response| response.function == Function::Sales)
        .unwrap();
    let sources: Vec<&str> = sales.sources.iter().map(String::as_str).collect();
    assert_eq!(sources, ["pricing", "release_timing"]);
    assert_eq!(workshop.responses.len(), 2);
}
