use std::net::IpAddr;
use std::time::Duration;

use super::qr_matrix::QrMatrix;
use crate::room::{NetworkInterface, Room};

/// Room mode as the facilitator sees it: the network to open it on, and once open, the
/// room with its join address as a QR code. The room stays open whatever stage is on
/// screen, until the facilitator closes it or the workshop.
#[derive(Default)]
pub struct RoomPanel {
    /// The networks found when the facilitator last looked (on opening the workshop, and on
    /// "Look for networks again"): a system call, so not made per frame.
    pub interfaces: Vec<NetworkInterface>,
    /// The address the facilitator picked; `None` uses the default route's.
    pub chosen: Option<IpAddr>,
    /// The network the workshop kept from last time, when it is not among the networks
    /// found now: the default is used instead, and the panel says so.
    pub missing: Option<String>,
    pub open: Option<OpenRoom>,
    /// Set when the facilitator closes the workshop while the room is open: a phone still
    /// answering would lose its answers, so the app asks first.
    pub leaving: Option<Leaving>,
    /// How long a phone waits for its answer to be taken; the room's own
    /// ([`crate::room::REPLY_TIMEOUT`]) unless a test shortens it.
    pub reply_timeout: Option<Duration>,
}

/// Where the facilitator goes when the room closes on the way out. Only the workshop's
/// closing closes the room; moving between stages keeps it open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    Home,
}

/// A room serving phones, and what the projector shows of it.
pub struct OpenRoom {
    pub room: Room,
    /// The join address as a QR code, encoded once when the room opened.
    pub qr: QrMatrix,
    /// The "Present" view: only the code, the address and the counts, in large type.
    pub presenting: bool,
}

impl RoomPanel {
    /// The networks as they are now, with `kept` (the workshop's choice from last time)
    /// chosen when it is still one of them.
    pub fn new(kept: Option<&str>) -> Self {
        let mut panel = Self {
            interfaces: crate::room::network_interfaces(),
            ..Self::default()
        };
        panel.choose_kept(kept);
        panel
    }

    /// Looks for the networks again; the kept choice, missing before, may be back.
    pub fn look_again(&mut self, kept: Option<&str>) {
        self.interfaces = crate::room::network_interfaces();
        if self.missing.is_some() {
            self.choose_kept(kept);
        }
    }

    /// Chooses `kept` when it is one of the networks found, else notes it missing and
    /// leaves the choice to the default.
    pub fn choose_kept(&mut self, kept: Option<&str>) {
        self.missing = None;
        let Some(kept) = kept else {
            return;
        };
        let found = kept.parse::<IpAddr>().ok().filter(|address| {
            self.interfaces
                .iter()
                .any(|interface| interface.address == *address)
        });
        match found {
            Some(address) => self.chosen = Some(address),
            None => self.missing = Some(kept.to_owned()),
        }
    }

    /// The address a room opens on: the chosen one, else the default route's.
    pub fn bind_address(&self) -> Option<IpAddr> {
        self.chosen.or_else(|| {
            crate::room::default_interface(&self.interfaces).map(|interface| interface.address)
        })
    }
}
