//! What a department's form holds, for the writer and the merge alike: a
//! sheet per kind of row the agency leads (last year's targets, this year's
//! tasks, its projects, its recurrent items), their columns, which of them
//! the department fills in, and each row's id ("ct-12": a target of the
//! year under review) in a hidden first column.

use crate::model::{Evaluation, Id, Money, Plan, Project, RecurrentItem, Target, Task};

/// A kind of row, with its sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Targets of the year under review: result and evaluation to fill.
    Review,
    /// This year's tasks (nested ones too): progress to fill.
    Tasks,
    /// Investment projects: total investment and the year's capital.
    Projects,
    /// Recurrent items: the amount.
    Recurrent,
}

/// A column of a form's sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Unit,
    Target,
    Result,
    Evaluation,
    Deadline,
    Expected,
    Progress,
    Total,
    Capital,
    Amount,
    Note,
}

impl Field {
    /// The department fills this cell in; the others are locked.
    pub fn open(self) -> bool {
        matches!(
            self,
            Field::Result
                | Field::Evaluation
                | Field::Progress
                | Field::Total
                | Field::Capital
                | Field::Amount
        )
    }

    /// A figure in millions of đồng.
    pub fn money(self) -> bool {
        matches!(self, Field::Total | Field::Capital | Field::Amount)
    }

    pub fn title(self, plan: &Plan) -> String {
        let review = plan.year - 1;
        match self {
            Field::Name => "Nội dung".into(),
            Field::Unit => "Đơn vị tính".into(),
            Field::Target => format!("Chỉ tiêu năm {review}"),
            Field::Result => format!("Kết quả thực hiện năm {review}"),
            Field::Evaluation => "Đánh giá (Vượt, Đạt, Không đạt)".into(),
            Field::Deadline => "Thời hạn".into(),
            Field::Expected => "Kết quả dự kiến".into(),
            Field::Progress => "Tiến độ thực hiện".into(),
            Field::Total => "Tổng mức đầu tư (triệu đồng)".into(),
            Field::Capital => format!("Vốn năm {} (triệu đồng)", plan.year),
            Field::Amount => format!("Kinh phí năm {} (triệu đồng)", plan.year),
            Field::Note => "Ghi chú".into(),
        }
    }
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Review, Kind::Tasks, Kind::Projects, Kind::Recurrent];

    pub fn sheet(self, plan: &Plan) -> String {
        match self {
            Kind::Review => format!("Chỉ tiêu năm {}", plan.year - 1),
            Kind::Tasks => format!("Nhiệm vụ năm {}", plan.year),
            Kind::Projects => "Dự án đầu tư công".into(),
            Kind::Recurrent => "Chi thường xuyên".into(),
        }
    }

    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::Review => &[
                Field::Name,
                Field::Unit,
                Field::Target,
                Field::Result,
                Field::Evaluation,
            ],
            Kind::Tasks => &[
                Field::Name,
                Field::Deadline,
                Field::Expected,
                Field::Progress,
            ],
            Kind::Projects => &[Field::Name, Field::Total, Field::Capital, Field::Note],
            Kind::Recurrent => &[Field::Name, Field::Amount],
        }
    }

    /// "ct", "nv", "da", "tx": the prefix of a row's id in the form.
    fn prefix(self) -> &'static str {
        match self {
            Kind::Review => "ct",
            Kind::Tasks => "nv",
            Kind::Projects => "da",
            Kind::Recurrent => "tx",
        }
    }

    pub fn key(self, id: Id) -> String {
        format!("{}-{}", self.prefix(), id.0)
    }

    /// The kind and id a form's row names, if it names one.
    pub fn parse_key(key: &str) -> Option<(Kind, Id)> {
        let (prefix, n) = key.trim().split_once('-')?;
        let kind = Kind::ALL.into_iter().find(|k| k.prefix() == prefix)?;
        Some((kind, Id(n.parse().ok()?)))
    }
}

/// A cell's value as the form shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Money(Money),
}

impl Value {
    pub fn shown(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Money(m) => crate::model::format::millions(*m),
        }
    }
}

