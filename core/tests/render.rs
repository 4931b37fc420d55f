//! Pages -> pixels, checked against the layout's own positions: the image
//! is the paper at the dpi, every sampled run's box holds ink reaching from
//! its first to its last letter (justification included), no ink falls
//! outside the items layout placed, rules are inked along their line.

mod common;

use common::*;
use kehoach_core::fonts::FontSet;
use kehoach_core::layout::{self, Document, Options, Page, Rule, TextRun};
use kehoach_core::render::{self, Image, RenderError};
use kehoach_core::units::pt_to_mm;

const DPI: f32 = 96.0;
/// A pixel darker than this is ink (0 black, 255 white).
const INK: u8 = 160;

fn document(name: &str, fonts: &FontSet) -> Document {
    let plan = kehoach_core::io::load_path(&sample(name)).unwrap();
    layout::document(&plan, fonts, &Options::default())
}

fn px(mm: f32, dpi: f32) -> f32 {
    mm / 25.4 * dpi
}

/// The darkest value of a pixel's three colours (the renderer draws grey,
/// so they are equal; the minimum is robust anyway).
fn value(img: &Image, x: u32, y: u32) -> u8 {
    let p = img.pixel(x, y).expect("inside the image");
    assert_eq!(p[3], 255, "every pixel is opaque");
    p[0].min(p[1]).min(p[2])
}

/// Columns (in pixels) with ink inside a box given in mm.
fn ink_columns(img: &Image, x0: f32, x1: f32, y0: f32, y1: f32) -> Vec<u32> {
    let clamp_x = |v: f32| (px(v, DPI).max(0.0) as u32).min(img.width - 1);
    let clamp_y = |v: f32| (px(v, DPI).max(0.0) as u32).min(img.height - 1);
    (clamp_x(x0)..=clamp_x(x1))
        .filter(|&x| (clamp_y(y0)..=clamp_y(y1)).any(|y| value(img, x, y) < INK))
        .collect()
}

fn ascent_mm(fonts: &FontSet, run: &TextRun) -> f32 {
    fonts.metrics(run.face).ascent * pt_to_mm(run.size)
}

/// A run whose ink should span its whole width: starts and ends with a
/// letter or digit (no trailing space, no lone punctuation).
fn spans_its_width(run: &TextRun) -> bool {
    let ends = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    run.text.chars().filter(|c| c.is_alphanumeric()).count() >= 3
        && ends(run.text.chars().next())
        && ends(run.text.chars().last())
}

/// Every run that spans its width has ink in its box (from x to x + width,
/// from the ascent above the baseline down to it), and that ink starts
/// within a fifth of an em of x and ends within a fifth of an em of
/// x + width. A justified line whose word spacing were lost would end
/// several millimetres short.
fn check_runs(page: &Page, img: &Image, fonts: &FontSet, what: &str) {
    let mut checked = 0;
    for run in page.texts().filter(|r| spans_its_width(r)) {
        let em = pt_to_mm(run.size);
        let top = run.baseline - ascent_mm(fonts, run);
        let cols = ink_columns(img, run.x, run.x + run.width, top, run.baseline);
        let (Some(&first), Some(&last)) = (cols.first(), cols.last()) else {
            panic!("{what}: no ink in the box of {run:?}");
        };
        let slack = px(0.2 * em, DPI) + 1.0;
        assert!(
            first as f32 <= px(run.x, DPI) + slack,
            "{what}: ink of {:?} starts at {first} px, the run at {} px",
            run.text,
            px(run.x, DPI)
        );
        assert!(
            last as f32 >= px(run.x + run.width, DPI) - slack,
            "{what}: ink of {:?} ends at {last} px, the run at {} px (word spacing {} mm)",
            run.text,
            px(run.x + run.width, DPI),
            run.word_spacing
        );
        checked += 1;
    }
    assert!(checked >= 10, "{what}: only {checked} runs checked");
}

