//! The shortlist in the registry: prospects marked invited and confirmed
//! leave it and change the balance of the room, a weight changes the order,
//! the invitees go out as a mail merge and as letters, and undo takes back
//! each step.

#![expect(clippy::expect_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the harness and the sample")]
mod common;
mod fields;

use fields::field;

use std::path::PathBuf;

use common::{ScriptedDialogs, harness, sample_copy};
use egui::Modifiers;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::MajlisApp;
use majlis::model::invitations::balance::{Gap, balance};
use majlis::model::invitations::shortlist::{Part, shortlist};
use majlis::model::invitations::{Standing, Status, Weights};
use majlis::model::{Document, Id};
use majlis::tr;
use majlis::ui::Tab;

fn doc<'h>(harness: &'h Harness<'_, MajlisApp>) -> &'h Document {
    &harness.state().session.as_ref().expect("a meeting is open").doc
}

/// The sample meeting on the registry's shortlist.
fn open_shortlist(dialogs: ScriptedDialogs) -> (tempfile::TempDir, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path), dialogs);
    harness
        .get_by_role_and_label(Role::Button, &Tab::Registry.label())
        .click();
    harness.run_steps(2);
    harness.get_by_label(&tr!("registry-shortlist")).click();
    harness.run_steps(3);
    (dir, harness)
}

fn name_of(doc: &Document, id: Id) -> String {
    doc.organisation(id).expect("registered").name.clone()
}

/// The organisations in the order the shortlist's invite buttons show them.
fn shown_order(harness: &Harness<'_, MajlisApp>) -> Vec<String> {
    harness
        .query_all_by_role(Role::Button)
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            label.strip_prefix("Invite ").map(str::to_owned)
        })
        .collect()
}

fn ranked(doc: &Document) -> Vec<String> {
    shortlist(doc)
        .iter()
        .map(|c| name_of(doc, c.organisation))
        .collect()
}

fn status_of(doc: &Document, id: Id) -> Status {
    doc.organisation(id).expect("registered").invitation.status
}

fn undo(harness: &mut Harness<'_, MajlisApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(3);
}

#[test]
fn prospects_marked_invited_and_confirmed_leave_the_shortlist_and_change_the_room_and_undo_restores_each_step()
 {
    let (_dir, mut harness) = open_shortlist(ScriptedDialogs::default());
    let ranked_before = ranked(doc(&harness));
    assert!(ranked_before.len() >= 5, "the sample has prospects");
    let shown = shown_order(&harness);
    assert_eq!(shown, ranked_before[..shown.len()], "the table shows the ranking");
    let count = |n: usize| tr!("shortlist-view-count", count = n);
    harness.get_by_label(&count(ranked_before.len()));

    // Confirm the incubator from Yemen: the gap it filled goes.
    let aden = doc(&harness)
        .organisations
        .iter()
        .find(|o| o.name == "Aden Technology Incubator")
        .expect("a prospect of the sample")
        .id;
    let gaps = |doc: &Document| -> Vec<String> { balance(doc).gaps.iter().map(Gap::describe).collect() };
    let gaps_before = gaps(doc(&harness));
    let yemen_gap = gaps_before
        .iter()
        .find(|g| g.contains("Yemen") && g.contains("incubator"))
        .expect("no incubator from Yemen among the confirmed")
        .clone();
    harness.get_by_label(&yemen_gap);
    harness.get_by_label("Aden Technology Incubator").click();
    harness.run_steps(2);
    harness
        .get_by_label(&tr!("shortlist-view-mark-confirmed"))
        .click();
    harness.run_steps(3);
    assert_eq!(status_of(doc(&harness), aden), Status::Confirmed);
    let gaps_after = gaps(doc(&harness));
    assert!(!gaps_after.contains(&yemen_gap), "{gaps_after:?}");
    assert!(
        harness.query_by_label(&yemen_gap).is_none(),
        "the balance shows the change"
    );
    let ranked_after_confirm = ranked(doc(&harness));
    assert!(!ranked_after_confirm.contains(&"Aden Technology Incubator".to_owned()));
    assert_eq!(shown_order(&harness), ranked_after_confirm[..shown.len() - 1]);
    harness.get_by_label(&count(ranked_before.len() - 1));

    // Invite the first now: it leaves the shortlist too.
    let first = shortlist(doc(&harness))[0].organisation;
    harness
        .get_by_label(&format!("Invite {}", name_of(doc(&harness), first)))
        .click();
    harness.run_steps(3);
    assert_eq!(status_of(doc(&harness), first), Status::Invited);
    assert_eq!(ranked(doc(&harness)), ranked_after_confirm[1..]);
    harness.get_by_label(&count(ranked_before.len() - 2));

    undo(&mut harness);
    assert_eq!(status_of(doc(&harness), first), Status::Prospect);
    assert_eq!(ranked(doc(&harness)), ranked_after_confirm);
    undo(&mut harness);
    assert_eq!(status_of(doc(&harness), aden), Status::Prospect);
    harness.get_by_label(&yemen_gap);
    assert_eq!(ranked(doc(&harness)), ranked_before);
    assert_eq!(shown_order(&harness), ranked_before[..shown.len()]);
}

