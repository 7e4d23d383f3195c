//! The shortlist: prospects ranked by their capacity to form partnerships
//! with the participants already confirmed, each with its reasons; beside it
//! the selected prospect, the weights of the score, the balance of the room
//! and the invitations out.
//!
//! The ranking and the balance are worked out again only when the meeting
//! changes (a new [`Signature`]), not every frame.

use std::collections::HashMap;

use egui::Ui;
use egui_extras::Column as TableColumn;

use super::{room, sending};
use crate::action::Action;
use crate::model::invitations::balance::{Balance, balance};
use crate::model::invitations::shortlist::{
    AREAS_COUNTED, Candidate, PARTNERS_COUNTED, Part, Why, shortlist_with,
};
use crate::model::invitations::{Settings, Standing, Status, Weights, letters};
use crate::model::{
    Document, FundingSource, Id, Organisation, Partnership, Person, Shared, Vocabularies, now,
};
use crate::tr;
use crate::ui::report::Signature;
use crate::ui::{table, theme, widgets};

/// The parts of a score, in the order they are shown.
pub const PARTS: [Part; 4] = Part::ALL;

/// What the ranking reads: the records (compared by pointer, as an edit
/// replaces the one it changes), the settings but the letters, and the
/// vocabularies. Typing a letter template changes none of it.
struct Inputs {
    organisations: Vec<Shared<Organisation>>,
    people: Vec<Shared<Person>>,
    partnerships: Vec<Shared<Partnership>>,
    funding_sources: Vec<Shared<FundingSource>>,
    settings: Settings,
    vocabularies: Vocabularies,
}

impl Inputs {
    fn of(doc: &Document) -> Self {
        Self {
            organisations: doc.organisations.clone(),
            people: doc.people.clone(),
            partnerships: doc.partnerships.clone(),
            funding_sources: doc.funding_sources.clone(),
            settings: without_letters(&doc.invitations),
            vocabularies: doc.vocabularies.clone(),
        }
    }

    fn same(&self, doc: &Document) -> bool {
        fn same_list<T>(a: &[Shared<T>], b: &[Shared<T>]) -> bool {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Shared::ptr_eq(x, y))
        }
        same_list(&self.organisations, &doc.organisations)
            && same_list(&self.people, &doc.people)
            && same_list(&self.partnerships, &doc.partnerships)
            && same_list(&self.funding_sources, &doc.funding_sources)
            && self.settings == without_letters(&doc.invitations)
            && self.vocabularies == doc.vocabularies
    }
}

fn without_letters(settings: &Settings) -> Settings {
    Settings {
        letter_english: String::new(),
        letter_arabic: String::new(),
        ..settings.clone()
    }
}

/// What the view shows of one state of the meeting, worked out once.
struct WorkedOut {
    signature: Signature,
    /// The interface's language the reasons and labels were written in.
    language: crate::i18n::Language,
    inputs: Inputs,
    candidates: Vec<Candidate>,
    balance: Balance,
    /// The position of each organisation in the meeting, to draw a row
    /// without a search through every organisation.
    positions: HashMap<Id, usize>,
    invitees: usize,
}

impl WorkedOut {
    fn new(doc: &Document, signature: &Signature) -> Self {
        // Worked out once, for the view and for the gaps the ranking counts.
        let balance = balance(doc);
        Self {
            signature: signature.clone(),
            language: crate::i18n::language(),
            inputs: Inputs::of(doc),
            candidates: shortlist_with(doc, &balance.gaps),
            balance,
            positions: doc
                .organisations
                .iter()
                .enumerate()
                .map(|(i, o)| (o.id, i))
                .collect(),
            invitees: letters::invitees(doc).len(),
        }
    }

    fn organisation<'d>(&self, doc: &'d Document, id: Id) -> Option<&'d Organisation> {
        let at = self.positions.get(&id)?;
        doc.organisations
            .get(*at)
            .map(AsRef::as_ref)
            .filter(|o| o.id == id)
    }
}

/// View state of the shortlist.
#[derive(Default)]
pub struct Shortlist {
    worked_out: Option<WorkedOut>,
    selected: Option<Id>,
    /// What the window is asked to write.
    pub send: Option<sending::Send>,
    /// An organisation to show in the registry's editor.
    pub open: Option<Id>,
}

