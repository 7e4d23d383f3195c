//! Where the organisations of the network view are drawn: a force-directed
//! layout (Fruchterman–Reingold). Linked organisations pull each other to
//! about [`IDEAL`] apart, every organisation pushes away those near it, and a
//! gentle pull toward the centre keeps organisations in no partnership and
//! separate groups in one compact picture.
//!
//! The run cools over a fixed number of iterations, so it always ends and
//! the picture depends only on the network, the kept placements and the seed.
//! Kept placements are the starting point: a reopened file shows the same
//! picture, and a changed card moves the picture only a little.

use std::collections::HashMap;
use std::f32::consts::TAU;

use super::{Graph, Placement};

/// The length a link settles to, in the layout's units.
const IDEAL: f32 = 100.0;
/// Organisations farther apart than this do not push each other; it is also
/// the side of the grid cells that find the near ones.
const REACH: f32 = 2.0 * IDEAL;
/// How hard organisations push each other, against the pull of links:
/// partners of a big partnership would otherwise sit on top of each other.
const PUSH: f32 = 3.0;
/// The pull toward the centre, per unit of distance from it.
const GRAVITY: f32 = 0.02;
/// How long a run from scratch lasts at most.
const COLD_ITERATIONS: usize = 400;
/// How long a run from kept placements lasts at most.
const WARM_ITERATIONS: usize = 200;
/// The largest move of a placed organisation at the start of a warm run.
const WARM_HEAT: f32 = 0.1 * IDEAL;
/// The largest move of a newly placed organisation at the start of a warm run.
const FRESH_HEAT: f32 = 2.0 * IDEAL;
/// When no organisation moves farther than this in an iteration, the layout is settled.
const STILL: f32 = 0.01 * IDEAL;
/// Closer than this, two organisations count as one on top of the other.
const TOUCHING: f32 = 0.01;
/// The golden angle, which spreads a sunflower's seeds evenly.
const GOLDEN_ANGLE: f32 = 2.399_963;

/// A force-directed layout of a [`Graph`], run a few iterations at a time.
#[derive(Clone, Debug)]
pub struct Layout {
    positions: Vec<[f32; 2]>,
    pinned: Vec<bool>,
    /// Organisations that had no kept placement: they may travel farther.
    fresh: Vec<bool>,
    centre: [f32; 2],
    /// The pull toward the centre, weaker in a bigger picture so that its
    /// crowd is not squeezed.
    gravity: f32,
    run: Run,
}

/// One cooling run: the largest move allowed falls from its heat to nothing
/// over `budget` iterations.
#[derive(Clone, Copy, Debug)]
struct Run {
    done: usize,
    budget: usize,
    placed_heat: f32,
    fresh_heat: f32,
    settled: bool,
}

impl Run {
    fn new(budget: usize, placed_heat: f32, fresh_heat: f32) -> Self {
        Self {
            done: 0,
            budget,
            placed_heat,
            fresh_heat,
            settled: false,
        }
    }

    fn settled() -> Self {
        Self {
            settled: true,
            ..Self::new(0, 0.0, 0.0)
        }
    }

    /// How much of the heat is left at this iteration.
    fn left(&self) -> f32 {
        if self.budget == 0 {
            return 0.0;
        }
        1.0 - ratio(self.done.min(self.budget), self.budget)
    }
}

impl Layout {
    /// Starts from the placements kept in the document where they exist.
    /// When every organisation has one, the layout is settled at once and
    /// nothing moves. The others are placed near their placed neighbours, or
    /// on a sunflower around the picture, and the layout runs warm: the
    /// fewer new organisations, the less the placed ones move.
    pub fn new(graph: &Graph, kept: &[Placement], seed: u64) -> Self {
        let mut layout = Self::start(graph, kept, seed, false);
        if layout.fresh.iter().all(|&fresh| !fresh) {
            layout.run = Run::settled();
        }
        layout
    }

