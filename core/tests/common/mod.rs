//! Helpers shared by the core's tests: where the bundled samples are, a
//! page's lines as a reader sees them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/samples")
        .join(name)
}

pub const SAMPLES: [&str; 3] = [
    "ke-hoach-cds-2024.ron",
    "ke-hoach-dti-2023.ron",
    "ke-hoach-kts-xhs-2026.ron",
];

/// A page's lines top to bottom as (baseline, text): the runs on one
/// baseline joined left to right with `sep` between them.
pub fn baselines(p: &kehoach_core::layout::Page, sep: &str) -> Vec<(f32, String)> {
    let mut runs: Vec<_> = p.texts().collect();
    runs.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<(f32, String)> = Vec::new();
    for r in runs {
        match lines.last_mut() {
            Some(l) if (l.0 - r.baseline).abs() < 1.0 => {
                l.1.push_str(sep);
                l.1.push_str(&r.text);
            }
            _ => lines.push((r.baseline, r.text.clone())),
        }
    }
    lines
}
