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
    if ui.button(tr!("board-editor-add-milestone")).clicked() {
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
                egui::Label::new(tr!("board-editor-milestone-due", number = number)),
            );
            TextField::singleline(&mut text)
                .id(key.with("due"))
                .hint_text(tr!("board-editor-due-hint"))
                .desired_width(110.0)
                .show(ui)
                .labelled_by(label.id);
            ui.checkbox(&mut milestone.done, tr!("board-editor-milestone-done"));
            remove = widgets::named_button(
                ui,
                &tr!("board-editor-remove"),
                &tr!("board-editor-remove-milestone", number = number),
            )
            .clicked();
            match parse_date(&text, today) {
                Ok(due) => {
                    milestone.due = due;
                    None
                }
                Err(e) => Some(e.to_string()),
            }
        })
        .inner;
    if let Some(error) = error {
        widgets::sentence_styled(ui, &error, |rich| rich.color(theme::ERROR));
    }
    ui.data_mut(|d| d.insert_temp(key, (milestone.due, text)));
    remove
}

fn due_text(due: Option<NaiveDate>) -> String {
    due.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}
