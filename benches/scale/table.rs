//! Medians, 95th percentiles and the printed table.

use std::time::Duration;

/// What one row measured at one scale.
#[derive(Clone, Copy)]
pub enum Figure {
    /// Times in milliseconds: median and 95th percentile.
    Millis { median: f64, p95: f64 },
    /// One size in megabytes.
    Megabytes(f64),
    /// The feature does not exist yet.
    NotBuilt,
    /// Could not be measured on this machine (memory where `/proc` cannot tell).
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
        }
    }

    fn central(self) -> Option<f64> {
        match self {
            Self::Millis { median, .. } => Some(median),
            Self::Megabytes(mb) => Some(mb),
            Self::NotBuilt | Self::Skipped => None,
        }
    }

    fn cells(self) -> (String, String) {
        match self {
            Self::Millis { median, p95 } => (format!("{median:.3} ms"), format!("{p95:.3} ms")),
            Self::Megabytes(mb) => (format!("{mb:.1} MB"), String::new()),
            Self::NotBuilt => ("not built yet".to_owned(), String::new()),
            Self::Skipped => ("not measured".to_owned(), String::new()),
        }
    }
}

/// One line of the table: a name and its figures at scale 1 and scale 10.
pub struct Row {
    pub name: String,
    pub small: Figure,
    pub large: Figure,
}

pub fn print(rows: &[Row], large_scale: u32) {
    let name_width = rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(10);
    println!(
        "| {:<name_width$} | {:>14} | {:>12} | {:>14} | {:>12} | {:>7} |",
        "Row",
        "Scale 1 median",
        "Scale 1 p95",
        format!("Scale {large_scale} median"),
        format!("Scale {large_scale} p95"),
        "Ratio"
    );
    println!(
        "|{}|{}|{}|{}|{}|{}|",
        "-".repeat(name_width + 2),
        "-".repeat(16),
        "-".repeat(14),
        "-".repeat(16),
        "-".repeat(14),
        "-".repeat(9)
    );
    for row in rows {
        let (small_median, small_p95) = row.small.cells();
        let (large_median, large_p95) = row.large.cells();
        let ratio = match (row.small.central(), row.large.central()) {
            (Some(a), Some(b)) if a > 0.0 => format!("{:.1}x", b / a),
            _ => String::new(),
        };
        println!(
            "| {:<name_width$} | {small_median:>14} | {small_p95:>12} | {large_median:>14} | {large_p95:>12} | {ratio:>7} |",
            row.name
        );
    }
}
