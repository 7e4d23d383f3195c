//! The invitation of one organisation or person in the registry's editor:
//! where it stands (each change its own undo step, dated), the organisers'
//! contact and the language of the letter.

use egui::Ui;

use crate::action::Action;
use crate::i18n::Language;
use crate::model::invitations::{Invitation, Standing, Status};
use crate::model::{Id, Meeting, now};
use crate::tr;
use crate::ui::widgets;

/// Draws the invitation of the record `id`. `standing` is where it stands,
/// check-in included; `draft` is the record's invitation as edited, whose
/// contact and language go out with the record's other fields. A new status
/// is an action of its own, so that undo takes back one step at a time.
pub fn ui(
    ui: &mut Ui,
    meeting: &Meeting,
    (id, standing): (Id, Standing),
    draft: &mut Invitation,
    actions: &mut Vec<Action>,
) {
    ui.add_space(6.0);
    widgets::styled(ui, &tr!("registry-invitation-heading"), egui::RichText::strong);
    let label = tr!("registry-field-invitation");
    let mut status = draft.status;
    widgets::combo(
        ui,
        &label,
        "invitation_status",
        &Standing::from(status).label(),
        |ui| {
            for choice in Status::ALL {
                ui.selectable_value(&mut status, choice, Standing::from(choice).label());
            }
        },
    );
    if let Some(invitation) = draft.with_status(status, now()) {
        actions.push(Action::SetInvitation { id, invitation });
    }
    if standing == Standing::Attended {
        widgets::weak(ui, &tr!("registry-invitation-attended"));
    } else if standing != Standing::from(draft.status) {
        // An organisation one of whose people answered stands where they do.
        widgets::weak(
            ui,
            &tr!("registry-invitation-through-people", standing = standing.label()),
        );
    } else if let Some(since) = draft.since() {
        // The day as the meeting's clock reads it, as the mail merge gives it.
        let date = meeting.meeting_day(since).format("%Y-%m-%d").to_string();
        widgets::weak(
            ui,
            &tr!(
                "registry-invitation-since",
                standing = Standing::from(draft.status).label(),
                date = date
            ),
        );
    }
    widgets::text_field(ui, &tr!("registry-field-invitation-contact"), &mut draft.contact);
    let label = tr!("registry-field-letter-language");
    let shown = draft.language.own_name();
    widgets::combo(ui, &label, "letter_language", shown, |ui| {
        for language in Language::ALL {
            ui.selectable_value(&mut draft.language, language, language.own_name());
        }
    });
}
