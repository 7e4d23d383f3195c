//! The days of the agenda and their items, as one virtualised list: only the
//! rows on screen are drawn, and the rows are rebuilt only when the document changes.

use chrono::{NaiveDate, NaiveDateTime};
use egui::{Key, Modifiers, Ui};

use super::{live, theme, widgets};
use crate::action::Action;
use crate::model::schedule;
use crate::model::{AgendaItem, Document, Id, ItemStatus, Meeting, MeetingDay};
use crate::tr;

const ROW_HEIGHT: f32 = 26.0;

/// One line of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Intro,
    Day(NaiveDate),
    /// How far the day runs from its plan, once one of its items has started.
    Progress(NaiveDate),
    Item(Id),
    AddItem(NaiveDate),
    AddDay,
}

/// The list and the document state it was built for.
#[derive(Default)]
pub struct DayList {
    rows: Vec<Row>,
    built_for: Option<u64>,
    /// The rows drawn last frame, and the height they were drawn in.
    visible: std::ops::Range<usize>,
    viewport_height: f32,
    /// The item row that had the keyboard last frame.
    focused_row: Option<Id>,
    /// A row to bring into view and give the keyboard to.
    reveal: Option<Id>,
}

impl DayList {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        state: u64,
        now: NaiveDateTime,
        selected: &mut Option<Id>,
        actions: &mut Vec<Action>,
    ) {
        if self.built_for != Some(state) {
            self.rows = rows(doc);
            self.built_for = Some(state);
        }
        if let Some(item) = selected.and_then(|id| doc.agenda_item(id)) {
            keyboard_reorder(ui, doc, item, actions);
            if item_moved_in_place(actions, item.id) {
                self.reveal = Some(item.id);
            }
        }
        if let Some(from) = self.focused_row {
            self.keyboard_select(ui, from, selected);
        }
        let mut scroll = egui::ScrollArea::vertical().auto_shrink(false);
        if let Some(offset) = self.reveal.and_then(|id| self.offset_to_show(ui, id)) {
            scroll = scroll.vertical_scroll_offset(offset);
        }
        let reveal = self.reveal.take();
        let rows = &self.rows;
        let mut focused_row = None;
        let mut visible = 0..0;
        let output = scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            visible = range.clone();
            for row in rows.get(range).unwrap_or_default() {
                ui.horizontal(|ui| {
                    ui.set_height(ROW_HEIGHT);
                    if let Some(response) = row_ui(ui, doc, *row, now, selected, actions) {
                        if matches!(row, Row::Item(id) if Some(*id) == reveal) {
                            response.request_focus();
                        }
                        if let (Row::Item(id), true) = (row, response.has_focus()) {
                            focused_row = Some(*id);
                        }
                    }
                });
            }
        });
        self.visible = visible;
        self.viewport_height = output.inner_rect.height();
        self.focused_row = focused_row;
    }

    /// Up and Down move the selection from row to row while a row has the
    /// keyboard, scrolling to rows below or above the visible part of the list.
    /// `from` is the row that has the keyboard, which Tab may have moved away
    /// from the selected one.
    fn keyboard_select(&mut self, ui: &Ui, from: Id, selected: &mut Option<Id>) {
        let (up, down) = ui.input(|i| {
            (
                i.key_pressed(Key::ArrowUp) && !i.modifiers.any(),
                i.key_pressed(Key::ArrowDown) && !i.modifiers.any(),
            )
        });
        if !up && !down {
            return;
        }
        let items: Vec<Id> = self
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Item(id) => Some(*id),
                _ => None,
            })
            .collect();
        let at = items.iter().position(|i| *i == from);
        let next = match (at, down) {
            (Some(i), true) => items.get(i + 1),
            (Some(i), false) => i.checked_sub(1).and_then(|i| items.get(i)),
            (None, _) => items.first(),
        };
        if let Some(id) = next {
            *selected = Some(*id);
            self.reveal = Some(*id);
        }
    }

    /// The scroll offset that brings the row of `id` into view, if it is out of view.
    fn offset_to_show(&self, ui: &Ui, id: Id) -> Option<f32> {
        let index = self.rows.iter().position(|r| *r == Row::Item(id))?;
        let first = self.visible.start;
        // The last row drawn may be only partly in view.
        let last = self.visible.end.saturating_sub(2);
        if (first + 1..=last).contains(&index) {
            return None;
        }
        let step = ROW_HEIGHT + ui.spacing().item_spacing.y;
        #[expect(clippy::cast_precision_loss, reason = "row counts are far below 2^23")]
        let top = index as f32 * step;
        Some(if index <= first {
            top
        } else {
            (top + step - self.viewport_height).max(0.0)
        })
    }
}

