//! Where a layout starts: kept placements, then organisations next to their
//! placed partners, then the rest on a sunflower around the picture, all
//! drawn from the seed.

use std::collections::HashMap;
use std::f32::consts::TAU;

use super::{GOLDEN_ANGLE, IDEAL};
use crate::model::network::{Graph, Placement};

/// `part / whole` as a float; counts of organisations and iterations are far
/// below the range where `f32` loses whole numbers that matter here.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of organisations and iterations are small"
)]
pub(super) fn ratio(part: usize, whole: usize) -> f32 {
    part as f32 / whole.max(1) as f32
}

/// A number in [0, 1) that depends only on `seed`, `node` and `salt`.
pub(super) fn unit(seed: u64, node: usize, salt: u64) -> f32 {
    f32::from(u16::try_from(mix(seed, node, salt) >> 48).unwrap_or(0)) / 65_536.0
}

/// Bits that depend only on `seed`, `node` and `salt` (splitmix64).
pub(super) fn mix(seed: u64, node: usize, salt: u64) -> u64 {
    let node = u64::try_from(node).unwrap_or(u64::MAX);
    let mut z = seed ^ node.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt.wrapping_mul(0xD1B5_4A32_D192_ED03);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The point at `angle` and `radius` from `centre`.
pub(super) fn polar(centre: [f32; 2], angle: f32, radius: f32) -> [f32; 2] {
    [centre[0] + radius * angle.cos(), centre[1] + radius * angle.sin()]
}

/// Where a layout starts.
pub(super) struct Start {
    pub(super) positions: Vec<[f32; 2]>,
    pub(super) pinned: Vec<bool>,
    pub(super) fresh: Vec<bool>,
    pub(super) centre: [f32; 2],
}

/// Kept placements where they exist (only the pinned ones when
/// `only_pinned`); then organisations next to placed ones near them, layer
/// by layer; then the rest on a sunflower around the picture, in an order
/// drawn from `seed`.
pub(super) fn starting_points(graph: &Graph, kept: &[Placement], seed: u64, only_pinned: bool) -> Start {
    let count = graph.len();
    let node_of: HashMap<_, _> = graph
        .organisations
        .iter()
        .enumerate()
        .map(|(i, &id)| (id, i))
        .collect();
    let mut positions = vec![[0.0_f32; 2]; count];
    let mut pinned = vec![false; count];
    let mut placed = vec![false; count];
    for placement in kept {
        let usable = placement.x.is_finite() && placement.y.is_finite() && (placement.pinned || !only_pinned);
        let Some(&node) = node_of.get(&placement.organisation) else {
            continue;
        };
        if let (true, Some(position), Some(pin), Some(done)) = (
            usable,
            positions.get_mut(node),
            pinned.get_mut(node),
            placed.get_mut(node),
        ) {
            *position = [placement.x, placement.y];
            *pin = placement.pinned;
            *done = true;
        }
    }
    let fresh: Vec<bool> = placed.iter().map(|&p| !p).collect();
    let centre = centroid(
        positions
            .iter()
            .zip(&placed)
            .filter(|(_, p)| **p)
            .map(|(at, _)| *at),
    );
    place_next_to_neighbours(graph, seed, &mut positions, &mut placed);
    let radius = positions
        .iter()
        .zip(&placed)
        .filter(|(_, p)| **p)
        .map(|(at, _)| (at[0] - centre[0]).hypot(at[1] - centre[1]))
        .fold(0.0_f32, f32::max);
    let mut orphans: Vec<usize> = (0..count)
        .filter(|&n| !placed.get(n).copied().unwrap_or(true))
        .collect();
    orphans.sort_by_key(|&node| (mix(seed, node, 1), node));
    let turn = unit(seed, 0, 2) * TAU;
    let spacing = 0.8 * IDEAL;
    for (slot, &node) in orphans.iter().enumerate() {
        let slot_f = ratio(slot, 1) + 0.5;
        let r = (radius * radius + spacing * spacing * slot_f).sqrt();
        let mut at = polar(centre, turn + GOLDEN_ANGLE * slot_f, r);
        at[0] += (unit(seed, node, 3) - 0.5) * 0.5 * IDEAL;
        at[1] += (unit(seed, node, 4) - 0.5) * 0.5 * IDEAL;
        if let Some(position) = positions.get_mut(node) {
            *position = at;
        }
    }
    Start {
        positions,
        pinned,
        fresh,
        centre,
    }
}

/// The mean of `points`, or the origin when there are none.
pub(super) fn centroid(points: impl Iterator<Item = [f32; 2]>) -> [f32; 2] {
    let (mut sum, mut count) = ([0.0_f64; 2], 0_usize);
    for [x, y] in points {
        sum[0] += f64::from(x);
        sum[1] += f64::from(y);
        count += 1;
    }
    if count == 0 {
        return [0.0, 0.0];
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "the mean of f32 values fits in f32"
    )]
    #[expect(clippy::cast_precision_loss, reason = "counts of organisations are small")]
    let mean = [(sum[0] / count as f64) as f32, (sum[1] / count as f64) as f32];
    mean
}

/// Places, layer by layer outward from the placed organisations, each
/// unplaced one next to the centroid of its neighbours placed before its layer.
pub(super) fn place_next_to_neighbours(
    graph: &Graph,
    seed: u64,
    positions: &mut [[f32; 2]],
    placed: &mut [bool],
) {
    let mut layer: Vec<usize> = (0..positions.len())
        .filter(|&n| {
            !placed.get(n).copied().unwrap_or(true)
                && graph
                    .neighbours(n)
                    .any(|m| placed.get(m).copied().unwrap_or(false))
        })
        .collect();
    while !layer.is_empty() {
        let spots: Vec<[f32; 2]> = layer
            .iter()
            .map(|&node| {
                let near = centroid(
                    graph
                        .neighbours(node)
                        .filter(|&m| placed.get(m).copied().unwrap_or(false))
                        .filter_map(|m| positions.get(m).copied()),
                );
                polar(near, unit(seed, node, 5) * TAU, 0.3 * IDEAL)
            })
            .collect();
        for (&node, spot) in layer.iter().zip(spots) {
            if let (Some(position), Some(done)) = (positions.get_mut(node), placed.get_mut(node)) {
                *position = spot;
                *done = true;
            }
        }
        let mut next: Vec<usize> = layer
            .iter()
            .flat_map(|&node| graph.neighbours(node))
            .filter(|&m| !placed.get(m).copied().unwrap_or(true))
            .collect();
        next.sort_unstable();
        next.dedup();
        layer = next;
    }
}
