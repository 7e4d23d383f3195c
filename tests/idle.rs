//! What the window asks of the screen when nobody touches it, with autosave on:
//! a settled window schedules no repaint at all, a running item one a second
//! for its clock, and an edit one for its recovery copy and nothing after.
//!
//! The delay read here is the one eframe waits before the next frame
//! (`ViewportOutput::repaint_delay`, `Duration::MAX` when none is due), so a
//! repaint asked for every few milliseconds fails these tests.

#![expect(clippy::unwrap_used, reason = "test helpers fail the test by panicking")]

#[expect(dead_code, reason = "these tests need only the clock-driven harness")]
mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{ScriptedDialogs, harness_with_clock, meeting_time, sample_copy};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use majlis::app::{MajlisApp, Status};
use majlis::autosave::MAX_DELAY;
use majlis::clock::ManualClock;
use majlis::model::ItemStatus;
use majlis::persistence::read_recovery;
use majlis::ui::Tab;

/// How long a message stays in the status bar; it asks for one repaint, to fade.
const MESSAGE_SHOWN_FOR: Duration = Duration::from_secs(10);
/// The clock of a running item changes once a second.
const TICK: Duration = Duration::from_secs(1);

/// The sample meeting open at 9:00 on its first day, with autosave writing into
/// `dir/recovery`.
fn open(dir: &Path) -> (ManualClock, Harness<'static, MajlisApp>) {
    let clock = ManualClock::new(meeting_time(9, 0));
    let harness = harness_with_clock(
        Some(sample_copy(dir)),
        ScriptedDialogs::default(),
        Some(&dir.join("recovery")),
        clock.clone(),
    );
    (clock, harness)
}

/// How long after the last frame the window wants the next one.
fn repaint_delay(harness: &Harness<'_, MajlisApp>) -> Duration {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .unwrap()
        .repaint_delay
}

/// Whether the window asks for no frame at all until something happens.
fn asks_for_nothing(harness: &Harness<'_, MajlisApp>) -> bool {
    repaint_delay(harness) == Duration::MAX && !harness.ctx.has_requested_repaint()
}

/// The recovery copies in `dir/recovery`.
fn recovery_copies(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("recovery"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

/// Runs frames when the window asks for them, as eframe would, until it asks
/// for none sooner than `longest`; returns how many it asked for.
fn follow_repaints(harness: &mut Harness<'_, MajlisApp>, longest: Duration) -> usize {
    let mut frames = 0;
    loop {
        let delay = repaint_delay(harness);
        if delay >= longest {
            return frames;
        }
        assert!(frames < 10, "the window keeps asking for frames, every {delay:?}");
        std::thread::sleep(delay);
        harness.step();
        frames += 1;
    }
}

#[test]
fn a_settled_window_schedules_no_repaint() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let (_clock, mut harness) = open(dir.path());
    harness.step();

    // "Opened …" asks for one repaint, when it is due to fade, and no other.
    let status = &harness.state().status;
    assert!(!status.text.is_empty() && !status.is_error, "{status:?}");
    let delay = repaint_delay(&harness);
    let least = MESSAGE_SHOWN_FOR.saturating_sub(started.elapsed());
    assert!(
        (least..=MESSAGE_SHOWN_FOR).contains(&delay),
        "the window asks for a frame in {delay:?}, while the message fades in {least:?} or more"
    );

    // As if ten seconds had passed: the message is gone, and with it the last reason to paint.
    harness.state_mut().status = Status::default();
    for tab in Tab::ALL {
        harness.get_by_label(&tab.label()).click();
        harness.run();
        for _ in 0..3 {
            harness.step();
            assert!(
                asks_for_nothing(&harness),
                "the idle {} tab asks for a frame in {:?}",
                &tab.label(),
                repaint_delay(&harness)
            );
        }
    }
    assert!(recovery_copies(dir.path()).is_empty(), "nothing to recover");
}

#[test]
fn a_running_item_repaints_once_a_second_and_a_paused_one_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let (clock, mut harness) = open(dir.path());
    harness.state_mut().status = Status::default();

    harness.key_press(Key::F7);
    harness.run();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert_eq!(doc.agenda.first().unwrap().status, ItemStatus::Running);
    // Starting it is an edit: its recovery copy comes first, then the clock alone.
    follow_repaints(&mut harness, TICK);
    harness.state().flush_autosave();
    assert_eq!(recovery_copies(dir.path()).len(), 1);

    for seconds in [1, 1, 59, 60 * 40] {
        clock.advance(chrono::Duration::seconds(seconds));
        harness.step();
        assert!(harness.state().status.text.is_empty());
        assert_eq!(
            repaint_delay(&harness),
            TICK,
            "a running item asks for a frame every second, {seconds} s on"
        );
    }

    harness.key_press(Key::F6);
    harness.run();
    let doc = &harness.state().session.as_ref().unwrap().doc;
    assert_ne!(doc.agenda.first().unwrap().status, ItemStatus::Running);
    // Pausing is an edit too; any message it leaves fades in its time.
    follow_repaints(&mut harness, TICK);
    harness.state_mut().status = Status::default();
    harness.step();
    assert!(
        asks_for_nothing(&harness),
        "a paused item asks for a frame in {:?}",
        repaint_delay(&harness)
    );
}

#[test]
fn an_edit_repaints_for_its_recovery_copy_then_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_clock, mut harness) = open(dir.path());
    harness.state_mut().status = Status::default();

    let venue = harness.get_by_label("Venue");
    venue.focus();
    venue.type_text(" (room B)");
    harness.run();
    // Out of the field, whose caret would otherwise blink.
    harness.key_press(Key::Escape);
    harness.run();

    let delay = repaint_delay(&harness);
    assert!(
        !delay.is_zero() && delay <= MAX_DELAY,
        "the recovery copy asks for a frame in {delay:?}, at most {MAX_DELAY:?}"
    );
    let frames = follow_repaints(&mut harness, Duration::MAX);
    assert!((1..=3).contains(&frames), "{frames} frames to write one copy");

    harness.state().flush_autosave();
    let copies = recovery_copies(dir.path());
    let [copy] = copies.as_slice() else {
        panic!("one recovery copy, not {copies:?}");
    };
    let venue = read_recovery(copy).unwrap().document.meeting.venue;
    assert!(venue.ends_with(" (room B)"), "{venue}");
    assert!(harness.state().status.text.is_empty());
    for _ in 0..3 {
        harness.step();
        assert!(
            asks_for_nothing(&harness),
            "after its recovery copy the window asks for a frame in {:?}",
            repaint_delay(&harness)
        );
    }
}
