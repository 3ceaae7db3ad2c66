//! The library of the workshops folder: scanned in the background, sorted, filtered, and
//! the workshops chosen for comparison.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::storage::WorkshopSummary;
use crate::storage::scan_task::{ScanEvent, spawn_scan};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Title,
    Organisation,
    Sales,
    Product,
    Stage,
    Verdict,
}

impl SortKey {
    pub const ALL: [Self; 7] = [
        Self::Date,
        Self::Title,
        Self::Organisation,
        Self::Sales,
        Self::Product,
        Self::Stage,
        Self::Verdict,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Date => "Date",
            Self::Title => "Title",
            Self::Organisation => "Organisation",
            Self::Sales => "Sales",
            Self::Product => "Product",
            Self::Stage => "Stage",
            Self::Verdict => "Verdict",
        }
    }
}

pub struct Library {
    /// In the order the scan found them; [`Library::visible`] gives the filtered, sorted view.
    pub rows: Vec<WorkshopSummary>,
    /// Files that could not be read, with their error: listed, never hidden.
    pub unreadable: Vec<(PathBuf, String)>,
    /// How many files the scan found, once it knows.
    pub total: Option<usize>,
    pub scanning: Option<mpsc::Receiver<ScanEvent>>,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: String,
    pub selected: BTreeSet<PathBuf>,
    /// Indices into `rows` that match the filter, in the chosen order. Kept up to date by
    /// every change instead of being worked out each frame: with 1,000 workshops, filtering
    /// and sorting per frame cost more than drawing.
    order: Vec<usize>,
}

impl Library {
    pub fn scan(dir: &Path) -> Self {
        Self {
            rows: Vec::new(),
            unreadable: Vec::new(),
            total: None,
            scanning: Some(spawn_scan(dir)),
            sort: SortKey::Date,
            descending: false,
            filter: String::new(),
            selected: BTreeSet::new(),
            order: Vec::new(),
        }
    }

    /// Starts over, keeping the sort, filter and still-existing selection.
    pub fn rescan(&mut self, dir: &Path) {
        let fresh = Self::scan(dir);
        self.rows = fresh.rows;
        self.unreadable = fresh.unreadable;
        self.total = None;
        self.scanning = fresh.scanning;
        self.selected.retain(|path| path.exists());
        self.order.clear();
    }

    /// Takes in what the scan found since the last frame. Returns whether it is still going.
    pub fn poll(&mut self) -> bool {
        let Some(receiver) = &self.scanning else {
            return false;
        };
        let before = self.rows.len();
        let still_scanning = loop {
            match receiver.try_recv() {
                Ok(ScanEvent::Started(total)) => self.total = Some(total),
                Ok(ScanEvent::Loaded(summary)) => self.rows.push(summary),
                Ok(ScanEvent::Failed(path, error)) => self.unreadable.push((path, error)),
                Ok(ScanEvent::Finished) | Err(mpsc::TryRecvError::Disconnected) => {
                    self.scanning = None;
                    self.unreadable.sort();
                    break false;
                }
                Err(mpsc::TryRecvError::Empty) => break true,
            }
        };
        if self.rows.len() != before {
            self.reorder();
        }
        still_scanning
    }

    pub fn scanned(&self) -> usize {
        self.rows.len() + self.unreadable.len()
    }

    pub fn sort_by(&mut self, key: SortKey) {
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            self.descending = false;
        }
        self.reorder();
    }

    pub fn set_filter(&mut self, filter: String) {
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
        // Text keys are lowered once per row, not once per comparison.
        let lowered = |text: &str| text.to_lowercase();
        let text_keys: Vec<String> = match self.sort {
            SortKey::Title => rows.iter().map(|row| lowered(&row.title)).collect(),
            SortKey::Organisation => rows.iter().map(|row| lowered(&row.organisation)).collect(),
            _ => Vec::new(),
        };
        order.sort_by(|&a, &b| {
            let (left, right) = (&rows[a], &rows[b]);
            let order = match self.sort {
                SortKey::Date => left.date.cmp(&right.date),
                SortKey::Title | SortKey::Organisation => text_keys[a].cmp(&text_keys[b]),
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
    }
}
