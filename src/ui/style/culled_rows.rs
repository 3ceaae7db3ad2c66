use std::sync::atomic::{AtomicU64, Ordering};

use eframe::egui::{self, IdSalt, Ui};

/// A number no other call returns: what a page's rows were measured for (a workshop's
/// revision, a comparison's lines), so measurements are kept until it changes.
pub fn next_revision() -> u64 {
    static REVISIONS: AtomicU64 = AtomicU64::new(1);
    REVISIONS.fetch_add(1, Ordering::Relaxed)
}

/// Rows laid out one under another, of which only those in view are built each frame.
///
/// A row out of view takes the height it had when last built, so the page scrolls exactly
/// as if everything were there while a frame costs only what is visible. Heights are
/// measured again whenever `revision` (what the rows show), the row count, the width or
/// the zoom changes; that frame builds every row once.
///
/// Like egui's `ScrollArea::show_rows`, but rows may differ in height (wrapped comments,
/// charts, tables). Rows out of view are also out of the accessibility tree until
/// scrolled to, as in any virtualised list.
pub struct CulledRows {
    id_salt: IdSalt,
    revision: u64,
}

/// What the remembered heights were measured for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct MeasuredFor {
    revision: u64,
    count: usize,
    width_bits: u32,
    pixels_per_point_bits: u32,
}

/// Each row's advance: its height plus the spacing after it. `None` until built once.
#[derive(Clone, Debug, Default)]
struct RowHeights {
    measured_for: MeasuredFor,
    advances: Vec<Option<f32>>,
}

impl CulledRows {
    pub fn new(id_salt: impl egui::AsIdSalt, revision: u64) -> Self {
        Self {
            id_salt: IdSalt::new(id_salt),
            revision,
        }
    }

    /// Shows rows `0..count`, calling `add_row` only for the rows in view (and for every
    /// row when their heights are not known yet).
    pub fn show(self, ui: &mut Ui, count: usize, mut add_row: impl FnMut(&mut Ui, usize)) {
        // One child, so the widgets after the rows get the same ids however many are built.
        ui.push_id(self.id_salt, |ui| {
            let id = ui.scope_id();
            let measured_for = MeasuredFor {
                revision: self.revision,
                count,
                width_bits: ui.available_width().to_bits(),
                pixels_per_point_bits: ui.ctx().pixels_per_point().to_bits(),
            };
            let mut heights =
                ui.data_mut(|data| std::mem::take(data.get_temp_mut_or_default::<RowHeights>(id)));
            if heights.measured_for != measured_for {
                heights = RowHeights {
                    measured_for,
                    advances: vec![None; count],
                };
            }
            let visible = ui.clip_rect().y_range();
            let mut skipped = 0.0;
            for (index, advance) in heights.advances.iter_mut().enumerate() {
                let top = ui.cursor().top() + skipped;
                if let Some(known) = *advance
                    && (top + known < visible.min || top > visible.max)
                {
                    skipped += known;
                    continue;
                }
                if skipped > 0.0 {
                    ui.add_space(skipped);
                    skipped = 0.0;
                }
                let before = ui.cursor().top();
                ui.push_id(index, |ui| add_row(ui, index));
                *advance = Some(ui.cursor().top() - before);
            }
            if skipped > 0.0 {
                // The spacing after the last row is not part of the rows' area.
                ui.add_space((skipped - ui.spacing().item_spacing.y).max(0.0));
            }
            ui.data_mut(|data| data.insert_temp(id, heights));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// Rows of different heights in a 400-point-high scroll area; returns which rows were
    /// built in each of `frames` frames and the content height the scroll area saw.
    fn build_frames(rows: usize, frames: usize, scroll_to: Option<f32>) -> (Vec<Vec<usize>>, f32) {
        let ctx = egui::Context::default();
        let built = RefCell::new(Vec::new());
        let mut content_height = 0.0;
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(600.0, 400.0),
            )),
            ..Default::default()
        };
        for frame in 0..frames {
            built.borrow_mut().push(Vec::new());
            ctx.run_ui(input(), |ui| {
                let mut area = egui::ScrollArea::vertical().auto_shrink(false);
                if frame > 0
                    && let Some(offset) = scroll_to
                {
                    area = area.vertical_scroll_offset(offset);
                }
                let output = area.show(ui, |ui| {
                    CulledRows::new("rows", 1).show(ui, rows, |ui, index| {
                        built.borrow_mut()[frame].push(index);
                        // Rows 10, 20, … are tall, like a chart among labels.
                        let height = if index % 10 == 0 { 120.0 } else { 20.0 };
                        ui.allocate_space(egui::vec2(100.0, height));
                    });
                    ui.label("after the rows");
                });
                content_height = output.content_size.y;
            })
            .drop_without_applying_deltas();
        }
        (built.into_inner(), content_height)
    }

    #[test]
    fn first_frame_builds_every_row_then_only_visible_ones() {
        let (built, _) = build_frames(200, 2, None);
        assert_eq!(built[0].len(), 200, "heights are measured once");
        // 400 points of view: row 0 (120 + spacing) and then about 11 rows of 20 + spacing.
        assert_eq!(built[1].first(), Some(&0));
        assert!(
            (10..=14).contains(&built[1].len()),
            "only the rows in view are built: {:?}",
            built[1]
        );
    }

    #[test]
    fn content_height_is_the_same_as_when_every_row_is_built() {
        let (_, all_built) = build_frames(200, 1, None);
        let (_, culled) = build_frames(200, 3, None);
        assert_eq!(all_built, culled);
        // 20 tall rows and 180 short ones, each followed by the default 3-point spacing.
        assert!(all_built >= 20.0 * 120.0 + 180.0 * 20.0);
    }

    #[test]
    fn scrolling_builds_the_rows_now_in_view() {
        let (built, _) = build_frames(200, 3, Some(2_000.0));
        let last = built.last().unwrap();
        assert!(!last.contains(&0), "row 0 is out of view: {last:?}");
        // Ten rows take 120 + 3 + 9 × (20 + 3) = 330 points, so 2,000 points down is row 60.
        let first = *last.first().unwrap();
        assert!(
            (60..=90).contains(&first),
            "the first row built is the one at 2,000 points: {last:?}"
        );
        assert!(last.len() < 20, "{last:?}");
    }
}
