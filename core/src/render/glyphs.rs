//! Glyph outlines from the font bytes the PDF embeds, read with skrifa and
//! kept per face and glyph: a page draws the same few hundred glyphs
//! thousands of times, and a preview draws many pages.

use crate::fonts::FontSet;
use crate::units::Face;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::collections::HashMap;
use vello_cpu::kurbo::BezPath;

/// The faces as skrifa reads them, for one page's drawing (a `FontRef`
/// borrows the bytes, so it is made again per page; that costs a read of
/// the table directory, nothing more).
pub(super) struct Faces<'a> {
    faces: [Option<FontRef<'a>>; 4],
}

impl<'a> Faces<'a> {
    pub fn new(fonts: &'a FontSet) -> Faces<'a> {
        // Index 0, as `FaceData::parse` reads it: a collection's first font.
        let read = |f: Face| FontRef::from_index(&fonts.face(f).bytes, 0).ok();
        Faces {
            faces: Face::ALL.map(read),
        }
    }

    /// Whether skrifa reads the face: printpdf accepted it when the font
    /// set was made, but the renderer must not draw blanks silently.
    pub fn readable(&self, face: Face) -> bool {
        self.faces[face.index()].is_some()
    }

    fn get(&self, face: Face) -> Option<&FontRef<'a>> {
        self.faces[face.index()].as_ref()
    }
}

/// Outlines in font units (y up), by face and glyph id; `None` for a glyph
/// with no outline (a space) or one skrifa cannot draw.
#[derive(Default)]
pub(super) struct Outlines {
    cache: HashMap<(Face, u16), Option<BezPath>>,
    units_per_em: [Option<f32>; 4],
}

impl Outlines {
    /// Units per em of a face, as its `head` table says.
    pub fn units_per_em(&mut self, faces: &Faces<'_>, face: Face) -> f32 {
        *self.units_per_em[face.index()].get_or_insert_with(|| {
            faces
                .get(face)
                .map(|f| f.metrics(Size::unscaled(), LocationRef::default()))
                .map_or(0.0, |m| f32::from(m.units_per_em))
        })
    }

    pub fn get(&mut self, faces: &Faces<'_>, face: Face, gid: u16) -> Option<&BezPath> {
        self.cache
            .entry((face, gid))
            .or_insert_with(|| draw(faces.get(face)?, gid))
            .as_ref()
    }
}

/// Unhinted, as PDF viewers scale outlines to any size: hinting would move
/// stems to this raster's pixel grid and the page would no longer be the
/// PDF's page.
fn draw(font: &FontRef<'_>, gid: u16) -> Option<BezPath> {
    let glyph = font.outline_glyphs().get(GlyphId::new(u32::from(gid)))?;
    let mut pen = Pen(BezPath::new());
    let settings = DrawSettings::unhinted(Size::unscaled(), LocationRef::default());
    glyph.draw(settings, &mut pen).ok()?;
    (!pen.0.elements().is_empty()).then_some(pen.0)
}

/// skrifa's pen drawing into a kurbo path.
struct Pen(BezPath);

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to((f64::from(x), f64::from(y)));
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to((f64::from(x), f64::from(y)));
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.quad_to(
            (f64::from(cx0), f64::from(cy0)),
            (f64::from(x), f64::from(y)),
        );
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.curve_to(
            (f64::from(cx0), f64::from(cy0)),
            (f64::from(cx1), f64::from(cy1)),
            (f64::from(x), f64::from(y)),
        );
    }

    fn close(&mut self) {
        self.0.close_path();
    }
}
