//! Drawing the merge review: the counts, the conflicts (a virtualised list,
//! as a merge can meet hundreds), the duplicate candidates and the buttons.

use egui::{Align, Layout, RichText, Role, Ui, WidgetInfo};

use super::{Decision, MergeReview};
use crate::bidi;
use crate::model::merge::{Choice, Conflict, Duplicate};
use crate::tr;
use crate::ui::{theme, widgets};

impl MergeReview {
    /// Draws the review; `Some` once the user decided.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<Decision> {
        widgets::dialog_heading(ui, &tr!("merge-window-heading", file = self.ours_name.as_str()));
        widgets::sentence(ui, &tr!("merge-window-files", files = self.file_names()));
        widgets::label(ui, &self.summary());
        ui.add_space(6.0);
        self.conflicts_ui(ui);
        self.duplicates_ui(ui);
        if let Some(error) = &self.error {
            widgets::colored(ui, theme::error(ui), error);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if widgets::button(ui, &tr!("merge-window-apply")).clicked() {
                return Some(Decision::Apply);
            }
            if widgets::button(ui, &tr!("merge-window-cancel")).clicked() {
                return Some(Decision::Cancel);
            }
            widgets::button(ui, &tr!("merge-window-add-files"))
                .clicked()
                .then_some(Decision::AddFiles)
        })
        .inner
    }

    fn conflicts_ui(&mut self, ui: &mut Ui) {
        if self.conflicts.is_empty() {
            widgets::weak(ui, &tr!("merge-window-no-conflicts"));
            return;
        }
        widgets::styled(
            ui,
            &tr!("merge-window-conflicts", count = self.conflicts.len()),
            RichText::strong,
        );
        ui.horizontal(|ui| {
            if widgets::button(ui, &tr!("merge-window-all-ours")).clicked() {
                self.choose_all(Choice::Ours);
            }
            if widgets::button(ui, &tr!("merge-window-all-theirs")).clicked() {
                self.choose_all(Choice::Theirs);
            }
            ui.add_space(12.0);
            if widgets::search(ui, &tr!("merge-window-filter-hint"), &mut self.filter).changed() {
                self.refilter();
            }
        });
        if self.shown.is_empty() {
            widgets::weak(ui, &tr!("merge-window-none-match"));
            return;
        }
        let line = ui.spacing().interact_size.y;
        let row_height = 3.0 * line + 2.0 * ui.spacing().item_spacing.y + 8.0;
        let max_height = (ui.ctx().content_rect().height() - 360.0).max(3.0 * row_height);
        let Self {
            shown,
            conflicts,
            choices,
            files,
            ..
        } = self;
        egui::ScrollArea::vertical()
            .id_salt("merge_conflicts")
            .max_height(max_height)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, shown.len(), |ui, range| {
                let width = ui.available_width();
                for &i in shown.get(range).unwrap_or_default() {
                    let (Some(found), Some(choice)) = (conflicts.get(i), choices.get_mut(i)) else {
                        continue;
                    };
                    let file = files.get(found.file).map_or("", |f| f.name.as_str());
                    ui.push_id(("merge_conflict", i), |ui| {
                        ui.allocate_ui_with_layout(
                            egui::vec2(width, row_height),
                            Layout::top_down(Align::Min),
                            |ui| {
                                ui.set_min_size(egui::vec2(width, row_height));
                                conflict_ui(ui, &found.item, file, choice);
                            },
                        );
                    });
                }
            });
    }

    fn duplicates_ui(&mut self, ui: &mut Ui) {
        if self.duplicates.is_empty() {
            return;
        }
        ui.add_space(6.0);
        widgets::styled(
            ui,
            &tr!("merge-window-duplicates", count = self.duplicates.len()),
            RichText::strong,
        );
        widgets::weak(ui, &tr!("merge-window-duplicates-hint"));
        let Self {
            duplicates,
            confirmed,
            files,
            ..
        } = self;
        let row_height = ui.spacing().interact_size.y;
        egui::ScrollArea::vertical()
            .id_salt("merge_duplicates")
            .max_height(6.0 * row_height)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, duplicates.len(), |ui, range| {
                for i in range {
                    let (Some(found), Some(yes)) = (duplicates.get(i), confirmed.get_mut(i)) else {
                        continue;
                    };
                    let file = files.get(found.file).map_or("", |f| f.name.as_str());
                    ui.push_id(("merge_duplicate", i), |ui| {
                        duplicate_ui(ui, &found.item, file, yes);
                    });
                }
            });
    }
}

