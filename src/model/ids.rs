use std::fmt;

use serde::{Deserialize, Serialize};

/// A stable unique id: files from several laptops are merged by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub uuid::Uuid);

impl Id {
    pub fn new() -> Self {
        Self(uuid::Uuid::new_v4())
    }

    /// An id made from `parent` and `name` (a UUID version 5): every computer
    /// that derives it from the same two gets the same id, so two laptops that
    /// give ids to the same old file agree on them.
    pub fn derived(parent: Self, name: &str) -> Self {
        Self(uuid::Uuid::new_v5(&parent.0, name.as_bytes()))
    }
}

impl Default for Id {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// When a record was last changed, in UTC.
pub type Stamp = chrono::DateTime<chrono::Utc>;

/// The current time as a record timestamp.
pub fn now() -> Stamp {
    chrono::Utc::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_differ() {
        assert_ne!(Id::new(), Id::new());
    }

    #[test]
    fn derived_ids_depend_on_the_parent_and_the_name_alone() {
        let parent = Id::new();
        assert_eq!(Id::derived(parent, "speaker/0"), Id::derived(parent, "speaker/0"));
        assert_ne!(Id::derived(parent, "speaker/0"), Id::derived(parent, "speaker/1"));
        assert_ne!(
            Id::derived(parent, "speaker/0"),
            Id::derived(Id::new(), "speaker/0")
        );
        // The UUID version 5 of RFC 9562, as any other implementation computes it.
        let fixed: Id = ron::from_str("\"0eb7bd80-b75e-5339-8fb4-7c81e6d445ad\"").unwrap();
        let derived = Id::derived(fixed, "deliverable/0");
        assert_eq!(derived.to_string(), "0316bb91-20bb-519f-a54d-b34a61691839");
        assert_eq!(derived.0.get_version_num(), 5);
    }

    #[test]
    fn id_is_a_plain_string_in_ron() {
        let id = Id::new();
        let text = ron::to_string(&id).unwrap();
        assert_eq!(text, format!("\"{id}\""));
        assert_eq!(ron::from_str::<Id>(&text).unwrap(), id);
    }
}
