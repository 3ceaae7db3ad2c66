//! The room's server: one named thread running a current-thread tokio runtime, serving the
//! router with hyper. Connections are limited in number and in time, so a flood or a client
//! that trickles its request cannot hold the room.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

use super::ballots::Ballots;
use super::config::RoomConfig;
use super::error::RoomError;
use super::interfaces::{default_interface, network_interfaces};
use super::pages::Pages;
use super::routes::{RoomState, router};
use super::submission::Submission;
use super::token::RandomId;

/// Open connections at once; more wait in the operating system's queue until one closes.
/// HTTP/1 serves one request per connection at a time, so this also bounds the requests in
/// flight.
const MAX_CONNECTIONS: usize = 64;
/// A client that has not sent its request's headers by then is cut off.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// After this a connection stops keep-alive: it answers the request in flight, if any, and
/// closes; a phone simply opens a new one. So no client holds a connection for long.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(60);
/// How long a closing connection (the room closing, or its lifetime over) may take to
/// finish the request in flight.
const CLOSING_GRACE: Duration = Duration::from_secs(2);

/// An open room. Closing it (or dropping it) stops the server and forgets every ballot.
#[derive(Debug)]
pub struct Room {
    join_url: String,
    address: SocketAddr,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl Room {
    /// Opens a room: binds `config.bind:config.port`, draws a new token and starts serving.
    /// Each finished answer goes to `submissions`, on the room's thread: it must hand the
    /// submission on (to a channel or an inbox) and return, not save it there.
    pub fn open(
        config: RoomConfig,
        submissions: impl Fn(Submission) + Send + Sync + 'static,
    ) -> Result<Self, RoomError> {
        let wanted = SocketAddr::from((config.bind, config.port));
        let listener = std::net::TcpListener::bind(wanted).map_err(|source| RoomError::Bind {
            address: wanted,
            source,
        })?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let token = RandomId::new().ok_or(RoomError::Random)?;
        let path = format!("/{}/", token.hex());
        let join_url = format!(
            "http://{}{path}",
            SocketAddr::new(shown_ip(address.ip()), address.port())
        );
        let state = Arc::new(RoomState {
            token,
            pages: Pages::new(config.questionnaire, config.language, &path),
            ballots: Ballots::default(),
            submissions: Box::new(submissions),
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()?;
        let listener = {
            let _context = runtime.enter();
            TcpListener::from_std(listener)?
        };
        let (stop, stopped) = watch::channel(false);
        let thread = std::thread::Builder::new()
            .name(String::from("tandem-room"))
            .spawn(move || runtime.block_on(serve(listener, state, stopped)))?;
        Ok(Self {
            join_url,
            address,
            stop,
            thread: Some(thread),
        })
    }

    /// The address phones open: `http://ADDRESS:PORT/TOKEN/`.
    pub fn join_url(&self) -> &str {
        &self.join_url
    }

    /// Where the room listens (the port chosen when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops the server: answers in flight get a moment to finish, then every connection
    /// is closed and the ballots are forgotten.
    pub fn close(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            // A panic on the room's thread has already ended the room; nothing to add.
            let _ = thread.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// A room bound to every interface (0.0.0.0 or ::) is joined through the default one.
fn shown_ip(bound: IpAddr) -> IpAddr {
    if bound.is_unspecified() {
        let interfaces = network_interfaces();
        if let Some(interface) = default_interface(&interfaces) {
            return interface.address;
        }
    }
    bound
}

async fn serve(listener: TcpListener, state: Arc<RoomState>, mut stopped: watch::Receiver<bool>) {
    let router = router(state);
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&connections).acquire_owned() => permit,
            _ = stopped.changed() => break,
        };
        let Ok(permit) = permit else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => break,
        };
        // The peer's address is dropped here, unread: the room keeps nothing about a phone.
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors or a connection reset before it was accepted: wait a
            // moment rather than spin.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            tower_service::Service::call(&mut router.clone(), request)
        });
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .max_buf_size(super::BODY_LIMIT);
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let mut closing = stopped.clone();
        tokio::spawn(async move {
            tokio::pin!(connection);
            let finished = tokio::select! {
                _ = connection.as_mut() => true,
                () = tokio::time::sleep(CONNECTION_LIFETIME) => false,
                _ = closing.changed() => false,
            };
            if !finished {
                connection.as_mut().graceful_shutdown();
                // A broken or timed-out connection ends here, unlogged.
                let _ = tokio::time::timeout(CLOSING_GRACE, connection).await;
            }
            drop(permit);
        });
    }
    // Every connection holds a permit until it has closed: having them all back means the
    // answers in flight are finished.
    let all = u32::try_from(MAX_CONNECTIONS).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(CLOSING_GRACE * 2, connections.acquire_many(all)).await;
}
