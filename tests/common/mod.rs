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

/// A department's answer to a form: the workbook at `form` with the cell of
/// row `key` (its hidden id) in the last column set to `value`, rewritten
/// at `out` as Excel saves a file.
pub fn fill_last_column(form: &Path, key: &str, value: &str, out: &Path) {
    use calamine::{Data, Reader, Xlsx};
    let mut xlsx: Xlsx<_> = calamine::open_workbook(form).expect("a workbook");
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).expect("its sheet");
        let ws = book.add_worksheet();
        ws.set_name(&name).expect("a sheet name");
        for (r, row) in range.rows().enumerate() {
            let last = row.len().saturating_sub(1);
            for (c, cell) in row.iter().enumerate() {
                let mine = row.first().is_some_and(|k| *k == key) && c == last;
                let (r, c) = (r as u32, c as u16);
                let written = match cell {
                    _ if mine => ws.write_string(r, c, value).map(|_| ()),
                    Data::Float(f) => ws.write_number(r, c, *f).map(|_| ()),
                    Data::Empty => Ok(()),
                    other => ws.write_string(r, c, other.to_string()).map(|_| ()),
                };
                written.expect("a cell");
            }
        }
    }
    book.save(out).expect("the answer saved");
}