/// The area a rule's stroke covers, in mm: x0, y0, x1, y1.
fn rule_box(r: &Rule) -> (f32, f32, f32, f32) {
    let half = pt_to_mm(r.thickness) / 2.0;
    (
        r.x1.min(r.x2) - half,
        r.y1.min(r.y2) - half,
        r.x1.max(r.x2) + half,
        r.y1.max(r.y2) + half,
    )
}

/// Every pixel with ink lies in some item's area (a run's box from a fifth
/// of an em before it to a fifth after, ascent plus a fifth of an em above
/// the baseline for stacked Vietnamese marks, descent below; a rule's
/// stroke), widened by a pixel for anti-aliasing: nothing is drawn where
/// layout put nothing.
fn check_no_stray_ink(page: &Page, img: &Image, fonts: &FontSet, what: &str) {
    let mut boxes: Vec<(f32, f32, f32, f32)> = page
        .texts()
        .map(|r| {
            let em = pt_to_mm(r.size);
            let m = fonts.metrics(r.face);
            (
                r.x - 0.2 * em,
                r.baseline - (m.ascent + 0.2) * em,
                r.x + r.width + 0.2 * em,
                r.baseline - m.descent * em,
            )
        })
        .chain(page.rules().map(rule_box))
        .map(|(x0, y0, x1, y1)| {
            (
                px(x0, DPI) - 1.0,
                px(y0, DPI) - 1.0,
                px(x1, DPI) + 1.0,
                px(y1, DPI) + 1.0,
            )
        })
        .collect();
    boxes.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut stray = Vec::new();
    for y in 0..img.height {
        let yc = y as f32 + 0.5;
        let row: Vec<_> = boxes
            .iter()
            .filter(|b| b.1 <= yc + 0.5 && yc - 0.5 <= b.3)
            .collect();
        for x in 0..img.width {
            if value(img, x, y) == 255 {
                continue;
            }
            let xc = x as f32 + 0.5;
            if !row.iter().any(|b| b.0 <= xc + 0.5 && xc - 0.5 <= b.2) {
                stray.push((x, y));
            }
        }
    }
    assert!(
        stray.is_empty(),
        "{what}: {} pixels inked outside every item, first {:?}",
        stray.len(),
        &stray[..stray.len().min(10)]
    );
}

/// The left margin, from the paper's edge to a millimetre before the
/// leftmost item, is pure white on every row.
fn check_margin_white(page: &Page, img: &Image, what: &str) {
    let left = page
        .texts()
        .map(|r| r.x)
        .chain(page.rules().map(|r| rule_box(r).0))
        .fold(f32::INFINITY, f32::min);
    assert!(left > 10.0, "{what}: an item {left} mm from the edge");
    let edge = px(left - 1.0, DPI) as u32;
    for y in 0..img.height {
        for x in 0..edge {
            assert_eq!(value(img, x, y), 255, "{what}: margin pixel ({x}, {y})");
        }
    }
}

/// Across each rule's middle (a horizontal rule sampled down a column, a
/// vertical one along a row), the ink adds up to its thickness within half
/// a pixel (at least a pixel): the rule is drawn, on its line, as thick as
/// it is.
fn check_rules(page: &Page, img: &Image, what: &str) {
    let mut checked = 0;
    for r in page.rules() {
        let thickness = px(pt_to_mm(r.thickness), DPI);
        let (mx, my) = (px((r.x1 + r.x2) / 2.0, DPI), px((r.y1 + r.y2) / 2.0, DPI));
        let horizontal = (r.y1 - r.y2).abs() < 1e-3;
        let ink: f32 = (-3..=3)
            .map(|d| {
                let (x, y) = if horizontal {
                    (mx as i64, my as i64 + d)
                } else {
                    (mx as i64 + d, my as i64)
                };
                f32::from(255 - value(img, x as u32, y as u32)) / 255.0
            })
            .sum();
        // Snapped to whole pixels, at least one (see render/draw.rs).
        assert!(
            ink >= thickness.max(1.0) - 0.55,
            "{what}: rule {r:?} has {ink} px of ink across it, {thickness} px thick"
        );
        checked += 1;
    }
    assert!(checked > 0, "{what}: no rule");
}

