use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// Who carries an action item: a role, and (on the action item) optionally a person's name.
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

    /// The owner's name in `language`, on screen and in the exports alike.
    pub fn name(self, language: Language) -> String {
        language.text(match self {
            Self::Sales => "owner-sales",
            Self::Product => "owner-product",
            Self::Joint => "owner-joint",
            Self::ExecutiveSponsor => "owner-executive-sponsor",
        })
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ActionItem;

    #[test]
    fn action_items_written_before_owners_had_names_still_load() {
        let old =
            "(text: \"Weekly deal desk\", owner: joint, due: None, finding: None, done: false)";
        let action: ActionItem = ron::from_str(old).unwrap();
        assert_eq!(action.owner, Owner::Joint);
        assert_eq!(action.owner_name, "");
        // An unnamed owner writes the file as before; a named one adds the name.
        assert!(!ron::to_string(&action).unwrap().contains("owner_name"));
        let named = ActionItem {
            owner_name: String::from("Dana Lee"),
            ..action
        };
        let text = ron::to_string(&named).unwrap();
        assert!(text.contains("owner_name:\"Dana Lee\""), "{text}");
        assert_eq!(ron::from_str::<ActionItem>(&text).unwrap(), named);
    }
}
