//! The partnership board in the window: cards dragged between columns and
//! within one, moved with the keyboard, filtered, cut into swimlanes and shown
//! as they stood at a past moment; every move undone step by step.
#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use majlis::app::MajlisApp;
use majlis::model::{Document, Id, Vocabularies, quality};
use majlis::ui::Tab;

#[expect(dead_code, reason = "these tests need only the harness and a sample copy")]
mod common;
mod fields;

use common::{ScriptedDialogs, harness, sample_copy};
use fields::field;

fn doc<'a>(harness: &'a Harness<'_, MajlisApp>) -> &'a Document {
    &harness.state().session.as_ref().unwrap().doc
}

/// The board of the sample meeting.
fn board(dir: &std::path::Path) -> Harness<'static, MajlisApp> {
    let mut harness = harness(Some(sample_copy(dir)), ScriptedDialogs::default());
    harness.get_by_label(&Tab::Board.label()).click();
    harness.run_ok();
    harness
}

/// The accessible name of a partnership's card: its title and stage.
fn card_name(doc: &Document, id: Id) -> String {
    let p = doc.partnerships.iter().find(|p| p.id == id).unwrap();
    let stage = Vocabularies::label(&doc.vocabularies.stages, &p.stage);
    format!("{}, at stage {stage}", p.title)
}

/// The partnerships at `stage`, in the order of their column.
fn column(doc: &Document, stage: &str) -> Vec<Id> {
    doc.partnerships
        .iter()
        .filter(|p| p.stage == stage)
        .map(|p| p.id)
        .collect()
}

fn stage_key(doc: &Document, i: usize) -> String {
    doc.vocabularies.stages[i].key.clone()
}

/// Every partnership's stage, in document order: what undo must restore.
fn board_state(doc: &Document) -> Vec<(Id, String, usize)> {
    doc.partnerships
        .iter()
        .map(|p| (p.id, p.stage.clone(), p.stage_history.len()))
        .collect()
}

fn card_rect(harness: &Harness<'_, MajlisApp>, id: Id) -> egui::Rect {
    let name = card_name(doc(harness), id);
    harness.get_by_role_and_label(Role::Button, &name).rect()
}

/// Presses on `from`, moves in steps to `to` and releases there.
fn drag(harness: &mut Harness<'_, MajlisApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run_ok();
    harness.drag_at(from);
    harness.run_ok();
    for step in 1..=5_u8 {
        harness.hover_at(from + (to - from) * (f32::from(step) / 5.0));
        harness.run_ok();
    }
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_ok();
    harness.remove_cursor();
    harness.run_ok();
}

fn undo(harness: &mut Harness<'_, MajlisApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_ok();
}

#[test]
fn cards_show_what_their_commitment_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let harness = board(dir.path());
    let doc = doc(&harness);
    let first_stage = &doc.vocabularies.stages[0].key;
    let card = doc.partnerships.iter().find(|p| &p.stage == first_stage).unwrap();
    let labels: Vec<String> = quality::gaps(card, doc)
        .into_iter()
        .map(quality::Gap::label)
        .collect();
    assert!(
        !labels.is_empty(),
        "the sample's ideas are not yet strong commitments"
    );
    let expected = format!("Missing: {}", labels.join(" · "));
    assert!(harness.query_all_by_label(&expected).count() >= 1, "{expected}");
}

#[test]
fn cards_are_dragged_to_another_column_and_within_their_column_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = board(dir.path());
    let before = board_state(doc(&harness));
    let (idea, exploring) = (stage_key(doc(&harness), 0), stage_key(doc(&harness), 1));
    let ideas = column(doc(&harness), &idea);
    let explorations = column(doc(&harness), &exploring);
    let moved = ideas[0];

    // The first idea, dropped just below the first card being explored.
    let from = card_rect(&harness, moved).center();
    let first = card_rect(&harness, explorations[0]);
    drag(
        &mut harness,
        from,
        Pos2::new(first.center().x, first.bottom() + 4.0),
    );
    let now = column(doc(&harness), &exploring);
    assert_eq!(
        now[..2],
        [explorations[0], moved],
        "dropped between the first two"
    );
    let card = doc(&harness).partnerships.iter().find(|p| p.id == moved).unwrap();
    assert_eq!(card.stage_history.last().unwrap().stage, exploring);
    assert_eq!(column(doc(&harness), &idea), ideas[1..]);

    // The last idea, dropped on the top half of the first: it goes first.
    let last = *ideas.last().unwrap();
    let from = card_rect(&harness, last).center();
    let top = card_rect(&harness, ideas[1]);
    drag(&mut harness, from, Pos2::new(top.center().x, top.top() + 5.0));
    assert_eq!(column(doc(&harness), &idea), [last, ideas[1]]);
    let history = |h: &Harness<'_, MajlisApp>| {
        h.state()
            .session
            .as_ref()
            .unwrap()
            .doc
            .partnerships
            .iter()
            .find(|p| p.id == last)
            .unwrap()
            .stage_history
            .len()
    };
    assert_eq!(
        history(&harness),
        before.iter().find(|b| b.0 == last).unwrap().2,
        "a reorder is no stage change"
    );

    // Dropped back where it is: nothing changes, and no undo step is made.
    let from = card_rect(&harness, last).center();
    drag(&mut harness, from, from + egui::vec2(0.0, 10.0));
    assert_eq!(column(doc(&harness), &idea), [last, ideas[1]]);

    undo(&mut harness);
    assert_eq!(column(doc(&harness), &idea), ideas[1..]);
    undo(&mut harness);
    assert_eq!(
        board_state(doc(&harness)),
        before,
        "undo removes the history entry too"
    );
}

