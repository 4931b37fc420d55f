//! A submission (Tờ trình): the department that drafted the plan asks the
//! People's Committee to issue it. It carries the draft decision and the
//! draft plan of its dossier.

use super::items::Item;
use super::meta::{Meta, Signature};
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Submission {
    /// Header: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" (parent, regular) over "SỞ
    /// KHOA HỌC VÀ CÔNG NGHỆ" (bold), "Số: 1028/TTr-KH&CN"; `doc_type` "TỜ
    /// TRÌNH"; `title` "Về việc ban hành Kế hoạch {kh:tên}".
    pub meta: Meta,
    /// "Ủy ban nhân dân tỉnh Đồng Tháp": printed "Kính gửi: ....".
    pub addressee: String,
    /// The body: headings, clauses, points, paragraphs, bullets.
    pub body: Vec<Item>,
    /// "Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.".
    pub closing: Rich,
    /// Nơi nhận, without the leading "- ": "Như trên", "Lưu: VT".
    pub recipients: Vec<String>,
    /// "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC".
    pub signature: Signature,
    /// Mark the drafts it carries (decision, plan) "DỰ THẢO" while their
    /// number is blank.
    pub mark_drafts: bool,
}

impl Default for Submission {
    fn default() -> Self {
        Submission {
            meta: Meta {
                parent_authority: vec!["ỦY BAN NHÂN DÂN".into(), "TỈNH ĐỒNG THÁP".into()],
                authority: vec!["SỞ KHOA HỌC".into(), "VÀ CÔNG NGHỆ".into()],
                issuer: "Sở Khoa học và Công nghệ".into(),
                symbol: "TTr-KH&CN".into(),
                doc_type: "TỜ TRÌNH".into(),
                title: Rich::new("Về việc ban hành Kế hoạch {kh:tên}"),
                ..Meta::default()
            },
            addressee: "Ủy ban nhân dân tỉnh Đồng Tháp".into(),
            // Written from the plan by `dossier::submission_for`.
            body: Vec::new(),
            closing: Rich::new("Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
            recipients: vec!["Như trên".into(), "Lưu: VT".into()],
            signature: Signature {
                on_behalf: String::new(),
                deputy_for: String::new(),
                title: "GIÁM ĐỐC".into(),
                name: String::new(),
            },
            mark_drafts: true,
        }
    }
}
