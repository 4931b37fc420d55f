//! The figures a records officer's eye catches, for each sample: pages,
//! the widest gap between words of a justified line (as a multiple of a
//! normal space), and the space a page break leaves blank at a page foot.
//! `cargo run --release -p kehoach-core --example page_figures`; the figures
//! go to BENCHMARKS.md before and after a change to breaking.

use kehoach_core::fonts::FontSet;
use kehoach_core::layout::{self, Options, Page};
use std::path::Path;

const SAMPLES: [&str; 3] = [
    "ke-hoach-cds-2024.ron",
    "ke-hoach-dti-2023.ron",
    "ke-hoach-kts-xhs-2026.ron",
];

/// The widest word gap on a page, in normal spaces, and the run it is in.
fn widest_gap(p: &Page, fonts: &FontSet) -> (f32, String) {
    p.texts()
        .filter(|r| r.word_spacing > 0.0 && r.text.contains(' '))
        .map(|r| {
            let space = fonts.metrics(r.face).width_mm(" ", r.size);
            ((space + r.word_spacing) / space, r.text.clone())
        })
        .fold((0.0, String::new()), |a, b| if b.0 > a.0 { b } else { a })
}

/// The blank height (mm) between a page's last text and its bottom margin
/// (20 mm), for a page followed by another of the same part.
fn blank_foot(p: &Page) -> f32 {
    let lowest = p.texts().map(|r| r.baseline).fold(0.0, f32::max);
    (p.height - 20.0 - lowest).max(0.0)
}

/// Whether a page carries a number in its top margin.
fn numbered(p: &Page) -> bool {
    p.texts()
        .any(|r| r.baseline < 20.0 && r.text.trim().chars().all(|c| c.is_ascii_digit()))
}

fn main() {
    let fonts = match FontSet::bundled() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples");
    println!(
        "| sample | pages | landscape | widest word gap | most blank at a page foot | pages with > 40 mm blank |"
    );
    println!("|---|---|---|---|---|---|");
    for name in SAMPLES {
        let plan = match kehoach_core::io::load_path(&dir.join(name)) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{name}: {e}");
                std::process::exit(2);
            }
        };
        let doc = layout::document(&plan, &fonts, &Options::default());
        let (gap, line) = doc
            .pages
            .iter()
            .map(|p| widest_gap(p, &fonts))
            .fold((0.0, String::new()), |a, b| if b.0 > a.0 { b } else { a });
        eprintln!("{name}: widest gap in \"{line}\"");
        // A page followed by a numbered page (not the first of a document
        // or an appendix, which has no number) is one a break ended.
        let broken: Vec<(usize, f32)> = doc
            .pages
            .windows(2)
            .enumerate()
            .filter(|(_, w)| numbered(&w[1]))
            .map(|(k, w)| (k + 1, blank_foot(&w[0])))
            .collect();
        let (page, most) = broken
            .iter()
            .copied()
            .fold((0, 0.0), |a, b| if b.1 > a.1 { b } else { a });
        eprintln!("{name}: most blank at the foot of page {page}");
        let many = broken.iter().filter(|b| b.1 > 40.0).count();
        let landscape = doc.pages.iter().filter(|p| p.is_landscape()).count();
        println!(
            "| {name} | {} | {landscape} | {gap:.2} | {most:.0} mm | {many} |",
            doc.pages.len()
        );
    }
}
