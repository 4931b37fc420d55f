//! The export benchmark's plan (1.000 targets, 500 tasks, 50 + 50 budget
//! rows) as PDF, Word and workbooks, timed as the fastest of N runs: steadier than criterion's mean on a
//! shared or busy machine. `cargo run --release -p kehoach-core --example
//! export_timing [N]`; figures in BENCHMARKS.md.

mod common;

use common::fastest;

use kehoach_core::fonts::FontSet;
use kehoach_core::generate::{Size, plan};
use kehoach_core::layout::{self, Options};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(15);
    let p = plan(Size::EXPORT_BENCH, 2026, 1);
    let fonts = FontSet::bundled().expect("bundled font");
    let plan_only = Options {
        appendices: Some(Vec::new()),
        ..Options::document(kehoach_core::model::DocKind::Plan)
    };
    let all = Options::default();
    for (label, opts) in [("plan only", &plan_only), ("with appendices", &all)] {
        let layout = fastest(n, || {
            std::hint::black_box(layout::document(&p, &fonts, opts));
        });
        let export = fastest(n, || {
            let doc = layout::document(&p, &fonts, opts);
            std::hint::black_box(kehoach_core::pdf::write(&doc, &fonts).expect("pdf"));
        });
        println!(
            "{label}: layout {:.1} ms, layout + pdf {:.1} ms (fastest of {n})",
            layout.as_secs_f64() * 1000.0,
            export.as_secs_f64() * 1000.0
        );
    }
    // The other formats of the same plan: Word, the appendix tables, one
    // department's form.
    let word = fastest(n, || {
        std::hint::black_box(kehoach_core::docx::write(&p, &fonts, &all).expect("docx"));
    });
    let tables = fastest(n, || {
        std::hint::black_box(
            kehoach_core::xlsx::appendix_tables(&p, &fonts, &Options::appendices(None))
                .expect("xlsx"),
        );
    });
    let agency = p
        .agencies
        .first()
        .map(|a| a.key.clone())
        .unwrap_or_default();
    let form = fastest(n, || {
        std::hint::black_box(kehoach_core::xlsx::agency_form(&p, &agency).ok());
    });
    println!(
        "word {:.1} ms, appendix tables as xlsx {:.1} ms, one agency's form {:.1} ms (fastest of {n})",
        word.as_secs_f64() * 1000.0,
        tables.as_secs_f64() * 1000.0,
        form.as_secs_f64() * 1000.0
    );
}
