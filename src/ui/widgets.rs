//! Small widgets shared by the panels.

use crate::model::fold::fold;
use egui::{Color32, Response, RichText, Role, Ui, WidgetInfo, WidgetText};

use super::text_field::TextField;
use super::text_field::layout::LayoutCache;
use super::theme;
use crate::bidi;
use crate::tr;

/// A label: drawn in visual order (see [`bidi::visual`]), exposed to screen
/// readers (AccessKit) in logical order, the order the words were written.
pub fn label(ui: &mut Ui, text: &str) -> Response {
    styled(ui, text, |rich| rich)
}

/// A styled label (size, colour, weight), drawn in visual order and named in logical order.
pub fn styled(ui: &mut Ui, text: &str, style: impl FnOnce(RichText) -> RichText) -> Response {
    let shown = super::galleys::label_text(ui, style(RichText::new(bidi::visual(text))), None);
    let response = ui.add(egui::Label::new(shown));
    name(ui, &response, Role::Label, text);
    response
}

/// A faded label, as [`Ui::weak`].
pub fn weak(ui: &mut Ui, text: &str) -> Response {
    styled(ui, text, RichText::weak)
}

/// A coloured label, as [`Ui::colored_label`].
pub fn colored(ui: &mut Ui, color: Color32, text: &str) -> Response {
    styled(ui, text, |rich| rich.color(color))
}

/// A heading, as [`Ui::heading`].
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    styled(ui, text, RichText::heading)
}

/// A dialog's heading: drawn as a heading, and given to the dialog around it
/// as its accessible name with the dialog role, so that a screen reader says
/// what has opened.
pub fn dialog_heading(ui: &mut Ui, text: &str) -> Response {
    let response = heading(ui, text);
    let dialog = ui.unique_id();
    ui.ctx().accesskit_node_builder(dialog, |node| {
        node.set_role(Role::Dialog);
        node.push_labelled_by(response.id.accesskit_id());
    });
    response
}

/// A button showing `text` in visual order, named by it in logical order.
pub fn button(ui: &mut Ui, text: &str) -> Response {
    let shown = super::galleys::button_text(ui, bidi::visual(text));
    let response = ui.add(egui::Button::new(shown));
    name(ui, &response, Role::Button, text);
    response
}

/// A button that can be off, as [`Ui::add_enabled`] with a [`egui::Button`],
/// drawn in visual order and named in logical order.
pub fn button_enabled(ui: &mut Ui, enabled: bool, text: &str) -> Response {
    let shown = super::galleys::button_text(ui, bidi::visual(text));
    let response = ui.add_enabled(enabled, egui::Button::new(shown));
    name(ui, &response, Role::Button, text);
    response
}

/// A check box labelled by `text` in visual order, named by it in logical order.
pub fn checkbox(ui: &mut Ui, checked: &mut bool, text: &str) -> Response {
    let response = ui.checkbox(checked, bidi::visual(text));
    if bidi::has_rtl(text) {
        let (enabled, selected) = (ui.is_enabled(), *checked);
        response.widget_info(|| WidgetInfo::selected(Role::CheckBox, enabled, selected, text));
    }
    response
}

/// A radio button labelled by `text` in visual order, named by it in logical order.
pub fn radio(ui: &mut Ui, selected: bool, text: &str) -> Response {
    let response = ui.radio(selected, bidi::visual(text));
    if bidi::has_rtl(text) {
        let enabled = ui.is_enabled();
        response.widget_info(|| WidgetInfo::selected(Role::RadioButton, enabled, selected, text));
    }
    response
}

/// A radio button that sets `current` to `value` when clicked, as [`Ui::radio_value`].
pub fn radio_value<V: PartialEq>(ui: &mut Ui, current: &mut V, value: V, text: &str) -> Response {
    let mut response = radio(ui, *current == value, text);
    if response.clicked() && *current != value {
        *current = value;
        response.mark_changed();
    }
    response
}

