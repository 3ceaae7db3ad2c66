use std::net::SocketAddr;

/// Why a room could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    #[error(
        "cannot open the room on {address}: {source}. Pick another network or port, or check that no other program uses it"
    )]
    Bind {
        address: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot start the room's server: {0}")]
    Start(#[from] std::io::Error),
    #[error("cannot get random numbers from the operating system for the room's token")]
    Random,
}
