//! A section of the working report (to be written).

use super::{Context, Section};

pub(super) fn sections(_context: &Context<'_>) -> Vec<Section> {
    Vec::new()
}