/// Whether `actions` move item `id` within the list (Alt+Up or Alt+Down).
fn item_moved_in_place(actions: &[Action], id: Id) -> bool {
    actions
        .iter()
        .any(|a| matches!(a, Action::MoveAgendaItem { id: moved, .. } if *moved == id))
}

fn rows(doc: &Document) -> Vec<Row> {
    let mut rows = vec![Row::Intro];
    for day in schedule::days(doc) {
        let items = schedule::items_of_day(doc, day);
        rows.push(Row::Day(day));
        if items.iter().any(|a| a.actual_start.is_some()) {
            rows.push(Row::Progress(day));
        }
        rows.extend(items.iter().map(|a| Row::Item(a.id)));
        rows.push(Row::AddItem(day));
    }
    rows.push(Row::AddDay);
    rows
}

/// Draws one row; returns the response of an item row.
fn row_ui(
    ui: &mut Ui,
    doc: &Document,
    row: Row,
    now: NaiveDateTime,
    selected: &mut Option<Id>,
    actions: &mut Vec<Action>,
) -> Option<egui::Response> {
    match row {
        Row::Intro => {
            if widgets::selectable(ui, selected.is_none(), &tr!("agenda-meeting-details-row")).clicked() {
                *selected = None;
            }
            widgets::weak(ui, &tr!("agenda-reorder-hint"));
        }
        Row::Day(day) => day_ui(ui, doc, day),
        Row::Progress(day) => progress_ui(ui, doc, day, now),
        Row::Item(id) => {
            let item = doc.agenda_item(id)?;
            // The row keeps its id when it moves, so it keeps the keyboard too.
            let row = egui::UiBuilder::new().scope_id(egui::Id::unique(("agenda_row", id)));
            return Some(
                ui.scope_builder(row, |ui| item_ui(ui, item, selected, actions))
                    .inner,
            );
        }
        Row::AddItem(day) => {
            if ui
                .small_button(crate::bidi::visual(&tr!("agenda-add-item")).into_owned())
                .clicked()
            {
                let item = AgendaItem {
                    title: tr!("agenda-new-item"),
                    day,
                    ..AgendaItem::default()
                };
                *selected = Some(item.id);
                actions.push(Action::UpsertAgendaItem(item));
            }
        }
        Row::AddDay => {
            if widgets::button(ui, &tr!("agenda-add-day")).clicked() {
                actions.push(Action::SetMeeting(with_another_day(doc, now.date())));
            }
        }
    }
    None
}

fn item_ui(
    ui: &mut Ui,
    item: &AgendaItem,
    selected: &mut Option<Id>,
    actions: &mut Vec<Action>,
) -> egui::Response {
    // A planned item has no marker; the others show their status.
    let marker = match item.status {
        ItemStatus::Planned => String::new(),
        status => status.label(),
    };
    let colour = match item.status {
        ItemStatus::Running => theme::ok(ui),
        ItemStatus::Paused => theme::warning(ui),
        ItemStatus::Done | ItemStatus::Skipped | ItemStatus::Planned => ui.visuals().weak_text_color(),
    };
    ui.add_sized(
        [58.0, 18.0],
        egui::Label::new(crate::ui::galleys::label_text(
            ui,
            egui::RichText::new(marker).color(colour).small(),
            None,
        )),
    );
    let start = item.planned_start.format("%H:%M").to_string();
    // Padded to three places, so that the titles line up.
    let minutes = format!("{:>3}", item.duration_minutes);
    let (title, kind) = (item.title.as_str(), item.kind.label());
    let text = if item.parallel {
        tr!(
            "agenda-row-parallel",
            start = start,
            minutes = minutes,
            title = title,
            kind = kind
        )
    } else {
        tr!(
            "agenda-row",
            start = start,
            minutes = minutes,
            title = title,
            kind = kind
        )
    };
    // The row is both selected by a click and dragged to reorder.
    let row =
        widgets::selectable_sentence(ui, *selected == Some(item.id), &text).interact(egui::Sense::drag());
    if row.clicked() {
        *selected = Some(item.id);
    }
    if row.drag_started() {
        row.dnd_set_drag_payload(item.id);
    }
    if let Some(dragged) = row.dnd_hover_payload::<Id>()
        && *dragged != item.id
    {
        ui.painter().hline(
            row.rect.x_range(),
            row.rect.top(),
            egui::Stroke::new(2.0, theme::ok(ui)),
        );
    }
    if let Some(dragged) = row.dnd_release_payload::<Id>()
        && *dragged != item.id
    {
        actions.push(Action::MoveAgendaItem {
            id: *dragged,
            before: Some(item.id),
            day: item.day,
        });
    }
    row
}

