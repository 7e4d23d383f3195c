//! Frame times of the panels while someone scrolls, types and switches tabs.
//! Each row checks that its input did what it stands for, so that a scroll
//! stuck at the end or keys lost elsewhere cannot pass for a fast frame.

use std::time::Duration;

use egui::Pos2;
use majlis::i18n::Language;
use majlis::model::fold::fold;
use majlis::ui::Tab;
use majlis::ui::agenda::AgendaView;

use crate::drive::{Driver, key_press, keystroke, wheel};
use crate::table::{Figure, Row};
use crate::{Error, Subject, row, same_counts};

/// Where the pointer rests while scrolling each panel.
const AGENDA_LIST: Pos2 = Pos2::new(300.0, 320.0);
const REGISTRY_TABLE: Pos2 = Pos2::new(300.0, 420.0);
/// The same table in the Arabic interface, whose side panel stands on the left.
const REGISTRY_TABLE_RTL: Pos2 = Pos2::new(900.0, 420.0);
const BOARD_COLUMN: Pos2 = Pos2::new(100.0, 420.0);
const BOARD_LANES: Pos2 = Pos2::new(600.0, 500.0);
/// Over the financing overview's charts, left of the rates.
const FINANCING_OVERVIEW: Pos2 = Pos2::new(400.0, 420.0);
/// Over the table of funding sources, left of the source's editor.
const FINANCING_SOURCES: Pos2 = Pos2::new(300.0, 420.0);
const SCROLL_STEP: f32 = 40.0;
/// What is typed into the registry's search box, and into check-in's.
const SEARCH: Search = Search {
    label: "Search",
    text: "ahmad",
    matches: false,
};
const CHECK_IN: Search = Search {
    label: "Who is at the door",
    text: "karim",
    matches: true,
};
/// What is typed into the board's search box.
const BOARD_SEARCH: Search = Search {
    label: "Search",
    text: "network",
    matches: false,
};
/// What is typed into the title of a new card, in its editor beside the board.
const CARD_TITLE: Search = Search {
    label: "Title",
    text: "hubs",
    matches: false,
};
/// How far the pointer goes, each frame, while dragging a card across columns.
const DRAG_STEP: egui::Vec2 = egui::vec2(97.0, 23.0);
/// Unmeasured frames before each row: as many as it takes to type the search and erase it.
const WARM_UP: usize = 2 * SEARCH.text.len();

/// What a row does in each frame; after the row, it is checked to have had its effect.
#[derive(Clone, Copy)]
enum Input {
    /// The pointer at this place turns the wheel: some content must move in
    /// at least a third of the measured frames (a short list spends the rest
    /// turning round at its ends).
    Wheel(Pos2),
    /// Keys typed into the focused search box, which must hold what was typed
    /// after the first and the last measured frames (read in one extra,
    /// unmeasured frame each).
    Search(Search),
    /// A card pressed at this place in the first frame, then dragged back and
    /// forth across columns without being let go: a drag must be under way
    /// after the last measured frame.
    Drag(Pos2),
}

/// A search typed one letter a frame, then erased one letter a frame.
#[derive(Clone, Copy)]
struct Search {
    /// The accessible name of the search box.
    label: &'static str,
    text: &'static str,
    /// Whether people matching what was typed must be listed: checked after
    /// the first and last measured frames and the first with all of `text`.
    matches: bool,
}

