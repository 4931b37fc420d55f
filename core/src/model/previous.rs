//! The plan a new plan continues: last year's, as its header said. The
//! new plan's evaluation cites it ("Thực hiện Kế hoạch số 215/KH-UBND ngày
//! 07/9/2025 của Ủy ban nhân dân tỉnh về …"), computed from these fields
//! so that no citation of an older plan is carried over by mistake.

use super::format::{cited_number, day_month, sentence_case};
use super::meta::{DocDate, Meta};
use super::plan::Plan;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PreviousPlan {
    /// "KẾ HOẠCH".
    pub doc_type: String,
    /// None while that plan was still a draft: listed to fill.
    pub number: Option<u32>,
    pub symbol: String,
    pub date: DocDate,
    /// "Ủy ban nhân dân tỉnh Đồng Tháp".
    pub issuer: String,
    /// Its title as printed, years written out: "Chuyển đổi số tỉnh Đồng
    /// Tháp năm 2025".
    pub title: String,
}

impl PreviousPlan {
    /// The plan `prev` as a later plan cites it.
    pub fn of(prev: &Plan) -> PreviousPlan {
        // A plan issued by a decision is cited by the decision.
        if let Some(d) = &prev.decision {
            let m = &d.meta;
            let title = super::fields::plain(prev, &m.title);
            let mut chars = title.chars();
            let title = match chars.next() {
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => title,
            };
            return PreviousPlan {
                doc_type: m.doc_type.clone(),
                number: m.number,
                symbol: m.symbol.clone(),
                date: m.date.clone(),
                issuer: m.issuer.clone(),
                title,
            };
        }
        let m = &prev.meta;
        PreviousPlan {
            doc_type: m.doc_type.clone(),
            number: m.number,
            symbol: m.symbol.clone(),
            date: m.date.clone(),
            issuer: m.issuer.clone(),
            title: super::fields::plain(prev, &m.title),
        }
    }

    /// Whether the citation can be printed in full (number and date known).
    pub fn is_complete(&self) -> bool {
        self.number.is_some() && self.date.is_complete()
    }

    /// "Kế hoạch số 215/KH-UBND ngày 07/9/2025 của Ủy ban nhân dân tỉnh về
    /// Chuyển đổi số tỉnh Đồng Tháp năm 2025". By the same issuer as the
    /// citing plan, the place is left out ("của Ủy ban nhân dân tỉnh"), as
    /// plans write it; blanks stand for what a draft did not have yet.
    pub fn citation(&self, citing: &Meta) -> String {
        let kind = sentence_case(&self.doc_type);
        let number = cited_number(self.number, &self.symbol);
        let date = day_month(&self.date);
        let issuer = if self.issuer == citing.issuer {
            self.issuer
                .strip_suffix(citing.place.as_str())
                .map(str::trim_end)
                .filter(|s| !s.is_empty())
                .unwrap_or(&self.issuer)
        } else {
            &self.issuer
        };
        let mut out = format!("{kind} {number} ngày {date} của {issuer}");
        if !self.title.trim().is_empty() {
            out.push_str(" về ");
            out.push_str(self.title.trim());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rich;

    fn plan_2025(number: Option<u32>) -> Plan {
        let mut p = Plan::new(2025);
        p.meta.number = number;
        p.meta.date = DocDate {
            day: Some(7),
            month: Some(9),
            year: Some(2025),
        };
        p.meta.title = Rich::new("Chuyển đổi số tỉnh Đồng Tháp năm {năm}");
        p
    }

    #[test]
    fn cites_the_previous_plan_as_plans_do() {
        let prev = PreviousPlan::of(&plan_2025(Some(215)));
        let next = Plan::new(2026);
        assert_eq!(
            prev.citation(&next.meta),
            "Kế hoạch số 215/KH-UBND ngày 07/9/2025 của Ủy ban nhân dân tỉnh về Chuyển đổi số tỉnh Đồng Tháp năm 2025"
        );
        assert!(prev.is_complete());
        // Another issuer is named in full.
        let mut other = next.meta.clone();
        other.issuer = "Sở Khoa học và Công nghệ".into();
        assert!(
            prev.citation(&other)
                .contains("của Ủy ban nhân dân tỉnh Đồng Tháp về")
        );
    }

    #[test]
    fn a_draft_without_a_number_leaves_blanks_to_fill() {
        let mut draft = plan_2025(None);
        draft.meta.date.day = None;
        let prev = PreviousPlan::of(&draft);
        assert!(!prev.is_complete());
        let text = prev.citation(&Plan::new(2026).meta);
        // The blank is glued to "số" and "/KH-UBND": no line breaks inside it.
        assert!(text.starts_with("Kế hoạch số\u{a0}\u{a0}"), "{text}");
        assert!(text.contains("\u{a0}/KH-UBND ngày "), "{text}");
        assert!(!text.contains("215"), "{text}");
    }
}