/// A menu titled `text` in visual order, named by it in logical order.
pub fn menu_button<R>(
    ui: &mut Ui,
    text: &str,
    body: impl FnOnce(&mut Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    let menu = ui.menu_button(bidi::visual(text), body);
    name(ui, &menu.response, Role::Button, text);
    menu
}

/// A link showing `text` in visual order, named by it in logical order.
pub fn link(ui: &mut Ui, text: &str) -> Response {
    let response = ui.link(bidi::visual(text));
    name(ui, &response, Role::Link, text);
    response
}

/// A selectable label (a button that stays pressed), as [`Ui::selectable_label`].
pub fn selectable(ui: &mut Ui, selected: bool, text: &str) -> Response {
    let shown = super::galleys::button_text(ui, bidi::visual(text));
    let response = ui.add(egui::Button::selectable(selected, shown));
    if bidi::has_rtl(text) {
        let enabled = ui.is_enabled();
        response.widget_info(|| WidgetInfo::selected(Role::Button, enabled, selected, text));
    }
    response
}

/// A selectable label that sets `current` to `value` when clicked, as [`Ui::selectable_value`].
pub fn selectable_value<V: PartialEq>(ui: &mut Ui, current: &mut V, value: V, text: &str) -> Response {
    let mut response = selectable(ui, *current == value, text);
    if response.clicked() && *current != value {
        *current = value;
        response.mark_changed();
    }
    response
}

/// Gives a combo box (drawn with the visual order of `text`) its logical text as value.
pub fn combo_value(ui: &Ui, response: &Response, text: &str) {
    if bidi::has_rtl(text) {
        let enabled = ui.is_enabled();
        response.widget_info(|| {
            let mut info = WidgetInfo::new(Role::ComboBox);
            info.enabled = enabled;
            info.current_text_value = Some(text.to_owned());
            info
        });
    }
}

thread_local! {
    /// The record an editor is drawing, while it draws it (see [`about_record`]).
    static RECORD: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Draws `add` as the editor of the record called `record`: every field
/// label drawn meanwhile names the record to screen readers ("Stage of
/// Community telecentres for rural Yemen"), as the eye sees it from the
/// editor's heading.
pub fn about_record<R>(record: &str, add: impl FnOnce() -> R) -> R {
    struct Restore(Option<String>);
    impl Drop for Restore {
        fn drop(&mut self) {
            RECORD.set(self.0.take());
        }
    }
    let _restore = Restore(RECORD.replace(Some(record.trim().to_owned())));
    add()
}

/// The label before a field, as wide as every other, in visual order and
/// named in logical order, with the record it belongs to.
fn field_label(ui: &mut Ui, text: &str) -> Response {
    let response = ui.add_sized(
        [theme::FIELD_LABEL_WIDTH, 18.0],
        egui::Label::new(bidi::visual(text)),
    );
    let spoken = RECORD.with_borrow(|record| {
        record
            .as_deref()
            .filter(|r| !r.is_empty())
            .map(|r| tr!("field-of-record", field = text, record = r))
    });
    match spoken {
        Some(spoken) => {
            let enabled = ui.is_enabled();
            response.widget_info(|| WidgetInfo::labeled(Role::Label, enabled, &spoken));
        }
        None => name(ui, &response, Role::Label, text),
    }
    response
}

/// Names a widget drawn from the visual order of `text` with `text` itself.
/// Text without right-to-left characters is drawn as written: nothing to do.
pub fn name(ui: &Ui, response: &Response, role: Role, text: &str) {
    if bidi::has_rtl(text) {
        let enabled = ui.is_enabled();
        response.widget_info(|| WidgetInfo::labeled(role, enabled, text));
    }
}

/// A button whose accessible name says more than its text, such as
/// "Delete this record" for a button that shows "Delete".
pub fn named_button(ui: &mut Ui, text: &str, name: &str) -> Response {
    let enabled = ui.is_enabled();
    let response = ui.small_button(bidi::visual(text));
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    response
}

/// A labelled drop-down of the people in the registry.
pub fn person_choice(
    ui: &mut Ui,
    doc: &crate::model::Document,
    label: &str,
    value: &mut Option<crate::model::Id>,
) {
    ui.horizontal(|ui| {
        let label_response = field_label(ui, label);
        let selected = doc.person_name(*value);
        let response = egui::ComboBox::from_id_salt(label)
            .selected_text(bidi::visual(&selected))
            .width(220.0)
            .show_ui(ui, |ui| {
                selectable_value(ui, value, None, &tr!("field-nobody"));
                for person in &doc.people {
                    selectable_value(ui, value, Some(person.id), &person.name);
                }
            })
            .response
            .labelled_by(label_response.id);
        combo_value(ui, &response, &selected);
    });
}

/// A labelled single-line text field; the label is its accessible name.
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    ui.horizontal(|ui| {
        let label = field_label(ui, label);
        TextField::singleline(value)
            .desired_width(f32::INFINITY)
            .show(ui)
            .labelled_by(label.id)
    })
    .inner
}

/// A labelled multi-line text field.
pub fn text_area(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = styled(ui, label, |rich| rich);
    TextField::multiline(value)
        .desired_rows(3)
        .desired_width(f32::INFINITY)
        .show(ui)
        .labelled_by(label.id)
}

/// A list of short phrases edited one per line.
pub fn lines_field(ui: &mut Ui, label: &str, values: &mut Vec<String>) -> Response {
    let mut joined = values.join("\n");
    let response = text_area(ui, label, &mut joined);
    if response.changed() {
        // `split`, not `lines`: a new line being started must survive until typed into.
        *values = joined
            .split('\n')
            .map(|line| line.trim_end_matches('\r').to_owned())
            .collect();
    }
    response
}

/// A labelled drop-down over `(key, label)` pairs, editing a key.
pub fn choice(ui: &mut Ui, label: &str, value: &mut String, options: &[(String, String)]) {
    ui.horizontal(|ui| {
        let label_response = field_label(ui, label);
        let selected = options
            .iter()
            .find(|(key, _)| key == value)
            .map_or_else(|| value.clone(), |(_, text)| text.clone());
        let response = egui::ComboBox::from_id_salt(label)
            .selected_text(bidi::visual(&selected))
            .width(220.0)
            .show_ui(ui, |ui| {
                for (key, text) in options {
                    selectable_value(ui, value, key.clone(), text);
                }
            })
            .response
            .labelled_by(label_response.id);
        combo_value(ui, &response, &selected);
    });
}

/// A labelled drop-down showing `shown`; `body` lists the choices. The label
/// is its accessible name, and the choice shown its value.
pub fn combo(ui: &mut Ui, label: &str, salt: &str, shown: &str, body: impl FnOnce(&mut Ui)) {
    ui.horizontal(|ui| {
        let label = field_label(ui, label);
        let response = egui::ComboBox::from_id_salt(salt)
            .selected_text(bidi::visual(shown))
            .width(220.0)
            .show_ui(ui, body)
            .response
            .labelled_by(label.id);
        combo_value(ui, &response, shown);
    });
}

/// Who may see a record (or its contact details), labelled `label`.
pub fn confidentiality_choice(ui: &mut Ui, label: &str, value: &mut crate::model::Confidentiality) {
    combo(ui, label, label, &value.label(), |ui| {
        for choice in crate::model::Confidentiality::ALL {
            selectable_value(ui, value, choice, &choice.label());
        }
    });
}

/// Rows of an organisation drop-down shown at once; the rest scroll.
const PICKER_HEIGHT: f32 = 300.0;

/// A labelled drop-down of every organisation, or `none`; `current` is the
/// name of the one chosen. The list can hold thousands of organisations, so
/// it draws only the rows in view and builds nothing while it is closed; the
/// choice changes only when the user picks, so a dangling reference is kept
/// until someone replaces it.
pub fn organisation_choice(
    ui: &mut Ui,
    doc: &crate::model::Document,
    label: &str,
    (current, none): (&str, &str),
    value: &mut Option<crate::model::Id>,
) {
    let row_height = ui.spacing().interact_size.y;
    combo(ui, label, label, current, |ui| {
        egui::ScrollArea::vertical().max_height(PICKER_HEIGHT).show_rows(
            ui,
            row_height,
            doc.organisations.len() + 1,
            |ui, rows| {
                for row in rows {
                    let (choice, text) = match row.checked_sub(1) {
                        None => (None, none),
                        Some(i) => match doc.organisations.get(i) {
                            Some(org) => (Some(org.id), org.name.as_str()),
                            None => continue,
                        },
                    };
                    if selectable(ui, *value == choice, text).clicked() {
                        *value = choice;
                    }
                }
            },
        );
    });
}

/// A labelled drop-down choosing one of `options` (`(value, label)` pairs,
/// built only while it is open), or all; `shown` is the label of the choice.
pub fn filter_combo<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    value: &mut Option<T>,
    shown: Option<String>,
    options: impl FnOnce() -> Vec<(T, String)>,
) {
    let label_response = styled(ui, label, |rich| rich);
    let all = tr!("common-filter-all");
    let shown = shown.unwrap_or_else(|| all.clone());
    let response = egui::ComboBox::from_id_salt(("filter", label))
        .selected_text(bidi::visual(&shown))
        .width(140.0)
        .show_ui(ui, |ui| {
            selectable_value(ui, value, None, &all);
            for (key, text) in options() {
                selectable_value(ui, value, Some(key), &text);
            }
        })
        .response
        .labelled_by(label_response.id);
    combo_value(ui, &response, &shown);
}

