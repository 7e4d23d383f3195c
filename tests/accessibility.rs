//! The accessibility tree of every panel of the sample meeting: Arabic names
//! reach screen readers in logical order (never reversed), and every control
//! has a name.

#![expect(clippy::expect_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the plain harness")]
mod common;

use std::collections::BTreeSet;

use common::{ScriptedDialogs, harness, sample_copy};
use egui::Key;
use egui::accesskit::{Action, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::MajlisApp;
use majlis::bidi;
use majlis::ui::Tab;

/// The Arabic names of the sample, in logical order, with at least two words
/// (a reversed one-word name cannot be told from the right one).
fn arabic_names(harness: &Harness<'_, MajlisApp>) -> Vec<String> {
    let doc = &harness.state().session.as_ref().expect("a meeting is open").doc;
    let names = doc
        .organisations
        .iter()
        .flat_map(|o| [o.name.clone(), o.name_ar.clone()])
        .chain(doc.people.iter().map(|p| p.name.clone()))
        .chain(doc.partnerships.iter().map(|p| p.title.clone()))
        .chain(doc.agenda.iter().map(|a| a.title.clone()));
    names
        .map(|name| name.trim().to_owned())
        .filter(|name| bidi::has_rtl(name) && name.split_whitespace().count() > 1)
        .collect()
}

fn reversed_words(name: &str) -> String {
    name.split_whitespace().rev().collect::<Vec<_>>().join(" ")
}

/// Walks the whole tree: every Arabic name shown is in logical order, every
/// control has a name. Returns the names found.
fn walk(harness: &Harness<'_, MajlisApp>, names: &[String], panel: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut unnamed = Vec::new();
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        let label = node.label().unwrap_or_default();
        let value = node.value().unwrap_or_default();
        // What is typed in a field shows, but is not what is checked here.
        let typed = matches!(node.role(), Role::TextInput | Role::MultilineTextInput);
        for text in [&label, &value] {
            for name in names {
                if !typed && text.contains(name.as_str()) {
                    found.insert(name.clone());
                }
                assert!(
                    !text.contains(&reversed_words(name)),
                    "{panel}: {name:?} is exposed backwards in {text:?}"
                );
            }
        }
        let focusable = node.data().supports_action(Action::Focus);
        let cell = matches!(node.role(), Role::Cell | Role::ColumnHeader) && focusable;
        let control =
            cell || matches!(
                node.role(),
                Role::Button
                    | Role::CheckBox
                    | Role::ComboBox
                    | Role::Link
                    | Role::RadioButton
                    | Role::TextInput
                    | Role::MultilineTextInput
                    | Role::SpinButton
                    | Role::Slider
            ) || (node.role() == Role::GenericContainer && node.data().supports_action(Action::Focus));
        // A focusable container (a cell of a table whose rows are clicked) is
        // named by the text in it, or for an empty cell by the rest of its row.
        let container_named = (node.role() == Role::GenericContainer
            && node.parent().is_some_and(|row| has_text(&row)))
            || (cell && (has_text(&node) || node.parent().is_some_and(|row| has_text(&row))));
        let has_name = !label.trim().is_empty()
            || (node.role() == Role::ComboBox && !value.trim().is_empty())
            || container_named;
        // A name says something only with a letter in it: "×" or "…" alone does not.
        let meaningful = label.chars().any(char::is_alphabetic)
            || (node.role() == Role::ComboBox && value.chars().any(char::is_alphabetic))
            || container_named;
        if control && !node.is_hidden() && has_name && !meaningful {
            unnamed.push(format!("{:?} named only {label:?}", node.role()));
        }
        if control && !node.is_hidden() && !has_name {
            let texts: Vec<String> = node
                .children()
                .filter_map(|child| child.label().or_else(|| child.value()))
                .collect();
            unnamed.push(format!("{:?} holding {texts:?}", node.role()));
        }
    }
    assert!(
        unnamed.is_empty(),
        "{panel}: controls without a name: {unnamed:#?}"
    );
    found
}

/// Whether some node under `node` shows text.
fn has_text(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.children().any(|child| {
        child.label().is_some_and(|l| !l.trim().is_empty())
            || child.value().is_some_and(|v| !v.trim().is_empty())
            || has_text(&child)
    })
}

fn type_search(harness: &mut Harness<'_, MajlisApp>, text: &str) {
    harness.get_by_label("Search").focus();
    harness.run_ok();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.get_by_label("Search").type_text(text);
    harness.run_ok();
}

