//! The targets the figures are held to, judged from the run that measured
//! them: the table of targets in docs/performance.md is this one.

use crate::table::{Row, markdown};

/// Every panel's frame at the larger scale: median and 95th percentile (ms).
const FRAME_MEDIAN: f64 = 1.0;
const FRAME_P95: f64 = 3.0;

/// One target and how this run did against it.
struct Judged {
    target: String,
    measured: String,
    met: bool,
}

/// The targets, judged on `rows` (those not measured in this run are left
/// out), as a Markdown table.
pub fn render(rows: &[Row], large_scale: u32) -> String {
    let find = |name: &str| rows.iter().find(|row| row.name == name);
    let mut judged = Vec::new();
    let mut under = |name: &str, limit: f64, what: &str| {
        if let Some(median) = find(name).and_then(|row| row.large.central()) {
            judged.push(Judged {
                target: format!("{what}: under {limit} ms at scale {large_scale}"),
                measured: format!("{median:.1} ms"),
                met: median < limit,
            });
        }
    };
    under(LOAD, 110.0, "Load");
    under(SAVE, 60.0, "Save (text, then atomic write)");
    if let (Some(load), Some(parse)) = (
        find(LOAD).and_then(|row| row.large.central()),
        find(PARSE).and_then(|row| row.large.central()),
    ) {
        judged.push(Judged {
            target: format!("Load: within 1.3x of ron's typed parse of the same text at scale {large_scale}"),
            measured: format!("{:.2}x ({load:.1} ms against {parse:.1} ms)", load / parse),
            met: load <= 1.3 * parse,
        });
    }
    if let Some(search) = find(SEARCH)
        && let Some(ratio) = search.ratio()
    {
        judged.push(Judged {
            target: "People, typing a search: under 1.5x scale 1".to_owned(),
            measured: format!("{ratio:.2}x"),
            met: ratio < 1.5,
        });
    }
    for row in rows.iter().filter(|row| row.name.starts_with("Frame:")) {
        let (Some(median), Some(p95)) = (row.large.central(), row.large.p95()) else {
            continue;
        };
        // The network layout has a frame budget of its own while it settles.
        let (median_limit, p95_limit) = if row.name == SETTLING {
            (16.0, 16.0)
        } else {
            (FRAME_MEDIAN, FRAME_P95)
        };
        judged.push(Judged {
            target: format!(
                "{}: median under {median_limit} ms, p95 under {p95_limit} ms",
                row.name.trim_start_matches("Frame: ")
            ),
            measured: format!("{median:.3} ms, {p95:.3} ms"),
            met: median < median_limit && p95 < p95_limit,
        });
    }
    let titles = ["Target".to_owned(), "This run".to_owned(), "Met".to_owned()];
    let lines: Vec<[String; 3]> = judged
        .into_iter()
        .map(|j| {
            [
                j.target,
                j.measured,
                if j.met { "yes" } else { "**no**" }.to_owned(),
            ]
        })
        .collect();
    markdown(&titles, &lines)
}

pub const LOAD: &str = "Load: read and parse the file";
pub const PARSE: &str = "Load: ron's typed parse of the same text, for reference";
pub const SAVE: &str = "Save: both, the text then the atomic write (persistence::save)";
const SEARCH: &str = "Frame: people, typing a search";
const SETTLING: &str = "Frame: network while the layout settles";