/// A labelled drop-down choosing one term of a vocabulary (by key), or all.
pub fn term_filter(ui: &mut Ui, label: &str, value: &mut Option<String>, terms: &[crate::model::Term]) {
    let shown = value
        .as_deref()
        .map(|k| crate::model::Vocabularies::label(terms, k).to_owned());
    filter_combo(ui, label, value, shown, || {
        terms.iter().map(|t| (t.key.clone(), t.label.clone())).collect()
    });
}

/// A labelled search box.
pub fn search(ui: &mut Ui, hint: &str, query: &mut String) -> Response {
    ui.horizontal(|ui| {
        let label = styled(ui, &tr!("field-search"), |rich| rich);
        TextField::singleline(query)
            .hint_text(bidi::visual(hint))
            .desired_width(240.0)
            .show(ui)
            .labelled_by(label.id)
    })
    .inner
}

/// Whether `haystack` contains `needle`, compared as search compares (see [`fold`]).
pub fn matches(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || fold(haystack).contains(&fold(needle))
}

/// A sentence of the interface that may quote names in the other script:
/// drawn in the interface's direction (left to right in English, right to
/// left in Arabic) whatever its first word, named in logical order.
pub fn sentence(ui: &mut Ui, text: &str) -> Response {
    sentence_styled(ui, text, |rich| rich)
}

