//! One layout page -> printpdf operations.

use crate::layout::page::{Face, Page, Rule, TextRun, mm_to_pt};
use printpdf::{
    Color, FontId, Greyscale, Line, LineCapStyle, LinePoint, Op, ParsedFont, PdfFontHandle, Point,
    Pt, TextItem, TextMatrix,
};
use std::collections::BTreeMap;

/// A face embedded in the document: its resource name, the subset font
/// whose glyph widths a viewer will use, and the characters written as
/// another one of the same glyph (see `subset::subset_face`).
pub(super) struct Embedded {
    pub id: FontId,
    pub font: ParsedFont,
    pub substitute: BTreeMap<char, char>,
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
            items: text_items(run, embedded),
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
/// justified line ends up to about half a point short of the margin. Kerns
/// are chosen so that every word starts within half a thousandth of an em of
/// where layout put it, and the right margin stays straight.
///
/// A character the face lacks gets a kern too. Layout measures it as the
/// .notdef glyph, which printpdf does write, but leaves out of /W: viewers
/// advance it by the default width, a whole em, and would push the rest of
/// the run to the right.
fn text_items(run: &TextRun, face: &Embedded) -> Vec<TextItem> {
    let font = &face.font;
    let written = |c: char| face.substitute.get(&c).copied().unwrap_or(c);
    let glyph = |c: char| font.lookup_glyph_index(u32::from(c));
    let justified = run.word_spacing.abs() >= 1e-6 && run.text.contains(' ');
    if !justified && run.text.chars().all(|c| glyph(written(c)).is_some()) {
        let text = if face.substitute.is_empty() {
            run.text.clone()
        } else {
            run.text.chars().map(written).collect()
        };
        return vec![TextItem::Text(text)];
    }
    let upem = f32::from(font.units_per_em.max(1));
    let space_extra = f64::from(mm_to_pt(run.word_spacing) / run.size * 1000.0);
    // Pen positions in thousandths of an em from the run's start: where
    // layout wants it, and where a viewer will have it.
    let mut wanted = 0.0f64;
    let mut viewer = 0.0f64;
    let mut items = Vec::new();
    let mut piece = String::new();
    for c in run.text.chars() {
        let c_out = written(c);
        piece.push(c_out);
        let gid = glyph(c_out);
        let advance = f32::from(font.get_glyph_width(gid.unwrap_or(0)).unwrap_or(0));
        wanted += f64::from(advance) * 1000.0 / f64::from(upem);
        // What a viewer does with printpdf's /W: widths as its
        // get_scaled_glyph_width truncates them, the default for the rest.
        viewer += match gid {
            Some(_) => (advance * 1000.0 / upem).trunc() as f64,
            None => 1000.0,
        };
        // Layout widens U+0020 only, whatever it is written as.
        let widened = justified && c == ' ';
        if widened {
            wanted += space_extra;
        }
        if !widened && gid.is_some() {
            continue;
        }
        let kern = (wanted - viewer).round();
        if kern != 0.0 {
            items.push(TextItem::Text(std::mem::take(&mut piece)));
            push_kern(&mut items, kern);
            viewer += kern;
        }
    }
    if !piece.is_empty() {
        items.push(TextItem::Text(piece));
    }
    items
}

/// Moves the pen right by `kern` thousandths of an em (a TJ number moves it
/// left by n/1000 em, so widening numbers are negative).
///
/// lopdf's text extraction, and extractors built the same way, read a TJ
/// number below -100 as a word gap and insert a space; ours always follow a
/// real space, which would come out doubled. So a wide gap is written as
/// several numbers of at most 100 each: the same advance, no false space.
fn push_kern(items: &mut Vec<TextItem>, kern: f64) {
    const WORD_GAP: f64 = 100.0;
    let mut left = kern;
    while left > WORD_GAP {
        items.push(TextItem::Offset(-WORD_GAP as f32));
        left -= WORD_GAP;
    }
    if left != 0.0 {
        items.push(TextItem::Offset(-left as f32));
    }
}