/// The registry: its tables scrolled (in English and in Arabic), a search
/// typed, and check-in at the door.
fn registry_rows(bench: &mut Bench, rows: &mut Vec<Row>) -> Result<(), Error> {
    bench.each(|d| {
        d.app.tab = Tab::Registry;
        d.settle();
    });
    let scroll = Input::Wheel(REGISTRY_TABLE);
    rows.push(bench.sample("Frame: organisations, scrolling", scroll)?);
    // Every label reordered for right to left, and told to screen readers as written.
    bench.each(|d| {
        d.app.choose_language(Language::Arabic);
        d.settle();
    });
    let arabic = Input::Wheel(REGISTRY_TABLE_RTL);
    rows.push(bench.sample("Frame: organisations in the Arabic interface, scrolling", arabic)?);
    bench.each(|d| {
        d.app.choose_language(Language::English);
        d.settle();
    });

    let name = "Frame: people + editor, scrolling";
    bench.set_up(
        name,
        people_with_editor,
        "the people table or its editor did not open",
    )?;
    rows.push(bench.sample(name, scroll)?);

    let name = "Frame: people, typing a search";
    bench.set_up(name, focus_search, "the search box did not take the keyboard")?;
    rows.push(bench.sample(name, Input::Search(SEARCH))?);

    let name = "Frame: check-in, typing a name";
    bench.set_up(
        name,
        open_check_in,
        "check-in did not open with its search box focused",
    )?;
    rows.push(bench.sample(name, Input::Search(CHECK_IN))?);
    bench.set_up(name, close_check_in, "check-in did not close")?;

    Ok(())
}

/// The two subjects' windows, driven in turn.
struct Bench {
    drivers: [Driver; 2],
    scales: [u32; 2],
    /// Measured frames per row.
    n: usize,
}

/// Frame times of each panel under a realistic interaction, for both subjects.
pub fn frames(subjects: &[Subject; 2], n: usize) -> Result<Vec<Row>, Error> {
    let [small, large] = subjects;
    let mut bench = Bench {
        drivers: [open(small)?, open(large)?],
        scales: [small.scale, large.scale],
        n,
    };
    let mut rows = Vec::new();
    bench.each(|d| d.app.tab = Tab::Agenda);
    let scroll = Input::Wheel(AGENDA_LIST);
    rows.push(bench.sample("Frame: agenda, scrolling", scroll)?);

    // The record of a done item, in the editor beside the agenda.
    bench.each(|d| {
        d.app.agenda.selected = done_item(d);
        d.settle();
    });
    rows.push(bench.sample("Frame: agenda + a done item's record", scroll)?);
    bench.each(|d| {
        d.app.agenda.selected = None;
        d.app.agenda.view = AgendaView::ActionItems;
        d.settle();
    });
    rows.push(bench.sample("Frame: action items, scrolling", scroll)?);
    bench.each(|d| {
        d.app.agenda.view = AgendaView::Recommendations;
        d.settle();
    });
    rows.push(bench.sample("Frame: recommendations, scrolling", scroll)?);
    bench.each(|d| d.app.agenda.view = AgendaView::Days);

    registry_rows(&mut bench, &mut rows)?;
    bench.each(|d| {
        d.app.tab = Tab::Board;
        d.settle();
    });
    board_rows(&mut bench, &mut rows)?;
    financing_matching(&mut bench, &mut rows)?;
    rows.push(financing_overview(&mut bench)?);
    rows.push(financing_sources(&mut bench)?);

    // Going back to a panel lays out all its text again: egui keeps only the
    // text shapes used in the previous frame.
    for (tab, name) in [
        (Tab::Agenda, "Frame: switching to the agenda tab"),
        (Tab::Registry, "Frame: switching to the registry tab"),
        (Tab::Board, "Frame: switching to the board tab"),
        (
            Tab::Report,
            "Frame: switching to the report tab (report built before)",
        ),
    ] {
        let mut samples: [Vec<Duration>; 2] = Default::default();
        for _ in 0..n {
            for (driver, samples) in bench.drivers.iter_mut().zip(&mut samples) {
                driver.app.tab = Tab::Financing;
                driver.frame(Vec::new());
                driver.app.tab = tab;
                samples.push(driver.frame(Vec::new()));
            }
        }
        let [small, large] = samples;
        rows.push(row(name, Figure::of(&small), Figure::of(&large)));
    }
    // The report is built once, when the tab is first shown: every later
    // frame draws the one built, as nothing in the meeting changed.
    for (driver, scale) in bench.drivers.iter().zip(bench.scales) {
        let builds = driver.app.report.builds();
        if builds != 1 {
            return Err(
                format!("Frame: switching to the report tab at scale {scale}: built {builds} times").into(),
            );
        }
    }
    rows.push(bench.projector_board()?);
    rows.push(bench.save_frames()?);
    rows.push(shortlist_frames(&mut bench)?);
    Ok(rows)
}

