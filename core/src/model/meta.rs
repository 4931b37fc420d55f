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

/// The ways a document is signed (Nghị định 30, Điều 13): the lines above
/// the signature for each, from the collective ("ỦY BAN NHÂN DÂN"), its
/// head ("CHỦ TỊCH") and the head's deputy ("PHÓ CHỦ TỊCH"). Each prefix
/// line and the title line stand on their own line.
pub fn signing_forms(collective: &str, head: &str, deputy: &str) -> Vec<(&'static str, Signature)> {
    let lines = |on_behalf: String, deputy_for: String, title: String| Signature {
        on_behalf,
        deputy_for,
        title,
        name: String::new(),
    };
    let mut out = vec![(
        "Thủ trưởng ký",
        lines(String::new(), String::new(), head.into()),
    )];
    if !collective.is_empty() {
        out.push((
            "TM. (thay mặt tập thể)",
            lines(format!("TM. {collective}"), String::new(), head.into()),
        ));
        out.push((
            "TM. và KT. (cấp phó ký thay)",
            lines(
                format!("TM. {collective}"),
                format!("KT. {head}"),
                deputy.into(),
            ),
        ));
    }
    out.extend([
        (
            "KT. (cấp phó ký thay)",
            lines(String::new(), format!("KT. {head}"), deputy.into()),
        ),
        (
            "TL. (thừa lệnh)",
            lines(
                String::new(),
                format!("TL. {head}"),
                "CHÁNH VĂN PHÒNG".into(),
            ),
        ),
        (
            "TUQ. (thừa ủy quyền)",
            lines(String::new(), format!("TUQ. {head}"), "GIÁM ĐỐC".into()),
        ),
        (
            "Q. (quyền)",
            lines(String::new(), String::new(), format!("Q. {head}")),
        ),
    ]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_signing_form_puts_prefix_and_title_on_lines_of_their_own() {
        let forms = signing_forms("ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        let heads: Vec<Vec<&str>> = forms.iter().map(|(_, s)| s.heading_lines()).collect();
        assert!(heads.contains(&vec!["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]));
        assert!(heads.contains(&vec!["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]));
        assert!(heads.contains(&vec!["TUQ. CHỦ TỊCH", "GIÁM ĐỐC"]));
        assert!(heads.contains(&vec!["Q. CHỦ TỊCH"]));
        let dept = signing_forms("", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assert!(dept.iter().all(|(l, _)| !l.starts_with("TM.")));
        assert!(
            dept.iter()
                .any(|(_, s)| s.heading_lines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
        );
    }
}
