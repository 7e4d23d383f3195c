//! Invitations out: the invitees for a mail merge, the letters, and the
//! letter templates the organisers edit (checked as they type).

use egui::Ui;

use crate::action::Action;
use crate::model::Document;
use crate::model::invitations::letters;
use crate::tr;
use crate::ui::{theme, widgets};

/// What the window is asked to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Send {
    /// The invitees as CSV for a mail merge.
    MailMerge,
    /// One HTML letter per invitee, in a folder.
    Letters,
}

/// Draws the invitations out; `invitees` is how many there are (see [`letters::invitees`]).
pub fn ui(ui: &mut Ui, doc: &Document, invitees: usize, send: &mut Option<Send>, actions: &mut Vec<Action>) {
    widgets::styled(ui, &tr!("shortlist-send-heading"), egui::RichText::strong);
    widgets::weak(ui, &tr!("shortlist-send-invitees", count = invitees));
    ui.add_enabled_ui(invitees > 0, |ui| {
        if widgets::button(ui, &tr!("shortlist-send-mail-merge")).clicked() {
            *send = Some(Send::MailMerge);
        }
        if widgets::button(ui, &tr!("shortlist-send-letters")).clicked() {
            *send = Some(Send::Letters);
        }
    });
    egui::CollapsingHeader::new(crate::bidi::visual(&tr!("shortlist-send-templates")).into_owned())
        .id_salt("letter_templates")
        .show(ui, |ui| templates_ui(ui, doc, actions));
}

/// The letters in English and Arabic; an empty template is the catalogue's.
fn templates_ui(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    widgets::weak(ui, &tr!("shortlist-send-placeholders"));
    let mut settings = doc.invitations.clone();
    for (label, template, default) in [
        (
            tr!("shortlist-send-letter-english"),
            &mut settings.letter_english,
            letters::default_template(crate::i18n::Language::English),
        ),
        (
            tr!("shortlist-send-letter-arabic"),
            &mut settings.letter_arabic,
            letters::default_template(crate::i18n::Language::Arabic),
        ),
    ] {
        let mut text = if template.is_empty() {
            default.clone()
        } else {
            template.clone()
        };
        if widgets::text_area(ui, &label, &mut text).changed() {
            *template = if text == default {
                String::new()
            } else {
                text.clone()
            };
        }
        if let Err(error) = letters::check(&text) {
            widgets::colored(ui, theme::error(ui), &error.to_string());
        }
    }
    if settings != doc.invitations {
        actions.push(Action::SetInvitationSettings(settings));
    }
}