#[test]
fn a_weight_set_to_nothing_changes_the_order_and_is_undone() {
    let (_dir, mut harness) = open_shortlist(ScriptedDialogs::default());
    let before = shown_order(&harness);
    harness
        .get_by_role_and_label(Role::SpinButton, &Part::Complementarity.label())
        .set_value_accesskit(0.0);
    harness.run_steps(3);
    let weights = doc(&harness).invitations.weights;
    assert_eq!(weights.complementarity, 0);
    assert_eq!(weights.resources, Weights::default().resources);
    let after = shown_order(&harness);
    assert_eq!(after, ranked(doc(&harness))[..after.len()]);
    assert_ne!(after, before, "complementarity mattered in the sample's order");
    undo(&mut harness);
    assert_eq!(doc(&harness).invitations.weights, Weights::default());
    assert_eq!(shown_order(&harness), before);
}

#[test]
fn the_invitees_go_out_as_a_mail_merge_and_as_one_letter_each() {
    let dialogs = ScriptedDialogs::default();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let csv: PathBuf = dir.path().join("invitees.csv");
    let letters: PathBuf = dir.path().join("letters");
    dialogs
        .answers
        .borrow_mut()
        .extend([Some(csv.clone()), Some(letters.clone())]);
    let (_meeting, mut harness) = open_shortlist(dialogs);
    // The sample has one person invited; invite the first prospect too.
    let first = shortlist(doc(&harness))[0].organisation;
    let first_name = name_of(doc(&harness), first);
    harness.get_by_label(&format!("Invite {first_name}")).click();
    harness.run_steps(3);
    harness.get_by_label(&tr!("shortlist-send-invitees", count = 2));

    harness.get_by_label(&tr!("shortlist-send-mail-merge")).click();
    harness.run_steps(3);
    let bytes = std::fs::read(&csv).expect("the mail merge is written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte-order mark");
    let text = String::from_utf8(bytes).expect("UTF-8");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().any(|r| r.iter().any(|cell| cell == "سميرة نصر")));
    assert!(rows.iter().any(|r| r.iter().any(|cell| cell == first_name)));

    harness.get_by_label(&tr!("shortlist-send-letters")).click();
    harness.run_steps(3);
    let mut written: Vec<String> = std::fs::read_dir(&letters)
        .expect("the letters' folder")
        .map(|e| std::fs::read_to_string(e.expect("a letter").path()).expect("HTML"))
        .collect();
    written.sort();
    assert_eq!(written.len(), 2);
    assert!(
        written
            .iter()
            .any(|html| html.contains("dir=\"rtl\"") && html.contains("سميرة نصر"))
    );
    assert!(
        written.iter().any(|html| html.contains(&first_name)),
        "{first_name}: {written:?}"
    );
}

