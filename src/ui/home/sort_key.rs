/// A column the library can be sorted by.
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
