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
    }

    /// Takes in what the scan found since the last frame. Returns whether it is still going.
    pub fn poll(&mut self) -> bool {
        let Some(receiver) = &self.scanning else {
            return false;
        };
        loop {
            match receiver.try_recv() {
                Ok(ScanEvent::Started(total)) => self.total = Some(total),
                Ok(ScanEvent::Loaded(summary)) => self.rows.push(summary),
                Ok(ScanEvent::Failed(path, error)) => self.unreadable.push((path, error)),
                Ok(ScanEvent::Finished) | Err(mpsc::TryRecvError::Disconnected) => {
                    self.scanning = None;
                    self.unreadable.sort();
                    return false;
                }
                Err(mpsc::TryRecvError::Empty) => return true,
            }
        }
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
    }

    /// The rows that match the filter, in the chosen order.
    pub fn visible(&self) -> Vec<&WorkshopSummary> {
        let filter = self.filter.trim().to_lowercase();
        let mut rows: Vec<&WorkshopSummary> = self
            .rows
            .iter()
            .filter(|row| {
                filter.is_empty()
                    || row.title.to_lowercase().contains(&filter)
                    || row.organisation.to_lowercase().contains(&filter)
                    || row.date.to_string().contains(&filter)
            })
            .collect();
        rows.sort_by(|a, b| {
            let order = match self.sort {
                SortKey::Date => a.date.cmp(&b.date),
                SortKey::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
                SortKey::Organisation => a
                    .organisation
                    .to_lowercase()
                    .cmp(&b.organisation.to_lowercase()),
                SortKey::Sales => a.sales.cmp(&b.sales),
                SortKey::Product => a.product.cmp(&b.product),
                SortKey::Stage => a.stage.cmp(&b.stage),
                SortKey::Verdict => a.verdict.key().cmp(b.verdict.key()),
            }
            .then_with(|| a.path.cmp(&b.path));
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
        rows
    }
}
