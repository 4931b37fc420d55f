//! Problems in a plan, each with the place it refers to, so the command
//! line can name it and the editor can jump to it.

mod consistency;

use crate::model::format::sentence_case;
use crate::model::place::{Filed, Leaf, Place, Tree};
use crate::model::rich::{self, Token};
use crate::model::text_walk;
use crate::model::{Block, DocKind, Fields, Id, Money, Period, Plan, Table, TargetGroup, Task};
use std::collections::HashSet;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The plan prints wrong or cannot be exported as it is.
    Error,
    /// Worth a look; prints as written.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where in the plan: shown as `budget.investment[3].total`.
    pub place: Place,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "lỗi",
            Severity::Warning => "cảnh báo",
        };
        write!(f, "{label}: {} [{}]", self.message, self.place)
    }
}

struct Report(Vec<Problem>);

impl Report {
    fn error(&mut self, place: Place, message: impl Into<String>) {
        self.0.push(Problem {
            severity: Severity::Error,
            place,
            message: message.into(),
        });
    }
    fn warn(&mut self, place: Place, message: impl Into<String>) {
        self.0.push(Problem {
            severity: Severity::Warning,
            place,
            message: message.into(),
        });
    }
}

pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    meta(plan, &mut r);
    agencies(plan, &mut r);
    ids(plan, &mut r);
    references(plan, &mut r);
    money(plan, &mut r);
    rich_texts(plan, &mut r);
    nesting(plan, &mut r);
    to_review(plan, &mut r);
    agency_mentions(plan, &mut r);
    consistency::decimal_marks(plan, &mut r);
    consistency::uncited_appendices(plan, &mut r);
    consistency::literal_sections(plan, &mut r);
    r.0.sort_by_key(|p| p.severity);
    r.0
}

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

/// Only the errors: what makes export refuse the plan (the editor asks the
/// same before exporting).
pub fn errors(plan: &Plan) -> Vec<Problem> {
    let mut all = validate(plan);
    all.retain(|p| p.severity == Severity::Error);
    all
}

fn meta(plan: &Plan, r: &mut Report) {
    if !(1945..=2200).contains(&plan.year) {
        r.error(
            Place::Year,
            format!("năm kế hoạch {} không hợp lệ", plan.year),
        );
    }
    if let Some(u) = plan.until
        && u <= plan.year
    {
        r.error(
            Place::Year,
            format!(
                "năm cuối của giai đoạn ({u}) phải sau năm đầu ({}); để trống nếu kế hoạch một năm",
                plan.year
            ),
        );
    }
    header(&plan.meta, &Place::Meta, r);
    // A plan a decision issues prints neither its own signature nor recipients.
    if !plan.is_attached() && plan.signature.name.trim().is_empty() {
        r.warn(Place::Signature("name"), "chưa có tên người ký");
    }
    let filed = [
        plan.decision
            .as_ref()
            .map(|d| (DocKind::Decision, &d.meta, &d.signature)),
        plan.submission
            .as_ref()
            .map(|s| (DocKind::Submission, &s.meta, &s.signature)),
    ];
    for (kind, meta, signature) in filed.into_iter().flatten() {
        let at = move |f: &'static str| Place::Filed(kind, Filed::Meta(f));
        header(meta, &at, r);
        if signature.name.trim().is_empty() {
            r.warn(
                Place::Filed(kind, Filed::Signature("name")),
                format!("{}: chưa có tên người ký", kind.name().to_lowercase()),
            );
        }
    }
    if let Some(d) = &plan.decision
        && d.articles.is_empty()
    {
        r.error(
            Place::Filed(DocKind::Decision, Filed::Meta("title")),
            "quyết định chưa có điều nào",
        );
    }
}

