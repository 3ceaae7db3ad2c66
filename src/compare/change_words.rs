//! A tested change in words, the same on the screen and in the reports: "⏶ +1.10, worse:
//! likely a real change", "+1.10, no clear change: could be chance with 17 and 5 answers".

use super::changes::{Chance, Change};
use crate::i18n::Language;

/// The arrows for a fall and a rise: the screens' fonts have "⏷" and "⏶", reports write
/// "↓" and "↑".
#[derive(Clone, Copy, Debug)]
pub struct Arrows {
    pub down: &'static str,
    pub up: &'static str,
}

pub const SCREEN_ARROWS: Arrows = Arrows {
    down: "⏷", up: "⏶"
};

pub const REPORT_ARROWS: Arrows = Arrows {
    down: "↓", up: "↑"
};

/// A change and what it means: better or worse only when it is likely real (`better` is
/// `None` when the rules name no direction or the change could be chance).
pub fn direction_words(
    language: Language,
    arrows: Arrows,
    change: f64,
    better: Option<bool>,
    chance: &Chance,
) -> String {
    let change_text = language.signed(change, 2);
    let chance_words = chance.words(language);
    if !chance.likely_real() {
        return language.text_with(
            "compare-no-clear-change",
            &[
                ("change", change_text.into()),
                ("chance", chance_words.into()),
            ],
        );
    }
    let Some(better) = better else {
        return language.text_with(
            "compare-real-change",
            &[
                ("change", change_text.into()),
                ("chance", chance_words.into()),
            ],
        );
    };
    let arrow = if change < 0.0 { arrows.down } else { arrows.up };
    language.text_with(
        if better {
            "compare-better"
        } else {
            "compare-worse"
        },
        &[
            ("arrow", arrow.into()),
            ("change", change_text.into()),
            ("chance", chance_words.into()),
        ],
    )
}

/// How the perception gap moved: "closer together: likely a real change", "no clear
/// change: could be chance with 17 + 18 and 5 + 5 answers".
pub fn gap_words(language: Language, gap: &Change) -> String {
    let chance_words = gap.chance.words(language);
    let id = if !gap.chance.likely_real() {
        "compare-gap-no-clear-change"
    } else if gap.to.abs() < gap.from.abs() {
        "compare-gap-closer"
    } else {
        "compare-gap-apart"
    };
    language.text_with(id, &[("chance", chance_words.into())])
}
