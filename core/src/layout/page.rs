//! What layout produces: pages of positioned items, in millimetres from the
//! page's top-left corner. The PDF writer and the on-screen preview both draw
//! exactly these, so what the officer sees is what prints.

pub use crate::model::place::Place;
pub use crate::units::{Face, MM_PER_PT, mm_to_pt, pt_to_mm};

/// A run of text in one face and size on one baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// Left edge of the first glyph, mm from the page's left edge.
    pub x: f32,
    /// Baseline, mm from the page's top edge.
    pub baseline: f32,
    pub face: Face,
    /// Font size in points.
    pub size: f32,
    /// NFC text; never contains a line break.
    pub text: String,
    /// Extra advance after every U+0020 space, in mm (justification).
    pub word_spacing: f32,
    /// Width of the run including word spacing, in mm.
    pub width: f32,
}

/// A straight line (rules under headers, table borders).
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    /// Stroke width in points.
    pub thickness: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Text(TextRun),
    Rule(Rule),
}

/// Where a block or a table row of the plan printed on a page, in mm like
/// the items: the preview goes from a click to the place in the plan, and
/// from the place being edited to where it prints. The PDF ignores them.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub place: Place,
}

impl Mark {
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Paper size in mm (A4 portrait 210 x 297, landscape 297 x 210).
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
    /// The plan's places on this page, in print order.
    pub marks: Vec<Mark>,
}

impl Page {
    pub fn is_landscape(&self) -> bool {
        self.width > self.height
    }

    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            Item::Rule(_) => None,
        })
    }

    /// The innermost place printed at (`x`, `y`) mm: a table row rather
    /// than its table.
    pub fn place_at(&self, x: f32, y: f32) -> Option<&Place> {
        self.marks
            .iter()
            .filter(|m| m.contains(x, y))
            .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)))
            .map(|m| &m.place)
    }

    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.items.iter().filter_map(|i| match i {
            Item::Rule(r) => Some(r),
            Item::Text(_) => None,
        })
    }
}

/// A laid-out document and what the PDF's metadata says of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub pages: Vec<Page>,
    /// "Kế hoạch Chuyển đổi số tỉnh Đồng Tháp năm 2025".
    pub title: String,
    /// The issuing authority: "Ủy ban nhân dân tỉnh Đồng Tháp".
    pub author: String,
    pub subject: String,
}
