use std::net::IpAddr;

use crate::domain::Questionnaire;

/// How to open a room: where to listen and what to ask.
#[derive(Clone, Debug)]
pub struct RoomConfig {
    /// The address of the network interface the facilitator chose.
    pub bind: IpAddr,
    /// 0 picks any free port.
    pub port: u16,
    /// The workshop's questionnaire: the phone pages show its texts.
    pub questionnaire: Questionnaire,
    /// The language of the questionnaire, as a tag for the pages' `lang` ("en", "de").
    pub language: String,
}

impl RoomConfig {
    /// A room on `bind`, any free port, English pages.
    pub fn new(bind: IpAddr, questionnaire: Questionnaire) -> Self {
        Self {
            bind,
            port: 0,
            questionnaire,
            language: String::from("en"),
        }
    }
}
