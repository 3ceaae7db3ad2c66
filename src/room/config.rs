use std::net::IpAddr;

use crate::domain::Questionnaire;
use crate::i18n::Language;

/// How to open a room: where to listen and what to ask.
#[derive(Clone, Debug)]
pub struct RoomConfig {
    /// The address of the network interface the facilitator chose.
    pub bind: IpAddr,
    /// 0 picks any free port.
    pub port: u16,
    /// The workshop's questionnaire: the phone pages show its texts.
    pub questionnaire: Questionnaire,
    /// The language the phone pages open in; each phone may switch to another.
    pub language: Language,
}

impl RoomConfig {
    /// A room on `bind`, any free port, pages in the questionnaire's language.
    pub fn new(bind: IpAddr, questionnaire: Questionnaire) -> Self {
        Self {
            bind,
            port: 0,
            language: questionnaire.language,
            questionnaire,
        }
    }
}