    /// The links changed but the kept placements stand: a warm run, so
    /// that placed organisations move little.
    pub fn relaxed(graph: &Graph, kept: &[Placement], seed: u64) -> Self {
        Self::start(graph, kept, seed, false)
    }

    /// Everything laid out afresh from `seed`, but organisations pinned in
    /// `kept` stay where they are.
    pub fn afresh(graph: &Graph, kept: &[Placement], seed: u64) -> Self {
        Self::start(graph, kept, seed, true)
    }

    fn start(graph: &Graph, kept: &[Placement], seed: u64, only_pinned: bool) -> Self {
        let start = starting_points(graph, kept, seed, only_pinned);
        let count = start.positions.len();
        let new = start.fresh.iter().filter(|&&fresh| fresh).count();
        // Mostly new, or afresh: a run from scratch for all but the pinned.
        let run = if only_pinned || 2 * new > count {
            let heat = IDEAL * (0.2 * ratio(count, 1).sqrt()).max(1.0);
            Run::new(COLD_ITERATIONS, heat, heat)
        } else {
            let placed_heat = (WARM_HEAT + 2.0 * IDEAL * ratio(new, count)).min(IDEAL);
            Run::new(WARM_ITERATIONS, placed_heat, FRESH_HEAT.max(placed_heat))
        };
        Self {
            positions: start.positions,
            pinned: start.pinned,
            fresh: start.fresh,
            centre: start.centre,
            gravity: (GRAVITY * ratio(200, count).sqrt()).min(2.0 * GRAVITY),
            run,
        }
    }

    /// Runs up to `iterations` iterations and tells whether the layout is
    /// settled. The settled picture is the same however the iterations are
    /// split between calls. `graph` must be the one the layout was made for.
    pub fn step(&mut self, graph: &Graph, iterations: usize) -> bool {
        for _ in 0..iterations {
            if self.run.settled {
                break;
            }
            let largest = self.iterate(graph);
            self.run.done += 1;
            if largest < STILL || self.run.done >= self.run.budget {
                self.run.settled = true;
            }
        }
        self.run.settled
    }

    pub fn is_settled(&self) -> bool {
        self.run.settled
    }

    /// Runs until settled.
    pub fn settle(&mut self, graph: &Graph) {
        while !self.step(graph, 100) {}
    }

    /// Where each organisation is, by node.
    pub fn positions(&self) -> &[[f32; 2]] {
        &self.positions
    }

    /// Puts `node` where it was dragged; it stays there while the others
    /// adjust around it.
    pub fn pin(&mut self, node: usize, at: [f32; 2]) {
        let (Some(position), Some(pinned)) = (self.positions.get_mut(node), self.pinned.get_mut(node)) else {
            return;
        };
        if at.iter().all(|c| c.is_finite()) {
            *position = at;
        }
        *pinned = true;
        self.warm_up();
    }

    /// Lets `node` go: the layout runs warm again.
    pub fn unpin(&mut self, node: usize) {
        if let Some(pinned) = self.pinned.get_mut(node) {
            *pinned = false;
            self.warm_up();
        }
    }

    pub fn is_pinned(&self, node: usize) -> bool {
        self.pinned.get(node).copied().unwrap_or(false)
    }

    /// The positions to keep in the document.
    pub fn placements(&self, graph: &Graph) -> Vec<Placement> {
        graph
            .organisations
            .iter()
            .zip(&self.positions)
            .zip(&self.pinned)
            .map(|((&organisation, &[x, y]), &pinned)| Placement {
                organisation,
                x,
                y,
                pinned,
            })
            .collect()
    }

    /// A new warm run, keeping whatever heat the current one still has so
    /// that a drag during a run from scratch does not freeze it half done.
    fn warm_up(&mut self) {
        let run = self.run;
        let left = if run.settled { 0.0 } else { run.left() };
        self.run = Run::new(
            WARM_ITERATIONS.max(run.budget.saturating_sub(run.done)),
            (run.placed_heat * left).max(WARM_HEAT),
            (run.fresh_heat * left).max(WARM_HEAT),
        );
    }

