//! Frame times of the panels while someone scrolls, types and switches tabs.

use std::time::Duration;

use egui::{Event, Pos2};
use majlis::ui::Tab;
use majlis::ui::agenda::AgendaView;

use crate::drive::{Driver, keystroke, wheel};
use crate::table::{Figure, Row};
use crate::{Subject, row};

/// Where the pointer rests while scrolling each panel.
const AGENDA_LIST: Pos2 = Pos2::new(300.0, 320.0);
const REGISTRY_TABLE: Pos2 = Pos2::new(300.0, 420.0);
const BOARD_COLUMN: Pos2 = Pos2::new(100.0, 420.0);
const SCROLL_STEP: f32 = 40.0;
const SEARCH: &str = "ahmad";

/// Frame times of each panel under a realistic interaction, for both subjects.
pub fn frames(subjects: &[Subject; 2], n: usize) -> Vec<Row> {
    let [small, large] = subjects;
    let mut drivers = [
        Driver::open(small.path(), small.now),
        Driver::open(large.path(), large.now),
    ];
    let mut rows = Vec::new();
    each(&mut drivers, |d| d.app.tab = Tab::Agenda);
    let scroll = |_| wheel(AGENDA_LIST, SCROLL_STEP);
    rows.push(sample("Frame: agenda, scrolling", &mut drivers, n, scroll));

    // The record of a done item, in the editor beside the agenda.
    each(&mut drivers, |d| {
        d.app.agenda.selected = done_item(d);
        d.settle();
    });
    rows.push(sample(
        "Frame: agenda + a done item's record",
        &mut drivers,
        n,
        scroll,
    ));
    each(&mut drivers, |d| {
        d.app.agenda.selected = None;
        d.app.agenda.view = AgendaView::ActionItems;
        d.settle();
    });
    rows.push(sample("Frame: action items, scrolling", &mut drivers, n, scroll));
    each(&mut drivers, |d| {
        d.app.agenda.view = AgendaView::Recommendations;
        d.settle();
    });
    rows.push(sample(
        "Frame: recommendations, scrolling",
        &mut drivers,
        n,
        scroll,
    ));
    each(&mut drivers, |d| d.app.agenda.view = AgendaView::Days);

    each(&mut drivers, |d| {
        d.app.tab = Tab::Registry;
        d.settle();
    });
    let scroll = |_| wheel(REGISTRY_TABLE, SCROLL_STEP);
    rows.push(sample("Frame: organisations, scrolling", &mut drivers, n, scroll));

    let people = drivers.iter_mut().all(people_with_editor);
    rows.push(if people {
        sample("Frame: people + editor, scrolling", &mut drivers, n, scroll)
    } else {
        row(
            "Frame: people + editor, scrolling",
            Figure::Skipped,
            Figure::Skipped,
        )
    });

    let name = "Frame: people, typing a search";
    rows.push(if people && drivers.iter_mut().all(focus_search) {
        let letters: Vec<Option<char>> = SEARCH
            .chars()
            .map(Some)
            .chain(SEARCH.chars().map(|_| None))
            .collect();
        sample(name, &mut drivers, n, |i| {
            keystroke(letters.get(i % letters.len()).copied().flatten())
        })
    } else {
        row(name, Figure::Skipped, Figure::Skipped)
    });

    each(&mut drivers, |d| {
        d.app.tab = Tab::Board;
        d.settle();
    });
    let scroll = |_| wheel(BOARD_COLUMN, SCROLL_STEP);
    rows.push(sample(
        "Frame: board, scrolling a column",
        &mut drivers,
        n,
        scroll,
    ));

    // Going back to a panel lays out all its text again: egui keeps only the
    // text shapes used in the previous frame.
    for (tab, name) in [
        (Tab::Agenda, "Frame: switching to the agenda tab"),
        (Tab::Registry, "Frame: switching to the registry tab"),
        (Tab::Board, "Frame: switching to the board tab"),
    ] {
        let mut samples: [Vec<Duration>; 2] = Default::default();
        for _ in 0..n {
            for (driver, samples) in drivers.iter_mut().zip(&mut samples) {
                driver.app.tab = Tab::Financing;
                driver.frame(Vec::new());
                driver.app.tab = tab;
                samples.push(driver.frame(Vec::new()));
            }
        }
        let [small, large] = samples;
        rows.push(row(name, Figure::of(&small), Figure::of(&large)));
    }
    rows
}

/// The first item of the meeting that is done and has a record.
fn done_item(driver: &Driver) -> Option<majlis::model::Id> {
    let doc = &driver.app.session.as_ref()?.doc;
    doc.agenda
        .iter()
        .filter(|a| a.status == majlis::model::ItemStatus::Done)
        .find(|a| doc.records.iter().any(|r| r.agenda_item == Some(a.id)))
        .map(|a| a.id)
}

fn each(drivers: &mut [Driver; 2], mut setup: impl FnMut(&mut Driver)) {
    drivers.iter_mut().for_each(&mut setup);
}

/// `n` frames of each driver in turn after a few unmeasured ones, each with
/// the events `script` gives.
fn sample(name: &str, drivers: &mut [Driver; 2], n: usize, script: impl Fn(usize) -> Vec<Event>) -> Row {
    let warm_up = 2 * SEARCH.len();
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for i in 0..warm_up + n {
        for (driver, samples) in drivers.iter_mut().zip(&mut samples) {
            let time = driver.frame(script(i));
            if i >= warm_up {
                samples.push(time);
            }
        }
    }
    let [small, large] = samples;
    row(name, Figure::of(&small), Figure::of(&large))
}

/// Shows the people table and selects its first person, which opens the editor.
fn people_with_editor(driver: &mut Driver) -> bool {
    let Some(toggle) = driver.locate("People") else {
        return false;
    };
    driver.click(toggle.center());
    let Some(header) = driver.locate("Email") else {
        return false;
    };
    driver.click(header.center() + egui::vec2(0.0, 30.0));
    driver.locate("Phone").is_some()
}

/// Puts the keyboard focus in the registry's search box.
fn focus_search(driver: &mut Driver) -> bool {
    let Some(label) = driver.locate("Search") else {
        return false;
    };
    driver.click(Pos2::new(label.right() + 60.0, label.center().y));
    driver.text_focused()
}
