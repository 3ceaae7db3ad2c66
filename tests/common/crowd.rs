//! Crowds for the room's load tests and benchmarks, on loopback only: phones that keep two to
//! four connections open between pages the way browsers do, and slow clients that trickle
//! their headers or bodies as slowhttptest does. Their callers bound them in count and time.

#![allow(
    clippy::disallowed_methods,
    reason = "a page's time over the network is real time, not the app's clock"
)]

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tandem::domain::{Questionnaire, Response, SplitMix64};

use super::phone::{Page, encode, field, steps};

/// How long a test waits for any one answer before it fails instead of hanging.
const PATIENCE: Duration = Duration::from_secs(20);

/// The parts of a room's join address a raw client needs.
#[derive(Clone, Debug)]
pub struct Address {
    pub socket: SocketAddr,
    pub host: String,
    pub path: String,
}

impl Address {
    pub fn of(url: &str) -> Self {
        let rest = url.strip_prefix("http://").unwrap();
        let (host, path) = rest.split_at(rest.find('/').unwrap());
        assert!(
            host.starts_with("127.0.0.1:") || host.starts_with("[::1]:"),
            "tests only talk to loopback: {url}"
        );
        Self {
            socket: host.parse().unwrap(),
            host: host.to_owned(),
            path: path.to_owned(),
        }
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect_timeout(&self.socket, PATIENCE).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream.set_write_timeout(Some(PATIENCE)).unwrap();
        stream.set_nodelay(true).unwrap();
        stream
    }
}

/// A phone's browser: several connections opened at once and kept between pages, each
/// request on the next one in turn, so some sit idle for several pages as a browser's
/// spare connections do. A connection the room closed meanwhile is reopened and the request
/// sent again, as browsers do when a kept connection turns out closed.
pub struct KeepAlivePhone {
    address: Address,
    cookies: BTreeMap<String, String>,
    connections: Vec<Option<TcpStream>>,
    next: usize,
    /// How long each page took, from sending its request to its last byte, reopening
    /// included.
    pub latencies: Vec<Duration>,
    /// Kept connections the room had closed when the phone came back to them.
    pub reopened: usize,
}

impl KeepAlivePhone {
    pub fn new(url: &str, connections: usize) -> Self {
        let address = Address::of(url);
        let connections = (0..connections.max(1))
            .map(|_| Some(address.connect()))
            .collect();
        Self {
            address,
            cookies: BTreeMap::new(),
            connections,
            next: 0,
            latencies: Vec::new(),
            reopened: 0,
        }
    }

    pub fn get(&mut self) -> Page {
        self.request("GET", None)
    }

    pub fn press(&mut self, page: &Page, own: &[(String, String)]) -> Page {
        let mut fields = page.hidden_fields();
        fields.extend_from_slice(own);
        let body: String = fields
            .iter()
            .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        self.request("POST", Some(body.as_bytes()))
    }

    /// Answers `response` page by page, calling `pause` between pages, and returns the page
    /// after Submit.
    pub fn answer(
        &mut self,
        response: &Response,
        questionnaire: &Questionnaire,
        mut pause: impl FnMut(),
    ) -> Page {
        let mut page = self.get();
        for (own, step) in steps(response, questionnaire) {
            assert_eq!(page.step().as_deref(), Some(step), "{}", page.html);
            pause();
            page = self.press(&page, &own);
        }
        assert_eq!(page.step().as_deref(), Some("review"), "{}", page.html);
        pause();
        self.press(&page, &[field("go", "submit")])
    }

