//! The Report tab: the report chosen is drawn as it will be exported, and
//! Export… writes it where asked, never over the meeting's own file.

#![expect(clippy::expect_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the harness and the sample")]
mod common;

use std::path::PathBuf;
use std::time::Instant;

use common::{ScriptedDialogs, harness, meeting_time, sample_copy};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::action::Action;
use majlis::app::MajlisApp;
use majlis::model::report::{self, Report, SectionKind};
use majlis::ui::Tab;

/// The report the tab's choices describe, built here apart from the window.
fn expected(harness: &Harness<'_, MajlisApp>) -> Report {
    let app = harness.state();
    let doc = &app.session.as_ref().expect("a meeting is open").doc;
    report::build(doc, &app.report.options(meeting_time(9, 0)))
}

/// The headings of the main sections of `report`.
fn main_headings(report: &Report) -> Vec<String> {
    report
        .sections
        .iter()
        .filter(|s| s.level == 1)
        .map(|s| s.heading.plain())
        .collect()
}

fn shows_section(harness: &Harness<'_, MajlisApp>, heading: &str) -> bool {
    harness
        .query_by_role_and_label(Role::DisclosureTriangle, heading)
        .is_some()
}

fn open_report_tab(dialogs: ScriptedDialogs) -> (tempfile::TempDir, PathBuf, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = sample_copy(dir.path());
    let mut harness = harness(Some(path.clone()), dialogs);
    harness.get_by_label(&Tab::Report.label()).click();
    harness.run_ok();
    (dir, path, harness)
}

fn click(harness: &mut Harness<'_, MajlisApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).click();
    harness.run_ok();
}

#[test]
fn the_preview_shows_the_chosen_sections_and_forms() {
    let (_dir, _path, mut harness) = open_report_tab(ScriptedDialogs::default());
    let working = expected(&harness);
    let headings = main_headings(&working);
    let facts = SectionKind::Facts.label();
    assert!(
        headings.contains(&facts),
        "the sample has meeting facts: {headings:?}"
    );
    harness.get_by_label(&working.title.plain());
    for heading in &headings {
        assert!(shows_section(&harness, heading), "{heading} is in the preview");
    }

    // A section left out goes from the preview, and the others stay.
    click(&mut harness, Role::CheckBox, &facts);
    let without = expected(&harness);
    assert!(!main_headings(&without).contains(&facts));
    assert!(!shows_section(&harness, &facts), "the facts are left out");
    for heading in main_headings(&without) {
        assert!(shows_section(&harness, &heading), "{heading} stays");
    }
    click(&mut harness, Role::CheckBox, &facts);
    assert!(shows_section(&harness, &facts), "the facts are back");

    // The official report has its own headings.
    click(&mut harness, Role::RadioButton, "Official meeting report");
    let official = expected(&harness);
    assert_ne!(official.title, working.title);
    let official_headings = main_headings(&official);
    assert!(!official_headings.is_empty(), "the official report has sections");
    harness.get_by_label(&official.title.plain());
    for heading in &official_headings {
        assert!(
            shows_section(&harness, heading),
            "{heading} is in the official preview"
        );
    }

    // In Arabic, the report's own words and the meeting's title are Arabic.
    click(&mut harness, Role::RadioButton, "العربية");
    let arabic = expected(&harness);
    let title = arabic.title.plain();
    let doc_title = harness
        .state()
        .session
        .as_ref()
        .expect("open")
        .doc
        .meeting
        .title_ar
        .clone();
    assert!(title.contains(&doc_title), "{title}");
    harness.get_by_label(&title);
}

#[test]
fn export_writes_the_report_the_tab_shows() {
    let dialogs = ScriptedDialogs::default();
    let (dir, _path, mut harness) = open_report_tab(dialogs.clone());
    let target = dir.path().join("report.html");
    dialogs.answers.borrow_mut().push_back(Some(target.clone()));
    click(&mut harness, Role::Button, "Export…");
    let html = std::fs::read_to_string(&target).expect("the report is written");
    let title = harness
        .state()
        .session
        .as_ref()
        .expect("open")
        .doc
        .meeting
        .title
        .clone();
    assert!(html.contains("<html"), "an HTML file");
    assert!(html.contains(&title), "with the meeting's title");
    assert!(
        !harness.state().status.is_error,
        "{}",
        harness.state().status.text
    );
    assert!(harness.state().status.text.contains("report.html"));

    let markdown = dir.path().join("report.md");
    dialogs.answers.borrow_mut().push_back(Some(markdown.clone()));
    click(&mut harness, Role::Button, "Export…");
    let text = std::fs::read_to_string(&markdown).expect("the Markdown report is written");
    assert!(!text.contains("<html"), "Markdown, not HTML");
    assert!(text.contains(&title), "with the meeting's title");
}