#[test]
fn a_focused_card_moves_with_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = board(dir.path());
    let before = board_state(doc(&harness));
    let (idea, exploring) = (stage_key(doc(&harness), 0), stage_key(doc(&harness), 1));
    let ideas = column(doc(&harness), &idea);
    let moved = ideas[0];
    harness
        .get_by_role_and_label(Role::Button, &card_name(doc(&harness), moved))
        .click();
    harness.run_ok();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowDown);
    harness.run_ok();
    assert_eq!(column(doc(&harness), &idea), [ideas[1], moved, ideas[2]]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_ok();
    assert_eq!(column(doc(&harness), &exploring).last(), Some(&moved));
    // The card kept the keyboard in its new column: it moves on.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowUp);
    harness.run_ok();
    let explorations = column(doc(&harness), &exploring);
    assert_eq!(explorations[explorations.len() - 2], moved);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowLeft);
    harness.run_ok();
    assert_eq!(column(doc(&harness), &idea).last(), Some(&moved));

    for _ in 0..4 {
        undo(&mut harness);
    }
    assert_eq!(board_state(doc(&harness)), before);
}

#[test]
fn filters_combine_and_the_column_counts_follow() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = board(dir.path());
    let total = doc(&harness).partnerships.len();
    assert!(
        harness
            .query_by_label(&format!("{total} of {total} shown"))
            .is_some()
    );

    harness.get_by_label("Search").click();
    harness.run_ok();
    harness.get_by_label("Search").type_text("yemen");
    harness.run_ok();
    let kept: Vec<&str> = doc(&harness)
        .partnerships
        .iter()
        .filter(|p| p.title.to_lowercase().contains("yemen"))
        .map(|p| p.title.as_str())
        .collect();
    assert_eq!(kept.len(), 1, "the sample has one project in Yemen");
    assert!(harness.query_by_label(&format!("1 of {total} shown")).is_some());
    assert!(harness.query_by_label("Exploring (1)").is_some());
    assert!(harness.query_by_label("Idea (0)").is_some());

    // A stakeholder type that is not among that project's partners: nothing left.
    harness
        .get_by_role_and_label(Role::ComboBox, "Stakeholder type")
        .click();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::Button, "Academia and research")
        .click();
    harness.run_ok();
    assert!(harness.query_by_label(&format!("0 of {total} shown")).is_some());

    harness.get_by_label("Clear filters").click();
    harness.run_ok();
    assert!(
        harness.query_by_label(&format!("1 of {total} shown")).is_some(),
        "the search stays"
    );
}

#[test]
fn swimlanes_cut_the_board_by_round_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = board(dir.path());
    let doc_now = doc(&harness);
    let born: Vec<String> = doc_now
        .agenda
        .iter()
        .filter(|item| doc_now.partnerships.iter().any(|p| p.born_at == Some(item.id)))
        .map(|item| item.title.clone())
        .collect();
    assert!(
        !born.is_empty(),
        "the sample's partnerships were born at round tables"
    );
    assert!(harness.query_by_label(&born[0]).is_none());

    harness.get_by_role_and_label(Role::ComboBox, "Swimlanes").click();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::Button, "By round table")
        .click();
    harness.run_ok();
    assert!(harness.query_by_label(&born[0]).is_some(), "{born:?}");
}

#[test]
fn the_board_as_of_the_end_of_day_one_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = board(dir.path());
    let idea = stage_key(doc(&harness), 0);
    let moved = column(doc(&harness), &idea)[0];
    let title = doc(&harness)
        .partnerships
        .iter()
        .find(|p| p.id == moved)
        .unwrap()
        .title
        .clone();
    harness
        .get_by_role_and_label(Role::Button, &card_name(doc(&harness), moved))
        .click();
    harness.run_ok();
    // Moved now, after the meeting: at the end of day 1 it was still an idea.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_ok();
    assert!(
        harness
            .query_by_label(&format!("{title}, at stage Exploring"))
            .is_some()
    );

    harness.get_by_role_and_label(Role::ComboBox, "As of").click();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::Button, "End of day 1")
        .click();
    harness.run_ok();
    assert!(
        harness
            .query_by_label(&format!("{title}, at stage Idea"))
            .is_some()
    );
    assert!(harness.query_by_label_contains("The board as it was").is_some());
    assert!(
        harness
            .get_by_label("New partnership")
            .accesskit_node()
            .is_disabled()
    );

    // Nothing moves or changes in the past: opening the card changes nothing
    // and its editor is read-only.
    let before = doc(&harness).clone();
    let steps = harness.state().session.as_ref().unwrap().history.state();
    harness
        .get_by_role_and_label(Role::Button, &format!("{title}, at stage Idea"))
        .click();
    harness.run_ok();
    assert!(harness.get(field("Title")).accesskit_node().is_disabled());
    assert_eq!(*doc(&harness), before);
    assert_eq!(harness.state().session.as_ref().unwrap().history.state(), steps);
    let before = board_state(doc(&harness));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_ok();
    assert_eq!(board_state(doc(&harness)), before);

    harness.get_by_role_and_label(Role::ComboBox, "As of").click();
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Now").click();
    harness.run_ok();
    assert!(
        harness
            .query_by_label(&format!("{title}, at stage Exploring"))
            .is_some()
    );
}
