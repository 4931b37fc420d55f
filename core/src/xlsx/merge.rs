//! Returned forms read back (`kehoach merge`): each row found by the id in
//! its hidden column, each filled cell compared with the plan. What differs
//! is a change; two forms giving one cell different values is a conflict;
//! a locked cell changed, a row the plan does not have, a figure that is
//! not a number are refused. Nothing is applied that the report does not
//! name.

use super::form::{GUIDE, MARK};
use super::form_rows::{Field, FormRow, Kind, Value, parse_evaluation, rows};
use crate::model::{Id, Money, Plan, Task};
use calamine::{Data, DataType, Reader, Xlsx};
use std::io::Cursor;

/// A returned form: a name for the report (its file name) and its bytes.
pub struct Form {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A cell a department filled with a value the plan does not have.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub form: String,
    pub kind: Kind,
    pub id: Id,
    pub field: Field,
    /// The row as the report names it: its number and name.
    pub row: String,
    pub old: Value,
    pub new: Value,
}

/// One cell that two forms fill differently: none of their values is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub kind: Kind,
    pub row: String,
    pub field: Field,
    /// (form, value) for each form that filled it.
    pub values: Vec<(String, Value)>,
}

/// Something a form holds that the merge will not take, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub form: String,
    pub reason: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    pub changes: Vec<Change>,
    pub conflicts: Vec<Conflict>,
    pub refused: Vec<Refusal>,
}

impl Merge {
    /// Nothing conflicts and nothing was refused.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty() && self.refused.is_empty()
    }

    /// The report, one line per change, conflict and refusal, then counts.
    pub fn report(&self, plan: &Plan) -> String {
        let mut out = String::new();
        for c in &self.changes {
            out.push_str(&format!(
                "Thay đổi ({}): {}, {}: {}: \"{}\" → \"{}\"\n",
                c.form,
                c.kind.sheet(plan),
                c.row,
                c.field.title(plan),
                c.old.shown(),
                c.new.shown()
            ));
        }
        for c in &self.conflicts {
            let values: Vec<String> = c
                .values
                .iter()
                .map(|(f, v)| format!("{f}: \"{}\"", v.shown()))
                .collect();
            out.push_str(&format!(
                "Xung đột: {}, {}: {}: {} (không áp dụng giá trị nào)\n",
                c.kind.sheet(plan),
                c.row,
                c.field.title(plan),
                values.join("; ")
            ));
        }
        for r in &self.refused {
            out.push_str(&format!("Không nhận ({}): {}\n", r.form, r.reason));
        }
        out.push_str(&format!(
            "Tổng cộng: {} thay đổi, {} xung đột, {} chỗ không nhận.\n",
            self.changes.len(),
            self.conflicts.len(),
            self.refused.len()
        ));
        out
    }
}

/// Reads the forms against `plan`.
pub fn read(plan: &Plan, forms: &[Form]) -> Merge {
    let mut m = Merge::default();
    let mut found: Vec<Change> = Vec::new();
    for form in forms {
        let mut refuse = |reason: String| {
            m.refused.push(Refusal {
                form: form.name.clone(),
                reason,
            })
        };
        let mut book = match Xlsx::new(Cursor::new(form.bytes.as_slice())) {
            Ok(b) => b,
            Err(e) => {
                refuse(format!("không đọc được tệp Excel ({e})."));
                continue;
            }
        };
        let agency = match mark(&mut book) {
            Some((year, agency)) if year == plan.year => agency,
            Some((year, _)) => {
                refuse(format!(
                    "đây là biểu mẫu của kế hoạch năm {year}, không phải năm {}.",
                    plan.year
                ));
                continue;
            }
            None => {
                refuse(
                    "không phải biểu mẫu do kehoach tạo (thiếu trang Hướng dẫn và mã biểu mẫu)."
                        .into(),
                );
                continue;
            }
        };
        for kind in Kind::ALL {
            let name = kind.sheet(plan);
            let Ok(range) = book.worksheet_range(&name) else {
                continue;
            };
            let current: Vec<FormRow> = rows(plan, kind, &agency);
            sheet(
                plan,
                form,
                kind,
                &name,
                &range,
                &current,
                &mut found,
                &mut refuse,
            );
        }
    }
    // Gather the cells: one value is a change, different values a conflict.
    while let Some(first) = found.first().cloned() {
        let same = |c: &Change| c.kind == first.kind && c.id == first.id && c.field == first.field;
        let cell: Vec<Change> = found.iter().filter(|c| same(c)).cloned().collect();
        found.retain(|c| !same(c));
        if cell.iter().all(|c| c.new == first.new) {
            let forms: Vec<String> = cell.iter().map(|c| c.form.clone()).collect();
            m.changes.push(Change {
                form: forms.join(", "),
                ..first
            });
        } else {
            m.conflicts.push(Conflict {
                kind: first.kind,
                row: first.row.clone(),
                field: first.field,
                values: cell.into_iter().map(|c| (c.form, c.new)).collect(),
            });
        }
    }
    m
}

