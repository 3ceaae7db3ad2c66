//! The room's server: one named thread running a current-thread tokio runtime, serving the
//! router with hyper. What one connection can hold is bounded in time (a request's head
//! within [`REQUEST_HEAD_TIMEOUT`] of the connection being ready for one, its body within
//! the handler's timeout) and the connections together by [`MAX_CONNECTIONS`](super::config::MAX_CONNECTIONS), with the
//! longest-waiting connection making way for a newcomer (see `connections`): slow clients
//! cannot hold the room, however many, and phones keep their connections between pages as
//! browsers do.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use super::ballots::Ballots;
use super::config::RoomConfig;
use super::connections::{Connections, Place};
use super::error::RoomError;
use super::interfaces::{default_interface, network_interfaces};
use super::pages::Pages;
use super::routes::{RoomState, router};
use super::submission::Submission;
use super::token::RandomId;

/// One deadline for a connection that is new, idle between a phone's pages, or sending its
/// headers: the whole request head must have arrived this long after the connection became
/// ready for it. A phone sends it in one packet; a browser reopens a connection it finds
/// closed.
const REQUEST_HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// After this a connection stops keep-alive: it answers the request in flight, if any, and
/// closes; a phone simply opens a new one.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(120);
/// How long a connection may take to finish the request in flight once the room closes.
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
            clock: config.clock,
            reply_timeout: config.reply_timeout,
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
        let max_connections = config.max_connections.min(connections_the_system_allows());
        let thread = std::thread::Builder::new()
            .name(String::from("tandem-room"))
            .spawn(move || runtime.block_on(serve(listener, state, max_connections, stopped)))?;
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

    /// Stops the server and returns at once: the address is given up straight away, answers
    /// in flight get a moment to finish on the room's thread (the owner must keep taking
    /// them meanwhile, which is why this does not wait), then every connection is closed
    /// and the ballots are forgotten.
    pub fn close(self) {
        drop(self);
    }

    /// Stops the server and waits until its thread has ended: for the command line, which
    /// has nothing else to do, and tests. The owner's submissions must be taken on another
    /// thread meanwhile.
    pub fn close_and_wait(mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            // A panic on the room's thread has already ended the room; nothing to add.
            let _ = thread.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        // The thread ends by itself within a few seconds; nobody needs to wait for it.
        let _ = self.stop.send(true);
    }
}

/// How many connections the operating system lets the room hold, its open-file limit raised
/// first to the most it allows (macOS starts programs with 256), with files kept for saving.
fn connections_the_system_allows() -> usize {
    #[cfg(unix)]
    {
        /// Files kept for everything but the room's connections: the workshop and its
        /// recovery file, fonts, the window, the libraries.
        const FILES_KEPT_FOR_THE_REST: u64 = 128;
        // Where the limit cannot be read, the cap alone bounds the room, and
        // running out of files is met by making way (see `serve`).
        if let Ok(limit) = rlimit::increase_nofile_limit(u64::MAX) {
            let room = limit.saturating_sub(FILES_KEPT_FOR_THE_REST).max(16);
            return usize::try_from(room).unwrap_or(usize::MAX);
        }
    }
    usize::MAX
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

async fn serve(
    listener: TcpListener,
    state: Arc<RoomState>,
    max_connections: usize,
    mut stopped: watch::Receiver<bool>,
) {
    // Past the cap, and when the operating system has no file left for a socket, a
    // newcomer takes the place of a waiting connection.
    let connections = Connections::new(max_connections);
    loop {
        tokio::select! {
            () = connections.room_for_one() => {}
            _ = stopped.changed() => break,
        }
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => break,
        };
        // The peer's address is dropped here, unread: the room keeps nothing about a phone.
        let Ok((stream, _)) = accepted else {
            // Most likely out of files for sockets (the operating system allows fewer than
            // the cap), or a connection reset before it was accepted: a waiting connection
            // makes way, and the loop waits a moment rather than spin.
            connections.make_way();
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let place = connections.admit();
        tokio::spawn(serve_connection(
            stream,
            place,
            Arc::clone(&state),
            stopped.clone(),
        ));
    }
    // The address is free for a room opened next, while the last answers finish.
    drop(listener);
    let _ = tokio::time::timeout(CLOSING_GRACE * 2, connections.all_closed()).await;
}

async fn serve_connection(
    stream: TcpStream,
    place: Place,
    room: Arc<RoomState>,
    mut closing: watch::Receiver<bool>,
) {
    let place = Arc::new(place);
    let router = router(Arc::clone(&room));
    let service = {
        let place = Arc::clone(&place);
        hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            place.begin_request(room.is_room_path(request.uri()));
            let mut router = router.clone();
            let place = Arc::clone(&place);
            async move {
                let response = tower_service::Service::call(&mut router, request).await;
                place.end_request();
                response
            }
        })
    };
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(REQUEST_HEAD_TIMEOUT)
        .max_buf_size(super::BODY_LIMIT);
    let connection = http.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    let lifetime = tokio::time::sleep(CONNECTION_LIFETIME);
    tokio::pin!(lifetime);
    let room_closing = loop {
        tokio::select! {
            // Finished, broken or timed out: it ends here, unlogged.
            _ = connection.as_mut() => return,
            () = place.close.notified() => {
                // Waiting, so nothing in flight: cut at once. A request that began since
                // the room asked keeps it open.
                if place.must_close() {
                    return;
                }
            }
            () = &mut lifetime => break false,
            _ = closing.changed() => break true,
        }
    };
    connection.as_mut().graceful_shutdown();
    if !room_closing {
        // Its lifetime is over: the request in flight, if any, is answered in full (its
        // own timeouts bound it), unless the room closes meanwhile.
        tokio::select! {
            _ = connection.as_mut() => return,
            _ = closing.changed() => {}
        }
    }
    let _ = tokio::time::timeout(CLOSING_GRACE, connection).await;
}
