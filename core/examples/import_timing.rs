//! Import from Word timed as the fastest of N runs: the Word files of
//! `tests/fixtures/word`, and the export benchmark's plan (1.000 targets,
//! 500 tasks, 50 + 50 budget rows; 261 pages) written as Word by kehoach and
//! read back. `cargo run --release -p kehoach-core --example import_timing
//! [N]`; figures in BENCHMARKS.md.

mod common;

use common::fastest;

use kehoach_core::fonts::FontSet;
use kehoach_core::generate::{Size, plan};
use kehoach_core::io::word;
use kehoach_core::layout::Options;

fn report(name: &str, bytes: &[u8], n: usize) {
    let took = fastest(n, || {
        std::hint::black_box(word::import(bytes).expect("a Word file"));
    });
    let imported = word::import(bytes).expect("a Word file");
    println!(
        "{name}: {} KB, {} notes: {:.1} ms (fastest of {n})\n  {}",
        bytes.len() / 1024,
        imported.report.notes.len(),
        took.as_secs_f64() * 1000.0,
        imported.summary().join("\n  ")
    );
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/word");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    files.sort();
    for f in &files {
        let bytes = std::fs::read(f).expect("a fixture");
        let name = f.file_name().unwrap_or_default().to_string_lossy();
        report(&name, &bytes, n);
    }
    let p = plan(Size::EXPORT_BENCH, 2026, 1);
    let fonts = FontSet::bundled().expect("bundled font");
    let bytes = kehoach_core::docx::write(&p, &fonts, &Options::default()).expect("docx");
    report("export benchmark plan (kehoach's Word)", &bytes, n);
}
