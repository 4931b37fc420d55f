//! Next year's plan from last year's. The officer is left only the real
//! decisions, each listed in the report with the place it concerns.

pub mod agencies;
pub mod evaluation;
pub mod template;
pub mod years;

use crate::model::place::{Area, Leaf, ListOf, Place, Tree};
use crate::model::text_walk::for_each_text_mut;
use crate::model::to_review::{ReviewItem, ReviewKind, Values};
use crate::model::{
    Appendix, Block, Budget, DocDate, Evaluation, Money, Period, Plan, ProjectStatus, Rich, Table,
    TargetsTable, Task,
};

/// Something the officer should look at in the new plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub kind: ReviewKind,
    /// Where in the new plan.
    pub place: Place,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub flags: Vec<Flag>,
}

impl Report {
    fn flag(&mut self, kind: ReviewKind, place: Place, message: impl Into<String>) {
        self.flags.push(Flag {
            kind,
            place,
            message: message.into(),
        });
    }
}

/// Builds the plan for `year` from `prev` (normally `prev.year + 1`).
pub fn roll_forward(prev: &Plan, year: i32) -> (Plan, Report) {
    let mut r = Report::default();
    let old = prev.year;
    let mut p = prev.clone();
    p.year = year;
    // A plan over several years moves as a whole.
    p.until = prev.until.map(|u| u + (year - old));
    if year != old + 1 {
        r.flag(
            ReviewKind::Year,
            Place::Year,
            format!(
                "Kế hoạch mới năm {year} không liền sau năm {old}: kiểm tra lại các số liệu kế thừa"
            ),
        );
    }
    // A new plan is a draft: no number, no day or month yet.
    p.meta.number = None;
    p.redraft_filed(year, false);
    p.meta.date = DocDate {
        day: None,
        month: None,
        year: Some(year),
    };

    continues(prev, &mut p, &mut r);
    review(prev, &mut p, &mut r);
    targets(&mut p, &mut r);
    tasks(&mut p, &mut r);
    budget(&mut p, year, &mut r);
    evaluation_appendix(&mut p, &mut r);
    let results = results_appendix(&p);
    evaluation::rewrite(&mut p, prev, results.as_deref(), &mut r);
    years_to_fields(&mut p, old, &mut r);
    // Agencies named in the text follow a rename or merge from now on.
    crate::model::agency_mentions::link_all(&mut p);
    p.assign_ids();
    // Names in messages as they print: no raw field, no markup.
    for f in &mut r.flags {
        f.message = crate::model::fields::plain(&p, &Rich::new(f.message.as_str()));
    }
    // The list is kept in the plan: it survives saving and reopening.
    let values = Values::of(&p);
    p.to_review = r
        .flags
        .iter()
        .filter_map(|f| ReviewItem::new(&p, &values, f.kind, &f.place, f.message.clone()))
        .collect();
    (p, r)
}

/// The new plan cites the one it continues (`{kh:trước}`); a draft
/// without a number is listed to fill.
fn continues(prev: &Plan, p: &mut Plan, r: &mut Report) {
    let cited = crate::model::PreviousPlan::of(prev);
    if !cited.is_complete() {
        r.flag(
            ReviewKind::Previous,
            Place::Meta("continues"),
            format!(
                "Kế hoạch năm {} chưa có số, ngày ban hành: nhập để phần đánh giá trích dẫn đúng",
                prev.year
            ),
        );
    }
    p.continues = Some(cited);
}

/// The key of the appendix that prints the results of the year under review.
fn results_appendix(p: &Plan) -> Option<String> {
    p.appendices
        .iter()
        .find(|a| {
            a.blocks.iter().any(
                |b| matches!(b, Block::Table(Table::Targets(t)) if t.period == Period::Previous),
            )
        })
        .map(|a| a.key.clone())
}

/// Literal old years become fields where the meaning is clear; the rest is
/// listed. Cited documents (preamble, legal bases) keep their dates, last
/// year's text kept for reference keeps its years, and a past year in
/// running text is a fact of that year: it stays as written, listed.
fn years_to_fields(p: &mut Plan, old: i32, r: &mut Report) {
    for_each_text_mut(p, &mut |place, text| {
        let cited = place.area() == Area::Legal;
        let reference = place.leaf() == Some(Leaf::Field("reference"));
        if cited || reference || place.area().is_review() {
            return;
        }
        let narrative = matches!(
            place,
            Place::Body(_, Leaf::Field("text")) | Place::AppendixBlock(_, _, Leaf::Field("text"))
        );
        let c = years::convert_with(text, old, !narrative);
        if c.text != *text {
            *text = c.text;
        }
        for y in c.unclear {
            r.flag(
                ReviewKind::Year,
                place.clone(),
                format!("Có năm {y} chưa rõ là năm kế hoạch hay mốc thời gian khác: xem lại"),
            );
        }
    });
}

/// Last year's targets and budget become the review of the new plan, with
/// their year fields moved back by one.
fn review(prev: &Plan, p: &mut Plan, r: &mut Report) {
    let had_results = prev
        .targets
        .iter()
        .flat_map(|g| &g.targets)
        .any(|t| !t.result.trim().is_empty() || !t.evaluation.is_pending());
    // The old targets are what the new plan evaluates, with or without
    // results yet (in autumn the year is not over: results come later).
    let review = crate::model::Review {
        targets: prev.targets.clone(),
        budget: Budget::default(),
    };
    if !had_results && !prev.targets.is_empty() {
        r.flag(
            ReviewKind::Results,Place::List(ListOf::Targets(Period::Previous)), format!("Chưa có kết quả thực hiện các chỉ tiêu năm {}: nhập kết quả và đánh giá trong mục Chỉ tiêu, Kết quả năm {}", prev.year, prev.year));
    }
    let mut review = review;
    review.budget = prev.budget.clone();
    let mut holder = Plan {
        review,
        ..Plan::new(p.year)
    };
    for_each_text_mut(&mut holder, &mut |place, text| {
        if place.area().is_review() {
            let c = years::convert(text, prev.year);
            *text = years::shift_fields(&c.text, -1);
        }
    });
    // Ids must stay unique across the whole new plan: fresh ones are given
    // at the end of the roll-over.
    holder.for_each_id_mut(&mut |id| *id = crate::model::Id::UNSET);
    p.review = holder.review;
}

