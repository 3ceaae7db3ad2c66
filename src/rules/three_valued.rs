//! The three-valued logic of conditions, in one place for the verdict and for the
//! leave-one-out check: `None` is unknown (a metric without a value) and never fires.

/// `all`: false when one part is false, true when every part is true, else unknown.
pub fn all_hold(parts: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut unknown = false;
    for part in parts {
        match part {
            Some(false) => return Some(false),
            None => unknown = true,
            Some(true) => {}
        }
    }
    (!unknown).then_some(true)
}

/// `any`: true when one part is true, false when every part is false, else unknown.
pub fn any_holds(parts: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut unknown = false;
    for part in parts {
        match part {
            Some(true) => return Some(true),
            None => unknown = true,
            Some(false) => {}
        }
    }
    (!unknown).then_some(false)
}