/// One conflict: what and where, the three values, and the choice.
fn conflict_ui(ui: &mut Ui, conflict: &Conflict, file: &str, choice: &mut Choice) {
    let line = conflict.line();
    widgets::truncated_styled(ui, &line, RichText::strong);
    let base = conflict.base.as_deref();
    let values = [
        tr!(
            "merge-window-base",
            state = state(base, None),
            value = base.unwrap_or_default()
        ),
        tr!(
            "merge-window-ours",
            state = state(conflict.ours.as_deref(), base),
            value = conflict.ours.as_deref().unwrap_or_default()
        ),
        tr!(
            "merge-window-theirs",
            file = file,
            state = state(conflict.theirs.as_deref(), base),
            value = conflict.theirs.as_deref().unwrap_or_default()
        ),
    ];
    let deleted = [
        false,
        conflict.ours.is_none() && base.is_some(),
        conflict.theirs.is_none() && base.is_some(),
    ];
    let spacing = ui.spacing().item_spacing.x;
    let column = ((ui.available_width() - 2.0 * spacing) / 3.0).max(60.0);
    ui.horizontal(|ui| {
        for (text, deleted) in values.iter().zip(deleted) {
            ui.allocate_ui_with_layout(
                egui::vec2(column, ui.spacing().interact_size.y),
                Layout::left_to_right(Align::Center),
                |ui| {
                    ui.set_min_width(column);
                    if deleted {
                        let colour = theme::warning(ui);
                        widgets::truncated_styled(ui, text, |rich| rich.color(colour));
                    } else {
                        widgets::truncated(ui, text);
                    }
                },
            );
        }
    });
    ui.horizontal(|ui| {
        choice_button(
            ui,
            choice,
            Choice::Ours,
            &tr!("merge-window-ours-choice"),
            &tr!("merge-window-ours-choice-for", conflict = line.as_str()),
        );
        choice_button(
            ui,
            choice,
            Choice::Theirs,
            &tr!("merge-window-theirs-choice", file = file),
            &tr!("merge-window-theirs-choice-for", conflict = line.as_str()),
        );
        if conflict.can_keep_both() {
            choice_button(
                ui,
                choice,
                Choice::Both,
                &tr!("merge-window-both-choice"),
                &tr!("merge-window-both-choice-for", conflict = line.as_str()),
            );
        }
    });
}

/// Whether a side has a value, deleted it, or never had it.
fn state(value: Option<&str>, base: Option<&str>) -> &'static str {
    match (value, base) {
        (Some(_), _) => "value",
        (None, Some(_)) => "deleted",
        (None, None) => "absent",
    }
}

/// One of the choices of a conflict, shown as `text`, named for screen
/// readers (and tests) with the conflict it is about.
fn choice_button(ui: &mut Ui, current: &mut Choice, value: Choice, text: &str, name: &str) {
    let selected = *current == value;
    let response = ui.add(egui::Button::selectable(selected, bidi::visual(text)));
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, enabled, selected, name));
    if response.clicked() {
        *current = value;
    }
}

/// A duplicate candidate, confirmed by ticking it.
fn duplicate_ui(ui: &mut Ui, duplicate: &Duplicate, file: &str, yes: &mut bool) {
    let text = tr!(
        "merge-window-duplicate",
        kind = duplicate.kind,
        ours = duplicate.ours_name.as_str(),
        theirs = duplicate.theirs_name.as_str(),
        file = file
    );
    let response = ui.checkbox(yes, bidi::visual(&text));
    if bidi::has_rtl(&text) {
        let enabled = ui.is_enabled();
        let selected = *yes;
        response.widget_info(|| WidgetInfo::selected(Role::CheckBox, enabled, selected, &text));
    }
}