/// The shortlist view scrolled, with as many prospects as organisations
/// added to the meeting (2,000 at scale 10), ranked once when it is shown.
fn shortlist_frames(bench: &mut Bench) -> Result<Row, Error> {
    let name = "Frame: shortlist (as many prospects as organisations), scrolling";
    bench.each(|d| {
        if let Some(session) = &mut d.app.session {
            let count = session.doc.organisations.len();
            majlis::generate::prospects(&mut session.doc, count, 1);
        }
        d.app.tab = Tab::Registry;
        d.app.registry.show_shortlist();
        d.settle();
    });
    bench.set_up(name, shows_prospects, "the shortlist shows no prospect")?;
    bench.sample(name, Input::Wheel(REGISTRY_TABLE))
}

/// Whether the shortlist shows its invite buttons.
fn shows_prospects(driver: &mut Driver) -> bool {
    driver.texts().iter().any(|t| t.starts_with("Invite "))
}

/// The board and the projector's board at scale: scrolling, dragging a card,
/// typing a search, swimlanes, the board as of the end of day 1.
fn board_rows(bench: &mut Bench, rows: &mut Vec<Row>) -> Result<(), Error> {
    rows.push(bench.sample("Frame: board, scrolling a column", Input::Wheel(BOARD_COLUMN))?);
    rows.push(bench.sample("Frame: board, dragging a card", Input::Drag(BOARD_COLUMN))?);
    bench.each(|d| {
        d.frame(vec![egui::Event::PointerButton {
            pos: BOARD_COLUMN,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        }]);
        d.settle();
    });
    let name = "Frame: board, typing a search";
    bench.set_up(
        name,
        focus_search,
        "the board's search box did not take the keyboard",
    )?;
    rows.push(bench.sample(name, Input::Search(BOARD_SEARCH))?);
    let name = "Frame: board + a new card's editor, typing its title";
    bench.set_up(
        name,
        edit_new_card,
        "the new card's title did not take the keyboard",
    )?;
    rows.push(bench.sample(name, Input::Search(CARD_TITLE))?);
    bench.each(|d| {
        d.app.board = majlis::ui::board::BoardPanel::default();
        d.app.board.set_lanes(majlis::model::board::Lanes::RoundTable);
        d.settle();
    });
    rows.push(bench.sample("Frame: board in swimlanes, scrolling", Input::Wheel(BOARD_LANES))?);
    bench.each(|d| {
        let end_of_day_one = d
            .app
            .session
            .as_ref()
            .and_then(|s| majlis::model::board::moments(&s.doc).first().map(|m| m.1));
        d.app.board = majlis::ui::board::BoardPanel::default();
        d.app.board.set_as_of(end_of_day_one);
        d.settle();
    });
    rows.push(bench.sample(
        "Frame: board as of the end of day 1, scrolling",
        Input::Wheel(BOARD_COLUMN),
    )?);
    bench.each(|d| d.app.board = majlis::ui::board::BoardPanel::default());

    Ok(())
}

impl Bench {
    /// The frame in which Ctrl+S hands the document to the writer thread: it must
    /// not wait for the file. Each save is let finish, unmeasured, and checked.
    fn save_frames(&mut self) -> Result<Row, Error> {
        let name = "Frame: asking for a save (Ctrl+S)";
        let mut samples: [Vec<Duration>; 2] = Default::default();
        for driver in &mut self.drivers {
            let session = driver.app.session.as_mut().ok_or("no meeting open")?;
            // A file of its own, so the subjects' files stay as generated.
            let path = session.path.as_ref().ok_or("the meeting has no file")?;
            session.path = Some(path.with_extension("frame-save.ron"));
            session.fingerprint = None;
            driver.app.tab = Tab::Agenda;
            driver.settle();
        }
        for _ in 0..self.n {
            for ((driver, samples), scale) in self.drivers.iter_mut().zip(&mut samples).zip(self.scales) {
                samples.push(driver.frame(key_press(egui::Key::S, egui::Modifiers::COMMAND)));
                let started = std::time::Instant::now();
                while driver.app.is_saving() {
                    if started.elapsed() > Duration::from_mins(1) {
                        return Err(format!("{name} at scale {scale}: the save never ended").into());
                    }
                    std::thread::sleep(Duration::from_millis(1));
                    driver.frame(Vec::new());
                }
                let saved = driver.app.status.text.starts_with("Saved ");
                if !saved || driver.app.status.is_error {
                    return Err(format!("{name} at scale {scale}: {}", driver.app.status.text).into());
                }
            }
        }
        let [small, large] = samples;
        Ok(row(name, Figure::of(&small), Figure::of(&large)))
    }
}

