//! Drives the real window headless: one egui pass of the whole app per frame,
//! with scripted input, as eframe would run it but without a GPU.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::App as _;
use egui::{Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, RawInput, TouchPhase, vec2};
use majlis::app::{MajlisApp, Options};
use majlis::clock::ManualClock;
use majlis::file_dialog::FileDialogs;
use majlis::recent::RecentFiles;

/// The benchmark never asks for files.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        None
    }

    fn pick_save(&mut self, _suggested: &Path) -> Option<PathBuf> {
        None
    }
}

/// The app in a 1280×800 window at one pixel per point, like the window tests.
pub struct Driver {
    ctx: egui::Context,
    /// On the heap: the window's state is big, and the benchmark holds two.
    pub app: Box<MajlisApp>,
    frame: eframe::Frame,
    time: f64,
}

impl Driver {
    /// Starts the app and opens `path` as a user would, with the room clock at
    /// `now` so that every run sees the same meeting in progress.
    pub fn open(path: &Path, now: chrono::NaiveDateTime) -> Self {
        let ctx = egui::Context::default();
        let options = Options {
            open: Some(path.to_owned()),
            dialogs: Box::new(NoDialogs),
            recent: RecentFiles::load(None),
            recovery: None,
            clock: Box::new(ManualClock::new(now)),
            preferences: majlis::preferences::Preferences::default(),
        };
        let app = Box::new(MajlisApp::new(&ctx, options));
        // The hidden constructor egui_kittest uses: eframe offers no other way to
        // make a `Frame` without a window.
        let frame = eframe::Frame::_new_kittest();
        let mut driver = Self {
            ctx,
            app,
            frame,
            time: 0.0,
        };
        driver.settle();
        driver
    }

    /// Runs one frame with `events` and returns the time of the egui pass
    /// (app logic and ui) plus tessellation, the CPU work eframe does before
    /// handing triangles to the GPU.
    pub fn frame(&mut self, events: Vec<Event>) -> Duration {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            events,
            ..RawInput::default()
        };
        let start = Instant::now();
        let mut output = self.ctx.run_ui(input, |ui| {
            self.app.logic(ui.ctx(), &mut self.frame);
            self.app.ui(ui, &mut self.frame);
        });
        // There is no GPU to upload font textures to.
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let elapsed = start.elapsed();
        drop(primitives);
        elapsed
    }

    /// A few idle frames so that layout, fonts and panel sizes are settled.
    pub fn settle(&mut self) {
        for _ in 0..4 {
            self.frame(Vec::new());
        }
    }

    /// Where the widget whose text or accessible name is `text` is, found
    /// through the accessibility tree of one extra frame.
    pub fn locate(&mut self, text: &str) -> Option<egui::Rect> {
        let tree = self.accessibility_tree()?;
        tree.nodes
            .iter()
            .filter(|(_, node)| has_text(node, text))
            .filter_map(|(_, node)| node.bounds())
            .min_by(|a, b| a.y0.total_cmp(&b.y0))
            .map(|r| {
                #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
                let point = |x: f64, y: f64| Pos2::new(x as f32, y as f32);
                egui::Rect::from_min_max(point(r.x0, r.y0), point(r.x1, r.y1))
            })
    }

    /// The text in the input labelled `label`, read through the accessibility
    /// tree of one extra frame; `None` when there is no such input.
    pub fn input_text(&mut self, label: &str) -> Option<String> {
        let tree = self.accessibility_tree()?;
        let labels: Vec<_> = tree
            .nodes
            .iter()
            .filter(|(_, node)| has_text(node, label))
            .map(|(id, _)| *id)
            .collect();
        tree.nodes
            .iter()
            .find(|(_, node)| node.labelled_by().iter().any(|id| labels.contains(id)))
            .map(|(_, node)| node.value().unwrap_or_default().to_owned())
    }

    /// Every text shown or named in the accessibility tree of one extra frame.
    pub fn texts(&mut self) -> Vec<String> {
        let Some(tree) = self.accessibility_tree() else {
            return Vec::new();
        };
        tree.nodes
            .iter()
            .flat_map(|(_, node)| [node.label(), node.value()])
            .flatten()
            .map(str::to_owned)
            .collect()
    }

    /// The offset of every scroll area egui remembers, in a fixed order: the
    /// wheel moved some content when they differ from one frame to another. An
    /// area stretched past its end, about to bounce back, counts as not moved.
    pub fn scroll_offsets(&self) -> Vec<(f32, f32)> {
        let mut offsets: Vec<(f32, f32)> = self.ctx.data(|data| {
            data.iter_temp_by_type::<egui::scroll_area::State>()
                .map(|state| state.clamped_offset().into())
                .collect()
        });
        offsets.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        offsets
    }

    /// The accessibility tree of one extra frame. It is switched off again so
    /// that measured frames do not pay for it, as in the real app when no
    /// screen reader is running.
    fn accessibility_tree(&mut self) -> Option<egui::accesskit::TreeUpdate> {
        self.ctx.enable_accesskit();
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
            time: Some(self.time),
            ..RawInput::default()
        };
        let mut output = self.ctx.run_ui(input, |ui| {
            self.app.logic(ui.ctx(), &mut self.frame);
            self.app.ui(ui, &mut self.frame);
        });
        output.textures_delta.clear();
        self.ctx.disable_accesskit();
        output.platform_output.accesskit_update
    }

    /// A left click at `pos`, over two frames as a real click.
    pub fn click(&mut self, pos: Pos2) {
        let button = |pressed| Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        };
        self.frame(vec![Event::PointerMoved(pos), button(true)]);
        self.frame(vec![button(false)]);
        self.settle();
    }

    /// Whether something is being dragged, such as a card of the board.
    pub fn dragging(&self) -> bool {
        egui::DragAndDrop::has_any_payload(&self.ctx)
    }

    pub fn text_focused(&self) -> bool {
        self.ctx.text_edit_focused()
    }
}

/// Whether `node` shows `text` or is named by it.
/// Whether `node` shows or is named `text`; a field of an editor is also
/// found by its label alone when it is named with its record ("Title of …").
fn has_text(node: &egui::accesskit::Node, text: &str) -> bool {
    let of_record = |named: &str| {
        named
            .strip_prefix(text)
            .is_some_and(|rest| rest.starts_with(" of "))
    };
    [node.value(), node.label()]
        .into_iter()
        .flatten()
        .any(|named| named == text || of_record(named))
}

/// The pointer at `pos` and the wheel turned down by `points`.
pub fn wheel(pos: Pos2, points: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(pos),
        Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: vec2(0.0, -points),
            phase: TouchPhase::Move,
            source: MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        },
    ]
}

/// `key` with `modifiers`, pressed and released.
pub fn key_press(key: Key, modifiers: Modifiers) -> Vec<Event> {
    [true, false]
        .into_iter()
        .map(|pressed| Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        })
        .collect()
}

/// One key stroke of a search: a letter, or backspace for `None`.
pub fn keystroke(letter: Option<char>) -> Vec<Event> {
    match letter {
        Some(c) => vec![Event::Text(c.to_string())],
        None => vec![Event::Key {
            key: Key::Backspace,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::NONE,
        }],
    }
}