/// A coloured [`sentence`]: a warning or an error that may quote names.
pub fn colored_sentence(ui: &mut Ui, color: Color32, text: &str) -> Response {
    sentence_styled(ui, text, |rich| rich.color(color))
}

/// A styled [`sentence`].
pub fn sentence_styled(ui: &mut Ui, text: &str, style: impl FnOnce(RichText) -> RichText) -> Response {
    let response = ui.label(style(RichText::new(visual_in_reading_direction(text))));
    name(ui, &response, Role::Label, text);
    response
}

/// A selectable [`sentence`], such as a row of a list.
pub fn selectable_sentence(ui: &mut Ui, selected: bool, text: &str) -> Response {
    let shown = super::galleys::button_text(ui, visual_in_reading_direction(text));
    let response = ui.add(egui::Button::selectable(selected, shown));
    if bidi::has_rtl(text) {
        let enabled = ui.is_enabled();
        response.widget_info(|| WidgetInfo::selected(Role::Button, enabled, selected, text));
    }
    response
}

/// [`bidi::visual`] with the paragraph direction of the interface: left to
/// right in English, right to left in Arabic, whatever the first word.
fn visual_in_reading_direction(text: &str) -> std::borrow::Cow<'_, str> {
    if bidi::has_rtl(text) {
        // A LEFT-TO-RIGHT or RIGHT-TO-LEFT MARK sets the direction; `visual` drops it.
        let mark = if crate::i18n::language().is_right_to_left() {
            '\u{200F}'
        } else {
            '\u{200E}'
        };
        std::borrow::Cow::Owned(bidi::visual(&format!("{mark}{text}")).into_owned())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A wrapped paragraph in the body font; see [`paragraph_styled`].
pub fn paragraph(ui: &mut Ui, text: &str) -> Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    paragraph_styled(ui, text, &font, None)
}

