//! The Network tab: the layout settles and is kept in the file, filters
//! choose the links, a click on a node shows its partnerships, a suggested
//! introduction becomes a card on the board, and the network can be seen as
//! it stood at the end of a day.

#![expect(clippy::expect_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the harness and the sample")]
mod common;

use std::path::PathBuf;

use common::{ScriptedDialogs, harness, sample_copy};
use egui::accesskit::Role;
use egui::{Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::action::Action;
use majlis::app::MajlisApp;
use majlis::model::network::{Filter, View, view};
use majlis::model::{Document, Id, board};
use majlis::tr;
use majlis::ui::Tab;
use majlis::ui::network::Selected;

fn doc<'h>(harness: &'h Harness<'_, MajlisApp>) -> &'h Document {
    &harness.state().session.as_ref().expect("a meeting is open").doc
}

/// The sample meeting on the Network tab, its layout settled.
fn open_network_tab() -> (tempfile::TempDir, PathBuf, Harness<'static, MajlisApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = sample_copy(dir.path());
    open_on_network_tab(dir, path)
}

fn open_on_network_tab(
    dir: tempfile::TempDir,
    path: PathBuf,
) -> (tempfile::TempDir, PathBuf, Harness<'static, MajlisApp>) {
    let mut harness = harness(Some(path.clone()), ScriptedDialogs::default());
    harness
        .get_by_role_and_label(Role::Button, &Tab::Network.label())
        .click();
    settle(&mut harness);
    (dir, path, harness)
}

fn settle(harness: &mut Harness<'_, MajlisApp>) {
    for _ in 0..400 {
        harness.step();
        if harness.state().network.is_settled() {
            break;
        }
    }
    assert!(harness.state().network.is_settled(), "the layout settles");
    harness.run_steps(2);
}

fn click_at(harness: &mut Harness<'_, MajlisApp>, at: Pos2) {
    harness.hover_at(at);
    harness.run_steps(2);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
    harness.run_steps(2);
}

fn counts(view: &View) -> String {
    tr!(
        "network-counts",
        organisations = view.shown_count(),
        links = view.graph.links.len(),
        partnerships = view.partnerships.len()
    )
}

/// The organisation with most partners.
fn best_connected(doc: &Document) -> Id {
    let all = view(doc, &Filter::default());
    let node = (0..all.graph.len())
        .max_by_key(|&n| (all.graph.degree(n), std::cmp::Reverse(n)))
        .expect("organisations");
    all.graph.organisations[node]
}

#[test]
fn the_layout_settles_without_an_undo_step_and_is_kept_in_the_file() {
    // The sample keeps its layout: start from a copy that keeps none, as an
    // older file would.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut unplaced = majlis::persistence::load(&sample_copy(dir.path()))
        .expect("the sample")
        .doc;
    assert!(!unplaced.network_layout.is_empty(), "the sample keeps its layout");
    unplaced.network_layout.clear();
    let path = dir.path().join("unplaced.ron");
    majlis::persistence::save(&path, &unplaced).expect("saved");
    let (dir, _path, harness) = open_on_network_tab(dir, path);
    let app = harness.state();
    let session = app.session.as_ref().expect("a meeting is open");
    let placed = &session.doc.network_layout;
    assert_eq!(
        placed.len(),
        session.doc.organisations.len(),
        "every organisation is placed"
    );
    assert!(
        !session.is_dirty(),
        "a layout worked out again, the same, from the file leaves nothing unsaved"
    );
    assert_eq!(
        session.history.undo_label(),
        None,
        "looking is not an edit to undo"
    );

    // Reopened, the picture is the same and nothing moves.
    let saved = dir.path().join("laid-out.ron");
    majlis::persistence::save(&saved, &session.doc).expect("saved");
    let mut again = harness_on(saved);
    let reopened = doc(&again).network_layout.clone();
    assert_eq!(&reopened, placed);
    again.run_steps(3);
    assert!(again.state().network.is_settled());
    let session = again.state().session.as_ref().expect("a meeting is open");
    assert!(!session.is_dirty(), "a reopened layout is not changed");
}

fn harness_on(path: PathBuf) -> Harness<'static, MajlisApp> {
    let mut harness = harness(Some(path), ScriptedDialogs::default());
    harness
        .get_by_role_and_label(Role::Button, &Tab::Network.label())
        .click();
    harness.run_steps(2);
    harness
}

