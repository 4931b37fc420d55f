//! The composed document: the plan turned into what will be printed, before
//! any geometry. Blocks come in print order with their computed labels
//! ("Phần I", "I.", "1.1.", "a)"), text with fields resolved and footnotes as
//! data, tables as typed cells (money as `Money`, agency names, computed row
//! numbers, group and total rows) under their header rows. Every block and
//! row says which place of the plan it came from.
//!
//! Layout turns this into pages (and from them the PDF and the on-screen
//! preview); Word and Excel writers read it as it is.

pub mod appendix;
pub mod blocks;
pub mod dossier;
pub mod money_groups;
pub mod plan;
pub mod table;
pub mod text;

pub use table::{Cell, Column, HeadCell, Row, Table};
pub use text::{Run, Text};

use crate::model::place::Place;
use crate::model::{DocKind, Fields, Numbering, Orientation, Plan};
use text::Texts;

/// What to compose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The submission and the decision filed with the plan, when the
    /// dossier has them.
    pub submission: bool,
    pub decision: bool,
    /// The plan itself (header to signature).
    pub plan: bool,
    /// Appendices by index (0-based); None: all of them.
    pub appendices: Option<Vec<usize>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            submission: true,
            decision: true,
            plan: true,
            appendices: None,
        }
    }
}

impl Options {
    /// One document of the dossier; the plan with its appendices.
    pub fn document(kind: DocKind) -> Options {
        Options {
            submission: kind == DocKind::Submission,
            decision: kind == DocKind::Decision,
            plan: kind == DocKind::Plan,
            appendices: (kind != DocKind::Plan).then(Vec::new),
        }
    }

