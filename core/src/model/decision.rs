//! A decision (Quyết định) issuing the plan: its header, the authority's
//! name, the bases ("Căn cứ ...;" ending with "Theo đề nghị của ..."), the
//! articles, recipients and signature. The plan is attached to it.

use super::ids::Id;
use super::items::Item;
use super::meta::{Meta, Signature};
use super::rich::Rich;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Decision {
    /// Header: number "705", symbol "QĐ-UBND", date; `doc_type` "QUYẾT
    /// ĐỊNH"; `title` the summary ("Ban hành Kế hoạch {kh:tên}").
    pub meta: Meta,
    /// The authority deciding, on its own line above the bases: "ỦY BAN
    /// NHÂN DÂN TỈNH ĐỒNG THÁP" (or "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...").
    pub competence: String,
    /// "Căn cứ ..." one a line, the last "Theo đề nghị của ...": printed with
    /// ";" after each and "." after the last.
    pub bases: Vec<Rich>,
    /// "Điều 1.", "Điều 2." ... numbered by position.
    pub articles: Vec<Article>,
    /// Nơi nhận, without the leading "- "; the first is usually
    /// "Như {điều:cuối}".
    pub recipients: Vec<String>,
    pub signature: Signature,
}

/// One article: its text after "Điều N." and its clauses and points.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Article {
    pub id: Id,
    pub text: Rich,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

impl Article {
    pub fn new(text: &str) -> Article {
        Article {
            id: Id::UNSET,
            text: Rich::new(text),
            items: Vec::new(),
        }
    }
}

impl Default for Decision {
    fn default() -> Self {
        Decision {
            meta: Meta {
                symbol: "QĐ-UBND".into(),
                doc_type: "QUYẾT ĐỊNH".into(),
                title: Rich::new("Ban hành Kế hoạch {kh:tên}"),
                ..Meta::default()
            },
            competence: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP".into(),
            // Written from the plan by `dossier::decision_for`.
            bases: Vec::new(),
            articles: vec![
                Article::new("Ban hành kèm theo Quyết định này Kế hoạch {kh:tên}."),
                Article::new("Quyết định này có hiệu lực kể từ ngày ký."),
                Article::new(
                    "Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, \
                     Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan \
                     chịu trách nhiệm thi hành Quyết định này.",
                ),
            ],
            recipients: vec!["Như {điều:cuối}".into(), "Lưu: VT".into()],
            signature: Signature::default(),
        }
    }
}

impl Decision {
    /// "Điều 3": how an article is cited, by its position.
    pub fn article_label(index: usize) -> String {
        format!("Điều {}", index + 1)
    }
}
