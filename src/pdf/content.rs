//! One layout page -> printpdf operations.

use crate::layout::page::{Face, Page, Rule, TextRun, mm_to_pt};
use printpdf::{
    Color, FontId, Greyscale, Line, LineCapStyle, LinePoint, Op, ParsedFont, PdfFontHandle, Point,
    Pt, TextItem, TextMatrix,
};

/// A face embedded in the document: its resource name and the subset font
/// whose glyph widths a viewer will use.
pub(super) struct Embedded {
    pub id: FontId,
    pub font: ParsedFont,
}

/// Two runs on one baseline whose ends meet within this (mm) are one piece
/// of a line (a bold word inside a paragraph) and share a text object.
const CONTINUES_MM: f32 = 0.2;

pub(super) fn page_ops(page: &Page, faces: &[Option<Embedded>; 4]) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 3 + 8);
    rule_ops(page, &mut ops);
    text_ops(page, faces, &mut ops);
    ops
}

/// Rules are drawn before all text: paths cannot be built inside a text
/// object, so interleaving them in item order would cost a BT/ET pair per
/// switch, and rules never cover text in an ND30 document anyway.
fn rule_ops(page: &Page, ops: &mut Vec<Op>) {
    // A zero width means "thinnest the device can draw" in PDF, not
    // "invisible"; a rule with no thickness is simply not drawn.
    let mut rules = page
        .rules()
        .filter(|r| r.thickness > 0.0 && rule_is_finite(r))
        .peekable();
    if rules.peek().is_none() {
        return;
    }
    ops.push(Op::SetOutlineColor {
        col: Color::Greyscale(Greyscale::new(0.0, None)),
    });
    // Butt caps leave a notch of half the line width at every outer corner
    // of a table where a horizontal and a vertical rule meet; projecting
    // caps close it.
    ops.push(Op::SetLineCapStyle {
        cap: LineCapStyle::ProjectingSquare,
    });
    let mut width: Option<f32> = None;
    for r in rules {
        if width != Some(r.thickness) {
            ops.push(Op::SetOutlineThickness {
                pt: Pt(r.thickness),
            });
            width = Some(r.thickness);
        }
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![line_point(page, r.x1, r.y1), line_point(page, r.x2, r.y2)],
                is_closed: false,
            },
        });
    }
}

fn rule_is_finite(r: &Rule) -> bool {
    [r.x1, r.y1, r.x2, r.y2, r.thickness]
        .iter()
        .all(|v| v.is_finite())
}

fn line_point(page: &Page, x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(to_pt(x)),
            y: Pt(to_pt(page.height - y)),
        },
        bezier: false,
    }
}

/// mm -> pt, to 1/100 pt (1/280 mm): a coordinate then serialises as "85.04"
/// instead of "85.03937", a third of the bytes of every position.
fn to_pt(mm: f32) -> f32 {
    (mm_to_pt(mm) * 100.0).round() / 100.0
}

fn text_ops(page: &Page, faces: &[Option<Embedded>; 4], ops: &mut Vec<Op>) {
    let mut font_state: Option<(Face, f32)> = None;
    // Baseline and right end of the previous run.
    let mut pen: Option<(f32, f32)> = None;
    let mut in_text = false;
    for run in page.texts() {
        if run.text.is_empty() || !run_is_finite(run) {
            continue;
        }
        // No embedded face means the face has no glyph for any character of
        // the document; the run would be a row of .notdef boxes.
        let Some(embedded) = &faces[run.face.index()] else {
            continue;
        };
        // Text extractors that read in content order (lopdf, search indexers)
        // break lines only at ET and glue the strings of one text object, so
        // a run that does not continue the previous one (next line, next
        // table cell) starts a new text object. BT/ET is six bytes; the text
        // state, font included, carries over between text objects.
        let continues = pen.is_some_and(|(baseline, end)| {
            baseline == run.baseline && (end - run.x).abs() <= CONTINUES_MM
        });
        if in_text && !continues {
            ops.push(Op::EndTextSection);
            in_text = false;
        }
        if !in_text {
            ops.push(Op::StartTextSection);
            in_text = true;
        }
        if font_state != Some((run.face, run.size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(embedded.id.clone()),
                size: Pt(run.size),
            });
            font_state = Some((run.face, run.size));
        }
        // Tm, not Td: Td moves relative to the start of the previous line, so
        // an error in one run would shift every following one.
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(to_pt(run.x)), Pt(to_pt(page.height - run.baseline))),
        });
        ops.push(Op::ShowText {
            items: text_items(run, &embedded.font),
        });
        pen = Some((run.baseline, run.x + run.width));
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
}

fn run_is_finite(r: &TextRun) -> bool {
    [r.x, r.baseline, r.size, r.word_spacing, r.width]
        .iter()
        .all(|v| v.is_finite())
        && r.size > 0.0
}

/// The strings and kerns of one run.
///
/// Word spacing cannot use Tw: PDF applies Tw only to the single byte 32,
/// and an Identity-H font's codes are two bytes, so viewers ignore it. The
/// extra space goes instead into the TJ array as a kern after each space.
///
/// Each kern also absorbs the rounding of the font's /W widths: printpdf
/// truncates them to whole thousandths of an em, so without correction a
/// justified line ends up to ~0.5 pt short of the margin. Kerns are chosen so
/// that every word starts within half a thousandth of an em of where layout
/// put it, and the right margin stays straight.
fn text_items(run: &TextRun, font: &ParsedFont) -> Vec<TextItem> {
    if run.word_spacing.abs() < 1e-6 || !run.text.contains(' ') {
        return vec![TextItem::Text(run.text.clone())];
    }
    let upem = f32::from(font.units_per_em.max(1));
    let space_extra = f64::from(mm_to_pt(run.word_spacing) / run.size * 1000.0);
    // Pen positions in thousandths of an em from the run's start: where
    // layout wants it, and where a viewer will have it.
    let mut wanted = 0.0f64;
    let mut viewer = 0.0f64;
    let mut items = Vec::new();
    let mut start = 0;
    for (i, c) in run.text.char_indices() {
        // What printpdf writes: a missing character as glyph 0, and widths
        // as in its get_scaled_glyph_width, truncated.
        let gid = font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
        let advance = f32::from(font.get_glyph_width(gid).unwrap_or(0));
        wanted += f64::from(advance) * 1000.0 / f64::from(upem);
        viewer += (advance * 1000.0 / upem).trunc() as f64;
        if c != ' ' {
            continue;
        }
        wanted += space_extra;
        let kern = (wanted - viewer).round();
        if kern != 0.0 {
            let end = i + c.len_utf8();
            items.push(TextItem::Text(run.text[start..end].to_string()));
            // A TJ number moves the pen left by n/1000 em: negative widens.
            items.push(TextItem::Offset(-kern as f32));
            viewer += kern;
            start = end;
        }
    }
    if start < run.text.len() {
        items.push(TextItem::Text(run.text[start..].to_string()));
    }
    items
}