fn targets(p: &mut Plan, r: &mut Report) {
    let year = p.year;
    for (gi, g) in p.targets.iter_mut().enumerate() {
        for (ti, t) in g.targets.iter_mut().enumerate() {
            let at = |f| Place::Target(Period::Plan, gi, ti, Leaf::Field(f));
            // Last year's result is this plan's baseline; without one the
            // baseline is left empty, never filled with an older year's value.
            t.baseline = std::mem::take(&mut t.result);
            if t.baseline.trim().is_empty() {
                r.flag(
                    ReviewKind::Baseline,
                    at("baseline"),
                    format!(
                        "Chỉ tiêu \"{}\": chưa có kết quả năm {} để làm giá trị kết quả năm trước",
                        t.name.as_str(),
                        year - 1
                    ),
                );
            }
            if !t.target.trim().is_empty() {
                r.flag(
                    ReviewKind::Target,
                    at("target"),
                    format!(
                        "Chỉ tiêu \"{}\": giữ mức phấn đấu \"{}\" của năm trước, cần xác định lại",
                        t.name.as_str(),
                        t.target
                    ),
                );
            }
            t.evaluation = Evaluation::Pending;
        }
    }
}

fn tasks(p: &mut Plan, r: &mut Report) {
    fn walk(group: usize, tree: &mut Tree, tasks: &mut [Task], r: &mut Report) {
        for (i, t) in tasks.iter_mut().enumerate() {
            tree.push(i);
            let d = t.deadline.to_lowercase();
            let recurring = d.contains("thường xuyên")
                || d.contains("hằng năm")
                || d.contains("hàng năm")
                || d.contains(" - ");
            if !recurring && t.deadline.contains("{năm}") {
                r.flag(
            ReviewKind::Deadline,Place::Task(group, tree.clone(), Leaf::Field("deadline")), format!("Nhiệm vụ \"{}\" có thời hạn trong năm trước: đã hoàn thành chưa? Nếu đã xong, hãy bỏ hoặc đổi thời hạn", t.name.as_str()));
            }
            walk(group, tree, &mut t.subtasks, r);
            tree.pop();
        }
    }
    for (gi, g) in p.tasks.iter_mut().enumerate() {
        walk(gi, &mut Vec::new(), &mut g.tasks, r);
    }
}

fn budget(p: &mut Plan, year: i32, r: &mut Report) {
    let Budget {
        investment,
        recurrent,
    } = &mut p.budget;
    let mut kept = Vec::new();
    for mut pr in std::mem::take(investment) {
        match pr.end_year {
            Some(end) if end < year => {
                r.flag(
                    ReviewKind::Done,
                    // The row is gone: the list it left.
                    Place::List(ListOf::Budget(Period::Plan)),
                    format!(
                        "Dự án \"{}\" kết thúc năm {end}: đã bỏ khỏi danh mục năm {year}",
                        pr.name.as_str()
                    ),
                );
            }
            end => {
                pr.status = ProjectStatus::Continuing;
                pr.capital = Money::ZERO;
                let what = if end.is_none() {
                    "chưa có thời gian thực hiện; "
                } else {
                    ""
                };
                r.flag(
                    ReviewKind::Capital,
                    Place::Project(Period::Plan, kept.len(), Leaf::Field("capital")),
                    format!(
                        "Dự án chuyển tiếp \"{}\": {what}nhập vốn năm {year}",
                        pr.name.as_str()
                    ),
                );
                kept.push(pr);
            }
        }
    }
    *investment = kept;
    for (i, it) in recurrent.iter().enumerate() {
        r.flag(
            ReviewKind::Recurrent,
            Place::Recurrent(Period::Plan, i, Leaf::Field("amount")),
            format!(
                "Nhiệm vụ chi thường xuyên \"{}\": xem lại kinh phí {} triệu đồng",
                it.name.as_str(),
                crate::model::format::millions(it.amount)
            ),
        );
    }
}

/// The review needs its appendix: add one when the old plan had none.
fn evaluation_appendix(p: &mut Plan, r: &mut Report) {
    let has = p.appendices.iter().any(|a| {
        a.blocks
            .iter()
            .any(|b| matches!(b, Block::Table(Table::Targets(t)) if t.period == Period::Previous))
    });
    if p.review.targets.is_empty() || has {
        return;
    }
    let mut key = "ket-qua".to_string();
    let mut n = 2;
    while p.appendices.iter().any(|a| a.key == key) {
        key = format!("ket-qua-{n}");
        n += 1;
    }
    p.appendices.insert(
        0,
        Appendix {
            key: key.clone(),
            title: Rich::new("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM {năm-1}"),
            blocks: vec![Block::Table(Table::Targets(TargetsTable::evaluation()))],
            ..Default::default()
        },
    );
    r.flag(
            ReviewKind::Done,Place::Appendix(0, Leaf::Whole), format!("Đã thêm phụ lục đánh giá kết quả năm trước (khóa \"{key}\"); dẫn chiếu trong nội dung bằng trường tính sẵn của phụ lục (chuột phải → Chèn trường tính sẵn)"));
}