#[test]
fn without_a_native_dialog_the_path_is_typed_in_the_window() {
    let (dir, _path, mut harness) = open_report_tab(ScriptedDialogs::default());
    click(&mut harness, Role::Button, "Export…");
    // The path shown is the one suggested, beside the meeting's file.
    click(&mut harness, Role::Button, "Export");
    let written: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    let [report] = written.as_slice() else {
        panic!("one report written: {written:?}");
    };
    let name = report.file_name().expect("a name").to_string_lossy().into_owned();
    assert!(name.starts_with("expert-group-meeting"), "{name}");
    assert!(name.ends_with("-en.html"), "{name}");
}

#[test]
fn export_over_the_meeting_file_is_refused() {
    let dialogs = ScriptedDialogs::default();
    let (_dir, path, mut harness) = open_report_tab(dialogs.clone());
    let before = std::fs::read(&path).expect("the meeting file");
    dialogs.answers.borrow_mut().push_back(Some(path.clone()));
    click(&mut harness, Role::Button, "Export…");
    assert_eq!(std::fs::read(&path).expect("the meeting file"), before);
    assert!(harness.state().status.is_error, "the refusal is said");
}

#[test]
fn the_report_is_built_again_only_when_something_it_shows_changed() {
    let (_dir, _path, mut harness) = open_report_tab(ScriptedDialogs::default());
    let builds = harness.state().report.builds();
    assert!(builds > 0, "the tab built its report");
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(harness.state().report.builds(), builds, "frames reuse the report");

    // A new title for the meeting is a new report, shown at once.
    let meeting = {
        let doc = &harness.state().session.as_ref().expect("open").doc;
        majlis::model::Meeting {
            title: "Second expert group meeting on regional networking".into(),
            ..doc.meeting.clone()
        }
    };
    harness
        .state_mut()
        .session
        .as_mut()
        .expect("open")
        .apply(Action::SetMeeting(meeting), Instant::now());
    harness.run_ok();
    assert_eq!(harness.state().report.builds(), builds + 1, "built once more");
    let title = expected(&harness).title.plain();
    assert!(title.contains("Second expert group meeting"), "{title}");
    harness.get_by_label(&title);

    // Undo is another state of the meeting again.
    harness.state_mut().session.as_mut().expect("open").undo();
    harness.run_ok();
    assert_eq!(harness.state().report.builds(), builds + 2);
    assert!(!expected(&harness).title.plain().contains("Second"));
}

#[test]
fn name_cards_are_previewed_and_exported_like_the_report() {
    let dialogs = ScriptedDialogs::default();
    let (dir, _path, mut harness) = open_report_tab(dialogs.clone());
    let printable = report::printables::Printable::NameCards;
    click(&mut harness, Role::RadioButton, &printable.label());

    // A participant's name is on a card in the preview.
    let doc = harness.state().session.as_ref().expect("open").doc.clone();
    let public = majlis::model::audience::for_audience(&doc, majlis::model::audience::Audience::Public);
    let person = public
        .people
        .iter()
        .find(|p| !p.name.trim().is_empty())
        .expect("the sample has participants");
    let cards = report::printables::build(&doc, printable, majlis::i18n::Language::English);
    harness.get_by_label(&cards.title.plain());
    assert!(
        harness.query_all_by_label(&person.name).next().is_some(),
        "{} is on a card",
        person.name
    );
    // Printables have no audience of their own to choose.
    assert!(
        harness
            .get_by_role_and_label(Role::RadioButton, "Internal, for the organisers")
            .accesskit_node()
            .is_disabled(),
        "the audience is greyed out"
    );

    // The export writes the cards, with the name on them.
    let target = dir.path().join("cards.html");
    dialogs.answers.borrow_mut().push_back(Some(target.clone()));
    click(&mut harness, Role::Button, "Export…");
    let html = std::fs::read_to_string(&target).expect("the cards are written");
    assert!(html.contains("<html"), "an HTML file");
    assert!(html.contains(&person.name), "with {} on a card", person.name);
    assert!(
        !harness.state().status.is_error,
        "{}",
        harness.state().status.text
    );
}

#[test]
fn a_printable_typed_export_is_named_after_it() {
    let (dir, _path, mut harness) = open_report_tab(ScriptedDialogs::default());
    click(
        &mut harness,
        Role::RadioButton,
        &report::printables::Printable::Programme.label(),
    );
    click(&mut harness, Role::Button, "Export…");
    click(&mut harness, Role::Button, "Export");
    let written: Vec<String> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| p.file_name().expect("a name").to_string_lossy().into_owned())
        .collect();
    let [name] = written.as_slice() else {
        panic!("one file written: {written:?}");
    };
    assert!(name.contains("-programme-"), "{name}");
    assert!(name.ends_with("-en.html"), "{name}");
}

#[test]
fn another_meeting_gets_its_own_report() {
    let (_dir, _path, mut harness) = open_report_tab(ScriptedDialogs::default());
    let sample = expected(&harness).title.plain();
    harness.get_by_label(&sample);
    // A new meeting: its history starts again, as the sample's did.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run_ok();
    click(&mut harness, Role::Button, &Tab::Report.label());
    let new = expected(&harness).title.plain();
    assert_ne!(new, sample);
    harness.get_by_role_and_label(Role::Label, &new);
    assert!(
        harness.query_by_label(&sample).is_none(),
        "the sample's report is gone"
    );
}
