//! Load and save of a large plan (5.000 targets, 2.000 tasks, 500 budget
//! rows). Target: each under 100 ms in release. Results in BENCHMARKS.md.

use kehoach_core::generate::{Size, plan};
use kehoach_core::io;
use std::hint::black_box;

mod timing;

fn big() -> kehoach_core::model::Plan {
    plan(Size::LARGE, 2026, 1)
}

fn main() {
    let p = big();
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("big.ron");
    io::save_atomic(&path, &p).expect("save");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!("file: {} bytes", size);

    let mut g = timing::Group::new("io_5000_targets");
    g.sample_size(20);
    g.bench("load (read + parse + ids + NFC)", || {
        black_box(io::load_path(&path).expect("load"))
    });
    g.bench("save (serialize + atomic write + fsync + backup)", || {
        io::save_atomic(&path, black_box(&p)).expect("save")
    });
    g.bench("serialize only", || {
        black_box(io::to_ron_string(&p).expect("ron"))
    });
    g.bench("validate", || {
        black_box(kehoach_core::validate::validate(&p))
    });
}
