use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// The side of the table a respondent sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Function {
    Sales,
    Product,
}

impl Function {
    pub const ALL: [Self; 2] = [Self::Sales, Self::Product];

    /// The key used in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Sales => "sales",
            Self::Product => "product",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Sales => "Sales",
            Self::Product => "Product",
        }
    }

    /// The team's name in `language`: what the kiosk, the phones and the screens show.
    pub fn name(self, language: Language) -> String {
        language.text(match self {
            Self::Sales => "function-sales",
            Self::Product => "function-product",
        })
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|function| function.key().eq_ignore_ascii_case(key.trim()))
    }
}

impl std::fmt::Display for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
