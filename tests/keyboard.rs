//! Majlis without a mouse: the list of shortcuts on F1, the zoom on
//! Ctrl+Plus, Minus and 0 (remembered), registry rows reached and opened
//! from the keyboard, and Escape closing what is open.

#[expect(
    dead_code,
    reason = "these tests need only the harness with options and the sample"
)]
mod common;

use std::path::Path;

use common::{ScriptedDialogs, harness_with_options, meeting_time, sample_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::{MajlisApp, Options};
use majlis::clock::ManualClock;
use majlis::command::Command;
use majlis::preferences::Preferences;
use majlis::recent::RecentFiles;
use majlis::ui::Tab;

fn app(dir: &Path) -> Harness<'static, MajlisApp> {
    harness_with_options(Options {
        open: Some(sample_copy(dir)),
        dialogs: Box::new(ScriptedDialogs::default()),
        recent: RecentFiles::load(None),
        recovery: None,
        clock: Box::new(ManualClock::new(meeting_time(9, 0))),
        preferences: Preferences::load(Some(dir.join("preferences.ron"))),
    })
}

fn press(harness: &mut Harness<'_, MajlisApp>, key: Key) {
    harness.key_press(key);
    harness.run_ok();
}

fn press_with_ctrl(harness: &mut Harness<'_, MajlisApp>, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND, key);
    harness.run_ok();
}

#[test]
fn f1_lists_every_shortcut_and_escape_closes_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path());
    let title = Command::Help.label();
    let open = |harness: &Harness<'_, MajlisApp>| harness.query_all_by_label(&title).count() > 0;
    assert!(!open(&harness));

    press(&mut harness, Key::F1);
    assert!(open(&harness));
    harness.get_by_role_and_label(Role::Dialog, &title);
    for command in [
        Command::StartItem,
        Command::NextSpeaker,
        Command::CheckIn,
        Command::ZoomIn,
    ] {
        harness.get_by_label(&command.label());
    }
    harness.get_by_label("F5");
    harness.get_by_label("F8");
    // While the list is open, the meeting's shortcuts do nothing.
    press(&mut harness, Key::F7);
    assert!(
        harness.state().session.as_ref().unwrap().doc.agenda[0]
            .actual_start
            .is_none(),
        "F7 did not start an item behind the list"
    );
    press(&mut harness, Key::Escape);
    assert!(!open(&harness), "Escape closed it");

    press(&mut harness, Key::F1);
    assert!(open(&harness));
    press(&mut harness, Key::F1);
    assert!(!open(&harness), "F1 again closed it");
}

#[test]
fn the_window_is_named_by_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(dir.path());
    let name = harness.root().accesskit_node().label().unwrap_or_default();
    assert!(
        name.starts_with("beirut.ron") && name.ends_with("Majlis"),
        "{name:?}"
    );
}

#[test]
fn the_zoom_follows_ctrl_plus_minus_and_zero_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path());
    let zoom = |harness: &Harness<'_, MajlisApp>| harness.ctx.zoom_factor();
    assert!((zoom(&harness) - 1.0).abs() < 1e-6);

    press_with_ctrl(&mut harness, Key::Plus);
    press_with_ctrl(&mut harness, Key::Equals);
    assert!((zoom(&harness) - 1.2).abs() < 1e-6, "{}", zoom(&harness));
    press_with_ctrl(&mut harness, Key::Minus);
    assert!((zoom(&harness) - 1.1).abs() < 1e-6);
    drop(harness);

    let mut harness = app(dir.path());
    assert!(
        (zoom(&harness) - 1.1).abs() < 1e-6,
        "remembered: {}",
        zoom(&harness)
    );
    press_with_ctrl(&mut harness, Key::Num0);
    assert!((zoom(&harness) - 1.0).abs() < 1e-6);
    assert!((harness.state().preferences().zoom - 1.0).abs() < 1e-6);
}

#[test]
fn a_registry_row_is_reached_with_tab_and_opened_with_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path());
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("Search").focus();
    harness.run_ok();
    harness.event(egui::Event::Text("Berytech".to_owned()));
    harness.run_ok();
    assert!(
        harness.query_by_label("Phone").is_none()
            && harness.query_all_by_label_contains("Website of").next().is_none()
    );

    // Tab leaves the search for the controls after it, then the row.
    let mut reached = false;
    for _ in 0..40 {
        press(&mut harness, Key::Tab);
        let focused = harness
            .root()
            .children_recursive()
            .find(|node| node.accesskit_node().is_focused());
        if focused.is_some_and(|node| node.accesskit_node().role() == Role::Cell) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches a row of the table");
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains("Website of Berytech");
}

#[test]
fn the_registry_is_a_table_to_screen_readers() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path());
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    let roles: Vec<Role> = harness
        .root()
        .children_recursive()
        .map(|node| node.accesskit_node().role())
        .collect();
    let count = |role| roles.iter().filter(|r| **r == role).count();
    assert_eq!(count(Role::Table), 1);
    assert_eq!(count(Role::ColumnHeader), 6, "one header per column");
    assert!(count(Role::Cell) >= 6 * 10, "the cells of the rows in view");
    let rows: std::collections::BTreeSet<usize> = harness
        .get_all_by_role(Role::Cell)
        .filter_map(|cell| cell.accesskit_node().data().row_index())
        .collect();
    assert!(
        rows.len() >= 10 && !rows.contains(&0),
        "each cell knows its row: {rows:?}"
    );
    let left_of = |harness: &Harness<'_, MajlisApp>, id: &'static str| {
        let title = majlis::i18n::message(id, &[]);
        harness.get_by_role_and_label(Role::Button, &title).rect().left()
    };
    let (name, invitation) = ("registry-column-name", "registry-column-invitation");
    assert!(
        left_of(&harness, name) < left_of(&harness, invitation),
        "the name first, on the left"
    );

    // In Arabic the columns read from the right.
    harness
        .state_mut()
        .choose_language(majlis::i18n::Language::Arabic);
    harness.run_ok();
    assert!(
        left_of(&harness, name) > left_of(&harness, invitation),
        "the name first, on the right"
    );
    harness
        .state_mut()
        .choose_language(majlis::i18n::Language::English);
}

#[test]
fn escape_closes_an_open_drop_down() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path());
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    let choices =
        |harness: &Harness<'_, MajlisApp>| harness.query_all_by_label("Academia and research").count();
    let before = choices(&harness);
    harness.get_by_role_and_label(Role::ComboBox, "Type").focus();
    harness.run_ok();
    press(&mut harness, Key::Enter);
    assert!(choices(&harness) > before, "the drop-down is open");
    press(&mut harness, Key::Escape);
    assert_eq!(choices(&harness), before, "Escape closed it");
}