impl Shortlist {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, signature: &Signature, actions: &mut Vec<Action>) {
        let language = crate::i18n::language();
        match &mut self.worked_out {
            Some(worked) if worked.language != language => {
                self.worked_out = Some(WorkedOut::new(doc, signature));
            }
            Some(worked) if worked.signature == *signature => {}
            Some(worked) if worked.inputs.same(doc) => worked.signature = signature.clone(),
            _ => self.worked_out = Some(WorkedOut::new(doc, signature)),
        }
        let Some(worked) = &self.worked_out else {
            return;
        };
        let candidates = &worked.candidates;
        crate::ui::mirror::end_panel("shortlist_side")
            .resizable(true)
            .default_size(theme::EDITOR_WIDTH)
            .show(ui, |ui| {
                crate::ui::mirror::body(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        let chosen = self
                            .selected
                            .and_then(|id| candidates.iter().find(|c| c.organisation == id));
                        if let Some((candidate, org)) =
                            chosen.and_then(|c| Some((c, worked.organisation(doc, c.organisation)?)))
                        {
                            selected_ui(ui, org, candidate, &mut self.open, actions);
                            ui.separator();
                        }
                        weights_ui(ui, doc, actions);
                        ui.separator();
                        room::ui(ui, doc, &worked.balance, actions);
                        ui.separator();
                        sending::ui(ui, doc, worked.invitees, &mut self.send, actions);
                    });
                });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            crate::ui::mirror::body(ui, |ui| {
                widgets::label(ui, &tr!("shortlist-view-count", count = candidates.len()));
                table_ui(ui, doc, worked, &mut self.selected, actions);
            });
        });
    }
}

fn table_ui(
    ui: &mut Ui,
    doc: &Document,
    worked: &WorkedOut,
    selected: &mut Option<Id>,
    actions: &mut Vec<Action>,
) {
    let candidates = &worked.candidates;
    ui.style_mut().interaction.selectable_labels = false;
    let types = &doc.vocabularies.stakeholder_types;
    let headers = [
        tr!("shortlist-view-rank"),
        tr!("registry-column-name"),
        tr!("registry-column-type"),
        tr!("registry-column-country"),
        tr!("shortlist-view-score"),
        tr!("shortlist-view-why"),
        String::new(),
    ];
    let columns = vec![
        TableColumn::exact(40.0),
        TableColumn::initial(220.0)
            .at_least(80.0)
            .clip(true)
            .resizable(true),
        TableColumn::initial(150.0)
            .at_least(60.0)
            .clip(true)
            .resizable(true),
        TableColumn::exact(60.0),
        TableColumn::exact(60.0),
        TableColumn::remainder().at_least(120.0).clip(true),
        TableColumn::exact(80.0),
    ];
    table::scope(ui, |ui| {
        table::builder(ui, "shortlist_table", columns)
            .header(24.0, |mut header| {
                let cells = headers
                    .iter()
                    .map(|title| -> table::Cell<'_> {
                        Box::new(move |ui| {
                            widgets::styled(ui, title, egui::RichText::strong);
                        })
                    })
                    .collect();
                table::header_cells(&mut header, cells);
            })
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, candidates.len(), |mut row| {
                    let rank = row.index() + 1;
                    let Some(candidate) = candidates.get(row.index()) else {
                        return;
                    };
                    let Some(org) = worked.organisation(doc, candidate.organisation) else {
                        return;
                    };
                    row.set_selected(*selected == Some(org.id));
                    if table::row_cells(&mut row, row_cells(rank, org, candidate, types, actions)) {
                        *selected = Some(org.id);
                    }
                });
            });
    });
}

