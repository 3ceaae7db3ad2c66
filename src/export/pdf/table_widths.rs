//! Column widths measured with the font: each column at least as wide as its longest word
//! (a number's or a date's whole cell, which never wraps), the room left shared by how much
//! more each column's text wants. A heading is never broken inside a word.

use super::fonts::{Fonts, Weight};
use super::page::Span;
use super::table::{PADDING, Table};

impl Table {
    /// A table of `rows` under `header`, `right` its number columns, `whole` the columns
    /// whose cells keep to one line (numbers, dates), its columns fitted to `width` points.
    pub fn fitted(
        fonts: &Fonts,
        header: Vec<String>,
        (right, whole): (Vec<bool>, &[bool]),
        rows: Vec<Vec<Vec<Span>>>,
        size: f32,
        width: f32,
    ) -> Self {
        let measure = |text: &str, weight: Weight| fonts.face(weight).width(text, size);
        // Only a plain space breaks a line (`page::wrap`).
        let longest_word = |text: &str, weight: Weight| {
            text.split(' ')
                .map(|word| measure(word, weight))
                .fold(0.0, f32::max)
        };
        let (least, wanted): (Vec<f32>, Vec<f32>) = (0..header.len())
            .map(|column| {
                let one_line = whole.get(column).copied().unwrap_or(false);
                let heading = header.get(column).map_or("", String::as_str);
                let mut least = longest_word(heading, Weight::Bold);
                let mut wanted = least;
                for spans in rows.iter().filter_map(|row| row.get(column)) {
                    let all: f32 = spans.iter().map(|s| measure(&s.text, s.weight)).sum();
                    let word = spans
                        .iter()
                        .map(|s| longest_word(&s.text, s.weight))
                        .fold(0.0, f32::max);
                    least = least.max(if one_line { all } else { word });
                    wanted = wanted.max(all);
                }
                (least + 2.0 * PADDING, wanted.max(least) + 2.0 * PADDING)
            })
            .unzip();
        Self {
            widths: shares(&least, &wanted, width),
            right,
            header,
            rows,
            size,
            before: size * 0.4,
        }
    }
}

/// Each column's share of `width`: its least, and of the room left a part in proportion to
/// how much more it wants; all in proportion to what they want when everything fits, and all
/// scaled down together when even the least do not fit.
fn shares(least: &[f32], wanted: &[f32], width: f32) -> Vec<f32> {
    let least_total: f32 = least.iter().sum();
    let more: Vec<f32> = wanted.iter().zip(least).map(|(w, l)| w - l).collect();
    let more_total: f32 = more.iter().sum();
    let room = (width - least_total).max(0.0);
    let widths: Vec<f32> = if more_total <= room {
        wanted.to_vec()
    } else {
        least
            .iter()
            .zip(&more)
            .map(|(l, m)| l + m * room / more_total)
            .collect()
    };
    let total: f32 = widths.iter().sum();
    if total <= 0.0 {
        let columns = widths.len().max(1) as f32;
        return widths.iter().map(|_| 1.0 / columns).collect();
    }
    widths.iter().map(|w| w / total).collect()
}

#[cfg(test)]
mod tests {
    use super::shares;

    #[test]
    fn the_room_left_goes_to_the_columns_that_want_more() {
        // 100 wide; least 20 + 20, the first wants 100 more, the second 20: 60 to share.
        let widths = shares(&[20.0, 20.0], &[120.0, 40.0], 100.0);
        assert!((widths[0] - 0.7).abs() < 1e-6 && (widths[1] - 0.3).abs() < 1e-6);
        // Everything fits: in proportion to what each wants.
        assert_eq!(shares(&[10.0, 10.0], &[30.0, 10.0], 100.0), [0.75, 0.25]);
        // Not even the least fit: scaled down together.
        assert_eq!(shares(&[100.0, 100.0], &[100.0, 100.0], 100.0), [0.5, 0.5]);
        assert_eq!(shares(&[0.0, 0.0], &[0.0, 0.0], 100.0), [0.5, 0.5]);
    }
}
