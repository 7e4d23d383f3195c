//! The forces of one iteration: organisations near each other push apart,
//! found through a grid; linked ones pull together.

use std::collections::HashMap;
use std::f32::consts::TAU;

use super::start::{ratio, unit};
use super::{IDEAL, PUSH, REACH, TOUCHING};
use crate::model::network::Graph;

/// The grid cell of a point, `REACH` on a side.
#[expect(
    clippy::cast_possible_truncation,
    reason = "float to int casts saturate; a picture is far smaller"
)]
pub(super) fn cell(at: [f32; 2]) -> (i32, i32) {
    ((at[0] / REACH).floor() as i32, (at[1] / REACH).floor() as i32)
}

/// How hard each organisation is pushed away by those within `REACH`,
/// found through a grid so that an iteration costs in proportion to the
/// number of organisations. Two on top of each other are pushed apart in a
/// direction drawn from their nodes.
pub(super) fn repulsion(positions: &[[f32; 2]]) -> Vec<[f32; 2]> {
    let mut order: Vec<((i32, i32), usize)> = positions
        .iter()
        .enumerate()
        .map(|(n, &at)| (cell(at), n))
        .collect();
    order.sort_unstable();
    let mut cells: HashMap<(i32, i32), (usize, usize)> = HashMap::new();
    for (index, &(key, _)) in order.iter().enumerate() {
        cells
            .entry(key)
            .and_modify(|range| range.1 = index + 1)
            .or_insert((index, index + 1));
    }
    let mut push = vec![[0.0_f32; 2]; positions.len()];
    for (node, (&at, force)) in positions.iter().zip(push.iter_mut()).enumerate() {
        let (cx, cy) = cell(at);
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(&(first, last)) = cells.get(&(cx.saturating_add(dx), cy.saturating_add(dy))) else {
                    continue;
                };
                for &(_, other) in order.get(first..last).unwrap_or_default() {
                    if other == node {
                        continue;
                    }
                    let Some(&there) = positions.get(other) else {
                        continue;
                    };
                    let (mut ax, mut ay) = (at[0] - there[0], at[1] - there[1]);
                    let mut distance = ax.hypot(ay);
                    if distance >= REACH {
                        continue;
                    }
                    if distance < TOUCHING {
                        let angle =
                            unit(0, node.min(other), u64::try_from(node.max(other)).unwrap_or(0)) * TAU;
                        let away = if node < other { TOUCHING } else { -TOUCHING };
                        (ax, ay, distance) = (away * angle.cos(), away * angle.sin(), TOUCHING);
                    }
                    let fading = 1.0 - (distance * distance) / (REACH * REACH);
                    let strength = PUSH * IDEAL * IDEAL / distance * fading / distance;
                    force[0] += ax * strength;
                    force[1] += ay * strength;
                }
            }
        }
    }
    push
}

/// Adds the pull along each link: grows with the square of its length and,
/// mildly, with the number of partnerships it stands for.
pub(super) fn attraction(graph: &Graph, positions: &[[f32; 2]], push: &mut [[f32; 2]]) {
    for (node, neighbours) in graph.adjacency.iter().enumerate() {
        let Some(&at) = positions.get(node) else { continue };
        for &(other, weight) in neighbours {
            let Some(&there) = positions.get(other) else {
                continue;
            };
            let (dx, dy) = (there[0] - at[0], there[1] - at[1]);
            let strength = dx.hypot(dy) / IDEAL * (1.0 + 0.25 * ratio(weight.clamp(1, 5) - 1, 1));
            // Each link is listed at both ends: each end takes its own pull.
            if let Some(force) = push.get_mut(node) {
                force[0] += dx * strength;
                force[1] += dy * strength;
            }
        }
    }
}
