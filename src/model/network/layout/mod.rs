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

mod forces;
mod start;

use super::{Graph, Placement};
use forces::{attraction, repulsion};
use start::{ratio, starting_points};

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
