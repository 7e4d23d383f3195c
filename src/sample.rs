//! The sample meeting, embedded so it opens wherever the app is installed.

/// The expert group meeting on regional networking and partnership, Beirut, 5-6 September 2007.
pub const BEIRUT_2007: &str = include_str!("../sample-data/beirut-2007.ron");