/// The checks of a document's header; `at` names its fields.
fn header(m: &crate::model::Meta, at: &dyn Fn(&'static str) -> Place, r: &mut Report) {
    if m.title.is_blank() {
        r.warn(
            at("title"),
            format!("{} chưa có trích yếu", sentence_case(&m.doc_type)),
        );
    }
    if m.authority.iter().all(|l| l.trim().is_empty()) {
        r.error(at("authority"), "chưa có tên cơ quan ban hành");
    }
    if let Some(d) = m.date.day
        && !(1..=31).contains(&d)
    {
        r.error(at("date.day"), format!("ngày {d} không hợp lệ"));
    }
    if let Some(mo) = m.date.month
        && !(1..=12).contains(&mo)
    {
        r.error(at("date.month"), format!("tháng {mo} không hợp lệ"));
    }
    if let (Some(d), Some(mo), Some(y)) = (m.date.day, m.date.month, m.date.year)
        && chrono::NaiveDate::from_ymd_opt(y, mo as u32, d as u32).is_none()
        && (1..=12).contains(&mo)
    {
        r.error(at("date"), format!("ngày {d}/{mo}/{y} không có trong lịch"));
    }
    if m.number == Some(0) {
        r.error(at("number"), "số văn bản phải lớn hơn 0");
    }
    if m.number.is_some() && !m.date.is_complete() {
        r.warn(
            at("date"),
            "văn bản đã có số nhưng ngày ban hành chưa đủ ngày, tháng, năm",
        );
    }
}

fn agencies(plan: &Plan, r: &mut Report) {
    let mut keys = HashSet::new();
    for (i, a) in plan.agencies.iter().enumerate() {
        if a.key.trim().is_empty() {
            r.error(
                Place::Agency(i, Leaf::Field("key")),
                format!("cơ quan \"{}\" chưa có khóa", a.name),
            );
        } else if !keys.insert(a.key.as_str()) {
            r.error(
                Place::Agency(i, Leaf::Field("key")),
                format!("khóa cơ quan \"{}\" bị trùng", a.key),
            );
        }
        if a.name.trim().is_empty() {
            r.error(
                Place::Agency(i, Leaf::Field("name")),
                format!("cơ quan \"{}\" chưa có tên", a.key),
            );
        }
    }
    let mut check = |place: Place, list: &[String]| {
        for k in list {
            if !keys.contains(k.as_str()) {
                r.error(
                    place.clone(),
                    format!("cơ quan \"{k}\" không có trong danh mục cơ quan"),
                );
            }
        }
    };
    for (period, groups) in [
        (Period::Plan, &plan.targets),
        (Period::Previous, &plan.review.targets),
    ] {
        for (i, g) in groups.iter().enumerate() {
            for (j, t) in g.targets.iter().enumerate() {
                let at = |f| Place::Target(period, i, j, Leaf::Field(f));
                check(at("lead"), &t.lead);
                check(at("coordinating"), &t.coordinating);
            }
        }
    }
    fn tasks(group: usize, tree: &mut Tree, ts: &[Task], check: &mut dyn FnMut(Place, &[String])) {
        for (i, t) in ts.iter().enumerate() {
            tree.push(i);
            let at = |f| Place::Task(group, tree.clone(), Leaf::Field(f));
            check(at("lead"), &t.lead);
            check(at("coordinating"), &t.coordinating);
            tasks(group, tree, &t.subtasks, check);
            tree.pop();
        }
    }
    for (i, g) in plan.tasks.iter().enumerate() {
        tasks(i, &mut Vec::new(), &g.tasks, &mut check);
    }
    for (period, b) in [
        (Period::Plan, &plan.budget),
        (Period::Previous, &plan.review.budget),
    ] {
        for (i, p) in b.investment.iter().enumerate() {
            check(
                Place::Project(period, i, Leaf::Field("investor")),
                &p.investor,
            );
        }
        for (i, it) in b.recurrent.iter().enumerate() {
            check(Place::Recurrent(period, i, Leaf::Field("unit")), &it.unit);
        }
    }
}

fn ids(plan: &Plan, r: &mut Report) {
    let mut copy = plan.clone();
    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    copy.for_each_id_mut(&mut |id| {
        if !id.is_unset() && !seen.insert(*id) {
            dups.push(*id);
        }
    });
    for id in dups {
        r.error(
            Place::Ids,
            format!("mã định danh {id} bị trùng; mở tệp bằng trình soạn thảo để cấp mã mới"),
        );
    }
    let mut keys = HashSet::new();
    for (i, a) in plan.appendices.iter().enumerate() {
        if !a.key.is_empty() && !keys.insert(a.key.as_str()) {
            r.error(
                Place::Appendix(i, Leaf::Field("key")),
                format!("khóa phụ lục \"{}\" bị trùng", a.key),
            );
        }
    }
}

fn references(plan: &Plan, r: &mut Report) {
    let groups = |gs: &[TargetGroup]| gs.iter().map(|g| g.id).collect::<HashSet<Id>>();
    let targets = groups(&plan.targets);
    let review = groups(&plan.review.targets);
    let tasks: HashSet<Id> = plan.tasks.iter().map(|g| g.id).collect();
    let walk = |place: &dyn Fn(Tree, Leaf) -> Place, blocks: &[Block], r: &mut Report| {
        visit_blocks(blocks, &mut Vec::new(), &mut |tree, b| {
            let p = place(tree.to_vec(), Leaf::Whole);
            match b {
                Block::Targets(t) if !targets.contains(&t.group) => {
                    r.error(
                        p.clone(),
                        format!("nhóm chỉ tiêu {} không tồn tại", t.group),
                    );
                }
                Block::Table(Table::Targets(t)) => {
                    let known = match t.period {
                        crate::model::Period::Plan => &targets,
                        crate::model::Period::Previous => &review,
                    };
                    for g in t.groups.iter().filter(|g| !known.contains(g)) {
                        r.error(
                            p.clone(),
                            format!("bảng chỉ tiêu nêu nhóm {g} không tồn tại"),
                        );
                    }
                }
                Block::Table(Table::Tasks(t)) => {
                    for g in t.groups.iter().filter(|g| !tasks.contains(g)) {
                        r.error(
                            p.clone(),
                            format!("bảng nhiệm vụ nêu nhóm {g} không tồn tại"),
                        );
                    }
                }
                Block::Table(Table::Free(t)) if t.columns.is_empty() => {
                    if t.rows.is_empty() {
                        r.warn(p.clone(), "bảng chưa có cột nào");
                    } else {
                        r.error(p.clone(),
                        "bảng chưa có cột nào nên các dòng của bảng không in ra được; hãy thêm cột",
                    );
                    }
                }
                Block::Table(Table::Free(t)) => {
                    for (i, row) in t.rows.iter().enumerate() {
                        if row.kind != crate::model::RowKind::Group
                            && row.cells.len() > t.columns.len()
                        {
                            r.warn(
                                p.with(Leaf::Row(i)),
                                format!(
                                    "dòng có {} ô nhưng bảng chỉ có {} cột",
                                    row.cells.len(),
                                    t.columns.len()
                                ),
                            );
                        }
                    }
                }
                _ => {}
            }
        });
    };
    walk(&Place::Body, &plan.body, r);
    for (i, a) in plan.appendices.iter().enumerate() {
        walk(&|t, leaf| Place::AppendixBlock(i, t, leaf), &a.blocks, r);
        if a.blocks.is_empty() {
            r.warn(Place::Appendix(i, Leaf::Whole), "phụ lục chưa có nội dung");
        }
    }
}

fn visit_blocks(blocks: &[Block], tree: &mut Tree, f: &mut dyn FnMut(&[usize], &Block)) {
    for (i, b) in blocks.iter().enumerate() {
        tree.push(i);
        f(tree, b);
        visit_blocks(b.children(), tree, f);
        tree.pop();
    }
}

fn money(plan: &Plan, r: &mut Report) {
    let neg = |m: Money| m.is_negative();
    for (period, b) in [
        (Period::Plan, &plan.budget),
        (Period::Previous, &plan.review.budget),
    ] {
        for (i, p) in b.investment.iter().enumerate() {
            let at = |leaf| Place::Project(period, i, leaf);
            if neg(p.total) || neg(p.capital) {
                r.error(
                    at(Leaf::Whole),
                    format!("dự án \"{}\" có số tiền âm", p.name.as_str()),
                );
            }
            // A project carried into the plan year needs that year's capital.
            if period == Period::Plan
                && p.status == crate::model::ProjectStatus::Continuing
                && p.capital.is_zero()
            {
                r.warn(
                    at(Leaf::Field("capital")),
                    format!(
                        "dự án chuyển tiếp \"{}\" chưa có vốn năm {}",
                        crate::model::fields::plain(plan, &p.name),
                        plan.year
                    ),
                );
            }
            if p.capital > p.total && !p.total.is_zero() {
                r.warn(
                    at(Leaf::Field("capital")),
                    format!(
                        "vốn trong năm của dự án \"{}\" lớn hơn tổng mức đầu tư",
                        p.name.as_str()
                    ),
                );
            }
            if let (Some(a), Some(b)) = (p.start_year, p.end_year)
                && b < a
            {
                r.error(
                    at(Leaf::Field("end_year")),
                    format!(
                        "dự án \"{}\": năm kết thúc {b} trước năm bắt đầu {a}",
                        p.name.as_str()
                    ),
                );
            }
        }
        for (i, it) in b.recurrent.iter().enumerate() {
            if neg(it.amount) {
                r.error(
                    Place::Recurrent(period, i, Leaf::Field("amount")),
                    format!("nhiệm vụ \"{}\" có số tiền âm", it.name.as_str()),
                );
            }
        }
    }
}

/// Agencies written literally in the text: a rename or merge would leave
/// them behind. One warning per agency, with where to link them.
fn agency_mentions(plan: &Plan, r: &mut Report) {
    let mut counts: Vec<(String, String, usize)> = Vec::new();
    for m in crate::model::agency_mentions::literal(plan) {
        match counts
            .iter_mut()
            .find(|(k, n, _)| *k == m.key && *n == m.name)
        {
            Some(c) => c.2 += 1,
            None => counts.push((m.key, m.name, 1)),
        }
    }
    for (key, name, n) in counts {
        let i = plan.agencies.iter().position(|a| a.key == key).unwrap_or(0);
        r.warn(
            Place::Agency(i, Leaf::Whole),
            format!(
                "tên cơ quan \"{name}\" viết trực tiếp trong {n} đoạn: liên kết với danh mục \
                 (Danh mục cơ quan → Liên kết tên cơ quan) để đổi tên, gộp cơ quan tự đi theo"
            ),
        );
    }
}

/// What a roll-over left to look at and is still open: a warning each.
fn to_review(plan: &Plan, r: &mut Report) {
    if plan.to_review.iter().all(|it| it.done) {
        return;
    }
    let values = crate::model::to_review::Values::of(plan);
    for (_, place, it) in crate::model::to_review::open(plan, &values) {
        r.warn(place, format!("{REVIEW_PREFIX}{}", it.message));
    }
}

/// How `check` and the problems panel begin an item of "Cần xem lại".
pub const REVIEW_PREFIX: &str = "cần xem lại: ";

/// Unknown `{fields}`, and footnotes nested too deep to print as footnotes.
fn rich_texts(plan: &Plan, r: &mut Report) {
    let f = Fields::new(plan);
    for (place, text) in text_walk::texts(plan) {
        if !text.contains('{') && !text.contains("^[") {
            continue;
        }
        let parsed = rich::parse_checked(&text);
        for name in field_names(&parsed.tokens) {
            if f.resolve(&name).is_none() {
                r.error(
                    place.clone(),
                    format!("trường tự động {{{name}}} không hợp lệ"),
                );
            }
        }
        if parsed.too_deep {
            r.error(
                place.clone(),
                format!(
                    "chú thích lồng trong chú thích quá {} tầng; phần sâu hơn sẽ in nguyên văn \"^[\"",
                    rich::MAX_FOOTNOTE_DEPTH
                ),
            );
        }
    }
}

/// Trees deeper than the file format reads back.
fn nesting(plan: &Plan, r: &mut Report) {
    for d in crate::model::nesting::too_deep(plan) {
        r.error(
            d.place,
            format!(
                "{} lồng nhau {} tầng, quá {} tầng cho phép; hãy đưa bớt các mục con lên tầng trên",
                d.tree.label(),
                d.depth,
                crate::model::nesting::MAX_DEPTH
            ),
        );
    }
}

fn field_names(tokens: &[Token]) -> Vec<String> {
    let mut out = Vec::new();
    for t in tokens {
        match t {
            Token::Field(n, _) => out.push(n.clone()),
            Token::Footnote(body) => out.extend(field_names(body)),
            Token::Text(..) => {}
        }
    }
    out
}

/// Characters the document font cannot print, each with where it occurs:
/// "ký tự '😀' (U+1F600) tại body[3].text".
pub fn font_coverage(plan: &Plan, fonts: &crate::fonts::FontSet) -> Vec<String> {
    use crate::units::Face;
    // Each distinct character is looked up in the fonts once: the editor runs
    // this after every pause in typing, over every text of the plan. The
    // scripts a plan is written in (Latin, Vietnamese, punctuation) sit below
    // U+2100 and are remembered in a flat table; the rest in a set.
    const FLAT: usize = 0x2100;
    let mut flat = vec![0u8; FLAT]; // 0 unseen, 1 printable, 2 reported
    let mut rest: HashSet<char> = HashSet::new();
    let mut out = Vec::new();
    for (place, text) in text_walk::texts(plan) {
        for c in text.chars() {
            if c.is_control() {
                continue;
            }
            let slot = flat.get_mut(c as usize);
            match &slot {
                Some(0) => {}
                Some(_) => continue,
                None if !rest.insert(c) => continue,
                None => {}
            }
            // Every face must have it: markup may print any text bold or italic.
            let printable = Face::ALL.iter().all(|&f| fonts.metrics(f).has_glyph(c));
            if let Some(s) = slot {
                *s = if printable { 1 } else { 2 };
            }
            if !printable {
                out.push(format!("ký tự '{c}' (U+{:04X}) tại {place}", c as u32));
            }
        }
    }
    out
}
