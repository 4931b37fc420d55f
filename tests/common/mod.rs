//! Helpers shared by the end-to-end tests: run the real binary as a user would.
#![allow(dead_code, unused_imports)]

pub mod editor;

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn kehoach(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(args)
        .output()
        .expect("the kehoach binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub const SAMPLES: [&str; 3] = [
    "ke-hoach-cds-2024.ron",
    "ke-hoach-dti-2023.ron",
    "ke-hoach-kts-xhs-2026.ron",
];

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// The texts to rewrite in `blocks`, at any depth.
pub fn rewrites(blocks: &[kehoach::model::Block]) -> Vec<&kehoach::model::Rewrite> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            kehoach::model::Block::Rewrite(r) => out.push(r),
            _ => out.extend(rewrites(b.children())),
        }
    }
    out
}
