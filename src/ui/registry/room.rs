//! The balance of the room: confirmed participants by stakeholder type and
//! by member country, the targets the organisers set, and what is missing,
//! in words.

use egui::Ui;

use crate::action::Action;
use crate::model::invitations::balance::{Balance, Count};
use crate::model::invitations::{Scope, Target};
use crate::model::{Document, Vocabularies};
use crate::tr;
use crate::ui::{theme, widgets};

pub fn ui(ui: &mut Ui, doc: &Document, balance: &Balance, actions: &mut Vec<Action>) {
    widgets::styled(ui, &tr!("shortlist-room-heading"), egui::RichText::strong);
    widgets::weak(ui, &tr!("shortlist-room-confirmed", count = balance.confirmed));
    if balance.gaps.is_empty() {
        widgets::colored(ui, theme::ok(ui), &tr!("shortlist-room-no-gaps"));
    }
    for gap in &balance.gaps {
        widgets::colored(ui, theme::warning(ui), &gap.describe());
    }
    counts_ui(
        ui,
        &tr!("shortlist-room-by-type"),
        "room_by_type",
        &balance.by_type,
    );
    counts_ui(
        ui,
        &tr!("shortlist-room-by-country"),
        "room_by_country",
        &balance.by_country,
    );
    egui::CollapsingHeader::new(crate::bidi::visual(&tr!("shortlist-room-targets")).into_owned())
        .id_salt("room_targets")
        .show(ui, |ui| targets_ui(ui, doc, actions));
}

/// A folded section of the room's counts, one line per type or country.
fn counts_ui(ui: &mut Ui, title: &str, salt: &'static str, counts: &[Count]) {
    egui::CollapsingHeader::new(crate::bidi::visual(title).into_owned())
        .id_salt(salt)
        .show(ui, |ui| {
            for count in counts {
                widgets::label(
                    ui,
                    &tr!(
                        "shortlist-room-count",
                        what = count.label.as_str(),
                        count = count.count
                    ),
                );
            }
        });
}

/// The targets, each a line: at least how many, of which type, where.
fn targets_ui(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    let mut targets = doc.invitations.targets.clone();
    let mut remove = None;
    for (i, target) in targets.iter_mut().enumerate() {
        ui.push_id(("target", i), |ui| {
            target_ui(ui, doc, target);
            let name = tr!("shortlist-room-remove-target-named", number = i + 1);
            if widgets::named_button(ui, &tr!("shortlist-room-remove-target"), &name).clicked() {
                remove = Some(i);
            }
        });
        ui.separator();
    }
    if let Some(i) = remove {
        targets.remove(i);
    }
    if widgets::button(ui, &tr!("shortlist-room-add-target")).clicked() {
        targets.push(Target::default());
    }
    if targets != doc.invitations.targets {
        let mut settings = doc.invitations.clone();
        settings.targets = targets;
        actions.push(Action::SetInvitationSettings(settings));
    }
}

fn target_ui(ui: &mut Ui, doc: &Document, target: &mut Target) {
    let settings = &doc.invitations;
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [theme::FIELD_LABEL_WIDTH, 18.0],
            egui::Label::new(crate::bidi::visual(&tr!("shortlist-room-at-least")).into_owned()),
        );
        ui.add(
            egui::DragValue::new(&mut target.at_least)
                .range(1..=1000)
                .clamp_existing_to_range(false),
        )
        .labelled_by(label.id);
    });
    let types = &doc.vocabularies.stakeholder_types;
    let any = tr!("shortlist-room-any-type");
    let shown = if target.stakeholder_type.is_empty() {
        any.clone()
    } else {
        Vocabularies::label(types, &target.stakeholder_type).to_owned()
    };
    widgets::combo(ui, &tr!("shortlist-room-of-type"), "target_type", &shown, |ui| {
        ui.selectable_value(&mut target.stakeholder_type, String::new(), any);
        for term in types {
            ui.selectable_value(&mut target.stakeholder_type, term.key.clone(), &term.label);
        }
    });
    let mut scopes = vec![
        (Scope::Meeting, tr!("shortlist-room-scope-meeting")),
        (Scope::EachMemberCountry, tr!("shortlist-room-scope-each-member")),
    ];
    scopes.extend(
        settings
            .country_groups
            .iter()
            .map(|g| (Scope::Group(g.key.clone()), settings.group_label(&g.key))),
    );
    scopes.extend(settings.member_countries.iter().map(|code| {
        (
            Scope::Country(code.clone()),
            crate::model::countries::country_name(code),
        )
    }));
    let shown = scopes
        .iter()
        .find(|(scope, _)| *scope == target.scope)
        .map(|(_, text)| text.clone())
        .unwrap_or_default();
    widgets::combo(ui, &tr!("shortlist-room-where"), "target_scope", &shown, |ui| {
        for (scope, text) in scopes {
            ui.selectable_value(&mut target.scope, scope, text);
        }
    });
}
