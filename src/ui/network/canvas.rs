//! The picture of the network inside a pan-and-zoom scene: links, nodes and
//! labels drawn with the painter, only what is in view, and the one node under
//! the pointer made a widget so that it can be clicked, dragged and named.

use std::collections::HashSet;

use egui::emath::TSTransform;
use egui::{Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, Vec2};

use super::Selected;
use crate::model::network::{Picture, View};

/// The smallest a label is drawn on the screen, in points: smaller ones are
/// left out, as nobody could read them.
const SMALLEST_LABEL: f32 = 7.0;
/// A label's size in the picture's units.
const LABEL_SIZE: f32 = 12.0;
/// How close to a link, in points on the screen, a click picks it.
const LINK_REACH: f32 = 5.0;
/// The smallest a node is on the screen, in points, so that it can be clicked.
const SMALLEST_NODE: f32 = 2.5;

/// The panel's state the picture reads and changes.
pub(super) struct State<'a> {
    pub scene_rect: &'a mut Option<Rect>,
    pub selected: &'a mut Option<Selected>,
    pub dragging: &'a mut Option<usize>,
    pub to_screen: &'a mut Option<TSTransform>,
    /// Whether each node was placed by hand.
    pub pinned: &'a [bool],
}

/// What the hand did to a node this frame.
pub(super) enum Moved {
    /// Dragged to this place, where it stays.
    Pinned(usize, [f32; 2]),
    /// Let go after a drag.
    Dropped,
    /// Double-clicked: the layout places it again.
    Unpinned(usize),
}

fn point(at: [f32; 2]) -> Pos2 {
    Pos2::new(at[0], at[1])
}

fn colour(rgb: [u8; 3]) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// The rectangle holding every node, with room around it.
fn bounds(picture: &Picture) -> Rect {
    let mut rect = Rect::NOTHING;
    for node in &picture.nodes {
        rect = rect.union(Rect::from_center_size(
            point(node.at),
            Vec2::splat(node.radius * 2.0),
        ));
    }
    if rect.is_positive() {
        rect.expand(60.0)
    } else {
        Rect::from_center_size(Pos2::ZERO, Vec2::splat(400.0))
    }
}

pub(super) fn ui(ui: &mut Ui, picture: &Picture, view: &View, state: &mut State<'_>) -> Option<Moved> {
    let mut rect = state.scene_rect.unwrap_or_else(|| bounds(picture));
    let mut moved = None;
    let selected = *state.selected;
    let dragging = *state.dragging;
    let mut picked: Option<Option<Selected>> = None;
    let mut now_dragging = dragging;
    let response = egui::Scene::new()
        .zoom_range(0.02..=4.0)
        .show(ui, &mut rect, |ui| {
            let to_screen = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or_default();
            *state.to_screen = Some(to_screen);
            let scale = to_screen.scaling.max(f32::EPSILON);
            let pointer = ui
                .input(|i| i.pointer.hover_pos())
                .map(|p| to_screen.inverse() * p);
            let near = highlighted(picture, view, selected);
            draw(ui, picture, state.pinned, scale, selected, near.as_ref());
            let under = dragging.or_else(|| pointer.and_then(|p| node_at(picture, p, scale)));
            if let Some(index) = under {
                let Some(node) = picture.mark(index) else {
                    // No longer drawn (undone, filtered out): nothing is held.
                    now_dragging = None;
                    return;
                };
                let radius = node.radius.max(SMALLEST_NODE / scale);
                let area = Rect::from_center_size(point(node.at), Vec2::splat(radius * 2.0));
                let response = ui
                    .interact(
                        area,
                        ui.scope_id().with(("network_node", index)),
                        Sense::click_and_drag(),
                    )
                    .on_hover_text(crate::bidi::visual(&node.label));
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &node.label));
                if response.double_clicked() {
                    moved = Some(Moved::Unpinned(index));
                } else if response.clicked() {
                    picked = Some(Some(Selected::Organisation(node.organisation)));
                }
                // Held from the press on, so that the node follows a pointer
                // that moves faster than it.
                now_dragging = (response.is_pointer_button_down_on() || response.dragged()).then_some(index);
                if response.dragged()
                    && let Some(p) = pointer
                {
                    moved = Some(Moved::Pinned(index, [p.x, p.y]));
                }
                if response.drag_stopped() {
                    now_dragging = None;
                    moved = Some(Moved::Dropped);
                }
            }
        });
    if response.response.clicked() {
        // Where the pointer is on the screen, taken back into the picture.
        let at = ui
            .input(|i| i.pointer.interact_pos())
            .and_then(|p| state.to_screen.map(|t| t.inverse() * p));
        picked = Some(at.and_then(|p| link_at(picture, p, state.to_screen.map_or(1.0, |t| t.scaling))));
    }
    if let Some(choice) = picked {
        *state.selected = choice;
    }
    *state.dragging = now_dragging;
    *state.scene_rect = Some(rect);
    moved
}

