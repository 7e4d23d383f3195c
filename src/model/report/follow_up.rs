//! The follow-up list (to be written).

use super::{Context, Section};

pub(super) fn sections(_context: &Context<'_>) -> Vec<Section> {
    Vec::new()
}
