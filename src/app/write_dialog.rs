//! The foot of a dialog that writes a file (an export, a copy): the path typed
//! when no native dialog could open, then the button that asks where the file
//! goes (or writes it there) and Cancel.

use crate::ui::widgets;
use std::path::PathBuf;

use crate::tr;
use crate::ui::text_field::TextField;

/// What the user asked of a dialog that writes a file.
pub(super) enum Answer {
    Cancel,
    /// Ask where the file goes.
    Choose,
    Write(PathBuf),
}

/// A window of its own asking for the path of a file to write, with `title`
/// above the path field and buttons; closing it is a Cancel.
pub(super) fn path_window(
    ctx: &egui::Context,
    salt: &str,
    title: &str,
    path: &mut Option<String>,
) -> Option<Answer> {
    let mut answer = None;
    let response = egui::Modal::new(egui::Id::unique(salt)).show(ctx, |ui| {
        ui.set_max_width(460.0);
        crate::ui::widgets::dialog_heading(ui, title);
        answer = path_and_buttons(ui, path, tr!("report-window-write"), tr!("report-window-choose"));
    });
    if answer.is_none() && response.should_close() {
        answer = Some(Answer::Cancel);
    }
    answer
}

/// The path field, once one is being typed (`path` is `Some`), and the
/// buttons: `write` when a path is typed, `choose` otherwise.
pub(super) fn path_and_buttons(
    ui: &mut egui::Ui,
    path: &mut Option<String>,
    write: String,
    choose: String,
) -> Option<Answer> {
    if let Some(text) = path {
        widgets::label(ui, &tr!("dialog-path-text"));
        let label = widgets::label(ui, &tr!("dialog-path-label"));
        TextField::singleline(text)
            .desired_width(f32::INFINITY)
            .show(ui)
            .labelled_by(label.id);
    }
    ui.horizontal(|ui| {
        let button = if path.is_some() { write } else { choose };
        let typed = path.as_deref().map(str::trim);
        let ready = typed.is_none_or(|t| !t.is_empty());
        if ui
            .add_enabled(
                ready,
                egui::Button::new(crate::bidi::visual(&button).into_owned()),
            )
            .clicked()
        {
            return Some(match typed {
                Some(text) => Answer::Write(PathBuf::from(text)),
                None => Answer::Choose,
            });
        }
        widgets::button(ui, &tr!("dialog-cancel"))
            .clicked()
            .then_some(Answer::Cancel)
    })
    .inner
}
