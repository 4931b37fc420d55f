//! Typographic units shared by the font set and the layout: the four faces
//! of a family and the point/millimetre conversion. Both look down to this.

/// One of the four faces of the document's font family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    pub fn new(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (false, false) => Face::Regular,
            (true, false) => Face::Bold,
            (false, true) => Face::Italic,
            (true, true) => Face::BoldItalic,
        }
    }

    pub fn is_bold(self) -> bool {
        matches!(self, Face::Bold | Face::BoldItalic)
    }

    pub fn is_italic(self) -> bool {
        matches!(self, Face::Italic | Face::BoldItalic)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

pub const MM_PER_PT: f32 = 25.4 / 72.0;

pub fn pt_to_mm(pt: f32) -> f32 {
    pt * MM_PER_PT
}

pub fn mm_to_pt(mm: f32) -> f32 {
    mm / MM_PER_PT
}
