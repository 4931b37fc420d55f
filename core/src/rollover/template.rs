//! Templates: a plan's structure (sections, groups, targets and tasks by
//! name, appendix layout) without its province-specific figures.

use crate::model::{DocDate, Evaluation, Money, Plan};

/// A template made from `plan`: number and date cleared, target values,
/// results and money emptied, the previous year's review dropped.
pub fn from_plan(plan: &Plan) -> Plan {
    let mut t = plan.clone();
    t.meta.number = None;
    t.meta.date = DocDate {
        day: None,
        month: None,
        year: Some(plan.year),
    };
    // A template continues no plan and has nothing left to review.
    t.continues = None;
    t.to_review.clear();
    for g in t.targets.iter_mut() {
        for x in &mut g.targets {
            x.baseline.clear();
            x.target.clear();
            x.result.clear();
            x.evaluation = Evaluation::Pending;
            x.milestones = Default::default();
        }
    }
    for g in t.review.targets.iter_mut() {
        for x in &mut g.targets {
            x.result.clear();
            x.evaluation = Evaluation::Pending;
        }
    }
    for b in [&mut t.budget, &mut t.review.budget] {
        for p in &mut b.investment {
            p.total = Money::ZERO;
            p.capital = Money::ZERO;
            p.by_year = Default::default();
        }
        for r in &mut b.recurrent {
            r.amount = Money::ZERO;
            r.by_year = Default::default();
        }
    }
    t.signature.name.clear();
    t.redraft_filed(plan.year, true);
    t
}

/// A bundled template: its name on the command line, what it is, its RON.
pub struct Template {
    pub name: &'static str,
    pub description: &'static str,
    pub ron: &'static str,
}

pub const TEMPLATES: [Template; 6] = [
    Template {
        name: "chuyen-doi-so",
        description: "Kế hoạch chuyển đổi số hằng năm: đánh giá năm trước, mục tiêu, nhiệm vụ, kinh phí, 7 phụ lục",
        ron: include_str!("../../../assets/templates/chuyen-doi-so.ron"),
    },
    Template {
        name: "cai-thien-dti",
        description: "Kế hoạch cải thiện chỉ số chuyển đổi số (DTI): bảng xếp hạng và phân công chỉ tiêu theo 8 nhóm",
        ron: include_str!("../../../assets/templates/cai-thien-dti.ron"),
    },
    Template {
        name: "kinh-te-so-xa-hoi-so",
        description: "Kế hoạch phát triển kinh tế số và xã hội số: mục tiêu, nhiệm vụ theo ngành, bảng phân công",
        ron: include_str!("../../../assets/templates/kinh-te-so-xa-hoi-so.ron"),
    },
    Template {
        name: "giai-doan",
        description: "Kế hoạch giai đoạn 5 năm (ví dụ 2026 - 2030): chỉ tiêu theo các mốc năm, kinh phí từng năm và tổng giai đoạn",
        ron: include_str!("../../../assets/templates/giai-doan.ron"),
    },
    Template {
        name: "quyet-dinh-ban-hanh",
        description: "Quyết định ban hành kế hoạch của UBND tỉnh, kế hoạch kèm theo và phụ lục (\"PHỤ LỤC\")",
        ron: include_str!("../../../assets/templates/quyet-dinh-ban-hanh.ron"),
    },
    Template {
        name: "ho-so-trinh",
        description: "Hồ sơ trình: tờ trình của sở, dự thảo quyết định và dự thảo kế hoạch (dấu DỰ THẢO)",
        ron: include_str!("../../../assets/templates/ho-so-trinh.ron"),
    },
];

pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

/// A new plan for `year` from a template (the template's year fields follow).
pub fn instantiate(t: &Template, year: i32) -> Result<Plan, crate::io::FileError> {
    let mut p = crate::io::load_str(t.ron, std::path::Path::new(t.name))?;
    // A period and its milestones move with the first year.
    let shift = year - p.year;
    p.until = p.until.map(|u| u + shift);
    for m in &mut p.milestones {
        *m += shift;
    }
    p.year = year;
    p.meta.date = DocDate {
        day: None,
        month: None,
        year: Some(year),
    };
    p.redraft_filed(year, true);
    Ok(p)
}