#[test]
fn every_panel_exposes_arabic_names_in_logical_order_and_names_every_control() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    let names = arabic_names(&harness);
    assert!(names.len() > 20, "the sample has Arabic names: {names:?}");
    let mut found = BTreeSet::new();

    for tab in Tab::ALL {
        harness.get_by_label(&tab.label()).click();
        harness.run_ok();
        found.extend(walk(&harness, &names, &tab.label()));
    }

    // The agenda's views, and an item with its record.
    harness.get_by_label(&Tab::Agenda.label()).click();
    harness.run_ok();
    for view in ["Action items (", "Recommendations (", "Days and items"] {
        harness.get_by_label_contains(view).click();
        harness.run_ok();
        found.extend(walk(&harness, &names, view));
    }
    harness.get_by_label_contains("(a) ").click();
    harness.run_ok();
    found.extend(walk(&harness, &names, "an item and its record"));

    // The registry: tables are virtualised, so search brings the names into view.
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness.get_by_label("Organisations").click();
    harness.run_ok();
    let bank = "البنك الإسلامي للتنمية";
    type_search(&mut harness, "الإسلامي");
    let shown = walk(&harness, &names, "organisations, searched");
    assert!(
        shown.contains(bank),
        "the Arabic name of the bank is in the table"
    );
    found.extend(shown);
    harness.get_by_label(bank).click();
    harness.run_ok();
    found.extend(walk(&harness, &names, "an organisation's editor"));
    let arabic_names_of_organisations: Vec<String> = {
        let doc = &harness.state().session.as_ref().expect("a meeting is open").doc;
        doc.organisations
            .iter()
            .map(|o| o.name_ar.trim().to_owned())
            .filter(|name| names.contains(name))
            .collect()
    };
    for name in &arabic_names_of_organisations {
        type_search(&mut harness, name);
        let shown = walk(&harness, &names, "organisations, searched");
        assert!(shown.contains(name), "{name} is in the organisations table");
        found.extend(shown);
    }

    harness.get_by_label("People").click();
    harness.run_ok();
    let people: Vec<String> = {
        let doc = &harness.state().session.as_ref().expect("a meeting is open").doc;
        doc.people
            .iter()
            .filter(|p| bidi::has_rtl(&p.name))
            .map(|p| p.name.clone())
            .collect()
    };
    assert!(!people.is_empty(), "the sample has Arabic names of people");
    for person in &people {
        type_search(&mut harness, person);
        let shown = walk(&harness, &names, "people, searched");
        assert!(shown.contains(person), "{person} is in the people table");
        found.extend(shown);
    }
    if let Some(person) = people.first() {
        type_search(&mut harness, person);
        harness.get_by_label(person).click();
        harness.run_ok();
        found.extend(walk(&harness, &names, "a person's editor"));
    }

    // The board, then the projector over it.
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    found.extend(walk(&harness, &names, "board"));
    harness.key_press(Key::F9);
    harness.run_ok();
    assert!(harness.state().projector_open);
    found.extend(walk(&harness, &names, "projector"));

    for name in arabic_names_of_organisations.iter().chain(&people) {
        assert!(found.contains(name), "{name} was shown");
    }
}

/// The same walk with the interface in Arabic: every control still has a
/// meaningful name, the interface's own words reach screen readers as
/// written (never in the order they are drawn), and so do the sample's names.
#[test]
fn the_arabic_interface_names_every_control_as_written() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(Some(sample_copy(dir.path())), ScriptedDialogs::default());
    let names = arabic_names(&harness);
    harness
        .state_mut()
        .choose_language(majlis::i18n::Language::Arabic);
    harness.run_ok();
    let interface: Vec<String> = Tab::ALL.iter().map(|tab| tab.label()).collect();
    assert!(
        interface.iter().all(|label| bidi::has_rtl(label)),
        "{interface:?}"
    );
    for tab in Tab::ALL {
        harness.get_by_label(&tab.label()).click();
        harness.run_ok();
        walk(&harness, &names, &tab.label());
        for label in &interface {
            assert!(
                harness.query_all_by_label(label).count() >= 1,
                "{label:?} is named as written on {}",
                tab.label()
            );
        }
    }
    harness.get_by_label(&Tab::Registry.label()).click();
    harness.run_ok();
    harness
        .get_by_label(&majlis::i18n::message("registry-people", &[]))
        .click();
    harness.run_ok();
    walk(&harness, &names, "people");
    majlis::i18n::set_language(majlis::i18n::Language::English);
}
