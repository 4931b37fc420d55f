//! Appendices (Phụ lục): printed after the plan, each on new pages, numbered
//! I, II, ... by position.

use super::body::Block;
use super::ids::Id;
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Appendix {
    pub id: Id,
    /// Stable key the body refers to with `{pl:KEY}`.
    pub key: String,
    /// Upper-case title; may use {năm}.
    pub title: Rich,
    pub orientation: Orientation,
    /// "ĐVT: Triệu đồng". None: printed automatically when a table has money;
    /// Some("") suppresses it.
    pub unit_line: Option<String>,
    /// Print the plan's signature block after the table.
    pub signed: bool,
    /// Usually one table; may hold paragraphs and several tables.
    pub blocks: Vec<Block>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Orientation {
    /// Landscape when the table does not fit the portrait text width.
    #[default]
    Auto,
    Portrait,
    Landscape,
}

/// A group of legal bases: "VĂN BẢN TRUNG ƯƠNG".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LegalGroup {
    pub id: Id,
    /// Empty when the plan does not group its legal bases.
    pub title: Rich,
    pub items: Vec<Rich>,
}
