use std::net::IpAddr;

use super::qr_matrix::QrMatrix;
use crate::domain::Stage;
use crate::room::{NetworkInterface, Room};

/// Room mode as the facilitator sees it: the network to open it on, and once open, the
/// room with its join address as a QR code.
#[derive(Default)]
pub struct RoomPanel {
    /// The networks found when the facilitator last looked (on opening the workshop, and on
    /// "Look for networks again"): a system call, so not made per frame.
    pub interfaces: Vec<NetworkInterface>,
    /// The address the facilitator picked; `None` uses the default route's.
    pub chosen: Option<IpAddr>,
    pub open: Option<OpenRoom>,
    /// Where the facilitator asked to go while the room is open: leaving Capture closes the
    /// room, and a phone still answering would lose its answers, so the app asks first.
    pub leaving: Option<Leaving>,
}

/// Where the facilitator goes when the room closes on the way out of Capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    To(Stage),
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
    pub fn new() -> Self {
        Self {
            interfaces: crate::room::network_interfaces(),
            chosen: None,
            open: None,
            leaving: None,
        }
    }

    /// The address a room opens on: the chosen one, else the default route's.
    pub fn bind_address(&self) -> Option<IpAddr> {
        self.chosen.or_else(|| {
            crate::room::default_interface(&self.interfaces).map(|interface| interface.address)
        })
    }
}
