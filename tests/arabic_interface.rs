//! The interface in Arabic: chosen from the View menu, remembered for the
//! next start, and the room's main work done through it by keyboard: run
//! an item, capture what is said, check someone in at the door, move a card
//! on the board, record a financing lead. Every label looked up here is the
//! Arabic one, through the same catalogue the window speaks.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(
    dead_code,
    reason = "these tests build their own harness, with preferences kept on disk"
)]
mod common;

use std::path::Path;

use chrono::Duration;
use common::{ScriptedDialogs, meeting_time, sample_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::{MajlisApp, Options};
use majlis::clock::ManualClock;
use majlis::i18n::{self, Language};
use majlis::model::{Document, Vocabularies};
use majlis::preferences::Preferences;
use majlis::recent::RecentFiles;
use majlis::tr;
use majlis::ui::Tab;

/// The app on a copy of the sample, its preferences kept in `dir`.
fn app(dir: &Path, clock: ManualClock) -> Harness<'static, MajlisApp> {
    let open = Some(dir.join("beirut.ron")).filter(|p| p.exists());
    let open = open.or_else(|| Some(sample_copy(dir)));
    let preferences = Preferences::load(Some(dir.join("preferences.ron")));
    common::harness_with_options(Options {
        open,
        dialogs: Box::new(ScriptedDialogs::default()),
        recent: RecentFiles::load(None),
        recovery: None,
        clock: Box::new(clock),
        preferences,
    })
}

fn doc(harness: &Harness<'_, MajlisApp>) -> Document {
    harness.state().session.as_ref().unwrap().doc.clone()
}

fn press(harness: &mut Harness<'_, MajlisApp>, key: Key) {
    harness.key_press(key);
    harness.run_ok();
}

fn type_text(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run_ok();
}

/// Chooses Arabic in View > Language, as a person would.
fn choose_arabic(harness: &mut Harness<'_, MajlisApp>) {
    harness
        .get_by_role_and_label(Role::Button, &tr!("menu-view"))
        .click();
    harness.run_ok();
    harness.get_by_label(&tr!("view-language")).click();
    harness.run_ok();
    harness.get_by_label(Language::Arabic.own_name()).click();
    harness.run_ok();
}

#[test]
fn arabic_is_chosen_from_the_menu_and_remembered_for_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = app(dir.path(), clock.clone());
    harness.get_by_label("Agenda");
    choose_arabic(&mut harness);
    assert_eq!(i18n::language(), Language::Arabic);
    assert_eq!(Tab::Agenda.label(), "جدول الأعمال");
    harness.get_by_label("جدول الأعمال");
    assert!(
        harness.query_by_label("Agenda").is_none(),
        "no English tab is left"
    );
    let kept = std::fs::read_to_string(dir.path().join("preferences.ron")).unwrap();
    assert!(kept.contains("Arabic"), "{kept}");
    assert!(
        !std::fs::read_to_string(dir.path().join("beirut.ron"))
            .unwrap()
            .contains("Arabic)"),
        "the meeting file is not touched"
    );
    drop(harness);

    i18n::set_language(Language::English);
    let harness = app(dir.path(), clock);
    assert_eq!(harness.state().preferences().language, Language::Arabic);
    harness.get_by_label("جدول الأعمال");
    i18n::set_language(Language::English);
}

#[test]
fn an_item_is_run_and_captured_in_arabic_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(meeting_time(9, 0));
    let mut harness = app(dir.path(), clock.clone());
    choose_arabic(&mut harness);

    press(&mut harness, Key::F7);
    let opening = doc(&harness).agenda.first().unwrap().id;
    assert!(doc(&harness).agenda_item(opening).unwrap().actual_start.is_some());
    clock.advance(Duration::minutes(3));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run_ok();
    harness
        .get_by_label(&tr!("capture-field-text"))
        .type_text("رحّب الأمين التنفيذي بالوفود");
    press(&mut harness, Key::Enter);
    let records = doc(&harness).records;
    let note = records
        .iter()
        .find(|r| r.text == "رحّب الأمين التنفيذي بالوفود")
        .unwrap();
    assert_eq!(note.agenda_item, Some(opening), "captured for the running item");
    i18n::set_language(Language::English);
}

#[test]
fn someone_is_checked_in_at_the_door_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), ManualClock::new(meeting_time(8, 40)));
    choose_arabic(&mut harness);
    let today = meeting_time(8, 40).date();
    let person = doc(&harness)
        .people
        .iter()
        .find(|p| !p.attendance.contains(&today) && !p.email.is_empty())
        .unwrap()
        .as_ref()
        .clone();

    press(&mut harness, Key::F3);
    harness.get_by_label(&tr!("registry-checkin-search"));
    type_text(&mut harness, &person.email);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::Enter);
    assert!(
        doc(&harness)
            .person(person.id)
            .unwrap()
            .attendance
            .contains(&today)
    );
    i18n::set_language(Language::English);
}

fn stage_of(doc: &Document, id: majlis::model::Id) -> String {
    doc.partnerships
        .iter()
        .find(|p| p.id == id)
        .unwrap()
        .stage
        .clone()
}

#[test]
fn a_card_moves_on_with_the_arrow_that_points_along_the_arabic_reading_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), ManualClock::new(meeting_time(9, 0)));
    choose_arabic(&mut harness);
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    let before = doc(&harness);
    let stages = &before.vocabularies.stages;
    let card = before
        .partnerships
        .iter()
        .find(|p| p.stage == stages[0].key)
        .unwrap();
    let name = tr!(
        "board-card-name",
        title = card.title.as_str(),
        stage = Vocabularies::label(stages, &card.stage)
    );
    harness.get_by_role_and_label(Role::Button, &name).click();
    harness.run_ok();

    // Right to left, the next stage is to the left.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowLeft);
    harness.run_ok();
    assert_eq!(stage_of(&doc(&harness), card.id), stages[1].key);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_ok();
    assert_eq!(stage_of(&doc(&harness), card.id), stages[0].key);
    i18n::set_language(Language::English);
}

#[test]
fn a_financing_lead_is_recorded_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), ManualClock::new(meeting_time(9, 0)));
    choose_arabic(&mut harness);
    harness.get_by_label(&Tab::Financing.label()).click();
    harness.run_ok();
    let project = "Community telecentres for rural Yemen";
    harness.get_by_label(&tr!("field-search")).focus();
    harness.run_ok();
    type_text(&mut harness, project);
    harness.get_by_label(project).click();
    harness.run_ok();
    let leads = doc(&harness).leads.len();
    let record = tr!(
        "financing-matching-record-share-named",
        source = "UNDP ICTDAR: pilot project grants"
    );
    harness.get_by_label(&record).click();
    harness.run_ok();
    assert_eq!(doc(&harness).leads.len(), leads + 1);
    i18n::set_language(Language::English);
}

#[test]
fn menus_and_the_shortcut_list_open_in_the_arabic_interface() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), ManualClock::new(meeting_time(9, 0)));
    choose_arabic(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, &tr!("menu-view"))
        .click();
    harness.run_ok();
    harness.get_by_label(&tr!("view-language"));
    press(&mut harness, Key::Escape);
    press(&mut harness, Key::F1);
    harness.get_by_role_and_label(Role::Dialog, &tr!("help-title"));
    i18n::set_language(Language::English);
}