    fn request(&mut self, method: &str, body: Option<&[u8]>) -> Page {
        let slot = self.next;
        self.next = (self.next + 1) % self.connections.len();
        let mut head = format!(
            "{method} {} HTTP/1.1\r\nHost: {}\r\nAccept: text/html\r\n",
            self.address.path, self.address.host
        );
        if !self.cookies.is_empty() {
            let cookies: Vec<&str> = self.cookies.values().map(String::as_str).collect();
            head.push_str(&format!("Cookie: {}\r\n", cookies.join("; ")));
        }
        if let Some(body) = body {
            head.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body.unwrap_or_default());

        let started = Instant::now();
        for _ in 0..3 {
            let stream = self.connections[slot].get_or_insert_with(|| self.address.connect());
            if let Some((page, close)) = exchange(stream, &bytes) {
                self.latencies.push(started.elapsed());
                if let Some(cookie) = &page.set_cookie {
                    let pair = cookie.split(';').next().unwrap();
                    let name = pair.split('=').next().unwrap();
                    self.cookies.insert(name.to_owned(), pair.to_owned());
                }
                if close {
                    self.connections[slot] = None;
                }
                return page;
            }
            // Closed before any answer: nothing of the request was taken. A new connection.
            self.reopened += 1;
            self.connections[slot] = Some(self.address.connect());
        }
        panic!("the room closed three connections in a row without answering");
    }
}

/// Sends `request` and reads the answer: `None` when the connection turns out closed
/// before any byte of an answer, else the page and whether the room closes the connection.
fn exchange(stream: &mut TcpStream, request: &[u8]) -> Option<(Page, bool)> {
    if stream.write_all(request).is_err() {
        return None;
    }
    let mut received = Vec::new();
    let mut buffer = [0; 16 * 1024];
    let head_end = loop {
        if let Some(end) = find(&received, b"\r\n\r\n") {
            break end + 4;
        }
        match stream.read(&mut buffer) {
            Ok(0) if received.is_empty() => return None,
            Ok(0) => panic!("the room closed the connection within an answer"),
            Ok(read) => received.extend_from_slice(&buffer[..read]),
            Err(error)
                if received.is_empty()
                    && matches!(
                        error.kind(),
                        ErrorKind::ConnectionReset
                            | ErrorKind::ConnectionAborted
                            | ErrorKind::BrokenPipe
                    ) =>
            {
                return None;
            }
            Err(error) => panic!("no answer: {error}"),
        }
    };
    let head = std::str::from_utf8(&received[..head_end])
        .unwrap()
        .to_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let mut length = 0;
    let mut set_cookie = None;
    let mut close = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.parse().unwrap(),
            "set-cookie" => set_cookie = Some(value.to_owned()),
            "connection" => close = value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    let mut body = received[head_end..].to_vec();
    while body.len() < length {
        let read = stream.read(&mut buffer).unwrap();
        assert!(read > 0, "the room closed the connection within an answer");
        body.extend_from_slice(&buffer[..read]);
    }
    let page = Page {
        status,
        html: String::from_utf8(body).unwrap(),
        set_cookie,
    };
    Some((page, close))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Phones answering `responses` from their own threads, each keeping 2 to 4 connections,
/// arriving over `arrival` and pausing between pages for up to `pause`; returns every
/// page's time and how many kept connections had to be reopened.
pub fn phones_answer(
    url: &str,
    responses: &[Response],
    arrival: Duration,
    pause: Duration,
) -> (Vec<Duration>, usize) {
    let questionnaire = Questionnaire::default_questionnaire();
    std::thread::scope(|scope| {
        let phones: Vec<_> = responses
            .iter()
            .enumerate()
            .map(|(index, response)| {
                let questionnaire = &questionnaire;
                std::thread::Builder::new()
                    .name(format!("phone {index}"))
                    .spawn_scoped(scope, move || {
                        let mut rng = SplitMix64::new(index as u64);
                        let mut wait = |most: Duration| {
                            let millis = u64::try_from(most.as_millis()).unwrap().max(1);
                            std::thread::sleep(Duration::from_millis(
                                rng.below(millis as usize) as u64
                            ));
                        };
                        wait(arrival);
                        let connections = 2 + index % 3;
                        let mut phone = KeepAlivePhone::new(url, connections);
                        let thanks = phone.answer(response, questionnaire, || wait(pause));
                        assert_eq!(thanks.status, 200, "{}", thanks.html);
                        (phone.latencies, phone.reopened)
                    })
                    .unwrap()
            })
            .collect();
        phones.into_iter().map(|phone| phone.join().unwrap()).fold(
            (Vec::new(), 0),
            |(mut all, reopened), (times, more)| {
                all.extend(times);
                (all, reopened + more)
            },
        )
    })
}

/// The `p`th percentile (0 to 1) of `times`.
pub fn percentile(times: &mut [Duration], p: f64) -> Duration {
    times.sort_unstable();
    let index = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[index]
}

/// What a slow crowd did.
#[derive(Debug, Default)]
pub struct SlowReport {
    /// Connections opened, reopenings included.
    pub opened: usize,
    /// The most open at once.
    pub peak: usize,
    /// Connections the room cut or answered (and so ended).
    pub ended_by_room: usize,
}

/// Slow clients against a room, on their own thread, until `stop` is set or `duration`
/// is over: `headers` connections that send a request's headers one line a second, and
/// `bodies` that take a ballot like a phone and then send a form's body a byte a second.
/// Each reopens a moment after the room cuts it, so the crowd stays at its size.
pub struct SlowCrowd {
    stop: Arc<AtomicBool>,
    open: Arc<AtomicUsize>,
    thread: Option<std::thread::JoinHandle<SlowReport>>,
}

impl SlowCrowd {
    pub fn start(url: &str, headers: usize, bodies: usize, duration: Duration) -> Self {
        let address = Address::of(url);
        let stop = Arc::new(AtomicBool::new(false));
        let open = Arc::new(AtomicUsize::new(0));
        let thread = {
            let (stop, open) = (Arc::clone(&stop), Arc::clone(&open));
            std::thread::Builder::new()
                .name(String::from("slow crowd"))
                .spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .unwrap();
                    runtime.block_on(crowd(address, headers, bodies, duration, stop, open))
                })
                .unwrap()
        };
        Self {
            stop,
            open,
            thread: Some(thread),
        }
    }

    /// How many of the crowd's connections are open now.
    pub fn open_now(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    pub fn stop(mut self) -> SlowReport {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap()
    }
}