    /// The plan's appendices alone (some of them, or all).
    pub fn appendices(list: Option<Vec<usize>>) -> Options {
        Options {
            submission: false,
            decision: false,
            plan: false,
            appendices: list,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// "Kế hoạch Chuyển đổi số tỉnh Đồng Tháp năm 2025".
    pub title: String,
    /// The issuing authority: "Ủy ban nhân dân tỉnh Đồng Tháp".
    pub author: String,
    pub subject: String,
    pub parts: Vec<Part>,
}

/// A run of pages: the plan, or one appendix (its own page numbers and
/// orientation).
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub orientation: Orientation,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The two-column header block of Nghị định 30.
    Header(Header),
    /// "KẾ HOẠCH" and the summary title; a plan a decision issues: "(Ban
    /// hành kèm theo Quyết định ...)" under it.
    Title {
        kind: Text,
        title: Text,
        attached: Option<Text>,
        place: Place,
    },
    /// A line on its own, centred: the authority deciding, "QUYẾT ĐỊNH:",
    /// "Kính gửi: ...".
    Centered {
        text: Text,
        bold: bool,
        place: Option<Place>,
    },
    /// A legal basis of the preamble ("Căn cứ ...;"), in italics.
    Preamble {
        text: Text,
        place: Place,
    },
    /// "Phần I" and its title.
    Part {
        label: String,
        title: Text,
        place: Place,
    },
    /// A numbered section: its label, title and run-in text.
    Section {
        label: String,
        numbering: Numbering,
        title: Option<Text>,
        text: Option<Text>,
        /// Content follows it (a heading is kept with it).
        has_content: bool,
        place: Place,
    },
    Paragraph {
        text: Text,
        place: Place,
    },
    /// A list item: "- " at level 1, "+ " at level 2.
    Bullet {
        level: u8,
        text: Text,
        place: Place,
    },
    /// A group of the legal bases list: "I. VĂN BẢN CỦA TRUNG ƯƠNG".
    LegalGroup {
        label: String,
        title: Text,
        place: Place,
    },
    /// One numbered legal basis of the list.
    LegalItem {
        label: String,
        text: Text,
        place: Place,
    },
    Table(Table),
    /// The evaluation counts under a targets table, in italics.
    Summary {
        text: Text,
        place: Place,
    },
    /// "Nơi nhận:" and the recipients beside the signature.
    Closing(Closing),
    /// An appendix's heading: label, title, the "(Kèm theo ...)" line, unit.
    AppendixHead(AppendixHead),
    /// A signature alone (a signed appendix).
    Signature(Signature),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub parent_authority: Vec<Text>,
    pub authority: Vec<Text>,
    pub nation: Text,
    pub motto: Text,
    /// "Số: 215/KH-UBND"; None for a plan a decision issues.
    pub number: Option<Text>,
    /// "Đồng Tháp, ngày 07 tháng 9 năm 2025"; None with no number.
    pub place_date: Option<Text>,
    /// Print a boxed "DỰ THẢO" in the top margin.
    pub draft: bool,
    /// The header field an officer edits first.
    pub place: Place,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Closing {
    /// Each recipient with its leading dash and closing punctuation.
    pub recipients: Vec<(Text, Place)>,
    pub signature: Signature,
    /// Where the signature is edited.
    pub place: Place,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    pub heading: Vec<Text>,
    pub name: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppendixHead {
    /// "Phụ lục I" (or "Phụ lục" when there is one).
    pub label: String,
    pub title: Text,
    pub attached: Text,
    /// "ĐVT: Triệu đồng"; None prints no unit line.
    pub unit: Option<Text>,
    pub place: Place,
}

/// The plan, composed.
pub fn compose(plan: &Plan, opts: &Options) -> Document {
    let c = Composer {
        texts: Texts {
            fields: Fields::new(plan),
        },
        plan,
    };
    let mut parts = Vec::new();
    if let Some(s) = plan.submission.as_ref().filter(|_| opts.submission) {
        parts.push(c.submission_part(s));
    }
    if let Some(d) = plan.decision.as_ref().filter(|_| opts.decision) {
        parts.push(c.decision_part(d));
    }
    if opts.plan {
        parts.push(c.plan_part());
    }
    let chosen: Vec<usize> = match &opts.appendices {
        Some(list) => list.clone(),
        None => (0..plan.appendices.len()).collect(),
    };
    parts.extend(chosen.into_iter().filter_map(|i| c.appendix(i)));
    // Named after the first document printed: a dossier is filed under it.
    let meta = match (&plan.submission, &plan.decision) {
        (Some(s), _) if opts.submission => &s.meta,
        (_, Some(d)) if opts.decision => &d.meta,
        _ => &plan.meta,
    };
    Document {
        title: format!(
            "{} {}",
            crate::model::format::sentence_case(&meta.doc_type),
            crate::model::fields::plain(plan, &meta.title)
        ),
        author: plan.meta.issuer.clone(),
        subject: format!("Năm {}", plan.year),
        parts,
    }
}

/// Shared state while composing: the plan and its fields.
pub struct Composer<'a> {
    pub texts: Texts<'a>,
    pub plan: &'a Plan,
}

impl Composer<'_> {
    pub fn text(&self, rich: &str) -> Text {
        self.texts.text(rich)
    }
}

impl Document {
    /// Every place the document's blocks and rows point to, in print order.
    pub fn places(&self) -> Vec<&Place> {
        let mut out = Vec::new();
        for part in &self.parts {
            for b in &part.blocks {
                b.places(&mut out);
            }
        }
        out
    }
}

impl Block {
    /// The place a block of one text carries (a table's is its own).
    fn own_place(&self) -> Option<&Place> {
        match self {
            Block::Header(_) | Block::Title { .. } | Block::Closing(_) | Block::Signature(_) => {
                None
            }
            Block::Centered { place, .. } => place.as_ref(),
            Block::Table(t) => Some(&t.place),
            Block::Preamble { place, .. }
            | Block::Part { place, .. }
            | Block::Section { place, .. }
            | Block::Paragraph { place, .. }
            | Block::Bullet { place, .. }
            | Block::LegalGroup { place, .. }
            | Block::LegalItem { place, .. }
            | Block::Summary { place, .. }
            | Block::AppendixHead(AppendixHead { place, .. }) => Some(place),
        }
    }

    /// The place in the plan the block prints: its own, or for the blocks
    /// made of several fields, the field an officer edits first there.
    pub fn place(&self) -> Option<Place> {
        match self {
            Block::Header(h) => Some(h.place.clone()),
            Block::Title { place, .. } => Some(place.clone()),
            Block::Closing(c) => Some(c.place.clone()),
            Block::Signature(_) => Some(Place::Signature("name")),
            _ => self.own_place().cloned(),
        }
    }

    fn places<'a>(&'a self, out: &mut Vec<&'a Place>) {
        out.extend(self.own_place());
        match self {
            Block::Table(t) => out.extend(t.rows.iter().filter_map(Row::place)),
            Block::Closing(c) => out.extend(c.recipients.iter().map(|(_, p)| p)),
            _ => {}
        }
    }
}
