use serde::{Deserialize, Serialize};

/// Who carries an action item.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    Sales,
    Product,
    #[default]
    Joint,
    ExecutiveSponsor,
}

impl Owner {
    pub const ALL: [Self; 4] = [
        Self::Sales,
        Self::Product,
        Self::Joint,
        Self::ExecutiveSponsor,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Sales => "Sales",
            Self::Product => "Product",
            Self::Joint => "Joint",
            Self::ExecutiveSponsor => "Executive sponsor",
        }
    }
}

impl std::fmt::Display for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
