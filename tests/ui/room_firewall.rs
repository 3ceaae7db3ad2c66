//! Before a room opens, Capture says what the operating system may ask (its firewall, the
//! first time) and what to do on guest Wi-Fi: in the facilitator's words, in every language.

use crate::common;
use common::app::{app_on, go_to, mentions};

use tandem::domain::Stage;
use tandem::i18n::Language;

#[test]
fn capture_says_the_firewall_may_ask_and_what_to_do_on_guest_wifi() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = app_on(folder.path())
        .size(1280.0, 1100.0)
        .start_on_a_new_workshop();
    go_to(&mut app, Stage::Capture);
    assert!(mentions(
        &app,
        "Windows or macOS may ask whether Tandem may accept incoming connections"
    ));
    assert!(mentions(&app, "Allow it on private networks"));
    assert!(mentions(&app, "use a phone's hotspot or this laptop's"));

    for (language, firewall, hotspot) in [
        (
            Language::German,
            "für private Netzwerke",
            "Hotspot eines Telefons",
        ),
        (
            Language::French,
            "sur les réseaux privés",
            "point d’accès d’un téléphone",
        ),
        (
            Language::Spanish,
            "en las redes privadas",
            "punto de acceso",
        ),
    ] {
        app.state_mut().state.language = language;
        app.run();
        assert!(mentions(&app, firewall), "{language:?}");
        assert!(mentions(&app, hotspot), "{language:?}");
    }
}
