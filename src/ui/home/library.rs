//! The library of the workshops folder: scanned in the background, sorted, filtered, and
//! the workshops chosen for comparison.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use egui_inbox::UiInboxSender;

use super::natural_order::{natural_cmp, natural_key};
use super::sort_key::SortKey;
use crate::storage::WorkshopSummary;
use crate::storage::scan_task::{ScanEvent, spawn_scan};
use crate::ui::state::command::LibraryCommand;
use crate::ui::state::event::Event;

pub struct Library {
    /// In the order the scan found them; [`Library::visible`] gives the filtered, sorted view.
    pub rows: Vec<WorkshopSummary>,
    /// Files that could not be read, with their error: listed, never hidden.
    pub unreadable: Vec<(PathBuf, crate::storage::FileError)>,
    /// How many files the scan found, once it knows.
    pub total: Option<usize>,
    scanning: bool,
    /// Counts scans; a scan's events carry its number, so a rescan ignores (and stops) the
    /// scan it replaced.
    generation: Arc<AtomicU64>,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: String,
    pub selected: BTreeSet<PathBuf>,
    /// Indices into `rows` that match the filter, in the chosen order. Kept up to date by
    /// every change instead of being worked out each frame: with 1,000 workshops, filtering
    /// and sorting per frame cost more than drawing.
    order: Vec<usize>,
    /// Rows arrived since `order` was last worked out.
    order_stale: bool,
    /// A workshop left in participant mode that the scan found, not yet reopened.
    found_locked: Option<PathBuf>,
}

impl Library {
    /// A library that starts scanning `dir` at once; its events arrive through `sender`.
    pub fn scan(dir: &Path, sender: &UiInboxSender<Event>) -> Self {
        let mut library = Self {
            rows: Vec::new(),
            unreadable: Vec::new(),
            total: None,
            scanning: false,
            generation: Arc::new(AtomicU64::new(0)),
            sort: SortKey::Date,
            descending: false,
            filter: String::new(),
            selected: BTreeSet::new(),
            order: Vec::new(),
            order_stale: false,
            found_locked: None,
        };
        library.rescan(dir, sender);
        library
    }

    /// Starts over, keeping the sort, filter and still-existing selection.
    pub fn rescan(&mut self, dir: &Path, sender: &UiInboxSender<Event>) {
        self.rows.clear();
        self.unreadable.clear();
        self.total = None;
        self.order.clear();
        self.found_locked = None;
        self.selected.retain(|path| path.exists());
        self.scanning = true;
        let generation = self.generation.fetch_add(1, Ordering::Relaxed) + 1;
        let current = Arc::clone(&self.generation);
        let sender = sender.clone();
        spawn_scan(dir, move |event| {
            current.load(Ordering::Relaxed) == generation
                && sender.send(Event::Scan { generation, event }).is_ok()
        });
    }

    pub fn is_scanning(&self) -> bool {
        self.scanning
    }

    /// Brings the filtered, sorted order up to date after a batch of scan events: once per
    /// batch, not once per workshop found.
    pub fn settle(&mut self) {
        if self.order_stale {
            self.reorder();
        }
    }

    /// A workshop the scan found left in participant mode since the last call, if any: noted
    /// as the scan finds it, so nothing looks for it per frame.
    pub fn take_found_locked(&mut self) -> Option<PathBuf> {
        self.found_locked.take()
    }

    /// Takes in one event of the scan (call [`Library::settle`] after a batch); events of a scan since replaced are ignored.
    pub fn on_scan(&mut self, generation: u64, event: ScanEvent) {
        if generation != self.generation.load(Ordering::Relaxed) {
            return;
        }
        match event {
            ScanEvent::Started(total) => self.total = Some(total),
            ScanEvent::Loaded(summary) => {
                if summary.locked && self.found_locked.is_none() {
                    self.found_locked = Some(summary.path.clone());
                }
                self.rows.push(summary);
                self.order_stale = true;
            }
            ScanEvent::Failed(path, error) => self.unreadable.push((path, error)),
            ScanEvent::Finished => {
                self.scanning = false;
                self.unreadable.sort_by(|a, b| a.0.cmp(&b.0));
            }
        }
    }

    pub fn handle(&mut self, command: LibraryCommand) {
        match command {
            LibraryCommand::Sort(key) => self.sort_by(key),
            LibraryCommand::Filter(text) => self.set_filter(text),
            LibraryCommand::ToggleCompare(path) => {
                if !self.selected.remove(&path) {
                    self.selected.insert(path);
                }
            }
        }
    }

    pub fn scanned(&self) -> usize {
        self.rows.len() + self.unreadable.len()
    }

    fn sort_by(&mut self, key: SortKey) {
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            self.descending = false;
        }
        self.reorder();
    }

    fn set_filter(&mut self, filter: String) {
        self.filter = filter;
        self.reorder();
    }

    /// The rows that match the filter, in the chosen order.
    pub fn visible(&self) -> impl Iterator<Item = &WorkshopSummary> {
        self.order.iter().filter_map(|&index| self.rows.get(index))
    }

    /// The `index`th row of [`Library::visible`].
    pub fn visible_row(&self, index: usize) -> Option<&WorkshopSummary> {
        self.rows.get(*self.order.get(index)?)
    }

    pub fn visible_count(&self) -> usize {
        self.order.len()
    }

    fn reorder(&mut self) {
        let filter = self.filter.trim().to_lowercase();
        let rows = &self.rows;
        let mut order: Vec<usize> = (0..rows.len())
            .filter(|&index| {
                let row = &rows[index];
                filter.is_empty()
                    || row.title.to_lowercase().contains(&filter)
                    || row.organisation.to_lowercase().contains(&filter)
                    || row.date.to_string().contains(&filter)
            })
            .collect();
        // Text keys are made once per row, not once per comparison.
        let text_keys: Vec<String> = match self.sort {
            SortKey::Title => rows.iter().map(|row| natural_key(&row.title)).collect(),
            SortKey::Organisation => rows
                .iter()
                .map(|row| natural_key(&row.organisation))
                .collect(),
            _ => Vec::new(),
        };
        order.sort_by(|&a, &b| {
            let (left, right) = (&rows[a], &rows[b]);
            let order = match self.sort {
                SortKey::Date => left.date.cmp(&right.date),
                SortKey::Title | SortKey::Organisation => natural_cmp(&text_keys[a], &text_keys[b]),
                SortKey::Sales => left.sales.cmp(&right.sales),
                SortKey::Product => left.product.cmp(&right.product),
                SortKey::Stage => left.stage.cmp(&right.stage),
                SortKey::Verdict => left.verdict.key().cmp(right.verdict.key()),
            }
            .then_with(|| left.path.cmp(&right.path));
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
        self.order = order;
        self.order_stale = false;
    }
}
