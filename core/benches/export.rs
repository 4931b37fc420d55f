//! Export of a generated plan with 1.000 targets and 500 tasks: layout and
//! PDF, with and without its appendices (the 1.000-row target table prints
//! landscape over about 100 pages). Results in BENCHMARKS.md.

use kehoach_core::fonts::FontSet;
use kehoach_core::generate::{Size, plan};
use kehoach_core::layout::{self, Options};
use std::hint::black_box;

mod timing;

fn main() {
    let p = plan(Size::EXPORT_BENCH, 2026, 1);
    let fonts = FontSet::bundled().expect("bundled font");
    let plan_only = Options {
        appendices: Some(Vec::new()),
        ..Options::document(kehoach_core::model::DocKind::Plan)
    };
    let all = Options::default();
    for (label, opts) in [("plan", &plan_only), ("plan + appendices", &all)] {
        let doc = layout::document(&p, &fonts, opts);
        let bytes = kehoach_core::pdf::write(&doc, &fonts).expect("pdf");
        eprintln!(
            "{label}: {} pages, {} bytes, {} bytes/page",
            doc.pages.len(),
            bytes.len(),
            bytes.len() / doc.pages.len().max(1)
        );
    }
    let mut g = timing::Group::new("export_1000_targets_500_tasks");
    g.sample_size(10);
    g.bench("layout, plan only", || {
        black_box(layout::document(&p, &fonts, &plan_only))
    });
    g.bench("layout, with appendices", || {
        black_box(layout::document(&p, &fonts, &all))
    });
    g.bench("layout + pdf, plan only", || {
        let doc = layout::document(&p, &fonts, &plan_only);
        black_box(kehoach_core::pdf::write(&doc, &fonts).expect("pdf"))
    });
    g.bench("layout + pdf, with appendices", || {
        let doc = layout::document(&p, &fonts, &all);
        black_box(kehoach_core::pdf::write(&doc, &fonts).expect("pdf"))
    });
}
