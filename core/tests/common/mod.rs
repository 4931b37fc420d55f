//! Helpers shared by the core's tests: where the bundled samples are.
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
