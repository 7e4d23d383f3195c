//! Measures of the network: who is joined to whom, who stands between
//! others, and who alone holds a group together.

use super::Graph;

/// Betweenness centrality of every node by Brandes' algorithm, unweighted
/// and undirected, in raw form: for each pair of other nodes, the share of
/// their shortest paths that pass through the node, summed over unordered
/// pairs. The middle of a path a-b-c scores 1; the centre of a star of `n`
/// nodes scores (n-1)(n-2)/2. Not normalised, so that the numbers stay
/// counts of pairs a reader can check; divide by (n-1)(n-2)/2 for the
/// normalised form.
pub fn betweenness(graph: &Graph) -> Vec<f64> {
    let n = graph.len();
    // Neighbours laid end to end, with where each node's begin: one flat
    // vector for the inner loop, which runs once per edge per source.
    let mut starts = Vec::with_capacity(n + 1);
    let mut targets = Vec::new();
    for node in 0..n {
        starts.push(targets.len());
        targets.extend(graph.neighbours(node));
    }
    starts.push(targets.len());
    let neighbours = |node: usize| -> &[usize] {
        let (Some(&from), Some(&to)) = (starts.get(node), starts.get(node + 1)) else {
            return &[];
        };
        targets.get(from..to).unwrap_or(&[])
    };

    let mut centrality = vec![0.0_f64; n];
    // Buffers reused for every source; only the nodes reached are reset.
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let mut paths = vec![0.0_f64; n];
    let mut distance = vec![usize::MAX; n];
    let mut dependency = vec![0.0_f64; n];
    for source in 0..n {
        // An organisation without partners lies on no path and starts none.
        if neighbours(source).is_empty() {
            continue;
        }
        for &node in &order {
            set(&mut paths, node, 0.0);
            set(&mut distance, node, usize::MAX);
            set(&mut dependency, node, 0.0);
        }
        order.clear();
        set(&mut paths, source, 1.0);
        set(&mut distance, source, 0);
        order.push(source);
        // `order` is the queue of the breadth-first search as well: nodes
        // are taken from `head` and stay, in the order they were reached.
        let mut head = 0;
        while let Some(&node) = order.get(head) {
            head += 1;
            let next = at(&distance, node, usize::MAX).saturating_add(1);
            let through = at(&paths, node, 0.0);
            for &neighbour in neighbours(node) {
                let seen = at(&distance, neighbour, usize::MAX);
                if seen == usize::MAX {
                    set(&mut distance, neighbour, next);
                    order.push(neighbour);
                    add(&mut paths, neighbour, through);
                } else if seen == next {
                    add(&mut paths, neighbour, through);
                }
            }
        }
        // Back from the farthest: a node's predecessors are its neighbours
        // one step nearer the source.
        for &node in order.iter().rev() {
            let depth = at(&distance, node, 0);
            if depth == 0 {
                continue;
            }
            let share = (1.0 + at(&dependency, node, 0.0)) / at(&paths, node, 1.0);
            for &neighbour in neighbours(node) {
                if at(&distance, neighbour, usize::MAX) == depth - 1 {
                    add(&mut dependency, neighbour, at(&paths, neighbour, 0.0) * share);
                }
            }
            add(&mut centrality, node, at(&dependency, node, 0.0));
        }
    }
    // Each unordered pair was counted from both ends.
    for value in &mut centrality {
        *value /= 2.0;
    }
    centrality
}

fn at<T: Copy>(values: &[T], index: usize, otherwise: T) -> T {
    values.get(index).copied().unwrap_or(otherwise)
}

fn set<T>(values: &mut [T], index: usize, value: T) {
    if let Some(slot) = values.get_mut(index) {
        *slot = value;
    }
}

fn add(values: &mut [f64], index: usize, value: f64) {
    if let Some(slot) = values.get_mut(index) {
        *slot += value;
    }
}

/// The connected groups of nodes, each in the registry's order, ordered by
/// their first node. An organisation without partners is a group of its own.
pub fn components(graph: &Graph) -> Vec<Vec<usize>> {
    let mut seen = vec![false; graph.len()];
    let mut groups = Vec::new();
    for start in 0..graph.len() {
        if at(&seen, start, true) {
            continue;
        }
        set(&mut seen, start, true);
        let mut group = vec![start];
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for neighbour in graph.neighbours(node) {
                if !at(&seen, neighbour, true) {
                    set(&mut seen, neighbour, true);
                    group.push(neighbour);
                    stack.push(neighbour);
                }
            }
        }
        group.sort_unstable();
        groups.push(group);
    }
    groups
}

/// The nodes whose removal splits their group (articulation points), in the
/// registry's order: each is the only connection between some of its
/// partners and the others.
pub fn cut_points(graph: &Graph) -> Vec<usize> {
    let n = graph.len();
    let mut discovered = vec![usize::MAX; n];
    let mut low = vec![usize::MAX; n];
    let mut is_cut = vec![false; n];
    let mut clock = 0;
    for root in 0..n {
        if at(&discovered, root, 0) != usize::MAX {
            continue;
        }
        set(&mut discovered, root, clock);
        set(&mut low, root, clock);
        clock += 1;
        let mut root_children = 0;
        // Depth-first without recursion: each frame is a node, its parent
        // and how many of its neighbours it has looked at.
        let mut stack: Vec<(usize, usize, usize)> = vec![(root, usize::MAX, 0)];
        while let Some(&mut (node, parent, ref mut next)) = stack.last_mut() {
            let neighbour = graph
                .adjacency
                .get(node)
                .and_then(|list| list.get(*next))
                .map(|&(m, _)| m);
            *next += 1;
            match neighbour {
                Some(child) if at(&discovered, child, 0) == usize::MAX => {
                    set(&mut discovered, child, clock);
                    set(&mut low, child, clock);
                    clock += 1;
                    if node == root {
                        root_children += 1;
                    }
                    stack.push((child, node, 0));
                }
                Some(other) => {
                    if other != parent {
                        let reached = at(&discovered, other, usize::MAX).min(at(&low, node, usize::MAX));
                        set(&mut low, node, reached);
                    }
                }
                None => {
                    stack.pop();
                    if parent != usize::MAX {
                        let child_low = at(&low, node, usize::MAX);
                        let lowest = child_low.min(at(&low, parent, usize::MAX));
                        set(&mut low, parent, lowest);
                        if parent != root && child_low >= at(&discovered, parent, 0) {
                            set(&mut is_cut, parent, true);
                        }
                    }
                }
            }
        }
        if root_children > 1 {
            set(&mut is_cut, root, true);
        }
    }
    (0..n).filter(|&node| at(&is_cut, node, false)).collect()
}

/// The groups `node`'s group falls into without it, largest first (ties by
/// their first node), each in the registry's order.
pub fn parts_without(graph: &Graph, node: usize) -> Vec<Vec<usize>> {
    let mut seen = vec![false; graph.len()];
    set(&mut seen, node, true);
    let mut parts = Vec::new();
    for start in graph.neighbours(node) {
        if at(&seen, start, true) {
            continue;
        }
        set(&mut seen, start, true);
        let mut part = vec![start];
        let mut stack = vec![start];
        while let Some(current) = stack.pop() {
            for neighbour in graph.neighbours(current) {
                if !at(&seen, neighbour, true) {
                    set(&mut seen, neighbour, true);
                    part.push(neighbour);
                    stack.push(neighbour);
                }
            }
        }
        part.sort_unstable();
        parts.push(part);
    }
    parts.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.first().cmp(&b.first())));
    parts
}
