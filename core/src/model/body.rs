//! The body of the plan: parts, sections to any depth, paragraphs, bullets,
//! and blocks that print model data (a target list, a table).

use super::ids::Id;
use super::rich::Rich;
use super::table::Table;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// "Phần I" + upper-case title.
    Part(Part),
    /// A numbered heading with its content.
    Section(Section),
    /// A justified paragraph with first-line indent.
    Paragraph(Rich),
    /// A "- " bullet.
    Bullet(Rich),
    /// A "+ " bullet under a "- " bullet.
    SubBullet(Rich),
    /// The targets of one group, printed as bullets from the target data, so
    /// the body and the appendices never disagree.
    Targets(TargetList),
    /// A table (the same kinds as appendices hold).
    Table(Table),
    /// A text of the year under review left by roll-over to write anew:
    /// last year's text stays beside it for reference and prints only once
    /// the officer writes the new text or takes the old one.
    Rewrite(Rewrite),
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rewrite {
    pub id: Id,
    /// How the text prints once written.
    pub kind: TextKind,
    /// The new text; nothing prints while it is blank.
    pub text: Rich,
    /// Last year's text, its years written out (never moved on a year).
    pub reference: Rich,
    /// The plan year of the plan `reference` comes from.
    pub reference_year: i32,
}

/// The kinds of running text a block can print as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextKind {
    #[default]
    Paragraph,
    Bullet,
    SubBullet,
}

impl TextKind {
    /// The block that prints `text` as this kind.
    pub fn block(self, text: Rich) -> Block {
        match self {
            TextKind::Paragraph => Block::Paragraph(text),
            TextKind::Bullet => Block::Bullet(text),
            TextKind::SubBullet => Block::SubBullet(text),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Part {
    pub id: Id,
    pub title: Rich,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Section {
    pub id: Id,
    #[serde(skip_serializing_if = "Numbering::is_auto")]
    pub numbering: Numbering,
    pub title: Rich,
    /// Text that runs on after the title in the same paragraph:
    /// "a) Kết quả đạt được: <text>".
    #[serde(skip_serializing_if = "Rich::is_empty")]
    pub text: Rich,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TargetList {
    pub group: Id,
}

/// How a section is numbered. Auto follows the depth inside its part:
/// I. -> 1. -> 1.1. -> a).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Numbering {
    #[default]
    Auto,
    Roman,
    Arabic,
    Decimal,
    Letter,
    Unnumbered,
}

impl Numbering {
    pub fn is_auto(&self) -> bool {
        *self == Numbering::Auto
    }

    /// The style an Auto section takes at a depth (0 = directly in a part or the body).
    pub fn resolve(self, depth: usize) -> Numbering {
        match self {
            Numbering::Auto => match depth {
                0 => Numbering::Roman,
                1 => Numbering::Arabic,
                2 => Numbering::Decimal,
                _ => Numbering::Letter,
            },
            other => other,
        }
    }
}

/// The top-level blocks of `body` that evaluate the year under review.
pub fn evaluation_parts(body: &[Block], plan_year: i32) -> Vec<usize> {
    body.iter()
        .enumerate()
        .filter(|(_, b)| match b {
            Block::Part(x) => is_evaluation(x.title.as_str(), plan_year),
            Block::Section(x) => is_evaluation(x.title.as_str(), plan_year),
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

/// A top-level part or section that evaluates the year under review: its
/// title says so, or names that year ("năm 2023", not "đến năm 2023").
pub fn is_evaluation(title: &str, plan_year: i32) -> bool {
    let t = format!("-{}-", super::agency::slug(title));
    let words = ["-danh-gia-", "-ket-qua-thuc-hien-", "-tinh-hinh-thuc-hien-"];
    let year = format!("-nam-{}-", plan_year - 1);
    words.iter().any(|w| t.contains(w))
        || title.contains("{năm-1}")
        || (t.contains(&year) && !t.contains(&format!("-den{year}")))
}

impl Block {
    pub fn children(&self) -> &[Block] {
        match self {
            Block::Part(p) => &p.blocks,
            Block::Section(s) => &s.blocks,
            _ => &[],
        }
    }

    pub fn children_mut(&mut self) -> Option<&mut Vec<Block>> {
        match self {
            Block::Part(p) => Some(&mut p.blocks),
            Block::Section(s) => Some(&mut s.blocks),
            _ => None,
        }
    }
}
