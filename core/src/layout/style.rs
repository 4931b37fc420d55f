//! The sizes and distances of Nghị định 30 that layout uses, in one place.

use super::page::pt_to_mm;
use super::text::SINGLE;
use crate::model::Settings;

/// Sizes in points and distances in mm for one document.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub body: f32,
    pub leading: f32,
    pub table: f32,
    /// First-line indent of paragraphs (1 cm).
    pub indent: f32,
    /// Space after a paragraph (6 pt).
    pub after: f32,
    pub header: f32,
    pub motto: f32,
    pub note: f32,
    pub page_number: f32,
    pub recipients_title: f32,
    pub recipients: f32,
}

impl Style {
    /// Space after a single-spaced title (the Part's title, a centred
    /// line, a group of legal bases): 6 pt, plus the half line of spacing a
    /// body line has and a title line does not, so the white under a title
    /// is never less than between two paragraphs (it measured 4,9 pt).
    pub fn title_after(&self) -> f32 {
        self.after + pt_to_mm(self.body * SINGLE * (self.leading - 1.0) / 2.0)
    }

    pub fn from_settings(s: &Settings) -> Style {
        // Clamp user settings to what the decree allows, so a typo cannot
        // produce a document that is sent back.
        let body = if s.body_size.is_finite() {
            s.body_size.clamp(13.0, 14.0)
        } else {
            14.0
        };
        let leading = if s.line_spacing.is_finite() {
            s.line_spacing.clamp(1.0, 1.5)
        } else {
            1.15
        };
        let table = if s.table_size.is_finite() {
            s.table_size.clamp(11.0, 13.0)
        } else {
            12.0
        };
        Style {
            body,
            leading,
            table,
            indent: 10.0,
            after: pt_to_mm(6.0),
            header: 13.0,
            motto: 14.0,
            note: 12.0,
            page_number: 13.0,
            recipients_title: 12.0,
            recipients: 11.0,
        }
    }
}
