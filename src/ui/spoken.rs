//! What screen readers hear is the text as written, never the order it is
//! drawn in: every text put in visual order by [`crate::bidi::visual`] is
//! remembered for the frame, and the accessibility tree the frame sends out
//! gets the written text back wherever it carries the drawn one.
//!
//! Widgets that name themselves (see [`super::widgets`]) give the written
//! text already; this catches every other place a reordered text reaches
//! egui (a combo box's shown choice, a collapsing header, a hint, a progress
//! bar's words). A name that happens to be another text's drawn order would
//! be read as that text: two names whose words are each other's reversal.

use egui::{Context, FullOutput};

/// The egui plugin that gives screen readers the written text.
pub struct Spoken;

impl egui::Plugin for Spoken {
    fn debug_name(&self) -> &'static str {
        "majlis spoken text"
    }

    fn output_hook(&mut self, _ctx: &Context, output: &mut FullOutput) {
        let Some(update) = &mut output.platform_output.accesskit_update else {
            return;
        };
        for (_, node) in &mut update.nodes {
            if let Some(written) = node.label().and_then(crate::bidi::written) {
                node.set_label(written);
            }
            // What is typed in a field is the field's own text, never a drawn one.
            let typed = matches!(
                node.role(),
                egui::Role::TextInput | egui::Role::MultilineTextInput
            );
            if !typed && let Some(written) = node.value().and_then(crate::bidi::written) {
                node.set_value(written);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_drawn_reordered_is_spoken_as_written() {
        let ctx = Context::default();
        ctx.enable_accesskit();
        ctx.add_plugin(Spoken);
        let written = "جدول الأعمال";
        let mut output = FullOutput::default();
        for _ in 0..2 {
            output = ctx.run_ui(egui::RawInput::default(), |ui| {
                ui.label(crate::bidi::visual(written));
            });
            output.textures_delta.clear();
        }
        let labels: Vec<String> = output
            .platform_output
            .accesskit_update
            .iter()
            .flat_map(|update| &update.nodes)
            .filter(|(_, node)| node.role() == egui::Role::Label)
            .filter_map(|(_, node)| node.label().or(node.value()).map(str::to_owned))
            .collect();
        assert_eq!(labels, [written]);
        assert_ne!(crate::bidi::visual(written), written, "the drawn order differs");
    }
}