impl Bench {
    /// The partnership board on the projector, over the agenda, while the
    /// facilitator scrolls its first column. Headless, the projector is a
    /// window inside the main one, so a frame draws both, as the real app
    /// draws both windows in one pass.
    fn projector_board(&mut self) -> Result<Row, Error> {
        let name = "Frame: projector, board";
        self.each(|d| {
            d.app.tab = Tab::Agenda;
            d.app.projector.content = majlis::ui::projector::ProjectorContent::Board;
            d.app.projector_open = true;
            d.settle();
        });
        let window = self
            .drivers
            .first_mut()
            .and_then(|d| d.locate("Majlis projector"))
            .ok_or_else(|| format!("{name}: the projector did not open"))?;
        let row = self.sample(name, Input::Wheel(window.left_top() + egui::vec2(80.0, 320.0)));
        self.each(|d| {
            d.app.projector_open = false;
            d.settle();
        });
        row
    }
}

/// The matching view with a project selected: its ranked sources, blended
/// plan and leads, drawn from what was worked out when it was selected.
fn financing_matching(bench: &mut Bench, rows: &mut Vec<Row>) -> Result<(), Error> {
    let name = "Frame: financing matching, a project selected";
    for (driver, scale) in bench.drivers.iter_mut().zip(bench.scales) {
        let needing = driver.app.session.as_ref().and_then(|s| {
            s.doc
                .partnerships
                .iter()
                .find(|p| p.financing_need.is_some())
                .map(|p| p.id)
        });
        let Some(id) = needing else {
            return Err(format!("{name} at scale {scale}: no partnership has a financing need").into());
        };
        driver.app.tab = Tab::Financing;
        driver.app.financing.matching.select(id);
        driver.settle();
    }
    let mut samples: [Vec<Duration>; 2] = Default::default();
    for _ in 0..WARM_UP + bench.n {
        for (driver, samples) in bench.drivers.iter_mut().zip(&mut samples) {
            samples.push(driver.frame(Vec::new()));
        }
    }
    let [small, large] = samples.map(|s| s.into_iter().skip(WARM_UP).collect::<Vec<_>>());
    rows.push(row(name, Figure::of(&small), Figure::of(&large)));
    Ok(())
}

/// The financing overview: its charts and tables scrolled, the totals drawn
/// from the sums worked out when the document last changed.
fn financing_overview(bench: &mut Bench) -> Result<Row, Error> {
    bench.each(|d| {
        d.app.tab = Tab::Financing;
        d.app.financing.view = majlis::ui::financing::View::Overview;
        d.settle();
    });
    let row = bench.sample("Frame: financing overview", Input::Wheel(FINANCING_OVERVIEW));
    bench.each(|d| d.app.financing.view = majlis::ui::financing::View::default());
    row
}

/// The catalogue of funding sources scrolled, with the first source open in
/// the editor beside it: rows drawn from the index built when the sources
/// last changed.
fn financing_sources(bench: &mut Bench) -> Result<Row, Error> {
    bench.each(|d| {
        d.app.tab = Tab::Financing;
        d.app.financing.view = majlis::ui::financing::View::Sources;
        let first = d
            .app
            .session
            .as_ref()
            .and_then(|s| s.doc.funding_sources.first())
            .map(|s| s.id);
        d.app.financing.sources.selected = first;
        d.settle();
    });
    let row = bench.sample(
        "Frame: financing sources, scrolling",
        Input::Wheel(FINANCING_SOURCES),
    );
    bench.each(|d| {
        d.app.financing.sources.selected = None;
        d.app.financing.view = majlis::ui::financing::View::default();
    });
    row
}

