//! Computed fields inside rich text: `{năm}`, `{năm-1}`, `{pl:KEY}`,
//! `{ct:vượt}`, `{kp:tổng}` ... Resolved at render time from the model, so a
//! year change, a new appendix or an edited row updates every mention.

use super::format::billions_text;
use super::numbering::appendix_label;
use super::plan::Plan;
use super::summary::{BudgetTotals, EvaluationCounts};
use unicode_normalization::UnicodeNormalization;

/// The names a user can insert, with what they print (for help and menus).
pub const FIELD_HELP: &[(&str, &str)] = &[
    ("{năm}", "năm kế hoạch"),
    ("{năm-1}", "năm trước (năm đánh giá)"),
    ("{năm+1}", "năm sau"),
    ("{năm đầu}", "năm đầu của kế hoạch nhiều năm"),
    ("{năm cuối}", "năm cuối của kế hoạch nhiều năm"),
    ("{giai đoạn}", "giai đoạn kế hoạch, ví dụ 2026 - 2030"),
    ("{pl:KHÓA}", "số phụ lục, ví dụ \"Phụ lục II\""),
    (
        "{mục:SỐ}",
        "số hiện tại của một mục trong nội dung, ví dụ \"mục VI\"",
    ),
    (
        "{cq:KHÓA}",
        "tên cơ quan trong danh mục ({cq:KHÓA:tắt}: tên viết tắt)",
    ),
    (
        "{kh:trước}",
        "kế hoạch năm trước mà kế hoạch này tiếp nối (số, ngày, trích yếu)",
    ),
    (
        "{ct:đạt và vượt}",
        "số chỉ tiêu đạt và vượt / tổng số, ví dụ 43/51",
    ),
    ("{ct:kế hoạch}", "số chỉ tiêu của kế hoạch"),
    ("{nv:tổng}", "số nhiệm vụ của kế hoạch"),
    ("{kh:tên}", "trích yếu của kế hoạch (tên kế hoạch)"),
    (
        "{tt:số}",
        "tờ trình của hồ sơ: \"Tờ trình số .../TTr-... ngày ...\"",
    ),
    (
        "{điều:cuối}",
        "điều cuối của quyết định, ví dụ \"Điều 3\" (Như Điều 3)",
    ),
    ("{ct:vượt}", "số chỉ tiêu vượt"),
    ("{ct:đạt}", "số chỉ tiêu đạt"),
    ("{ct:không đạt}", "số chỉ tiêu không đạt"),
    ("{ct:tổng}", "tổng số chỉ tiêu được đánh giá"),
    ("{kp:tổng}", "tổng kinh phí năm kế hoạch (tỷ đồng)"),
    ("{kp:đầu tư}", "vốn đầu tư công năm kế hoạch (tỷ đồng)"),
    ("{kp:thường xuyên}", "kinh phí chi thường xuyên (tỷ đồng)"),
    (
        "{kp:tổng mức đầu tư}",
        "tổng mức đầu tư các dự án (tỷ đồng)",
    ),
];

/// Everything a field may need, computed once per render.
pub struct Fields<'a> {
    plan: &'a Plan,
    counts: EvaluationCounts,
    budget: BudgetTotals,
    review_budget: BudgetTotals,
}

impl<'a> Fields<'a> {
    pub fn new(plan: &'a Plan) -> Fields<'a> {
        Fields {
            plan,
            counts: EvaluationCounts::of(&plan.review.targets),
            budget: BudgetTotals::of(&plan.budget),
            review_budget: BudgetTotals::of(&plan.review.budget),
        }
    }

    pub fn plan(&self) -> &'a Plan {
        self.plan
    }

    /// The text a field prints, or None if the name is unknown.
    pub fn resolve(&self, name: &str) -> Option<String> {
        let name: String = name.nfc().collect::<String>();
        let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        match compact.as_str() {
            "nămđầu" => return Some(self.plan.year.to_string()),
            "nămcuối" => return Some(self.plan.last_year().to_string()),
            "giaiđoạn" => return Some(self.plan.period_text()),
            _ => {}
        }
        if let Some(rest) = compact.strip_prefix("năm") {
            return year_offset(rest).map(|k| (self.plan.year + k).to_string());
        }
        let (kind, arg) = name.split_once(':')?;
        let arg = arg.trim();
        match kind.trim() {
            "pl" => self.appendix_refs(arg),
            "ct" => self.count(arg),
            "kp" => money(&self.budget, arg),
            "kp-1" => money(&self.review_budget, arg),
            "cq" => super::agency_mentions::resolve(self.plan, arg),
            "kh" if arg == "trước" => self
                .plan
                .continues
                .as_ref()
                .map(|p| p.citation(&self.plan.meta)),
            "kh" if arg == "tên" => Some(self.plan_title()),
            "nv" if arg == "tổng" => Some(super::summary::task_count(self.plan).to_string()),
            "tt" if arg == "số" => Some(self.submission_citation()),
            "mục" => arg
                .parse::<u32>()
                .ok()
                .and_then(|id| super::section_ref::reference(self.plan, super::ids::Id(id))),
            "điều" if arg == "cuối" => self
                .plan
                .decision
                .as_ref()
                .filter(|d| !d.articles.is_empty())
                .map(|d| super::decision::Decision::article_label(d.articles.len() - 1)),
            _ => None,
        }
    }