/// A wrapped paragraph that reads right: wrapped by words on the logical
/// text first, then each row put in visual order, and right-aligned when its
/// paragraph reads right to left (the text field's layout). Screen readers get
/// the logical text. `color` is by default the text colour.
pub fn paragraph_styled(ui: &mut Ui, text: &str, font: &egui::FontId, color: Option<Color32>) -> Response {
    if !bidi::has_rtl(text) {
        let mut rich = RichText::new(text).font(font.clone());
        if let Some(color) = color {
            rich = rich.color(color);
        }
        return ui.add(egui::Label::new(rich).wrap());
    }
    let color = color.unwrap_or_else(|| ui.visuals().text_color());
    let width = ui.available_width().max(MIN_PARAGRAPH_WIDTH);
    let id = ui.next_auto_id();
    ui.skip_ahead_auto_ids(1);
    let cache = ui
        .data(|data| data.get_temp::<SharedLayout>(id))
        .unwrap_or_default();
    let layout = cache.0.lock().get(ui.ctx(), text, font, width);
    ui.data_mut(|data| data.insert_temp(id, cache));
    let rtl = layout.rows().iter().any(|row| row.rtl);
    let size = egui::vec2(if rtl { width } else { layout.width() }, layout.height());
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        let row_height = layout.row_height();
        let mut top = rect.top();
        for row in layout.rows() {
            if let Some(job) = row.job(font, color) {
                let galley = super::galleys::galley(ui.ctx(), job);
                let left = rect.left() + row.offset(rect.width());
                ui.painter().galley(egui::pos2(left, top), galley, color);
            }
            top += row_height;
        }
    }
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Label, enabled, text));
    response
}

/// A paragraph is never laid out narrower than this.
const MIN_PARAGRAPH_WIDTH: f32 = 24.0;

/// A paragraph's layout in egui's memory, kept while its text and width stay.
#[derive(Clone, Default)]
struct SharedLayout(std::sync::Arc<egui::mutex::Mutex<LayoutCache>>);

/// One line cut to the width with an ellipsis, for table cells; the whole
/// text shows on hover and is the accessible name. A right-to-left text keeps
/// its first words: it is cut at its logical end, which shows on the left.
pub fn truncated(ui: &mut Ui, text: &str) -> Response {
    truncated_styled(ui, text, |rich| rich)
}