    /// One iteration; gives the largest move made.
    fn iterate(&mut self, graph: &Graph) -> f32 {
        let mut push = repulsion(&self.positions);
        attraction(graph, &self.positions, &mut push);
        let left = self.run.left();
        let mut largest: f32 = 0.0;
        for (node, position) in self.positions.iter_mut().enumerate() {
            if self.pinned.get(node).copied().unwrap_or(true) {
                continue;
            }
            let Some(force) = push.get(node) else { continue };
            let force = [
                force[0] + (self.centre[0] - position[0]) * self.gravity,
                force[1] + (self.centre[1] - position[1]) * self.gravity,
            ];
            let length = force[0].hypot(force[1]);
            if !length.is_finite() || length == 0.0 {
                continue;
            }
            let heat = if self.fresh.get(node).copied().unwrap_or(false) {
                self.run.fresh_heat
            } else {
                self.run.placed_heat
            };
            let travel = length.min(heat * left);
            position[0] += force[0] / length * travel;
            position[1] += force[1] / length * travel;
            largest = largest.max(travel);
        }
        largest
    }
}

/// `part / whole` as a float; counts of organisations and iterations are far
/// below the range where `f32` loses whole numbers that matter here.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of organisations and iterations are small"
)]
fn ratio(part: usize, whole: usize) -> f32 {
    part as f32 / whole.max(1) as f32
}

/// A number in [0, 1) that depends only on `seed`, `node` and `salt`.
fn unit(seed: u64, node: usize, salt: u64) -> f32 {
    f32::from(u16::try_from(mix(seed, node, salt) >> 48).unwrap_or(0)) / 65_536.0
}

/// Bits that depend only on `seed`, `node` and `salt` (splitmix64).
fn mix(seed: u64, node: usize, salt: u64) -> u64 {
    let node = u64::try_from(node).unwrap_or(u64::MAX);
    let mut z = seed ^ node.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt.wrapping_mul(0xD1B5_4A32_D192_ED03);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The point at `angle` and `radius` from `centre`.
fn polar(centre: [f32; 2], angle: f32, radius: f32) -> [f32; 2] {
    [centre[0] + radius * angle.cos(), centre[1] + radius * angle.sin()]
}

/// Where a layout starts.
struct Start {
    positions: Vec<[f32; 2]>,
    pinned: Vec<bool>,
    fresh: Vec<bool>,
    centre: [f32; 2],
}

/// Kept placements where they exist (only the pinned ones when
/// `only_pinned`); then organisations next to placed ones near them, layer
/// by layer; then the rest on a sunflower around the picture, in an order
/// drawn from `seed`.
fn starting_points(graph: &Graph, kept: &[Placement], seed: u64, only_pinned: bool) -> Start {
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
fn centroid(points: impl Iterator<Item = [f32; 2]>) -> [f32; 2] {
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
fn place_next_to_neighbours(graph: &Graph, seed: u64, positions: &mut [[f32; 2]], placed: &mut [bool]) {
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

/// The grid cell of a point, `REACH` on a side.
#[expect(
    clippy::cast_possible_truncation,
    reason = "float to int casts saturate; a picture is far smaller"
)]
fn cell(at: [f32; 2]) -> (i32, i32) {
    ((at[0] / REACH).floor() as i32, (at[1] / REACH).floor() as i32)
}

/// How hard each organisation is pushed away by those within `REACH`,
/// found through a grid so that an iteration costs in proportion to the
/// number of organisations. Two on top of each other are pushed apart in a
/// direction drawn from their nodes.
fn repulsion(positions: &[[f32; 2]]) -> Vec<[f32; 2]> {
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
fn attraction(graph: &Graph, positions: &[[f32; 2]], push: &mut [[f32; 2]]) {
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