/// The window with the subject's file open, checked against what was generated.
fn open(subject: &Subject) -> Result<Driver, Error> {
    let driver = Driver::open(subject.path(), subject.now);
    let opened = match &driver.app.session {
        Some(session) => same_counts(&subject.doc, &session.doc),
        None => Err(driver.app.status.text.clone().into()),
    };
    opened.map_err(|e| format!("Frames: opening the meeting at scale {}: {e}", subject.scale))?;
    Ok(driver)
}

impl Bench {
    fn each(&mut self, setup: impl FnMut(&mut Driver)) {
        self.drivers.iter_mut().for_each(setup);
    }

    /// Sets up the row `name` with `setup` in both windows, or says why not.
    fn set_up(&mut self, name: &str, setup: fn(&mut Driver) -> bool, failure: &str) -> Result<(), Error> {
        for (driver, scale) in self.drivers.iter_mut().zip(self.scales) {
            if !setup(driver) {
                return Err(format!("{name} at scale {scale}: {failure}").into());
            }
        }
        Ok(())
    }

    /// `n` frames of each driver in turn after a few unmeasured ones, each
    /// with the events of `input`; fails when they do not have their effect.
    fn sample(&mut self, name: &str, input: Input) -> Result<Row, Error> {
        let mut samples: [Vec<Duration>; 2] = Default::default();
        let mut scrolls = [Scroll::default(), Scroll::default()];
        for i in 0..WARM_UP + self.n {
            let windows = self.drivers.iter_mut().zip(self.scales);
            for (((driver, scale), samples), scroll) in windows.zip(&mut samples).zip(&mut scrolls) {
                let events = match input {
                    Input::Wheel(pos) => wheel(pos, scroll.step()),
                    Input::Search(search) => keystroke(search.key(i)),
                    Input::Drag(pos) => drag(pos, i),
                };
                let time = driver.frame(events);
                if let Input::Wheel(_) = input {
                    scroll.after_frame(driver.scroll_offsets(), i >= WARM_UP);
                }
                if i < WARM_UP {
                    continue;
                }
                samples.push(time);
                let failure = match input {
                    Input::Search(search) if search.checked_after(i, WARM_UP + self.n) => {
                        search.check(driver, i)
                    }
                    Input::Wheel(_) if i + 1 == WARM_UP + self.n => (scroll.moved * 3 < self.n)
                        .then(|| format!("the content moved in only {} of {} frames", scroll.moved, self.n)),
                    Input::Drag(_) if i + 1 == WARM_UP + self.n => {
                        (!driver.dragging()).then(|| "no card was being dragged".to_owned())
                    }
                    _ => None,
                };
                if let Some(failure) = failure {
                    return Err(format!("{name} at scale {scale}: {failure}").into());
                }
            }
        }
        let [small, large] = samples;
        Ok(row(name, Figure::of(&small), Figure::of(&large)))
    }
}

/// The wheel of one window: it turns down until the content stops moving,
/// then up, so that even a list barely taller than its panel keeps scrolling.
#[derive(Default)]
struct Scroll {
    up: bool,
    /// Whether the content moved since the wheel last turned round: egui
    /// eases a scroll over a few frames, so the content can stay at the end
    /// for a frame or two after the turn.
    moved_since_turn: bool,
    offsets: Vec<(f32, f32)>,
    /// Measured frames in which some content moved.
    moved: usize,
}

impl Scroll {
    fn step(&self) -> f32 {
        if self.up { -SCROLL_STEP } else { SCROLL_STEP }
    }

    fn after_frame(&mut self, offsets: Vec<(f32, f32)>, measured: bool) {
        if offsets != self.offsets {
            self.moved_since_turn = true;
            self.moved += usize::from(measured);
        } else if self.moved_since_turn {
            self.up = !self.up;
            self.moved_since_turn = false;
        }
        self.offsets = offsets;
    }
}

impl Search {
    /// Frames in one round of typing the text and erasing it.
    fn round(self) -> usize {
        2 * self.text.chars().count()
    }

    /// The key of frame `i`: a letter, or backspace (`None`).
    fn key(self, i: usize) -> Option<char> {
        self.text.chars().nth(i % self.round())
    }