/// The plan year and agency key a form's guide names.
fn mark(book: &mut Xlsx<Cursor<&[u8]>>) -> Option<(i32, String)> {
    let range = book.worksheet_range(GUIDE).ok()?;
    let line = range
        .cells()
        .find_map(|(_, _, d)| d.as_string().filter(|s| s.starts_with(MARK)))?;
    let mut parts = line.strip_prefix(MARK)?.split('|');
    (parts.next()? == "kehoach").then_some(())?;
    let year = parts.next()?.parse().ok()?;
    Some((year, parts.next()?.to_string()))
}

#[allow(clippy::too_many_arguments)]
fn sheet(
    plan: &Plan,
    form: &Form,
    kind: Kind,
    name: &str,
    range: &calamine::Range<Data>,
    current: &[FormRow],
    found: &mut Vec<Change>,
    refuse: &mut dyn FnMut(String),
) {
    let Some(head) = range
        .rows()
        .position(|r| r.first().is_some_and(|c| *c == "Mã dòng"))
    else {
        refuse(format!(
            "trang \"{name}\" không còn dòng tiêu đề có cột Mã dòng."
        ));
        return;
    };
    let fields = kind.fields();
    let start = range.start().map_or(0, |(r, _)| r as usize);
    for (i, row) in range.rows().enumerate().skip(head + 1) {
        let at = format!("trang \"{name}\", dòng {}", start + i + 1);
        let key = row.first().map(cell_text).unwrap_or_default();
        if key.is_empty() {
            if row.iter().skip(1).any(|c| !cell_text(c).is_empty()) {
                refuse(format!(
                    "{at}: dòng không có mã (dòng thêm vào biểu mẫu không được nhận)."
                ));
            }
            continue;
        }
        let Some(plan_row) = current.iter().find(|r| r.key == key) else {
            refuse(format!(
                "{at}: mã {key} không có trong kế hoạch (hoặc dòng không do cơ quan này chủ trì)."
            ));
            continue;
        };
        let Some((_, id)) = Kind::parse_key(&key) else {
            continue;
        };
        let title = plan_row
            .values
            .first()
            .map(Value::shown)
            .unwrap_or_default();
        let label = format!("dòng {} \"{}\"", plan_row.number, short(&title));
        for (c, (field, old)) in fields.iter().zip(&plan_row.values).enumerate() {
            let cell = row.get(2 + c).cloned().unwrap_or(Data::Empty);
            let new = match read_value(*field, &cell) {
                Ok(v) => v,
                Err(shown) => {
                    refuse(format!(
                        "{at}, cột \"{}\": \"{shown}\" không phải là số tiền (triệu đồng).",
                        field.title(plan)
                    ));
                    continue;
                }
            };
            if *field == Field::Evaluation
                && let Value::Text(t) = &new
                && parse_evaluation(t).is_none()
            {
                refuse(format!(
                    "{at}, cột \"{}\": \"{t}\" không phải Vượt, Đạt hay Không đạt.",
                    field.title(plan)
                ));
                continue;
            }
            if same(old, &new) {
                continue;
            }
            if !field.open() {
                refuse(format!(
                    "{at}: ô \"{}\" bị khóa nhưng đã bị sửa (\"{}\" thành \"{}\"); giữ như kế hoạch.",
                    field.title(plan),
                    old.shown(),
                    new.shown()
                ));
                continue;
            }
            found.push(Change {
                form: form.name.clone(),
                kind,
                id,
                field: *field,
                row: label.clone(),
                old: old.clone(),
                new,
            });
        }
    }
}