fn keyboard_reorder(ui: &Ui, doc: &Document, item: &AgendaItem, actions: &mut Vec<Action>) {
    // A focused row does not stop it; a text field being typed in does.
    if ui.ctx().text_edit_focused() {
        return;
    }
    let (up, down) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::ALT, Key::ArrowUp),
            i.consume_key(Modifiers::ALT, Key::ArrowDown),
        )
    });
    if !up && !down {
        return;
    }
    let items = schedule::items_of_day(doc, item.day);
    let Some(index) = items.iter().position(|a| a.id == item.id) else {
        return;
    };
    if up && let Some(previous) = index.checked_sub(1).and_then(|p| items.get(p)) {
        actions.push(Action::MoveAgendaItem {
            id: item.id,
            before: Some(previous.id),
            day: item.day,
        });
    }
    if down && index + 1 < items.len() {
        let before = items.get(index + 2).map(|a| a.id);
        actions.push(Action::MoveAgendaItem {
            id: item.id,
            before,
            day: item.day,
        });
    }
}

fn day_ui(ui: &mut Ui, doc: &Document, day: NaiveDate) {
    let (starts, ends) = schedule::day_hours(doc, day);
    let planned = schedule::planned_minutes(&schedule::items_of_day(doc, day));
    let available = schedule::available_minutes(starts, ends);
    widgets::heading(ui, &crate::model::report::day_text(day));
    let (starts, ends) = (
        starts.format("%H:%M").to_string(),
        ends.format("%H:%M").to_string(),
    );
    if planned > available {
        let text = tr!(
            "agenda-day-hours-over",
            planned = hours(planned),
            available = hours(available),
            starts = starts,
            ends = ends,
            over = hours(planned - available),
        );
        widgets::colored(ui, theme::error(ui), &text);
    } else {
        let text = tr!(
            "agenda-day-hours",
            planned = hours(planned),
            available = hours(available),
            starts = starts,
            ends = ends,
        );
        crate::ui::widgets::weak(ui, &text);
    }
}

fn progress_ui(ui: &mut Ui, doc: &Document, day: NaiveDate, now: NaiveDateTime) {
    let Some(progress) = schedule::day_progress(doc, day, now) else {
        return;
    };
    let colour = live::progress_colour(ui, &progress);
    widgets::colored(ui, colour, &live::progress_words(&progress));
}

/// The meeting with one more day: the day after its last, or `today` for the first.
fn with_another_day(doc: &Document, today: NaiveDate) -> Meeting {
    let mut meeting = doc.meeting.clone();
    let date = schedule::days(doc)
        .last()
        .and_then(NaiveDate::succ_opt)
        .unwrap_or(today);
    let (starts, ends) = schedule::day_hours(doc, date);
    meeting.days.push(MeetingDay { date, starts, ends });
    meeting.modified = crate::model::now();
    meeting
}

fn hours(minutes: i64) -> String {
    // A duration, written as it is read: not grouped, minutes on two places.
    tr!(
        "agenda-hours",
        hours = (minutes / 60).to_string(),
        minutes = format!("{:02}", minutes % 60),
    )
}
