//! The document's identity: who issues it, its number, date and title.

use super::rich::Rich;
use serde::{Deserialize, Serialize};

/// A date that may be partly blank while the plan is a draft: the records
/// office writes the day and month in by hand when it numbers the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DocDate {
    pub day: Option<u8>,
    pub month: Option<u8>,
    pub year: Option<i32>,
}

impl DocDate {
    pub fn is_complete(&self) -> bool {
        self.day.is_some() && self.month.is_some() && self.year.is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Meta {
    /// Parent authority line(s), upper case; usually empty for a provincial UBND.
    pub parent_authority: Vec<String>,
    /// Issuing authority as printed in the header, one entry per line:
    /// ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"].
    pub authority: Vec<String>,
    /// The issuer in running text: "Ủy ban nhân dân tỉnh Đồng Tháp" (for the
    /// "Kèm theo ..." line and the PDF's author).
    pub issuer: String,
    /// Assigned by the records office; None while drafting.
    pub number: Option<u32>,
    pub symbol: String,
    pub place: String,
    pub date: DocDate,
    /// "KẾ HOẠCH".
    pub doc_type: String,
    /// Summary title in sentence case; may use {năm}.
    pub title: Rich,
    /// Print the "DỰ THẢO" mark on draft pages.
    pub draft_mark: bool,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            parent_authority: Vec::new(),
            authority: vec!["ỦY BAN NHÂN DÂN".into(), "TỈNH ĐỒNG THÁP".into()],
            issuer: "Ủy ban nhân dân tỉnh Đồng Tháp".into(),
            number: None,
            symbol: "KH-UBND".into(),
            place: "Đồng Tháp".into(),
            date: DocDate::default(),
            doc_type: "KẾ HOẠCH".into(),
            title: Rich::default(),
            draft_mark: false,
        }
    }
}

impl Meta {
    pub fn is_draft(&self) -> bool {
        self.number.is_none()
    }
}

/// The signature block: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Signature {
    /// "TM. ỦY BAN NHÂN DÂN".
    pub on_behalf: String,
    /// "KT. CHỦ TỊCH" when a vice-chairman signs for the chairman; else empty.
    pub deputy_for: String,
    /// "CHỦ TỊCH" or "PHÓ CHỦ TỊCH".
    pub title: String,
    pub name: String,
}

impl Default for Signature {
    fn default() -> Self {
        Signature {
            on_behalf: "TM. ỦY BAN NHÂN DÂN".into(),
            deputy_for: String::new(),
            title: "CHỦ TỊCH".into(),
            name: String::new(),
        }
    }
}

impl Signature {
    /// The upper-case lines above the signature space.
    pub fn heading_lines(&self) -> Vec<&str> {
        [
            self.on_behalf.as_str(),
            self.deputy_for.as_str(),
            self.title.as_str(),
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect()
    }
}
