//! The trend chart's x axis: one place per workshop, in date order, each named by its date.
//!
//! Workshops sit one step apart rather than at their dates: two workshops run two days
//! apart would otherwise share a point and print their dates over each other, and the
//! chart reads "workshop by workshop" anyway (the dates are under each point and in the
//! tables). When there are more workshops than dates fit side by side, every second (third,
//! …) is named, so no two names ever overlap.

/// The least room in points between two names on the axis, whatever their width:
/// `egui_plot` fades tick labels closer than this.
pub const LEAST_LABEL_SPACING: f32 = 80.0;

/// Room left between two dates, in points.
pub const LABEL_GAP: f32 = 16.0;

/// How many workshops apart the named ones are, when workshops are `points_per_workshop`
/// apart on screen and a name takes `label_width` points: 1 when every name fits.
pub fn label_every(points_per_workshop: f32, label_width: f32) -> usize {
    let needed = label_width.max(LEAST_LABEL_SPACING);
    if points_per_workshop >= needed {
        return 1;
    }
    if points_per_workshop <= 0.0 || points_per_workshop.is_nan() {
        return usize::MAX;
    }
    (needed / points_per_workshop).ceil() as usize
}

/// The room in workshops (x units) to keep before the first workshop and after the last, so
/// their names, centred under them, stay inside a chart `chart_width` points wide.
pub fn margin(workshops: usize, chart_width: f32, label_width: f32) -> f64 {
    let steps = workshops.saturating_sub(1) as f32;
    if steps == 0.0 || chart_width <= label_width {
        return 0.5;
    }
    // Half a name at the chart's scale: margin × chart_width / (steps + 2 × margin) = width / 2.
    f64::from(label_width * steps / (2.0 * (chart_width - label_width)))
}

/// The workshop at `x` on the axis, if `x` is one's place.
pub fn workshop_at(x: f64, workshops: usize) -> Option<usize> {
    let nearest = x.round();
    let close = (x - nearest).abs() < 0.25;
    (close && nearest >= 0.0 && nearest < workshops as f64).then_some(nearest as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_workshop_is_named_while_the_names_fit() {
        // Three workshops across a 1,200-point chart: about 500 points apart.
        assert_eq!(label_every(500.0, 90.0), 1);
        assert_eq!(label_every(96.0, 90.0), 1);
    }

    #[test]
    fn closer_workshops_name_every_second_or_third() {
        assert_eq!(label_every(60.0, 90.0), 2);
        assert_eq!(label_every(30.0, 90.0), 3);
        assert_eq!(label_every(31.0, 90.0), 3);
        // Narrow names still keep the least spacing.
        assert_eq!(label_every(50.0, 40.0), 2);
        assert_eq!(label_every(0.0, 90.0), usize::MAX);
    }

    #[test]
    fn named_workshops_never_overlap() {
        for workshops_per_chart in 2..200_u16 {
            let points_per_workshop = 1_100.0 / f32::from(workshops_per_chart);
            let every = label_every(points_per_workshop, 88.0);
            assert!(every as f32 * points_per_workshop >= 88.0);
        }
    }

    #[test]
    fn the_margin_keeps_the_first_and_last_names_inside() {
        for workshops in 2..30 {
            let margin = margin(workshops, 1_100.0, 90.0) as f32;
            let points_per_step = 1_100.0 / ((workshops - 1) as f32 + 2.0 * margin);
            assert!(margin * points_per_step >= 44.9, "{workshops}: {margin}");
        }
        assert!((margin(1, 1_100.0, 90.0) - 0.5).abs() < f64::EPSILON);
    }

    #[test]
    fn a_place_on_the_axis_is_a_workshop_or_none() {
        assert_eq!(workshop_at(0.0, 3), Some(0));
        assert_eq!(workshop_at(2.1, 3), Some(2));
        assert_eq!(workshop_at(1.5, 3), None);
        assert_eq!(workshop_at(3.0, 3), None);
        assert_eq!(workshop_at(-1.0, 3), None);
    }
}
