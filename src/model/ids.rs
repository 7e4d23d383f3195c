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
    fn id_is_a_plain_string_in_ron() {
        let id = Id::new();
        let text = ron::to_string(&id).unwrap();
        assert_eq!(text, format!("\"{id}\""));
        assert_eq!(ron::from_str::<Id>(&text).unwrap(), id);
    }
}
