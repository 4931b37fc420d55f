//! Agency renames and merges across the whole plan: one action instead of
//! hunting every row (in 2025 "Sở Thông tin và Truyền thông" became part of
//! "Sở Khoa học và Công nghệ").

use crate::model::agency::{Agency, slug};
use crate::model::{Plan, Task};
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenameError {
    #[error("Không có cơ quan \"{0}\" trong danh mục cơ quan của kế hoạch")]
    Unknown(String),
    #[error("Cách viết không hợp lệ: \"{0}\" (dùng \"Tên cũ=>Tên mới\")")]
    Syntax(String),
}

/// Finds an agency by key, full name or short name (diacritics and case ignored).
pub fn find_agency<'a>(plan: &'a Plan, name: &str) -> Option<&'a Agency> {
    let s = slug(name);
    plan.agencies.iter().find(|a| a.key == name).or_else(|| {
        plan.agencies
            .iter()
            .find(|a| slug(&a.name) == s || (!a.short.is_empty() && slug(&a.short) == s))
    })
}

/// Parses "Sở Thông tin và Truyền thông=>Sở Khoa học và Công nghệ".
pub fn parse_rename(arg: &str) -> Result<(String, String), RenameError> {
    let (a, b) = arg
        .split_once("=>")
        .ok_or_else(|| RenameError::Syntax(arg.to_string()))?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Err(RenameError::Syntax(arg.to_string()));
    }
    Ok((a.to_string(), b.to_string()))
}

/// What a rename did, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Renamed {
    /// The agency keeps its key; its name changed.
    Renamed {
        key: String,
        old: String,
        new: String,
    },
    /// Every row naming `from` now names `into` (once); `from` left the directory.
    Merged {
        from: String,
        into: String,
        rows: usize,
    },
}

/// Renames `from` to `to`; when `to` is already in the directory, merges.
pub fn rename_agency(plan: &mut Plan, from: &str, to: &str) -> Result<Renamed, RenameError> {
    let old = find_agency(plan, from)
        .cloned()
        .ok_or_else(|| RenameError::Unknown(from.to_string()))?;
    match find_agency(plan, to).cloned() {
        Some(target) if target.key != old.key => {
            let rows = replace_key(plan, &old.key, &target.key);
            // Names written as fields in the text follow too.
            crate::model::agency_mentions::retarget(plan, &old.key, &target.key);
            plan.agencies.retain(|a| a.key != old.key);
            Ok(Renamed::Merged {
                from: old.name,
                into: target.name,
                rows,
            })
        }
        Some(_) => Ok(Renamed::Renamed {
            key: old.key.clone(),
            old: old.name.clone(),
            new: old.name,
        }),
        None => {
            let name: String = to.nfc().collect();
            if let Some(a) = plan.agencies.iter_mut().find(|a| a.key == old.key) {
                a.name = name.clone();
                // A short form of the old name would now be wrong.
                a.short.clear();
            }
            Ok(Renamed::Renamed {
                key: old.key,
                old: old.name,
                new: name,
            })
        }
    }
}

/// Replaces `from` by `to` in every agency list; a list naming both keeps one.
/// Returns how many rows changed.
fn replace_key(plan: &mut Plan, from: &str, to: &str) -> usize {
    let mut rows = 0;
    let mut fix = |list: &mut Vec<String>| {
        if list.iter().any(|k| k == from) {
            let mut out: Vec<String> = Vec::with_capacity(list.len());
            for k in list.drain(..) {
                let k = if k == from { to.to_string() } else { k };
                if !out.contains(&k) {
                    out.push(k);
                }
            }
            *list = out;
            rows += 1;
        }
    };
    for g in plan
        .targets
        .iter_mut()
        .chain(plan.review.targets.iter_mut())
    {
        for t in &mut g.targets {
            fix(&mut t.lead);
            fix(&mut t.coordinating);
        }
    }
    fn tasks(ts: &mut [Task], fix: &mut dyn FnMut(&mut Vec<String>)) {
        for t in ts {
            fix(&mut t.lead);
            fix(&mut t.coordinating);
            tasks(&mut t.subtasks, fix);
        }
    }
    for g in &mut plan.tasks {
        tasks(&mut g.tasks, &mut fix);
    }
    for b in [&mut plan.budget, &mut plan.review.budget] {
        for p in &mut b.investment {
            fix(&mut p.investor);
        }
        for r in &mut b.recurrent {
            fix(&mut r.unit);
        }
    }
    rows
}

/// After a rename or merge, the places whose text still writes the old
/// name: each is listed in the plan's "Cần xem lại" (kept on purpose when
/// it is the issuer of a document cited by number). Cited documents in the
/// legal bases, the year under review and last year's reference texts are
/// history and are not listed.
pub fn list_old_name(plan: &mut Plan, old: &str) -> usize {
    use crate::model::place::{Area, Leaf};
    use crate::model::to_review::{ReviewItem, ReviewKind, Values};
    let places: Vec<_> = crate::model::text_walk::texts(plan)
        .into_iter()
        .filter(|(place, text)| {
            place.area() != Area::Legal
                && !place.area().is_review()
                && place.leaf() != Some(Leaf::Field("reference"))
                && text.contains(old)
        })
        .map(|(place, _)| place)
        .collect();
    let values = Values::of(plan);
    let items: Vec<ReviewItem> = places
        .iter()
        .filter_map(|place| {
            let message = format!(
                "Còn ghi tên cũ \"{old}\": sửa thành tên mới, hoặc giữ nếu đó là cơ quan ban hành một văn bản được trích dẫn"
            );
            ReviewItem::new(plan, &values, ReviewKind::Agency, place, message)
        })
        .collect();
    let n = items.len();
    plan.to_review.extend(items);
    n
}