#[test]
fn the_stage_filter_keeps_only_the_partnerships_at_the_stages_ticked() {
    let (_dir, _path, mut harness) = open_network_tab();
    let all = view(doc(&harness), &Filter::default());
    harness.get_by_label(&counts(&all));
    let formalised = doc(&harness)
        .vocabularies
        .stages
        .iter()
        .find(|t| t.key == "formalised")
        .expect("the sample's stages")
        .label
        .clone();
    harness
        .get_by_role_and_label(Role::ComboBox, &tr!("network-filter-stage"))
        .click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::CheckBox, &formalised).click();
    harness.run_steps(3);
    let filter = Filter {
        stages: ["formalised".to_owned()].into_iter().collect(),
        ..Filter::default()
    };
    let only = view(doc(&harness), &filter);
    assert!(!only.partnerships.is_empty() && only.partnerships.len() < all.partnerships.len());
    assert!(only.partnerships.iter().all(|card| card.stage == "formalised"));
    harness.get_by_label(&counts(&only));
}

#[test]
fn a_click_on_an_organisation_shows_its_partnerships() {
    let (_dir, _path, mut harness) = open_network_tab();
    let chosen = best_connected(doc(&harness));
    let at = harness
        .state()
        .network
        .on_screen(chosen)
        .expect("drawn on the screen");
    click_at(&mut harness, at);
    assert_eq!(
        harness.state().network.selected,
        Some(Selected::Organisation(chosen))
    );
    let doc = doc(&harness);
    let all = view(doc, &Filter::default());
    let node = all.graph.node(chosen).expect("a node");
    let cards = all.partnerships_of(node);
    assert!(
        cards.len() >= 2,
        "the best connected organisation is in several partnerships"
    );
    for card in cards {
        let stage = majlis::model::Vocabularies::label(&doc.vocabularies.stages, &card.stage);
        harness.get_by_label(&tr!(
            "network-partnership-at-stage",
            title = card.partnership.title.as_str(),
            stage = stage
        ));
    }
    // A click on the empty background lets go of it.
    let corner = harness.state().network.picture_rect().expect("drawn").min;
    click_at(&mut harness, corner + egui::vec2(4.0, 4.0));
    assert_eq!(harness.state().network.selected, None);
}

#[test]
fn a_suggested_introduction_becomes_a_partnership_idea_on_the_board_and_is_undone() {
    let (_dir, _path, mut harness) = open_network_tab();
    let before = doc(&harness).partnerships.len();
    let propose = harness
        .query_all_by_role(Role::Button)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Propose a partnership between"))
        })
        .expect("the sample has an introduction to suggest");
    propose.click();
    harness.run_steps(3);
    let doc_now = doc(&harness);
    assert_eq!(doc_now.partnerships.len(), before + 1);
    let idea = doc_now.partnerships.last().expect("the new idea");
    assert_eq!(idea.partners.len(), 2);
    assert_eq!(
        idea.stage,
        doc_now.vocabularies.stages.first().expect("stages").key
    );
    assert_eq!(harness.state().tab, Tab::Board, "the card is shown on the board");
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(doc(&harness).partnerships.len(), before);
}

#[test]
fn the_network_as_of_the_end_of_day_one_has_only_what_existed_then() {
    let (_dir, _path, mut harness) = open_network_tab();
    let (moment, at) = board::moments(doc(&harness))
        .into_iter()
        .next()
        .expect("the sample has days");
    // A partnership formed on the morning of day 2, between two organisations
    // that had none together.
    let idea = {
        let doc = doc(&harness);
        let all = view(doc, &Filter::default());
        let (a, b) = (0..all.graph.len())
            .flat_map(|a| (a + 1..all.graph.len()).map(move |b| (a, b)))
            .find(|&(a, b)| !all.graph.neighbours(a).any(|n| n == b))
            .expect("two organisations not yet linked");
        let organisation = |n: usize| doc.organisation(all.graph.organisations[n]).expect("registered");
        majlis::model::suggest::idea(
            doc,
            organisation(a),
            organisation(b),
            at + chrono::Duration::hours(16),
        )
    };
    let session = harness.state_mut().session.as_mut().expect("a meeting is open");
    session.apply(Action::UpsertPartnership(idea), std::time::Instant::now());
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::ComboBox, &tr!("network-filter-as-of"))
        .click();
    harness.run_steps(2);
    harness.get_by_label(&moment.label()).click();
    harness.run_steps(3);
    assert_eq!(harness.state().network.filter.as_of, Some(at));
    let then = view(
        doc(&harness),
        &Filter {
            as_of: Some(at),
            ..Filter::default()
        },
    );
    let now = view(doc(&harness), &Filter::default());
    assert!(
        then.graph.links.len() < now.graph.links.len(),
        "the sample's network grew after day 1"
    );
    harness.get_by_label(&counts(&then));
}

