//! One layout page -> vello_cpu drawing commands, placed as `pdf::content`
//! places them: each run's glyphs from its left edge on its baseline,
//! advancing by the widths layout measured, justification's extra space
//! after each U+0020, rules as their stroke's rectangle (on whole pixels).

use super::glyphs::{Faces, Outlines};
use crate::fonts::FontSet;
use crate::layout::page::{Page, Rule, TextRun, pt_to_mm};
use vello_cpu::RenderContext;
use vello_cpu::color::palette::css::BLACK;
use vello_cpu::kurbo::{Affine, BezPath, Rect};
use vello_cpu::peniko::Fill;

/// What one page's drawing needs besides the page.
pub(super) struct Setup<'a, 'f> {
    pub fonts: &'a FontSet,
    pub faces: &'a Faces<'f>,
    pub outlines: &'a mut Outlines,
    /// Pixels per millimetre.
    pub scale: f64,
}

pub(super) fn page(ctx: &mut RenderContext, page: &Page, setup: &mut Setup<'_, '_>) {
    ctx.set_paint(BLACK);
    // TrueType contours wind one way for ink and the other for holes, and a
    // run's glyphs go into one path: where two glyphs overlap (a mark over a
    // letter), non-zero keeps both inked where even-odd would punch a hole.
    ctx.set_fill_rule(Fill::NonZero);
    for r in page.rules() {
        rule(ctx, r, setup.scale);
    }
    for run in page.texts() {
        text(ctx, run, setup);
    }
}

/// The same runs the PDF writer leaves out (`pdf::content::run_is_finite`).
fn run_is_drawn(r: &TextRun) -> bool {
    !r.text.is_empty()
        && [r.x, r.baseline, r.size, r.word_spacing, r.width]
            .iter()
            .all(|v| v.is_finite())
        && r.size > 0.0
}

/// A run as one path: one fill per run instead of one per glyph keeps the
/// rasteriser's per-path work down on pages of thousands of glyphs.
fn text(ctx: &mut RenderContext, run: &TextRun, setup: &mut Setup<'_, '_>) {
    if !run_is_drawn(run) {
        return;
    }
    let metrics = setup.fonts.metrics(run.face);
    let upem = f64::from(setup.outlines.units_per_em(setup.faces, run.face));
    if upem <= 0.0 {
        return;
    }
    let em_mm = f64::from(pt_to_mm(run.size));
    // Font units -> pixels; y flips, fonts being y-up and pages y-down.
    let unit = em_mm / upem * setup.scale;
    let baseline = f64::from(run.baseline) * setup.scale;
    let word_spacing = f64::from(run.word_spacing);
    let mut x_mm = f64::from(run.x);
    let mut path = BezPath::new();
    for c in run.text.chars() {
        // A character the face lacks is the .notdef glyph, as layout
        // measured it and the PDF shows it.
        let gid = metrics.glyph(c).unwrap_or(0);
        if let Some(outline) = setup.outlines.get(setup.faces, run.face, gid) {
            let at = Affine::new([unit, 0.0, 0.0, -unit, x_mm * setup.scale, baseline]);
            path.extend(outline.elements().iter().map(|&el| at * el));
        }
        x_mm += f64::from(metrics.advance_em(c)) * em_mm;
        // Only U+0020 is widened, as layout widens it and the PDF writer
        // kerns after it.
        if c == ' ' {
            x_mm += word_spacing;
        }
    }
    if !path.elements().is_empty() {
        ctx.fill_path(&path);
    }
}

/// The area the PDF's stroke covers: the line widened by its thickness,
/// extended by half of it past each end (the writer's projecting caps,
/// which close the corners where table borders meet); horizontal and
/// vertical ones snapped to the pixel grid (see [`snap`]).
fn rule(ctx: &mut RenderContext, r: &Rule, scale: f64) {
    let finite = [r.x1, r.y1, r.x2, r.y2, r.thickness]
        .iter()
        .all(|v| v.is_finite());
    // No thickness: the PDF writer draws nothing (see `pdf::content`).
    if !finite || r.thickness <= 0.0 {
        return;
    }
    let half = f64::from(pt_to_mm(r.thickness)) / 2.0;
    let (x1, y1, x2, y2) = (
        f64::from(r.x1),
        f64::from(r.y1),
        f64::from(r.x2),
        f64::from(r.y2),
    );
    if y1 == y2 || x1 == x2 {
        // Every rule layout makes is horizontal or vertical.
        let rect = Rect::new(x1, y1, x2, y2)
            .abs()
            .inflate(half, half)
            .scale_from_origin(scale);
        ctx.fill_rect(&snap(rect, y1 == y2));
        return;
    }
    let len = (x2 - x1).hypot(y2 - y1);
    let (ux, uy) = ((x2 - x1) / len * half, (y2 - y1) / len * half);
    let (nx, ny) = (-uy, ux);
    let corners = [
        (x1 - ux + nx, y1 - uy + ny),
        (x2 + ux + nx, y2 + uy + ny),
        (x2 + ux - nx, y2 + uy - ny),
        (x1 - ux - nx, y1 - uy - ny),
    ];
    let mut path = BezPath::new();
    for (i, (x, y)) in corners.into_iter().enumerate() {
        let p = (x * scale, y * scale);
        if i == 0 {
            path.move_to(p);
        } else {
            path.line_to(p);
        }
    }
    path.close_path();
    ctx.fill_path(&path);
}

/// A rule's rectangle on whole pixels, at least one thick: what PDF viewers
/// do to thin lines (stroke adjustment; pdftoppm, Acrobat). Drawn exactly, a
/// 0.5 pt table border at 60 dpi would be 0.4 px of pale grey, or two rows
/// of paler grey; snapped it is one black row, at most half a pixel from
/// where the PDF puts it. Its length snaps too, so borders meet at corners.
fn snap(r: Rect, horizontal: bool) -> Rect {
    let across = |lo: f64, hi: f64| {
        let width = (hi - lo).round().max(1.0);
        let start = ((lo + hi - width) / 2.0).round();
        (start, start + width)
    };
    let along = |lo: f64, hi: f64| {
        let (start, end) = (lo.round(), hi.round());
        (start, end.max(start + 1.0))
    };
    if horizontal {
        let ((x0, x1), (y0, y1)) = (along(r.x0, r.x1), across(r.y0, r.y1));
        Rect::new(x0, y0, x1, y1)
    } else {
        let ((x0, x1), (y0, y1)) = (across(r.x0, r.x1), along(r.y0, r.y1));
        Rect::new(x0, y0, x1, y1)
    }
}