fn check_page(page: &Page, fonts: &FontSet, what: &str) {
    let img = render::page(page, fonts, DPI).unwrap();
    let (w, h) = (
        (page.width / 25.4 * DPI).round(),
        (page.height / 25.4 * DPI).round(),
    );
    assert_eq!((img.width, img.height), (w as u32, h as u32), "{what}");
    assert_eq!(img.rgba.len(), (img.width * img.height * 4) as usize);
    check_runs(page, &img, fonts, what);
    check_rules(page, &img, what);
    check_no_stray_ink(page, &img, fonts, what);
    check_margin_white(page, &img, what);
}

#[test]
fn first_page_of_each_sample() {
    let fonts = FontSet::bundled().unwrap();
    for name in SAMPLES {
        let doc = document(name, &fonts);
        let page = &doc.pages[0];
        assert!(!page.is_landscape());
        assert_eq!((page.width, page.height), (210.0, 297.0));
        check_page(page, &fonts, &format!("{name}, page 1"));
    }
}

#[test]
fn landscape_appendix_page() {
    let fonts = FontSet::bundled().unwrap();
    let doc = document("ke-hoach-cds-2024.ron", &fonts);
    let (n, page) = doc
        .pages
        .iter()
        .enumerate()
        .find(|(_, p)| p.is_landscape())
        .expect("the 2024 sample has landscape appendices");
    let img = render::page(page, &fonts, DPI).unwrap();
    // A4 landscape: 297 x 210 mm, wider than tall.
    assert_eq!((img.width, img.height), (1123, 794));
    check_page(page, &fonts, &format!("2024, page {}", n + 1));
}

#[test]
fn every_page_of_a_sample_renders_in_its_box() {
    let fonts = FontSet::bundled().unwrap();
    let doc = document("ke-hoach-dti-2023.ron", &fonts);
    let mut renderer = render::Renderer::new(&fonts);
    for (i, page) in doc.pages.iter().enumerate() {
        let img = renderer.page(page, 40.0).unwrap();
        let expected = (
            (page.width / 25.4 * 40.0).round() as u32,
            (page.height / 25.4 * 40.0).round() as u32,
        );
        assert_eq!((img.width, img.height), expected, "page {}", i + 1);
        // The same page from a fresh renderer: nothing carried over.
        if i % 7 == 0 {
            assert_eq!(img, render::page(page, &fonts, 40.0).unwrap());
        }
    }
}

/// The preview renders off the UI thread: a renderer moves to a worker.
#[test]
fn a_renderer_can_move_to_another_thread() {
    fn send<T: Send>(_: &T) {}
    let fonts = FontSet::bundled().unwrap();
    let renderer = render::Renderer::new(&fonts);
    send(&renderer);
    let page = document("ke-hoach-dti-2023.ron", &fonts).pages.remove(0);
    let img = std::thread::spawn(move || {
        let mut renderer = renderer;
        renderer.page(&page, 20.0)
    })
    .join()
    .unwrap()
    .unwrap();
    assert_eq!((img.width, img.height), (165, 234));
}

#[test]
fn png_holds_the_page() {
    let fonts = FontSet::bundled().unwrap();
    let doc = document("ke-hoach-kts-xhs-2026.ron", &fonts);
    let bytes = render::png(&doc.pages[0], &fonts, 72.0).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!((info.width, info.height), (595, 842));
    let dims = info.pixel_dims.expect("the dpi is recorded");
    assert_eq!(dims.xppu, (72.0f64 / 0.0254).round() as u32);
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buf).unwrap();
    let data = &buf[..frame.buffer_size()];
    let image = render::page(&doc.pages[0], &fonts, 72.0).unwrap();
    let grey: Vec<u8> = image.rgba.chunks_exact(4).map(|p| p[0]).collect();
    assert_eq!(frame.color_type, png::ColorType::Grayscale);
    assert_eq!(data, &grey[..]);
}