    /// What the search box holds after frame `i`.
    fn typed(self, i: usize) -> String {
        let step = i % self.round();
        let kept = if step < self.round() / 2 {
            step + 1
        } else {
            self.round() - 1 - step
        };
        self.text.chars().take(kept).collect()
    }

    /// Whether frame `i` of a row that ends before frame `end` is checked.
    fn checked_after(self, i: usize, end: usize) -> bool {
        let first_whole = (WARM_UP..end).find(|&j| self.typed(j) == self.text);
        i == WARM_UP || i + 1 == end || (self.matches && Some(i) == first_whole)
    }

    /// What is wrong after frame `i`, if anything: the box must hold what was
    /// typed and, when asked for, people matching it must be listed.
    fn check(self, driver: &mut Driver, i: usize) -> Option<String> {
        let shown = driver.input_text(self.label);
        let typed = self.typed(i);
        if shown.as_deref() != Some(typed.as_str()) {
            return Some(format!(
                "the search box shows {shown:?} after frame {i}, not {typed:?}"
            ));
        }
        if !self.matches || typed.is_empty() {
            return None;
        }
        let texts = driver.texts();
        let doc = &driver.app.session.as_ref()?.doc;
        let query = fold(&typed);
        let listed = doc
            .people
            .iter()
            .filter(|p| fold(&p.name).contains(&query))
            .any(|p| texts.contains(&p.name));
        (!listed).then(|| format!("no one whose name holds {typed:?} is listed after frame {i}"))
    }
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

/// Opens check-in with its key (F3), which gives its search box the keyboard.
fn open_check_in(driver: &mut Driver) -> bool {
    driver.frame(key_press(egui::Key::F3, egui::Modifiers::NONE));
    driver.settle();
    driver.text_focused()
        && driver
            .input_text(CHECK_IN.label)
            .is_some_and(|text| text.is_empty())
}

/// Closes check-in with the same key, back to the registry's tables.
fn close_check_in(driver: &mut Driver) -> bool {
    driver.frame(key_press(egui::Key::F3, egui::Modifiers::NONE));
    driver.settle();
    driver.input_text(CHECK_IN.label).is_none() && driver.locate("Email").is_some()
}

/// The events of frame `i` of a drag from `start`: pressed there in the
/// first frame, then moved back and forth over the next columns.
fn drag(start: Pos2, i: usize) -> Vec<egui::Event> {
    let phase = i % 8;
    let out = if phase < 4 { phase } else { 8 - phase };
    #[expect(clippy::cast_precision_loss, reason = "a phase below 8")]
    let pos = start + DRAG_STEP * out as f32;
    let mut events = vec![egui::Event::PointerMoved(pos)];
    if i == 0 {
        events.push(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        });
    }
    events
}

/// Adds a card with an empty title, opens it in the editor beside the board
/// and puts the keyboard in its title.
fn edit_new_card(driver: &mut Driver) -> bool {
    let Some(session) = driver.app.session.as_mut() else {
        return false;
    };
    let card = majlis::model::Partnership {
        stage: "idea".to_owned(),
        ..majlis::model::Partnership::default()
    };
    let id = card.id;
    session.apply(
        majlis::action::Action::UpsertPartnership(card),
        std::time::Instant::now(),
    );
    driver.app.board = majlis::ui::board::BoardPanel::default();
    driver.app.board.highlight(id);
    driver.settle();
    let Some(label) = driver.locate(CARD_TITLE.label) else {
        return false;
    };
    driver.click(Pos2::new(label.right() + 60.0, label.center().y));
    driver.text_focused()
        && driver
            .input_text(CARD_TITLE.label)
            .is_some_and(|text| text.is_empty())
}

/// Puts the keyboard focus in the registry's search box, still empty.
fn focus_search(driver: &mut Driver) -> bool {
    let Some(label) = driver.locate("Search") else {
        return false;
    };
    driver.click(Pos2::new(label.right() + 60.0, label.center().y));
    driver.text_focused()
        && driver
            .input_text(SEARCH.label)
            .is_some_and(|text| text.is_empty())
}
