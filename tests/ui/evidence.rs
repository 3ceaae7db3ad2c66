//! Diagnose and Close show what made each rule fire — for an *or*, only the branch that
//! held — and, for the rule that nearly fired, the one part that stopped it.

use crate::common;
use common::app::{app_on, go_to, mentions, shows};
use common::evidence::{
    DECIDES_SHORT, GAP_HELD, GAP_NOT, PRODUCT_CONSTANT, SALES_CONSTANT, SETTLE_HELD,
    one_true_branch,
};
use common::save_in;

use tandem::domain::Stage;

#[test]
fn diagnose_and_close_show_only_the_branch_that_held() {
    let folder = tempfile::tempdir().unwrap();
    let path = save_in(folder.path(), "branch.ron", &one_true_branch());
    let mut app = app_on(folder.path())
        .size(1280.0, 4000.0)
        .opening(Some(path))
        .start();
    go_to(&mut app, Stage::Diagnose);
    for shown in [SALES_CONSTANT, GAP_HELD] {
        assert!(shows(&app, shown), "{shown} not on Diagnose");
    }
    // The rule that nearly fired, set in under its title: what stopped it, and how far.
    assert!(shows(&app, &format!("    {DECIDES_SHORT}")));
    for hidden in [PRODUCT_CONSTANT, GAP_NOT, SETTLE_HELD] {
        assert!(!mentions(&app, hidden), "{hidden} on Diagnose");
    }

    go_to(&mut app, Stage::Close);
    for shown in [SALES_CONSTANT, GAP_HELD] {
        assert!(shows(&app, &format!("    {shown}")), "{shown} not on Close");
    }
    for hidden in [PRODUCT_CONSTANT, GAP_NOT] {
        assert!(!mentions(&app, hidden), "{hidden} on Close");
    }
}
