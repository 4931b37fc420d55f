//! Rendering a page to pixels: page 1 of the 2024 sample at 96 dpi (an A4
//! page at 100 % on a common screen, 794 x 1123), with a fresh renderer,
//! with one kept between pages as the preview keeps it, and as PNG bytes;
//! then a landscape table page and the whole 44-page document.
//! Results in BENCHMARKS.md.

use kehoach_core::fonts::FontSet;
use kehoach_core::layout::{self, Options};
use kehoach_core::render::{self, Renderer};
use std::hint::black_box;
use std::path::Path;

mod timing;

fn main() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/ke-hoach-cds-2024.ron");
    let plan = kehoach_core::io::load_path(&path).expect("the 2024 sample loads");
    let fonts = FontSet::bundled().expect("bundled font");
    let doc = layout::document(&plan, &fonts, &Options::default());
    let page = &doc.pages[0];
    eprintln!(
        "page 1 of {}: {} text runs, {} glyphs, {} rules",
        doc.pages.len(),
        page.texts().count(),
        page.texts().map(|r| r.text.chars().count()).sum::<usize>(),
        page.rules().count()
    );
    let mut g = timing::Group::new("render_2024_page_1_96_dpi");
    g.bench("fresh renderer", || {
        black_box(render::page(page, &fonts, 96.0).expect("renders"))
    });
    let mut kept = Renderer::new(&fonts);
    g.bench("renderer kept between pages", || {
        black_box(kept.page(page, 96.0).expect("renders"))
    });
    g.bench("png", || {
        black_box(render::png(page, &fonts, 96.0).expect("encodes"))
    });
    let table = &doc.pages[24];
    g.bench("page 25 (landscape table), renderer kept", || {
        black_box(kept.page(table, 96.0).expect("renders"))
    });
    g.sample_size(10);
    g.bench("all 44 pages, renderer kept", || {
        for p in &doc.pages {
            black_box(kept.page(p, 96.0).expect("renders"));
        }
    });
}