impl Drop for SlowCrowd {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[derive(Default)]
struct Counts {
    opened: AtomicUsize,
    peak: AtomicUsize,
    ended_by_room: AtomicUsize,
}

async fn crowd(
    address: Address,
    headers: usize,
    bodies: usize,
    duration: Duration,
    stop: Arc<AtomicBool>,
    open: Arc<AtomicUsize>,
) -> SlowReport {
    let deadline = tokio::time::Instant::now() + duration;
    let counts = Arc::new(Counts::default());
    let address = Arc::new(address);
    let mut tasks = tokio::task::JoinSet::new();
    for index in 0..headers + bodies {
        let slow_body = index >= headers;
        let (address, stop, open, counts) = (
            Arc::clone(&address),
            Arc::clone(&stop),
            Arc::clone(&open),
            Arc::clone(&counts),
        );
        tasks.spawn(async move {
            // A ramp of 200 new connections a second, as slowhttptest's rate does.
            tokio::time::sleep(Duration::from_millis(index as u64 * 5)).await;
            while !stop.load(Ordering::Relaxed) && tokio::time::Instant::now() < deadline {
                let Ok(stream) = tokio::net::TcpStream::connect(address.socket).await else {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    continue;
                };
                counts.opened.fetch_add(1, Ordering::Relaxed);
                let now_open = open.fetch_add(1, Ordering::Relaxed) + 1;
                counts.peak.fetch_max(now_open, Ordering::Relaxed);
                let cut = if slow_body {
                    trickle_body(stream, &address, &stop, deadline).await
                } else {
                    trickle_headers(stream, &address, &stop, deadline).await
                };
                open.fetch_sub(1, Ordering::Relaxed);
                if cut {
                    counts.ended_by_room.fetch_add(1, Ordering::Relaxed);
                }
                // Back a moment later, as slowhttptest keeps its count: bounded churn.
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    SlowReport {
        opened: counts.opened.load(Ordering::Relaxed),
        peak: counts.peak.load(Ordering::Relaxed),
        ended_by_room: counts.ended_by_room.load(Ordering::Relaxed),
    }
}

/// Sends `bytes` one a second until the room answers or closes (`true`), or the crowd stops.
async fn trickle(
    stream: &tokio::net::TcpStream,
    bytes: &[u8],
    stop: &AtomicBool,
    deadline: tokio::time::Instant,
) -> bool {
    let mut answer = [0; 1024];
    for byte in bytes.iter().cycle() {
        if stop.load(Ordering::Relaxed) || tokio::time::Instant::now() >= deadline {
            return false;
        }
        if write_all(stream, &[*byte]).await.is_err() {
            return true;
        }
        tokio::select! {
            // Anything read is the room answering (a refusal) or closing: the end of it.
            _ = read(stream, &mut answer) => return true,
            () = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
    }
    true
}

/// Sends a request line and then headers that never end.
async fn trickle_headers(
    stream: tokio::net::TcpStream,
    address: &Address,
    stop: &AtomicBool,
    deadline: tokio::time::Instant,
) -> bool {
    let start = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\n",
        address.path, address.host
    );
    if write_all(&stream, start.as_bytes()).await.is_err() {
        return true;
    }
    trickle(&stream, b"X-Slow: a\r\n", stop, deadline).await
}

/// Takes a ballot as a phone does, then posts a form whose body never ends.
async fn trickle_body(
    stream: tokio::net::TcpStream,
    address: &Address,
    stop: &AtomicBool,
    deadline: tokio::time::Instant,
) -> bool {
    let get = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\n\r\n",
        address.path, address.host
    );
    if write_all(&stream, get.as_bytes()).await.is_err() {
        return true;
    }
    let Some(cookie) = read_cookie(&stream).await else {
        return true;
    };
    let post = format!(
        "POST {} HTTP/1.1\r\nHost: {}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4096\r\n\r\n",
        address.path, address.host
    );
    if write_all(&stream, post.as_bytes()).await.is_err() {
        return true;
    }
    trickle(&stream, b"function=sales&", stop, deadline).await
}

/// Reads a whole answer and returns its cookie's `name=value`.
async fn read_cookie(stream: &tokio::net::TcpStream) -> Option<String> {
    let mut received = Vec::new();
    let mut buffer = [0; 16 * 1024];
    let head_end = loop {
        if let Some(end) = find(&received, b"\r\n\r\n") {
            break end + 4;
        }
        let read = read(stream, &mut buffer).await.ok()?;
        if read == 0 {
            return None;
        }
        received.extend_from_slice(&buffer[..read]);
    };
    let head = String::from_utf8_lossy(&received[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase()
                .strip_prefix("content-length:")?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0);
    while received.len() < head_end + length {
        let read = read(stream, &mut buffer).await.ok()?;
        if read == 0 {
            return None;
        }
        received.extend_from_slice(&buffer[..read]);
    }
    head.lines()
        .find_map(|line| {
            line.strip_prefix("set-cookie:")
                .or_else(|| line.strip_prefix("Set-Cookie:"))
        })
        .map(|value| {
            value
                .trim()
                .split(';')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
}

// The crate builds tokio without its `io-util` helpers; these two are all the crowd needs.
async fn write_all(stream: &tokio::net::TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    let mut sent = 0;
    while sent < bytes.len() {
        stream.writable().await?;
        match stream.try_write(&bytes[sent..]) {
            Ok(written) => sent += written,
            Err(error) if error.kind() == ErrorKind::WouldBlock => {}
            Err(error) => return Err(error),
        }
    }
    Ok(())
}

async fn read(stream: &tokio::net::TcpStream, buffer: &mut [u8]) -> std::io::Result<usize> {
    loop {
        stream.readable().await?;
        match stream.try_read(buffer) {
            Ok(read) => return Ok(read),
            Err(error) if error.kind() == ErrorKind::WouldBlock => {}
            Err(error) => return Err(error),
        }
    }
}

/// The resident memory of this process in bytes, where the system says (Linux).
pub fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}