/// The cells of a prospect's row, in the order of the headers.
fn row_cells<'a>(
    rank: usize,
    org: &'a crate::model::Organisation,
    candidate: &'a Candidate,
    types: &'a [crate::model::Term],
    actions: &'a mut Vec<Action>,
) -> Vec<table::Cell<'a>> {
    vec![
        Box::new(move |ui| {
            ui.label(rank.to_string());
        }),
        Box::new(|ui| {
            widgets::truncated(ui, &org.name);
        }),
        Box::new(|ui| {
            widgets::truncated(ui, Vocabularies::label(types, &org.stakeholder_type));
        }),
        Box::new(|ui| {
            crate::ui::widgets::label(ui, &org.country);
        }),
        Box::new(|ui| {
            let score = ui.label(candidate.score().to_string());
            score.on_hover_ui(|ui| parts_ui(ui, candidate));
        }),
        Box::new(|ui| {
            let first = candidate.reasons.first().map(Why::describe).unwrap_or_default();
            widgets::truncated(ui, &first);
        }),
        Box::new(|ui| {
            let name = tr!("shortlist-view-invite-named", organisation = org.name.as_str());
            if widgets::named_button(ui, &tr!("shortlist-view-invite"), &name).clicked()
                && let Some(invitation) = org.invitation.with_status(Status::Invited, now())
            {
                actions.push(Action::SetInvitation {
                    id: org.id,
                    invitation,
                });
            }
        }),
    ]
}

/// The parts of a score, one line each, as the hover over a score shows them.
fn parts_ui(ui: &mut Ui, candidate: &Candidate) {
    for part in PARTS {
        widgets::label(
            ui,
            &tr!(
                "shortlist-view-part",
                part = part.label(),
                points = candidate.parts.get(part)
            ),
        );
    }
    widgets::styled(
        ui,
        &tr!("shortlist-view-total", points = candidate.score()),
        egui::RichText::strong,
    );
}

/// The selected prospect: its score part by part, every reason, and what
/// to do with it.
fn selected_ui(
    ui: &mut Ui,
    org: &Organisation,
    candidate: &Candidate,
    open: &mut Option<Id>,
    actions: &mut Vec<Action>,
) {
    widgets::heading(ui, &org.name);
    parts_ui(ui, candidate);
    for part in PARTS {
        let reasons: Vec<String> = candidate
            .reasons
            .iter()
            .filter(|r| r.part() == part)
            .map(Why::describe)
            .collect();
        if reasons.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        widgets::styled(ui, &part.label(), egui::RichText::strong);
        for reason in &reasons {
            widgets::paragraph(ui, &tr!("shortlist-view-reason", reason = reason.as_str()));
        }
    }
    ui.add_space(6.0);
    // Everyone on the shortlist is a prospect: marked otherwise, they leave it.
    widgets::weak(
        ui,
        &tr!("shortlist-view-standing", standing = Standing::Prospect.label()),
    );
    ui.horizontal_wrapped(|ui| {
        for (status, text) in [
            (Status::Invited, tr!("shortlist-view-mark-invited")),
            (Status::Confirmed, tr!("shortlist-view-mark-confirmed")),
            (Status::Declined, tr!("shortlist-view-mark-declined")),
        ] {
            if ui.button(text).clicked()
                && let Some(invitation) = org.invitation.with_status(status, now())
            {
                actions.push(Action::SetInvitation {
                    id: org.id,
                    invitation,
                });
            }
        }
        if widgets::button(ui, &tr!("shortlist-view-open")).clicked() {
            *open = Some(org.id);
        }
    });
}

/// The weights of the score's parts, kept in the meeting.
fn weights_ui(ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
    widgets::styled(ui, &tr!("shortlist-view-weights"), egui::RichText::strong);
    widgets::weak(
        ui,
        &tr!(
            "shortlist-view-weights-hint",
            partners = PARTNERS_COUNTED,
            areas = AREAS_COUNTED
        ),
    );
    let mut weights: Weights = doc.invitations.weights;
    for part in PARTS {
        let value = match part {
            Part::Complementarity => &mut weights.complementarity,
            Part::Resources => &mut weights.resources,
            Part::Gaps => &mut weights.gaps,
            Part::TrackRecord => &mut weights.track_record,
        };
        ui.horizontal(|ui| {
            let label = ui.add_sized(
                [theme::FIELD_LABEL_WIDTH, 18.0],
                egui::Label::new(crate::bidi::visual(&part.label()).into_owned()),
            );
            ui.add(
                egui::DragValue::new(value)
                    .range(0..=1000)
                    .clamp_existing_to_range(false),
            )
            .labelled_by(label.id);
        });
    }
    if weights != doc.invitations.weights {
        let mut settings = doc.invitations.clone();
        settings.weights = weights;
        actions.push(Action::SetInvitationSettings(settings));
    }
}
