//! Medians, 95th percentiles, spreads and the printed table.

use std::fmt::Write as _;
use std::time::Duration;

/// What one row measured at one scale.
#[derive(Clone, Copy)]
pub enum Figure {
    /// Times in milliseconds: median, 95th percentile, and the fastest and
    /// slowest repetition.
    Millis {
        median: f64,
        p95: f64,
        min: f64,
        max: f64,
    },
    /// One size in megabytes.
    Megabytes(f64),
    /// Nothing to measure at this scale (the sample meeting has one size).
    Blank,
    /// Could not be measured on this machine (memory where `/proc` cannot
    /// tell, a window where there is no X server).
    Skipped,
}

impl Figure {
    pub fn of(samples: &[Duration]) -> Self {
        let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        if ms.is_empty() {
            return Self::Skipped;
        }
        ms.sort_by(f64::total_cmp);
        let at = |rank: usize| ms.get(rank.min(ms.len() - 1)).copied().unwrap_or_default();
        Self::Millis {
            median: at(ms.len() / 2),
            p95: at((ms.len() * 95).div_ceil(100).saturating_sub(1)),
            min: at(0),
            max: at(ms.len() - 1),
        }
    }

    /// The median time or the size.
    pub fn central(self) -> Option<f64> {
        match self {
            Self::Millis { median, .. } => Some(median),
            Self::Megabytes(mb) => Some(mb),
            Self::Blank | Self::Skipped => None,
        }
    }

    /// The 95th percentile of a time.
    pub fn p95(self) -> Option<f64> {
        match self {
            Self::Millis { p95, .. } => Some(p95),
            _ => None,
        }
    }

    fn cells(self) -> [String; 3] {
        match self {
            Self::Millis {
                median,
                p95,
                min,
                max,
            } => [
                format!("{median:.3} ms"),
                format!("{p95:.3} ms"),
                format!("{min:.3}–{max:.3}"),
            ],
            Self::Megabytes(mb) => [format!("{mb:.1} MB"), String::new(), String::new()],
            Self::Blank => Default::default(),
            Self::Skipped => ["not measured".to_owned(), String::new(), String::new()],
        }
    }
}

/// One line of the table: a name and its figures at scale 1 and scale 10.
pub struct Row {
    pub name: String,
    pub small: Figure,
    pub large: Figure,
}

impl Row {
    /// The larger scale's median against the smaller one's.
    pub fn ratio(&self) -> Option<f64> {
        match (self.small.central(), self.large.central()) {
            (Some(a), Some(b)) if a > 0.0 => Some(b / a),
            _ => None,
        }
    }
}

/// The table as Markdown, its columns padded so that it reads as text too.
pub fn render(rows: &[Row], large_scale: u32) -> String {
    let titles = [
        "Row".to_owned(),
        "Scale 1 median".to_owned(),
        "Scale 1 p95".to_owned(),
        format!("Scale {large_scale} median"),
        format!("Scale {large_scale} p95"),
        format!("Scale {large_scale} fastest–slowest (ms)"),
        "Ratio".to_owned(),
    ];
    let lines: Vec<[String; 7]> = rows
        .iter()
        .map(|row| {
            let [small_median, small_p95, _] = row.small.cells();
            let [large_median, large_p95, large_spread] = row.large.cells();
            let ratio = row.ratio().map(|r| format!("{r:.1}x")).unwrap_or_default();
            [
                row.name.clone(),
                small_median,
                small_p95,
                large_median,
                large_p95,
                large_spread,
                ratio,
            ]
        })
        .collect();
    markdown(&titles, &lines)
}

/// A Markdown table of `lines` under `titles`: the first column left-aligned,
/// the others right-aligned.
pub fn markdown<const N: usize>(titles: &[String; N], lines: &[[String; N]]) -> String {
    let mut widths = titles.clone().map(|t| t.chars().count());
    for line in lines {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut put = |cells: &[String; N]| {
        out.push('|');
        for (k, (cell, width)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(width - cell.chars().count());
            if k == 0 {
                let _ = write!(out, " {cell}{pad} |");
            } else {
                let _ = write!(out, " {pad}{cell} |");
            }
        }
        out.push('\n');
    };
    put(titles);
    let rule: [String; N] = std::array::from_fn(|k| {
        let dashes = "-".repeat(widths.get(k).copied().unwrap_or(1));
        if k == 0 {
            dashes
        } else {
            format!("{}:", &dashes[1..])
        }
    });
    put(&rule);
    for line in lines {
        put(line);
    }
    out
}