/// One row of a form: its id, its number as printed, its values in the
/// kind's field order.
#[derive(Clone, Debug, PartialEq)]
pub struct FormRow {
    pub key: String,
    pub number: String,
    pub values: Vec<Value>,
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

pub fn review_value(t: &Target, f: Field) -> Value {
    match f {
        Field::Name => text(t.name.as_str()),
        Field::Unit => text(&t.unit),
        Field::Target => text(&t.target),
        Field::Result => text(&t.result),
        Field::Evaluation => text(if t.evaluation.is_pending() {
            ""
        } else {
            t.evaluation.label()
        }),
        Field::Note => text(t.note.as_str()),
        _ => text(""),
    }
}

pub fn task_value(t: &Task, f: Field) -> Value {
    match f {
        Field::Name => text(t.name.as_str()),
        Field::Deadline => text(&t.deadline),
        Field::Expected => text(t.result.as_str()),
        Field::Progress => text(&t.progress),
        Field::Note => text(t.note.as_str()),
        _ => text(""),
    }
}

pub fn project_value(p: &Project, f: Field) -> Value {
    match f {
        Field::Name => text(p.name.as_str()),
        Field::Total => Value::Money(p.total),
        Field::Capital => Value::Money(p.capital),
        Field::Note => text(p.note.as_str()),
        _ => text(""),
    }
}

pub fn recurrent_value(r: &RecurrentItem, f: Field) -> Value {
    match f {
        Field::Name => text(r.name.as_str()),
        Field::Amount => Value::Money(r.amount),
        _ => text(""),
    }
}

/// The rows of `kind` that `agency` leads, with their printed numbers.
pub fn rows(plan: &Plan, kind: Kind, agency: &str) -> Vec<FormRow> {
    let leads = |keys: &[String]| keys.iter().any(|k| k == agency);
    let row = |id: Id, number: String, values: Vec<Value>| FormRow {
        key: kind.key(id),
        number,
        values,
    };
    let mut out = Vec::new();
    match kind {
        Kind::Review => {
            for (g, group) in plan.review.targets.iter().enumerate() {
                for (t, target) in group.targets.iter().enumerate() {
                    if leads(&target.lead) {
                        let values = kind.fields().iter().map(|f| review_value(target, *f));
                        out.push(row(
                            target.id,
                            format!("{}.{}", g + 1, t + 1),
                            values.collect(),
                        ));
                    }
                }
            }
        }
        Kind::Tasks => {
            fn walk(
                task: &Task,
                number: &str,
                leads: &dyn Fn(&[String]) -> bool,
                out: &mut Vec<(Id, String, Vec<Value>)>,
            ) {
                if leads(&task.lead) {
                    let values = Kind::Tasks.fields().iter().map(|f| task_value(task, *f));
                    out.push((task.id, number.to_string(), values.collect()));
                }
                for (k, sub) in task.subtasks.iter().enumerate() {
                    walk(sub, &format!("{number}.{}", k + 1), leads, out);
                }
            }
            // Numbered as the task table prints them: on through the groups.
            let mut found = Vec::new();
            let top = plan.tasks.iter().flat_map(|g| g.tasks.iter());
            for (n, task) in top.enumerate() {
                walk(task, &(n + 1).to_string(), &leads, &mut found);
            }
            out.extend(found.into_iter().map(|(id, n, v)| row(id, n, v)));
        }
        Kind::Projects => {
            for (i, p) in plan.budget.investment.iter().enumerate() {
                if leads(&p.investor) {
                    let values = kind.fields().iter().map(|f| project_value(p, *f));
                    out.push(row(p.id, (i + 1).to_string(), values.collect()));
                }
            }
        }
        Kind::Recurrent => {
            for (i, r) in plan.budget.recurrent.iter().enumerate() {
                if leads(&r.unit) {
                    let values = kind.fields().iter().map(|f| recurrent_value(r, *f));
                    out.push(row(r.id, (i + 1).to_string(), values.collect()));
                }
            }
        }
    }
    out
}

/// "Vượt", "đạt", "Không đạt" as typed (any case, extra spaces); "" is not
/// yet evaluated.
pub fn parse_evaluation(s: &str) -> Option<Evaluation> {
    let s = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if s.is_empty() {
        return Some(Evaluation::default());
    }
    Evaluation::ALL
        .into_iter()
        .find(|e| !e.is_pending() && e.label().to_lowercase() == s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_their_kind_and_row() {
        assert_eq!(Kind::Tasks.key(Id(45)), "nv-45");
        assert_eq!(Kind::parse_key(" nv-45 "), Some((Kind::Tasks, Id(45))));
        assert_eq!(Kind::parse_key("xx-45"), None);
        assert_eq!(Kind::parse_key("ct-"), None);
        assert_eq!(parse_evaluation(" không  ĐẠT "), Some(Evaluation::Missed));
        assert_eq!(parse_evaluation(""), Some(Evaluation::default()));
        assert_eq!(parse_evaluation("tốt"), None);
    }
}
