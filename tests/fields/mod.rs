//! Finding a field of the record an editor shows by the label on screen:
//! screen readers hear the field with its record ("Stage of Community
//! telecentres for rural Yemen"), the eye sees "Stage" beside it.

use egui::accesskit::Role;
use egui_kittest::kittest::By;

/// The field shown as `label`, named with the record it belongs to or alone.
pub fn field(label: &str) -> By<'_> {
    By::new().predicate(move |node| {
        node.role() != Role::Label
            && node.label().is_some_and(|named| {
                named == label
                    || named
                        .strip_prefix(label)
                        .is_some_and(|rest| rest.starts_with(" of "))
            })
    })
}