    /// The plan's title as it prints, its own `{kh:tên}` left out (a title
    /// citing itself would never end).
    fn plan_title(&self) -> String {
        let mut out = String::new();
        for t in self.plan.meta.title.parse() {
            match t {
                super::rich::Token::Text(s, _) => out.push_str(&s),
                super::rich::Token::Field(n, _) if is_title_field(&n) => {}
                super::rich::Token::Field(n, _) => {
                    out.push_str(&self.resolve(&n).unwrap_or_else(|| format!("{{{n}}}")))
                }
                super::rich::Token::Footnote(_) => {}
            }
        }
        out
    }

    /// "Tờ trình số 1028/TTr-KH&CN ngày 05 tháng 9 năm 2025", blank number
    /// and date while the submission is a draft or not yet in the dossier.
    fn submission_citation(&self) -> String {
        let (number, symbol, date) = match &self.plan.submission {
            Some(s) => (s.meta.number, s.meta.symbol.as_str(), s.meta.date.clone()),
            None => (None, "TTr-", super::meta::DocDate::default()),
        };
        format!(
            "Tờ trình {} {}",
            super::format::cited_number(number, symbol),
            super::format::date_words(&date)
        )
    }

    fn appendix_refs(&self, arg: &str) -> Option<String> {
        let n = self.plan.appendices.len();
        let mut labels = Vec::new();
        for key in arg.split(',').map(str::trim) {
            let i = self.plan.appendix_index(key)?;
            labels.push(appendix_label(i + 1, n));
        }
        // "Phụ lục V, VI, VII": the word once, the numbers listed.
        let first = labels.first()?.clone();
        let rest: Vec<String> = labels[1..]
            .iter()
            .map(|l| l.trim_start_matches("Phụ lục ").to_string())
            .collect();
        Some(if rest.is_empty() {
            first
        } else {
            format!("{first}, {}", rest.join(", "))
        })
    }

    fn count(&self, arg: &str) -> Option<String> {
        let c = &self.counts;
        Some(match arg {
            "đạt và vượt" => format!("{}/{}", c.achieved(), c.total),
            "vượt" => c.exceeded.to_string(),
            "đạt" => c.met.to_string(),
            "không đạt" => c.missed.to_string(),
            "tổng" => c.total.to_string(),
            "câu" => c.sentence(),
            "kế hoạch" => super::summary::target_count(self.plan).to_string(),
            _ => return None,
        })
    }
}

fn money(b: &BudgetTotals, arg: &str) -> Option<String> {
    let m = match arg {
        "tổng" => b.year_total(),
        "đầu tư" => b.investment_capital,
        "thường xuyên" => b.recurrent,
        "tổng mức đầu tư" => b.investment_total,
        _ => return None,
    };
    Some(billions_text(m))
}

fn is_title_field(name: &str) -> bool {
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    compact.nfc().collect::<String>() == "kh:tên"
}

/// "" -> 0, "-1" -> -1, "+2" -> 2; anything else is not a year field.
fn year_offset(rest: &str) -> Option<i32> {
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, digits) = match rest.as_bytes()[0] {
        b'-' => (-1, &rest[1..]),
        b'+' => (1, &rest[1..]),
        _ => return None,
    };
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<i32>().ok().map(|k| sign * k)
}

/// Rich text as plain text with fields resolved and markup removed
/// (footnotes dropped): for titles in the CLI, window titles, search.
pub fn plain(plan: &Plan, text: &super::rich::Rich) -> String {
    let f = Fields::new(plan);
    let mut out = String::new();
    for t in text.parse() {
        match t {
            super::rich::Token::Text(s, _) => out.push_str(&s),
            super::rich::Token::Field(n, _) => match f.resolve(&n) {
                Some(v) => out.push_str(&v),
                None => out.push_str(&format!("{{{n}}}")),
            },
            super::rich::Token::Footnote(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Appendix, Plan};

    #[test]
    fn years_and_appendices() {
        let mut p = Plan::new(2024);
        for key in ["kq", "dt", "tx"] {
            p.appendices.push(Appendix {
                key: key.into(),
                ..Default::default()
            });
        }
        let f = Fields::new(&p);
        assert_eq!(f.resolve("năm").as_deref(), Some("2024"));
        assert_eq!(f.resolve("năm - 1").as_deref(), Some("2023"));
        assert_eq!(f.resolve("năm+1").as_deref(), Some("2025"));
        assert_eq!(f.resolve("pl:dt").as_deref(), Some("Phụ lục II"));
        assert_eq!(
            f.resolve("pl:kq, dt,tx").as_deref(),
            Some("Phụ lục I, II, III")
        );
        assert_eq!(f.resolve("pl:none"), None);
        assert_eq!(f.resolve("nămx"), None);
        assert_eq!(f.resolve("ct:lạ"), None);
        // A plan over several years names its first and last year.
        let mut multi = Plan::new(2026);
        multi.until = Some(2030);
        let f = Fields::new(&multi);
        assert_eq!(f.resolve("năm đầu").as_deref(), Some("2026"));
        assert_eq!(f.resolve("năm cuối").as_deref(), Some("2030"));
        assert_eq!(f.resolve("giai đoạn").as_deref(), Some("2026 - 2030"));
        assert_eq!(
            Fields::new(&p).resolve("giai đoạn").as_deref(),
            Some("2024")
        );
        let f = Fields::new(&p);
        // Decomposed input (e + combining marks) resolves like composed input.
        let decomposed: String = "năm".nfd().collect();
        assert_eq!(f.resolve(&decomposed).as_deref(), Some("2024"));
    }
}
