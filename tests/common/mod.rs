//! Shared helpers for the window tests.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egui_kittest::Harness;
use majlis::app::{MajlisApp, Options};
use majlis::clock::ManualClock;
use majlis::file_dialog::FileDialogs;
use majlis::recent::RecentFiles;
use majlis::recovery::RecoveryStore;

/// File dialogs that answer from a script instead of asking a person.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    pub answers: Rc<RefCell<VecDeque<Option<PathBuf>>>>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.answers.borrow_mut().pop_front().flatten()
    }

    fn pick_save(&mut self, _suggested: &Path) -> Option<PathBuf> {
        self.answers.borrow_mut().pop_front().flatten()
    }
}

/// A copy of the sample meeting in a fresh folder.
#[expect(clippy::unwrap_used, reason = "a test helper fails the test")]
pub fn sample_copy(dir: &Path) -> PathBuf {
    let path = dir.join("beirut.ron");
    std::fs::copy("sample-data/beirut-2007.ron", &path).unwrap();
    path
}

/// The real app in a test harness, opening `open` if given, without autosave.
pub fn harness(open: Option<PathBuf>, dialogs: ScriptedDialogs) -> Harness<'static, MajlisApp> {
    harness_with_recovery(open, dialogs, None)
}

/// The real app in a test harness, keeping recovery files in `recovery`.
pub fn harness_with_recovery(
    open: Option<PathBuf>,
    dialogs: ScriptedDialogs,
    recovery: Option<&Path>,
) -> Harness<'static, MajlisApp> {
    harness_with_clock(open, dialogs, recovery, ManualClock::new(meeting_time(9, 0)))
}

/// 5 September 2007, the first day of the sample meeting, at `h:m`.
pub fn meeting_time(h: u32, m: u32) -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2007, 9, 5)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .unwrap_or_default()
}

/// The real app with a clock the test moves by hand.
pub fn harness_with_clock(
    open: Option<PathBuf>,
    dialogs: ScriptedDialogs,
    recovery: Option<&Path>,
    clock: ManualClock,
) -> Harness<'static, MajlisApp> {
    let recovery = recovery.map(|dir| RecoveryStore::new(dir.to_path_buf()));
    harness_with_options(Options {
        open,
        dialogs: Box::new(dialogs),
        recent: RecentFiles::load(None),
        recovery,
        clock: Box::new(clock),
        preferences: majlis::preferences::Preferences::default(),
    })
}

/// The real app started with `options`.
pub fn harness_with_options(options: Options) -> Harness<'static, MajlisApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| MajlisApp::new(&cc.egui_ctx, options));
    harness.run_ok();
    harness
}

/// Runs frames until the save in progress is written: files are written on a
/// thread of their own, and the window learns the outcome a few frames later.
pub fn finish_saving(harness: &mut Harness<'_, MajlisApp>) {
    let start = std::time::Instant::now();
    harness.run_ok();
    while harness.state().is_saving() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the save never ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
        harness.step();
    }
    harness.run_ok();
}