#[test]
fn bad_sizes_are_errors_in_vietnamese() {
    let fonts = FontSet::bundled().unwrap();
    let page = Page {
        width: 210.0,
        height: 297.0,
        items: vec![],
        marks: Vec::new(),
    };
    for dpi in [0.0, -5.0, f32::NAN, f32::INFINITY] {
        let e = render::page(&page, &fonts, dpi).unwrap_err();
        assert!(matches!(e, RenderError::Dpi { .. }), "{dpi}: {e}");
        assert!(e.to_string().starts_with("Không vẽ được trang"), "{e}");
    }
    let huge = render::page(&page, &fonts, 100_000.0).unwrap_err();
    assert!(matches!(huge, RenderError::TooLarge { .. }), "{huge}");
    assert!(huge.to_string().contains("dpi"), "{huge}");
    let bad = Page {
        width: f32::NAN,
        ..page.clone()
    };
    let e = render::page(&bad, &fonts, DPI).unwrap_err();
    assert!(matches!(e, RenderError::PageSize { .. }), "{e}");
    // An empty page is white.
    let img = render::page(&page, &fonts, 10.0).unwrap();
    assert!(img.rgba.iter().all(|&v| v == 255));
}

#[test]
fn hostile_items_draw_or_are_left_out_without_a_panic() {
    use kehoach_core::layout::{Face, Item};
    let fonts = FontSet::bundled().unwrap();
    let run = |x: f32, baseline: f32, size: f32, text: &str, word_spacing: f32| {
        Item::Text(TextRun {
            x,
            baseline,
            face: Face::Italic,
            size,
            text: text.into(),
            word_spacing,
            width: 50.0,
        })
    };
    let rule = |x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32| {
        Item::Rule(Rule {
            x1,
            y1,
            x2,
            y2,
            thickness,
        })
    };
    let page = Page {
        width: 210.0,
        height: 297.0,
        items: vec![
            run(f32::NAN, 30.0, 13.0, "bỏ qua", 0.0),
            run(30.0, 40.0, -13.0, "cỡ âm", 0.0),
            run(30.0, 50.0, 13.0, "", 0.0),
            run(30.0, 60.0, 13.0, "a😀 b\u{0}c", 2.0),
            run(-1e30, 1e30, 1e6, "rất xa", 1e30),
            rule(10.0, 10.0, 10.0, 10.0, 1.0),
            rule(10.0, 20.0, 100.0, 80.0, 0.5),
            rule(f32::NAN, 0.0, 1.0, 1.0, 1.0),
            rule(0.0, 0.0, 100.0, 0.0, 0.0),
            rule(-1e30, 5.0, 1e30, 5.0, 0.5),
        ],
        marks: Vec::new(),
    };
    let img = render::page(&page, &fonts, 50.0).unwrap();
    assert_eq!((img.width, img.height), (413, 585));
    // Far from every item: white.
    assert_eq!(img.pixel(400, 570), Some([255; 4]));
    // The missing characters print as .notdef boxes, as in the PDF: ink
    // on the line of "a😀 b\0c".
    let line = (px(60.0, 50.0) - 2.0) as u32;
    assert!((0..img.width).any(|x| img.pixel(x, line).unwrap()[0] < INK));
    // A rule thicker than the page: all ink, no overflow.
    let black = Page {
        items: vec![rule(-1e30, 5.0, 1e30, 5.0, 1e30)],
        ..page
    };
    let img = render::page(&black, &fonts, 20.0).unwrap();
    assert!(img.rgba.chunks_exact(4).all(|p| p == [0, 0, 0, 255]));
}