/// "100% các trang, cổng thông tin điện tử…" for a report line.
fn short(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= 10 {
        words.join(" ")
    } else {
        format!("{}…", words[..10].join(" "))
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => {
            x.split_whitespace().eq(y.split_whitespace())
                || (parse_evaluation(x).is_some() && parse_evaluation(x) == parse_evaluation(y))
        }
        _ => a == b,
    }
}

/// A cell as text: numbers without a trailing ".0".
fn cell_text(d: &Data) -> String {
    match d {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty => String::new(),
        other => other.to_string().trim().to_string(),
    }
}

/// A cell of `field` as the plan would hold it; Err with the cell's text
/// when a figure is not a number.
fn read_value(field: Field, d: &Data) -> Result<Value, String> {
    if !field.money() {
        return Ok(Value::Text(cell_text(d)));
    }
    match d {
        Data::Empty => Ok(Value::Money(Money::ZERO)),
        Data::Float(f) if f.is_finite() && f.abs() < 1e12 => Ok(Value::Money(
            Money::from_thousands((f * 1000.0).round() as i64),
        )),
        Data::Int(i) => Ok(Value::Money(Money::from_millions(*i))),
        Data::String(s) if s.trim().is_empty() => Ok(Value::Money(Money::ZERO)),
        Data::String(s) => Money::parse_vn(s.trim())
            .map(Value::Money)
            .map_err(|_| s.clone()),
        other => Err(other.to_string()),
    }
}

/// Applies the changes to `plan` (the rows found by id).
pub fn apply(plan: &mut Plan, changes: &[Change]) {
    for c in changes {
        match (c.kind, &c.new) {
            (Kind::Review, Value::Text(t)) => {
                let target = plan
                    .review
                    .targets
                    .iter_mut()
                    .flat_map(|g| g.targets.iter_mut())
                    .find(|x| x.id == c.id);
                if let Some(target) = target {
                    match c.field {
                        Field::Result => target.result = t.clone(),
                        Field::Evaluation => {
                            if let Some(e) = parse_evaluation(t) {
                                target.evaluation = e;
                            }
                        }
                        _ => {}
                    }
                }
            }
            (Kind::Tasks, Value::Text(t)) => {
                if let Some(task) = plan
                    .tasks
                    .iter_mut()
                    .find_map(|g| find_task(&mut g.tasks, c.id))
                    && c.field == Field::Progress
                {
                    task.progress = t.clone();
                }
            }
            (Kind::Projects, Value::Money(m)) => {
                if let Some(p) = plan.budget.investment.iter_mut().find(|p| p.id == c.id) {
                    match c.field {
                        Field::Total => p.total = *m,
                        Field::Capital => p.capital = *m,
                        _ => {}
                    }
                }
            }
            (Kind::Recurrent, Value::Money(m)) => {
                if let Some(r) = plan.budget.recurrent.iter_mut().find(|r| r.id == c.id)
                    && c.field == Field::Amount
                {
                    r.amount = *m;
                }
            }
            _ => {}
        }
    }
}

fn find_task(tasks: &mut [Task], id: Id) -> Option<&mut Task> {
    for t in tasks {
        if t.id == id {
            return Some(t);
        }
        if let Some(found) = find_task(&mut t.subtasks, id) {
            return Some(found);
        }
    }
    None
}
