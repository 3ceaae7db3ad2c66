//! `tandem --version`: what a facilitator, a support call or a package check asks first.

use crate::common;
use common::cli::tandem;

#[test]
fn version_prints_the_name_and_cargos_version() {
    for flag in ["--version", "-V"] {
        let ran = tandem([flag]);
        assert!(ran.success(), "{flag}: {}", ran.stderr);
        assert_eq!(
            ran.stdout,
            format!("tandem {}\n", env!("CARGO_PKG_VERSION")),
            "{flag}"
        );
        assert!(ran.stderr.is_empty(), "{flag}: {}", ran.stderr);
    }
}

#[test]
fn help_offers_the_version() {
    let help = tandem(["--help"]).printed();
    assert!(help.contains("-V, --version"), "{help}");
}

#[test]
fn a_process_serial_from_the_macos_finder_is_no_argument() {
    let ran = tandem(["-psn_0_1234567", "--version"]);
    assert_eq!(
        ran.stdout,
        format!("tandem {}\n", env!("CARGO_PKG_VERSION"))
    );
}
