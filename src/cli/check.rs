//! `kehoach check FILE.ron`: the plan's summary and its problems.

use super::exit;
use crate::io;
use crate::model::format::{group_thousands, millions};
use crate::model::{Plan, Summary};
use crate::validate::{self, Severity};
use std::io::Write;
use std::path::Path;

pub fn run(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let plan = match io::load_path(file) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return exit::FAILURE;
        }
    };
    let problems = validate::validate(&plan);
    let _ = out.write_all(summary_text(&plan).as_bytes());
    // Characters the bundled font cannot print would come out as blank boxes.
    if let Ok(fonts) = crate::fonts::FontSet::bundled() {
        let missing = validate::font_coverage(&plan, &fonts);
        if !missing.is_empty() {
            let _ = writeln!(out, "Phông chữ không in được {} ký tự:", missing.len());
            for m in &missing {
                let _ = writeln!(out, "  cảnh báo: {m}");
            }
        }
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    if problems.is_empty() {
        let _ = writeln!(out, "Không có vấn đề nào.");
    } else {
        let _ = writeln!(out, "Vấn đề: {errors} lỗi, {warnings} cảnh báo");
        let review = problems
            .iter()
            .filter(|p| p.message.starts_with(validate::REVIEW_PREFIX))
            .count();
        if review > 0 {
            let _ = writeln!(
                out,
                "Cần xem lại: {review} mục kế hoạch năm trước để lại (trong số cảnh báo)"
            );
        }
        let _ = out.write_all(super::problem_lines(&problems).as_bytes());
    }
    if errors > 0 { exit::PROBLEMS } else { exit::OK }
}

/// The summary block, also used by the editor's status bar.
pub fn summary_text(plan: &Plan) -> String {
    let s = Summary::of(plan);
    let n = |v: usize| group_thousands(v as u64);
    let mut o = String::new();
    o.push_str(&format!(
        "Kế hoạch {}: {}\n",
        plan.period_label(),
        crate::model::fields::plain(plan, &plan.meta.title)
    ));
    let documents = plan.documents();
    if documents.len() > 1 {
        let names: Vec<&str> = documents.iter().map(|k| k.name()).collect();
        o.push_str(&format!("Hồ sơ: {}\n", names.join(", ")));
    }
    o.push_str(&format!(
        "Chỉ tiêu: {} trong {} nhóm\n",
        n(s.targets),
        n(s.target_groups)
    ));
    o.push_str(&format!(
        "Nhiệm vụ: {} trong {} nhóm\n",
        n(s.tasks),
        n(s.task_groups)
    ));
    o.push_str(&format!(
        "Dự án đầu tư công: {} (tổng mức đầu tư {} triệu đồng; vốn năm {} {} triệu đồng)\n",
        n(s.projects),
        millions(s.budget.investment_total),
        s.year,
        millions(s.budget.investment_capital)
    ));
    o.push_str(&format!(
        "Nhiệm vụ chi thường xuyên: {} (tổng {} triệu đồng)\n",
        n(s.recurrent_items),
        millions(s.budget.recurrent)
    ));
    o.push_str(&format!(
        "Tổng kinh phí năm {}: {} triệu đồng\n",
        s.year,
        millions(s.budget.year_total())
    ));
    let r = s.review_targets;
    if r.total > 0 {
        o.push_str(&format!("Đánh giá năm {}: {}\n", s.year - 1, r.sentence()));
    }
    let rb = s.review_budget;
    if !rb.investment_total.is_zero() || !rb.recurrent.is_zero() {
        o.push_str(&format!(
            "Kinh phí năm {}: đầu tư công {} / {} triệu đồng; chi thường xuyên {} triệu đồng\n",
            s.year - 1,
            millions(rb.investment_total),
            millions(rb.investment_capital),
            millions(rb.recurrent)
        ));
    }
    o.push_str(&format!(
        "Phụ lục: {}; cơ quan trong danh mục: {}\n",
        s.appendices, s.agencies
    ));
    o
}