#[test]
fn a_node_dragged_stays_where_it_is_put_until_double_clicked_or_undone() {
    let (_dir, _path, mut harness) = open_network_tab();
    let chosen = best_connected(doc(&harness));
    let from = harness.state().network.on_screen(chosen).expect("drawn");
    let to = from + egui::vec2(60.0, 40.0);
    harness.hover_at(from);
    harness.run_steps(2);
    harness.drag_at(from);
    harness.step();
    for step in 1..=4u8 {
        harness.hover_at(from + (to - from) * f32::from(step) / 4.0);
        harness.step();
    }
    harness.drop_at(to);
    harness.step();
    settle(&mut harness);
    let pinned = |h: &Harness<'_, MajlisApp>| {
        doc(h)
            .network_layout
            .iter()
            .find(|p| p.organisation == chosen)
            .is_some_and(|p| p.pinned)
    };
    assert!(pinned(&harness), "a node let go by hand stays pinned");
    let now = harness.state().network.on_screen(chosen).expect("drawn");
    assert!(
        now.distance(to) < 3.0,
        "it stays where it was dropped: {now:?} against {to:?}"
    );

    // A double click lets it go; undo pins it again, and undo once more
    // takes the drag back.
    harness.hover_at(now);
    harness.run_steps(2);
    // A click a frame: the harness's frames are a quarter of a second apart,
    // so a double click may take a second here.
    harness
        .ctx
        .options_mut(|o| o.input_options.max_double_click_delay = 1.0);
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: now,
                button: PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run_steps(2);
    assert!(!pinned(&harness), "a double click lets it go");
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert!(pinned(&harness), "undo pins it again");
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert!(!pinned(&harness), "undo lets it go");
}

#[test]
fn an_organisation_chosen_from_the_list_is_shown_as_if_clicked() {
    let (_dir, _path, mut harness) = open_network_tab();
    // The first in the list, in view without scrolling it.
    let (name, chosen) = doc(&harness)
        .organisations
        .iter()
        .map(|o| (o.name.clone(), o.id))
        .min_by_key(|(name, _)| majlis::model::fold::fold(name))
        .expect("organisations");
    harness
        .get_by_role_and_label(Role::ComboBox, &tr!("network-find"))
        .click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Button, &name).click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().network.selected,
        Some(Selected::Organisation(chosen))
    );
}

#[test]
fn a_click_on_a_link_shows_the_partnerships_behind_it() {
    let (_dir, _path, mut harness) = open_network_tab();
    let doc_now = doc(&harness).clone();
    let all = view(&doc_now, &Filter::default());
    let network = &harness.state().network;
    // The longest link on the screen, clicked in its middle, away from every dot.
    let (link, middle) = all
        .graph
        .links
        .iter()
        .filter_map(|link| {
            let (a, b) = (network.on_screen(link.a)?, network.on_screen(link.b)?);
            Some((link, a.lerp(b, 0.5), a.distance(b)))
        })
        .filter(|(_, middle, _)| {
            doc_now
                .organisations
                .iter()
                .filter_map(|o| network.on_screen(o.id))
                .all(|dot| dot.distance(*middle) > 25.0)
        })
        .max_by(|x, y| x.2.total_cmp(&y.2))
        .map(|(link, middle, _)| (link.clone(), middle))
        .expect("a link clear of dots");
    click_at(&mut harness, middle);
    let selected = harness.state().network.selected;
    assert!(
        selected == Some(Selected::Link(link.a, link.b)) || selected == Some(Selected::Link(link.b, link.a)),
        "{selected:?}"
    );
    for id in &link.partnerships {
        let partnership = doc_now
            .partnerships
            .iter()
            .find(|p| p.id == *id)
            .expect("a partnership");
        let stage = majlis::model::Vocabularies::label(&doc_now.vocabularies.stages, &partnership.stage);
        harness.get_by_label(&tr!(
            "network-partnership-at-stage",
            title = partnership.title.as_str(),
            stage = stage
        ));
    }
}