#[test]
fn the_registry_counts_and_filters_by_invitation_and_the_editor_changes_it_one_undo_at_a_time() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    harness
        .get_by_role_and_label(Role::Button, &Tab::Registry.label())
        .click();
    harness.run_steps(2);
    let standings = majlis::model::invitations::organisation_standings(doc(&harness));
    let how_many = |s: Standing| standings.iter().filter(|x| **x == s).count();
    // The sample: six prospects, one invited, one declined, the rest came.
    assert_eq!(
        [
            Standing::Prospect,
            Standing::Invited,
            Standing::Confirmed,
            Standing::Declined
        ]
        .map(how_many),
        [6, 1, 0, 1]
    );
    harness.get_by_label(&tr!(
        "registry-invitation-counts",
        prospects = 6,
        invited = 1,
        confirmed = 0,
        declined = 1,
        attended = how_many(Standing::Attended)
    ));
    harness
        .get_by_role_and_label(Role::ComboBox, &tr!("registry-filter-invitation"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_label(&tr!(
            "registry-invitation-with-count",
            standing = Standing::Declined.label(),
            count = 1
        ))
        .click();
    harness.run_steps(3);
    let total = doc(&harness).organisations.len();
    harness.get_by_label(&tr!("registry-shown-of-total", shown = 1, total = total));
    harness.get_by_label("Mashreq Telecom Operators Forum").click();
    harness.run_steps(3);
    let forum = doc(&harness)
        .organisations
        .iter()
        .find(|o| o.name == "Mashreq Telecom Operators Forum")
        .expect("in the sample")
        .id;
    harness.get_by_label(&tr!(
        "registry-invitation-since",
        standing = Standing::Declined.label(),
        date = "2007-09-27"
    ));
    // Far down the editor of an organisation, out of the pointer's reach.
    harness
        .get(field(&tr!("registry-field-invitation")).role(Role::ComboBox))
        .click_accesskit();
    harness.run_steps(2);
    harness.get_by_label(&Standing::Confirmed.label()).click();
    harness.run_steps(3);
    let invitation = &doc(&harness).organisation(forum).expect("still there").invitation;
    assert_eq!(invitation.status, Status::Confirmed);
    assert_eq!(
        invitation.changes.len(),
        3,
        "the change is dated beside the earlier two"
    );
    // Declined no longer finds it.
    harness.get_by_label(&tr!("registry-shown-of-total", shown = 0, total = total));
    undo(&mut harness);
    let invitation = &doc(&harness).organisation(forum).expect("still there").invitation;
    assert_eq!(invitation.status, Status::Declined);
    assert_eq!(invitation.changes.len(), 2);

    // Typing the organisers' contact is one undo step, not one per letter.
    harness
        .get(field(&tr!("registry-field-invitation-contact")))
        .focus();
    harness.run_steps(1);
    harness
        .get(field(&tr!("registry-field-invitation-contact")))
        .type_text(" and Omar");
    harness.run_steps(3);
    let contact = |h: &Harness<'_, MajlisApp>| {
        doc(h)
            .organisation(forum)
            .expect("still there")
            .invitation
            .contact
            .clone()
    };
    assert!(contact(&harness).contains("Omar"), "{}", contact(&harness));
    undo(&mut harness);
    assert_eq!(contact(&harness), "Rania Khoury");
    assert_eq!(
        doc(&harness)
            .organisation(forum)
            .expect("still there")
            .invitation
            .status,
        Status::Declined
    );
}

#[test]
fn a_mistake_in_a_letter_template_is_shown_while_typing_and_stops_the_letters() {
    let dialogs = ScriptedDialogs::default();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let letters = dir.path().join("letters");
    dialogs.answers.borrow_mut().push_back(Some(letters.clone()));
    let (_meeting, mut harness) = open_shortlist(dialogs);
    harness
        .get_by_label(&tr!("shortlist-send-templates"))
        .click_accesskit();
    harness.run_steps(2);
    harness
        .get_by_label(&tr!("shortlist-send-letter-english"))
        .focus();
    harness.run_steps(1);
    harness
        .get_by_label(&tr!("shortlist-send-letter-english"))
        .type_text(" {nmae}");
    harness.run_steps(3);
    let template = doc(&harness).invitations.letter_english.clone();
    assert!(template.contains("{nmae}"), "{template}");
    let error = majlis::model::invitations::letters::check(&template)
        .expect_err("an unknown placeholder")
        .to_string();
    assert!(error.contains("nmae"), "{error}");
    harness.get_by_label(&error);

    // The sample's one invitee reads Arabic: invite a prospect, whose letter
    // is in English.
    let first = shortlist(doc(&harness))[0].organisation;
    harness
        .get_by_label(&format!("Invite {}", name_of(doc(&harness), first)))
        .click();
    harness.run_steps(3);
    harness
        .get_by_label(&tr!("shortlist-send-letters"))
        .click_accesskit();
    harness.run_steps(3);
    assert!(!letters.exists(), "no letter is written while one cannot be");
    assert!(harness.state().status.is_error, "{}", harness.state().status.text);
    assert!(
        harness.state().status.text.contains("nmae"),
        "{}",
        harness.state().status.text
    );
}
