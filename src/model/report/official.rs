//! The official meeting report (to be written).

use super::{Context, Report};

pub(super) fn report(_context: &Context<'_>) -> Report {
    Report::default()
}