/// The organisations to draw strongly: the chosen one and its partners, or
/// the two ends of the chosen link; `None` when nothing is chosen.
fn highlighted(picture: &Picture, view: &View, selected: Option<Selected>) -> Option<HashSet<usize>> {
    let node_of = |id| view.graph.node(id);
    match selected? {
        Selected::Organisation(id) => {
            let node = node_of(id)?;
            let mut near: HashSet<usize> = view.graph.neighbours(node).collect();
            near.insert(node);
            near.retain(|n| view.shown.get(*n).copied().unwrap_or(false));
            // Chosen but filtered out: nothing to light up, nothing to dim.
            (!near.is_empty()).then_some(near)
        }
        Selected::Link(a, b) => {
            let near: HashSet<usize> = [node_of(a)?, node_of(b)?].into_iter().collect();
            // Nothing to highlight when the link is no longer drawn.
            picture
                .links
                .iter()
                .any(|l| near.contains(&l.a) && near.contains(&l.b))
                .then_some(near)
        }
    }
}

fn draw(
    ui: &Ui,
    picture: &Picture,
    pinned: &[bool],
    scale: f32,
    selected: Option<Selected>,
    near: Option<&HashSet<usize>>,
) {
    let painter = ui.painter();
    let visible = ui.clip_rect();
    let text = ui.visuals().text_color();
    let faint = ui.visuals().weak_text_color().gamma_multiply(0.6);
    let strong = ui.visuals().selection.stroke.color;
    let lit = |node: usize| near.is_none_or(|near| near.contains(&node));
    for link in &picture.links {
        let (Some(a), Some(b)) = (picture.mark(link.a), picture.mark(link.b)) else {
            continue;
        };
        let (pa, pb) = (point(a.at), point(b.at));
        if !visible.intersects(Rect::from_two_pos(pa, pb)) {
            continue;
        }
        let chosen = selected == Some(Selected::Link(a.organisation, b.organisation))
            || selected == Some(Selected::Link(b.organisation, a.organisation));
        let lit_link = lit(link.a) && lit(link.b);
        let colour = if chosen {
            strong
        } else if lit_link && near.is_some() {
            text
        } else if lit_link {
            faint
        } else {
            faint.gamma_multiply(0.3)
        };
        // Never thinner than a hairline on the screen, however far out.
        painter.line_segment([pa, pb], Stroke::new(link.width.max(0.75 / scale), colour));
    }
    let labels = LABEL_SIZE * scale >= SMALLEST_LABEL;
    for node in &picture.nodes {
        let centre = point(node.at);
        let radius = node.radius.max(SMALLEST_NODE / scale);
        if !visible.expand(radius).contains(centre) {
            continue;
        }
        let mut fill = colour(node.colour);
        if !lit(node.node) {
            fill = fill.gamma_multiply(0.25);
        }
        painter.circle_filled(centre, radius, fill);
        if selected == Some(Selected::Organisation(node.organisation)) {
            painter.circle_stroke(centre, radius + 3.0 / scale, Stroke::new(2.5 / scale, strong));
        }
        if pinned.get(node.node).copied().unwrap_or(false) {
            painter.circle_stroke(centre, radius, Stroke::new(1.5 / scale, text));
        }
        if (labels || near.is_some_and(|n| n.contains(&node.node))) && lit(node.node) {
            let size = if labels {
                LABEL_SIZE
            } else {
                SMALLEST_LABEL / scale
            };
            painter.text(
                centre + Vec2::new(0.0, radius + 1.0),
                egui::Align2::CENTER_TOP,
                crate::bidi::visual(&node.label),
                FontId::proportional(size),
                text,
            );
        }
    }
}

/// The node drawn at `at` (picture units), the nearest when several overlap.
fn node_at(picture: &Picture, at: Pos2, scale: f32) -> Option<usize> {
    picture
        .nodes
        .iter()
        .filter_map(|n| {
            let radius = n.radius.max(SMALLEST_NODE / scale);
            let distance = point(n.at).distance(at);
            (distance <= radius).then_some((distance, n.node))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, node)| node)
}

/// The link drawn at `at`, if one passes within reach.
fn link_at(picture: &Picture, at: Pos2, scale: f32) -> Option<Selected> {
    let reach = LINK_REACH / scale.max(f32::EPSILON);
    picture
        .links
        .iter()
        .filter_map(|link| {
            let (a, b) = (picture.mark(link.a)?, picture.mark(link.b)?);
            let distance = segment_distance(point(a.at), point(b.at), at);
            (distance <= reach + link.width / 2.0).then_some((distance, a.organisation, b.organisation))
        })
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .map(|(_, a, b)| Selected::Link(a, b))
}

fn segment_distance(a: Pos2, b: Pos2, p: Pos2) -> f32 {
    let ab = b - a;
    let length = ab.length_sq();
    if length <= f32::EPSILON {
        return a.distance(p);
    }
    let t = ((p - a).dot(ab) / length).clamp(0.0, 1.0);
    (a + ab * t).distance(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_to_a_segment_is_to_its_nearest_point() {
        let (a, b) = (Pos2::new(0.0, 0.0), Pos2::new(10.0, 0.0));
        assert!((segment_distance(a, b, Pos2::new(5.0, 3.0)) - 3.0).abs() < 1e-6);
        assert!((segment_distance(a, b, Pos2::new(-4.0, 3.0)) - 5.0).abs() < 1e-6);
        assert!((segment_distance(a, a, Pos2::new(3.0, 4.0)) - 5.0).abs() < 1e-6);
    }
}