/// A styled [`truncated`] label.
pub fn truncated_styled(ui: &mut Ui, text: &str, style: impl Fn(RichText) -> RichText) -> Response {
    let truncate = Some(egui::TextWrapMode::Truncate);
    if !bidi::has_rtl(text) {
        let shown = super::galleys::label_text(ui, style(RichText::new(text)), truncate);
        return ui.add(egui::Label::new(shown));
    }
    let width = ui.available_width();
    // The galley drawn is the one measured: a row scrolled into view is laid out once.
    let measured = super::galleys::label_text(
        ui,
        style(RichText::new(bidi::visual(text))),
        Some(egui::TextWrapMode::Extend),
    );
    if let WidgetText::Galley(galley) = &measured
        && galley.size().x <= width
    {
        let response = ui.add(egui::Label::new(measured));
        name(ui, &response, Role::Label, text);
        return response;
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let shown = text.get(..cut_point(ui, text, &font, width)).unwrap_or(text);
    let visual = bidi::visual(&format!("{shown}…")).into_owned();
    let shown = super::galleys::label_text(ui, style(RichText::new(visual)), truncate);
    let response = ui.add(egui::Label::new(shown)).on_hover_ui(|ui| {
        ui.label(bidi::visual(text));
    });
    name(ui, &response, Role::Label, text);
    response
}

/// Where [`fitting_prefix`] cuts `text`, remembered while the label is shown
/// at that width: a table redraws the same cells frame after frame, and
/// coming back to a tab finds them again.
fn cut_point(ui: &Ui, text: &str, font: &egui::FontId, width: f32) -> usize {
    let key = egui::Id::unique((text, width.to_bits(), font, ui.ctx().pixels_per_point().to_bits())).value();
    let cache_id = egui::Id::unique("widgets::truncated").with(ui.ctx().viewport_id());
    let cuts = ui.data_mut(|data| data.get_temp_mut_or_default::<Cuts>(cache_id).clone());
    if let Some(end) = cuts.0.lock().get(key) {
        return end;
    }
    let end = fitting_prefix(ui, text, font, width).len();
    cuts.0.lock().used.insert(key, end);
    end
}

/// The cuts of the labels drawn lately.
#[derive(Clone, Default)]
struct Cuts(std::sync::Arc<egui::mutex::Mutex<CutTable>>);

/// Two generations of cuts: when the newer one is full, the older one is
/// dropped, so the cuts used lately stay and memory stays bounded.
#[derive(Default)]
struct CutTable {
    used: std::collections::HashMap<u64, usize>,
    previous: std::collections::HashMap<u64, usize>,
}

/// How many cuts a generation holds: several screens of every table.
const CUTS_KEPT: usize = 4_096;

impl CutTable {
    /// The cut remembered for `key`.
    fn get(&mut self, key: u64) -> Option<usize> {
        if self.used.len() >= CUTS_KEPT {
            self.previous = std::mem::take(&mut self.used);
        }
        if let Some(end) = self.used.get(&key) {
            return Some(*end);
        }
        let end = self.previous.remove(&key)?;
        self.used.insert(key, end);
        Some(end)
    }
}

/// The longest logical beginning of `text`, too wide for `width`, (cut at a
/// cluster boundary, trailing spaces dropped) that fits with an ellipsis after it.
fn fitting_prefix<'t>(ui: &Ui, text: &'t str, font: &egui::FontId, width: f32) -> &'t str {
    let measure = |shown: &str| {
        ui.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(bidi::visual(shown).into_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
    };
    // Byte offsets where a cluster starts: a cut there splits no letter from its marks.
    let bounds: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| !bidi::is_cluster_extender(*c))
        .map(|(i, _)| i)
        .skip(1)
        .collect();
    let prefix = |count: usize| -> &'t str {
        let end = count
            .checked_sub(1)
            .and_then(|i| bounds.get(i))
            .copied()
            .unwrap_or(0);
        text.get(..end).unwrap_or_default().trim_end()
    };
    // The most clusters that fit, by bisection (the width grows with the prefix).
    let (mut fits, mut over) = (0, bounds.len() + 1);
    while over - fits > 1 {
        let middle = fits + (over - fits) / 2;
        if measure(&format!("{}…", prefix(middle))) <= width {
            fits = middle;
        } else {
            over = middle;
        }
    }
    prefix(fits)
}
