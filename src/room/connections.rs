//! The room's open connections, and which one makes way when there are too many.
//!
//! A connection is *busy* while a request of it is being answered, and *waiting* otherwise:
//! new, sending its headers, or idle between a phone's pages. A busy connection is never
//! cut (its phone may be waiting to hear that its answer was saved). When the room is full,
//! a newcomer takes the place of the connection that has waited longest, preferring one
//! that has never asked for the room's address: so slow or idle clients, however many, can
//! delay a phone by one connection's set-up, never lock it out. Nothing here says who a
//! connection belongs to; it all goes when the connection closes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::Notify;

pub(crate) struct Connections {
    inner: Mutex<Inner>,
    /// At most this many open at once (the operating system may allow fewer).
    cap: usize,
    /// A connection closed or finished a request: a full room may take a newcomer again.
    changed: Notify,
}

#[derive(Default)]
struct Inner {
    open: HashMap<u64, Entry>,
    next_id: u64,
    /// Counts admissions and finished requests: a smaller `waiting_since` waited longer.
    events: u64,
}

struct Entry {
    busy: bool,
    /// It has asked for the room's address at least once: a phone, most likely.
    known: bool,
    /// When it began to wait (opened, or its last answer sent), in `events`.
    waiting_since: u64,
    /// Asked to close, to make way; it goes as soon as its task sees this.
    closing: bool,
    close: Arc<Notify>,
}

/// One admitted connection's place. Dropping it gives the place back.
pub(crate) struct Place {
    id: u64,
    connections: Arc<Connections>,
    /// Notified when the room needs this place for a newcomer.
    pub close: Arc<Notify>,
}

impl Connections {
    pub fn new(cap: usize) -> Arc<Self> {
        Arc::new(Self {
            inner: Mutex::default(),
            cap: cap.max(1),
            changed: Notify::new(),
        })
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        // Each change below is one insert, remove or flag: consistent whatever panicked.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until a newcomer could be admitted: below the cap, or a waiting connection
    /// could make way.
    pub async fn room_for_one(&self) {
        loop {
            // Registered before looking, so a change between the look and the wait counts.
            let changed = self.changed.notified();
            {
                let inner = self.inner();
                let staying = inner.open.values().filter(|entry| !entry.closing).count();
                if staying < self.cap || inner.open.values().any(Entry::may_make_way) {
                    return;
                }
            }
            changed.await;
        }
    }

    /// Takes a place for a new connection, asking the longest-waiting one to make way if the
    /// room is full.
    pub fn admit(self: &Arc<Self>) -> Place {
        let mut inner = self.inner();
        let staying = inner.open.values().filter(|entry| !entry.closing).count();
        if staying >= self.cap {
            inner.make_way();
        }
        inner.next_id += 1;
        let id = inner.next_id;
        let now = inner.tick();
        let close = Arc::new(Notify::new());
        inner.open.insert(
            id,
            Entry {
                busy: false,
                known: false,
                waiting_since: now,
                closing: false,
                close: Arc::clone(&close),
            },
        );
        Place {
            id,
            connections: Arc::clone(self),
            close,
        }
    }

    /// The operating system has no file left for a new connection: the longest-waiting one
    /// makes way. `false` when every connection is busy.
    pub fn make_way(&self) -> bool {
        self.inner().make_way()
    }

    /// How many are open, those on their way out included.
    pub fn open(&self) -> usize {
        self.inner().open.len()
    }

    /// Waits until every connection has closed.
    pub async fn all_closed(&self) {
        loop {
            let changed = self.changed.notified();
            if self.open() == 0 {
                return;
            }
            changed.await;
        }
    }
}

impl Inner {
    fn tick(&mut self) -> u64 {
        self.events += 1;
        self.events
    }

    fn make_way(&mut self) -> bool {
        let oldest = self
            .open
            .values_mut()
            .filter(|entry| entry.may_make_way())
            .min_by_key(|entry| (entry.known, entry.waiting_since));
        let Some(entry) = oldest else {
            return false;
        };
        entry.closing = true;
        entry.close.notify_one();
        true
    }
}

impl Entry {
    fn may_make_way(&self) -> bool {
        !self.busy && !self.closing
    }
}

impl Place {
    /// A request arrived; `known` when it asked for the room's address. A connection asked
    /// to make way just before stays for it: the room holds one more for a moment rather
    /// than cut a request.
    pub fn begin_request(&self, known: bool) {
        if let Some(entry) = self.connections.inner().open.get_mut(&self.id) {
            entry.busy = true;
            entry.closing = false;
            entry.known |= known;
        }
    }

    /// The request's answer is ready; the connection waits for the next one from now on.
    pub fn end_request(&self) {
        let mut inner = self.connections.inner();
        let now = inner.tick();
        if let Some(entry) = inner.open.get_mut(&self.id) {
            entry.busy = false;
            entry.waiting_since = now;
        }
        drop(inner);
        self.connections.changed.notify_waiters();
    }

    /// Whether the room asked this connection to make way (and it was not busy then).
    pub fn must_close(&self) -> bool {
        self.connections
            .inner()
            .open
            .get(&self.id)
            .is_none_or(|entry| entry.closing)
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        self.connections.inner().open.remove(&self.id);
        self.connections.changed.notify_waiters();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_room_cuts_the_longest_waiting_stranger_first_and_never_a_busy_one() {
        let connections = Connections::new(3);
        let phone = connections.admit();
        phone.begin_request(true);
        let stranger = connections.admit();
        phone.end_request();
        let busy = connections.admit();
        busy.begin_request(true);

        let first = connections.admit();
        assert!(
            stranger.must_close(),
            "a stranger goes before a phone that waited longer"
        );
        assert!(!phone.must_close());
        assert!(!busy.must_close());
        let second = connections.admit();
        assert!(first.must_close(), "so does a newer stranger");
        assert!(!phone.must_close());
        assert_eq!(connections.open(), 5);
        drop(stranger);
        drop(first);
        assert_eq!(connections.open(), 3);

        // The second asks for the room: known now, and waiting less long than the phone.
        second.begin_request(true);
        second.end_request();
        let third = connections.admit();
        assert!(phone.must_close());
        assert!(!second.must_close());
        // Then the stranger, then the known one; the busy one is never asked.
        assert!(connections.make_way());
        assert!(third.must_close());
        assert!(connections.make_way());
        assert!(second.must_close());
        assert!(!connections.make_way());
        assert!(!busy.must_close());
    }

    #[test]
    fn a_request_arriving_as_its_connection_is_asked_to_go_keeps_it() {
        let connections = Connections::new(1);
        let first = connections.admit();
        let _second = connections.admit();
        assert!(first.must_close());
        first.begin_request(true);
        assert!(!first.must_close());
    }
}
