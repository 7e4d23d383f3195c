//! The partnership board on the projector: chosen in the Meeting menu, in
//! large type, one column per stage with its count, no controls, and only the
//! cards in view drawn when the board is large.

#[expect(dead_code, reason = "these tests need only the harness with a clock")]
mod common;

use std::sync::Arc;

use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::MajlisApp;
use majlis::clock::ManualClock;
use majlis::model::board::DROPPED;
use majlis::model::{Confidentiality, Document, Partnership};
use majlis::ui::projector::ProjectorContent;

/// The projector, which the test harness shows as a window inside the main one.
fn projector<'a>(harness: &'a Harness<'_, MajlisApp>) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Window, "Majlis projector")
}

/// Widgets inside the projector that the audience could mistake for controls.
fn projector_controls(harness: &Harness<'_, MajlisApp>) -> Vec<String> {
    let projector = projector(harness);
    let mut found = Vec::new();
    for role in [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::Slider,
        Role::SpinButton,
    ] {
        found.extend(
            projector
                .query_all_by_role(role)
                .map(|node| format!("{role:?} {:?}", node.accesskit_node().label())),
        );
    }
    found
}

/// Partnerships the room may see at stage `key`, in document order.
fn public_at<'a>(doc: &'a Document, key: &str) -> Vec<&'a Partnership> {
    doc.partnerships
        .iter()
        .filter(|p| p.stage == key && p.confidentiality == Confidentiality::Public)
        .map(AsRef::as_ref)
        .collect()
}

#[test]
fn the_meeting_menu_puts_the_board_on_the_projector() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = harness_with_clock(
        Some(sample_copy(dir.path())),
        ScriptedDialogs::default(),
        None,
        clock,
    );
    harness.key_press(Key::F9);
    harness.run_ok();
    assert!(harness.state().projector_open);

    harness.get_by_label("Meeting").click();
    harness.run_ok();
    harness.get_by_label("Projector shows").hover();
    harness.run_ok();
    harness.get_by_label("The partnership board").click();
    harness.run_ok();
    harness.key_press(Key::Escape);
    harness.run_ok();
    assert_eq!(harness.state().projector.content, ProjectorContent::Board);

    let doc = harness.state().session.as_ref().unwrap().doc.clone();
    let stages: Vec<_> = doc
        .vocabularies
        .stages
        .iter()
        .filter(|s| s.key != DROPPED)
        .collect();
    let first = stages[0];
    let cards = public_at(&doc, &first.key);
    assert!(
        !cards.is_empty(),
        "the sample has partnerships at its first stage"
    );
    let shown = projector(&harness);
    shown.get_by_label("Partnerships");
    for stage in &stages {
        let count = public_at(&doc, &stage.key).len();
        shown.get_by_label(&format!("{} ({count})", stage.label));
    }
    let dropped = doc.vocabularies.stages.iter().find(|s| s.key == DROPPED).unwrap();
    let dropped = format!("{} (", dropped.label);
    assert!(
        shown.query_by_label_contains(&dropped).is_none(),
        "the dropped column is left out"
    );
    shown.get_by_label(&cards[0].title);
    assert_eq!(projector_controls(&harness), Vec::<String>::new());
}

/// A meeting whose first stage holds `count` partnerships.
fn large_board(count: usize) -> Document {
    let mut doc = Document::new_meeting();
    let stage = doc.vocabularies.stages[0].key.clone();
    doc.partnerships = (1..=count)
        .map(|n| {
            Arc::new(Partnership {
                title: format!("Partnership number {n}"),
                stage: stage.clone(),
                ..Partnership::default()
            })
        })
        .collect();
    doc
}

#[test]
fn a_board_of_a_thousand_draws_only_the_cards_in_view() {
    let doc = large_board(1_000);
    let now = meeting_time(9, 0);
    let mut harness = Harness::builder()
        .with_context_setup(majlis::fonts::install)
        .with_size(egui::vec2(1024.0, 720.0))
        .build_ui(|ui| majlis::ui::projector::ui(ui, &doc, now, ProjectorContent::Board));
    harness.run();
    let label = &doc.vocabularies.stages[0].label;
    harness.get_by_label(&format!("{label} (1,000)"));
    harness.get_by_label("Partnership number 1");
    let drawn = harness.query_all_by_label_contains("Partnership number").count();
    assert!((1..20).contains(&drawn), "{drawn} cards drawn");
    assert!(harness.query_by_role(Role::Button).is_none());
}

#[test]
fn an_arabic_title_is_named_in_the_order_it_was_written() {
    let mut doc = Document::new_meeting();
    let stage = doc.vocabularies.stages[0].key.clone();
    let title = "شبكة حاضنات الأعمال العربية";
    doc.partnerships = vec![Arc::new(Partnership {
        title: title.to_owned(),
        stage,
        ..Partnership::default()
    })];
    let now = meeting_time(9, 0);
    let mut harness = Harness::builder()
        .with_context_setup(majlis::fonts::install)
        .with_size(egui::vec2(1024.0, 720.0))
        .build_ui(|ui| majlis::ui::projector::ui(ui, &doc, now, ProjectorContent::Board));
    harness.run();
    harness.get_by_label(title);
}
