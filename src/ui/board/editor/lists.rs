//! The lists of a partnership: deliverables, resources committed and
//! milestones with their typed due dates.

use chrono::NaiveDate;
use egui::Ui;

use crate::model::dates::parse_date;
use crate::model::{Deliverable, Milestone, Partnership};
use crate::tr;
use crate::ui::text_field::TextField;
use crate::ui::{theme, widgets};

/// Deliverables and resources, one per line.
pub fn ui(ui: &mut Ui, draft: &mut Partnership) {
    let mut lines: Vec<String> = draft.deliverables.iter().map(|d| d.text.clone()).collect();
    if widgets::lines_field(ui, &tr!("board-editor-deliverables"), &mut lines).changed() {
        draft.deliverables = lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Deliverable {
                id: draft.deliverables.get(i).map(|d| d.id).unwrap_or_default(),
                text,
            })
            .collect();
    }
    widgets::lines_field(ui, &tr!("board-editor-resources"), &mut draft.resources_committed);
}

/// The milestones, each with its due date typed as people type dates (see
/// [`parse_date`], relative to `today`) and whether it is done.
pub fn milestones_ui(ui: &mut Ui, draft: &mut Partnership, today: NaiveDate) {
    widgets::styled(ui, &tr!("board-editor-milestones"), egui::RichText::strong);
    let mut removed = None;
    for (i, milestone) in draft.milestones.iter_mut().enumerate() {
        if milestone_ui(ui, milestone, i + 1, today) {
            removed = Some(i);
        }
    }
    if let Some(i) = removed {
        draft.milestones.remove(i);
    }
    if widgets::button(ui, &tr!("board-editor-add-milestone")).clicked() {
        draft.milestones.push(Milestone::default());
    }
}

/// One milestone; returns whether it is to be removed.
fn milestone_ui(ui: &mut Ui, milestone: &mut Milestone, number: usize, today: NaiveDate) -> bool {
    let key = egui::Id::unique(("board_editor_milestone", milestone.id));
    widgets::text_field(
        ui,
        &tr!("board-editor-milestone", number = number),
        &mut milestone.title,
    );
    // The text is kept as typed while it reads as the date stored, or does not read at all.
    let mut text = ui
        .data(|d| d.get_temp::<(Option<NaiveDate>, String)>(key))
        .filter(|(due, _)| *due == milestone.due)
        .map_or_else(|| due_text(milestone.due), |(_, text)| text);
    let mut remove = false;
    let error = ui
        .horizontal(|ui| {
            let label = ui.add_sized(
                [theme::FIELD_LABEL_WIDTH, 18.0],
                egui::Label::new(
                    crate::bidi::visual(&tr!("board-editor-milestone-due", number = number)).into_owned(),
                ),
            );
            let typed = TextField::singleline(&mut text)
                .id(key.with("due"))
                .hint_text(crate::bidi::visual(&tr!("board-editor-due-hint")).into_owned())
                .desired_width(110.0)
                .show(ui)
                .labelled_by(label.id)
                .changed();
            let done = widgets::checkbox(ui, &mut milestone.done, &tr!("board-editor-milestone-done"));
            let enabled = ui.is_enabled();
            let name = tr!("board-editor-milestone-done-named", number = number);
            done.widget_info(|| {
                egui::WidgetInfo::selected(egui::accesskit::Role::CheckBox, enabled, milestone.done, &name)
            });
            remove = widgets::named_button(
                ui,
                &tr!("board-editor-remove"),
                &tr!("board-editor-remove-milestone", number = number),
            )
            .clicked();
            // Read only when typed: "tomorrow" kept from an earlier day must
            // not move the date stored then.
            match parse_date(&text, today) {
                Ok(due) => {
                    if typed {
                        milestone.due = due;
                    }
                    None
                }
                Err(e) => Some(e.to_string()),
            }
        })
        .inner;
    if let Some(error) = error {
        let colour = theme::error(ui);
        widgets::sentence_styled(ui, &error, |rich| rich.color(colour));
    }
    ui.data_mut(|d| d.insert_temp(key, (milestone.due, text)));
    remove
}

fn due_text(due: Option<NaiveDate>) -> String {
    due.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2007, 9, d).unwrap_or_default()
    }

    /// Draws `milestone` on `today`, with `text` kept in the field as typed earlier.
    fn shown_on(ctx: &egui::Context, milestone: &mut Milestone, text: &str, today: NaiveDate) {
        let key = egui::Id::unique(("board_editor_milestone", milestone.id));
        let kept = (milestone.due, text.to_owned());
        ctx.data_mut(|d| d.insert_temp(key, kept));
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            milestone_ui(ui, milestone, 1, today);
        });
        // No painter here: the fonts' texture is dropped unused.
        output.textures_delta.clear();
    }

    #[test]
    fn a_date_typed_as_a_word_does_not_move_on_a_later_day() {
        let ctx = egui::Context::default();
        let mut milestone = Milestone {
            due: Some(day(6)),
            ..Milestone::default()
        };
        // "tomorrow" was typed on the 5th; the card is shown again on the 7th.
        shown_on(&ctx, &mut milestone, "tomorrow", day(7));
        assert_eq!(milestone.due, Some(day(6)));
        shown_on(&ctx, &mut milestone, "8/9", day(20));
        assert_eq!(
            milestone.due,
            Some(day(6)),
            "a date as typed is read only when typed"
        );
    }
}
