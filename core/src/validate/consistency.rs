//! What a reader would notice though nothing is wrong with any one value:
//! a column whose decimals are written with both marks ("0.8002" beside
//! "1,0000"), an appendix no text leads to.

use super::Report;
use crate::model::numbering::appendix_label;
use crate::model::place::{Leaf, Place, Tree};
use crate::model::rich::{Token, parse};
use crate::model::text_walk;
use crate::model::{Block, Period, Plan, Table, TargetGroup};
use std::collections::HashSet;

/// How a number writes its decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// "0,8002", "75,35%": the Vietnamese decimal comma.
    Comma,
    /// "0.8002": a decimal point (English).
    Point,
}

/// The decimal mark of a value that is a number with decimals, if it is
/// one and the mark is not in doubt ("1.000" may be a thousand).
fn decimal_mark(value: &str) -> Option<Mark> {
    let v = value.trim().trim_end_matches('%').trim();
    if v.is_empty()
        || !v
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let last = v.rfind(['.', ','])?;
    let (int, frac) = (&v[..last], &v[last + 1..]);
    if int.is_empty() || frac.is_empty() {
        return None;
    }
    let mark = if v[last..].starts_with(',') {
        Mark::Comma
    } else {
        Mark::Point
    };
    // The other mark before it groups thousands: "1.234,5" and "1,234.5" say
    // which is the decimal. Alone, three digits after it may be a thousand.
    let other = match mark {
        Mark::Comma => int.contains('.'),
        Mark::Point => int.contains(','),
    };
    if !other && frac.len() == 3 && int != "0" {
        return None;
    }
    Some(mark)
}

/// One warning for a column of `values` (with their places) written with
/// both marks, naming one value of each.
fn column(name: &str, values: &[(Place, &str)], r: &mut Report) {
    let first = |m: Mark| {
        values
            .iter()
            .find(|(_, v)| decimal_mark(v) == Some(m))
            .map(|(p, v)| (p.clone(), v.trim().to_string()))
    };
    if let (Some((place, point)), Some((_, comma))) = (first(Mark::Point), first(Mark::Comma)) {
        r.warn(
            place,
            format!(
                "cột \"{name}\" viết số thập phân lẫn dấu chấm (\"{point}\") và dấu phẩy \
                 (\"{comma}\"); số thập phân viết bằng dấu phẩy"
            ),
        );
    }
}

/// A target's value in one column.
type ValueOf = fn(&crate::model::Target) -> &str;

pub(super) fn decimal_marks(plan: &Plan, r: &mut Report) {
    let targets = |period: Period, groups: &[TargetGroup], r: &mut Report| {
        let fields: [(&str, &'static str, ValueOf); 3] = [
            ("Năm trước", "baseline", |t| &t.baseline),
            ("Chỉ tiêu", "target", |t| &t.target),
            ("Kết quả", "result", |t| &t.result),
        ];
        for (name, field, get) in fields {
            let values: Vec<(Place, &str)> = groups
                .iter()
                .enumerate()
                .flat_map(|(g, grp)| {
                    grp.targets.iter().enumerate().map(move |(i, t)| {
                        (Place::Target(period, g, i, Leaf::Field(field)), get(t))
                    })
                })
                .collect();
            column(name, &values, r);
        }
    };
    targets(Period::Plan, &plan.targets, r);
    targets(Period::Previous, &plan.review.targets, r);
    let free = |blocks: &[Block], place: &dyn Fn(Tree, Leaf) -> Place, r: &mut Report| {
        super::visit_blocks(blocks, &mut Vec::new(), &mut |tree, b| {
            let Block::Table(Table::Free(t)) = b else {
                return;
            };
            for (c, col) in t.columns.iter().enumerate() {
                let values: Vec<(Place, &str)> = t
                    .rows
                    .iter()
                    .enumerate()
                    .filter_map(|(i, row)| {
                        let cell = row.cells.get(c)?;
                        Some((place(tree.to_vec(), Leaf::Cell(i, c)), cell.as_str()))
                    })
                    .collect();
                let name = crate::model::fields::plain(plan, &col.title);
                column(name.trim(), &values, r);
            }
        });
    };
    free(&plan.body, &Place::Body, r);
    for (i, a) in plan.appendices.iter().enumerate() {
        free(&a.blocks, &|t, leaf| Place::AppendixBlock(i, t, leaf), r);
    }
}

/// The appendix keys `{pl:…}` cites in `tokens`.
fn cited(tokens: &[Token], out: &mut HashSet<String>) {
    for t in tokens {
        match t {
            Token::Field(name, _) => {
                if let Some(keys) = name.trim().strip_prefix("pl:") {
                    out.extend(keys.split(',').map(|k| k.trim().to_string()));
                }
            }
            Token::Footnote(body) => cited(body, out),
            Token::Text(..) => {}
        }
    }
}

/// An appendix no text outside it cites through `{pl:…}`: a reader of the
/// plan is never sent to it, and a renumbering would not reach it.
pub(super) fn uncited_appendices(plan: &Plan, r: &mut Report) {
    let own = |p: &Place| match p {
        Place::Appendix(i, _) | Place::AppendixBlock(i, ..) => Some(*i),
        _ => None,
    };
    let n = plan.appendices.len();
    let mut by = vec![HashSet::new(); n];
    let mut outside = HashSet::new();
    for (place, text) in text_walk::texts(plan) {
        if !text.contains("{pl") {
            continue;
        }
        let mut keys = HashSet::new();
        cited(&parse(&text), &mut keys);
        match own(&place).and_then(|i| by.get_mut(i)) {
            Some(set) => set.extend(keys),
            None => outside.extend(keys),
        }
    }
    for (i, a) in plan.appendices.iter().enumerate() {
        // Cited from the plan, or from another appendix.
        let elsewhere = by
            .iter()
            .enumerate()
            .any(|(j, keys)| j != i && keys.contains(&a.key));
        if !outside.contains(&a.key) && !elsewhere {
            r.warn(
                Place::Appendix(i, Leaf::Whole),
                format!(
                    "{} không được văn bản nhắc đến: chèn số phụ lục vào câu dẫn đến nó \
                     (chuột phải → Chèn trường tính sẵn)",
                    appendix_label(i + 1, n)
                ),
            );
        }
    }
}

/// "mục VI" written by hand where the plan has a mục VI: it will name
/// the wrong section once the sections are renumbered.
pub(super) fn literal_sections(plan: &Plan, r: &mut Report) {
    for (place, words) in crate::model::section_ref::literal(plan) {
        r.warn(
            place,
            format!(
                "\"{words}\" viết tay sẽ chỉ sai mục khi các mục được đánh số lại: dùng tham chiếu \
                 mục (Nội dung → Liên kết số mục viết tay, hoặc chuột phải → Chèn trường tính sẵn)"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_marks_are_read_only_when_certain() {
        assert_eq!(decimal_mark("0.8002"), Some(Mark::Point));
        assert_eq!(decimal_mark("1,0000"), Some(Mark::Comma));
        assert_eq!(decimal_mark("75,35%"), Some(Mark::Comma));
        assert_eq!(decimal_mark("1.234,5"), Some(Mark::Comma));
        assert_eq!(decimal_mark("0.800"), Some(Mark::Point));
        // A thousand, or a decimal: not said.
        assert_eq!(decimal_mark("1.000"), None);
        assert_eq!(decimal_mark("43.036"), None);
        assert_eq!(decimal_mark("80%"), None);
        assert_eq!(decimal_mark("≥ 0,7"), None);
        assert_eq!(decimal_mark("Hoàn thành"), None);
    }
}
