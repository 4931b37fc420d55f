//! Agencies named in running text. Written literally ("Giao Sở Thông tin và
//! Truyền thông là cơ quan đầu mối …"), a name stays behind when the agency
//! is renamed or merged; written as a field (`{cq:KHÓA}` for the full name,
//! `{cq:KHÓA:tắt}` for the short one) it prints the directory's name of the
//! day. These find the literal mentions and turn them into fields.
//!
//! A name that is the issuer of a document cited by number ("Công văn số
//! 1243/STTTT-CĐS ngày 21/9/2023 của Sở Thông tin và Truyền thông") names
//! that document's author as it was: it is never linked, nor are the legal
//! bases, the year under review (its tables and the evaluation part of the
//! body: the agency of that year did what it says), or last year's text
//! kept for reference.

use super::agency::Agency;
use super::body::evaluation_parts;
use super::place::{Area, Leaf, Place};
use super::plan::Plan;
use super::text_walk::{for_each_text_mut, texts};

/// The field that prints an agency's name: full, or short.
pub fn field(key: &str, short: bool) -> String {
    if short {
        format!("{{cq:{key}:tắt}}")
    } else {
        format!("{{cq:{key}}}")
    }
}

/// The name a `cq:` field's argument prints, from the directory.
pub fn resolve(plan: &Plan, arg: &str) -> Option<String> {
    let (key, form) = match arg.split_once(':') {
        Some((k, f)) => (k.trim(), Some(f.trim())),
        None => (arg.trim(), None),
    };
    let a = plan.agencies.iter().find(|a| a.key == key)?;
    Some(match form {
        Some("tắt") if !a.short.is_empty() => a.short.clone(),
        Some("tắt") | None => a.name.clone(),
        Some(_) => return None,
    })
}

/// Whether mentions in the text at `place` may be linked; `past` are the
/// body's evaluation parts.
fn linkable(place: &Place, past: &[usize]) -> bool {
    let area = place.area();
    let evaluation =
        matches!(place, Place::Body(tree, _) if tree.first().is_some_and(|i| past.contains(i)));
    area != Area::Legal
        && area != Area::Agencies
        && !area.is_review()
        && !evaluation
        && place.leaf() != Some(Leaf::Field("reference"))
}

/// A literal mention: where, which agency, and whether it is the short name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub place: Place,
    pub key: String,
    pub name: String,
    pub short: bool,
}

/// The names to look for, longest first (so "Sở Thông tin và Truyền thông
/// tỉnh" is not taken for a shorter name it contains).
fn names(plan: &Plan) -> Vec<(&Agency, &str, bool)> {
    let mut out: Vec<(&Agency, &str, bool)> = Vec::new();
    for a in &plan.agencies {
        // Too short a name ("Sở", "UBND") would match inside other words.
        if a.name.chars().count() >= 8 {
            out.push((a, a.name.as_str(), false));
        }
        if a.short.chars().count() >= 6 && a.short != a.name {
            out.push((a, a.short.as_str(), true));
        }
    }
    out.sort_by_key(|(_, n, _)| std::cmp::Reverse(n.len()));
    out
}

/// Where `name` occurs in `text` as a whole name, outside fields, not as
/// the issuer of a cited document: byte ranges.
fn occurrences(text: &str, name: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text.get(from..).and_then(|t| t.find(name)) {
        let start = from + k;
        let end = start + name.len();
        from = end;
        let before = &text[..start];
        let after = &text[end..];
        let whole = !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !after.chars().next().is_some_and(char::is_alphanumeric);
        let in_field = before.rfind('{') > before.rfind('}');
        if whole && !in_field && !cites(before) {
            out.push(start..end);
        }
    }
    out
}

/// Whether the text just before a name makes it the issuer of a document
/// cited by number: "… số 1243/STTTT-CĐS ngày 21/9/2023 của ".
fn cites(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(90)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let t = tail.trim_end();
    if !(t.ends_with(" của") || t.ends_with(" do")) {
        return false;
    }
    // The last sentence's citation: a number, a slash, a symbol in capitals.
    let last = t.rsplit(['.', ';']).next().unwrap_or(t);
    last.split_whitespace()
        .any(super::format::is_document_number)
}

/// Every literal mention that could be linked.
pub fn literal(plan: &Plan) -> Vec<Mention> {
    let names = names(plan);
    let past = evaluation_parts(&plan.body, plan.year);
    let mut out = Vec::new();
    for (place, text) in texts(plan) {
        if !linkable(&place, &past) {
            continue;
        }
        for (a, name, short) in &names {
            if !occurrences(&text, name).is_empty() {
                out.push(Mention {
                    place: place.clone(),
                    key: a.key.clone(),
                    name: name.to_string(),
                    short: *short,
                });
            }
        }
    }
    out
}

/// Turns every linkable literal mention into its field; returns how many.
pub fn link_all(plan: &mut Plan) -> usize {
    let names: Vec<(String, String, bool)> = names(plan)
        .into_iter()
        .map(|(a, n, s)| (a.key.clone(), n.to_string(), s))
        .collect();
    let past = evaluation_parts(&plan.body, plan.year);
    let mut linked = 0;
    for_each_text_mut(plan, &mut |place, text| {
        if !linkable(place, &past) {
            return;
        }
        for (key, name, short) in &names {
            let found = occurrences(text, name);
            if found.is_empty() {
                continue;
            }
            let f = field(key, *short);
            let mut out = String::with_capacity(text.len());
            let mut last = 0;
            for r in &found {
                out.push_str(&text[last..r.start]);
                out.push_str(&f);
                last = r.end;
            }
            out.push_str(&text[last..]);
            linked += found.len();
            *text = out;
        }
    });
    linked
}

/// Points every field of agency `from` at agency `into` (a merge).
pub fn retarget(plan: &mut Plan, from: &str, into: &str) {
    let (full, short) = (field(from, false), field(from, true));
    let (to_full, to_short) = (field(into, false), field(into, true));
    for_each_text_mut(plan, &mut |_, text| {
        if text.contains(&full) || text.contains(&short) {
            *text = text.replace(&full, &to_full).replace(&short, &to_short);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Rich};

    fn plan() -> Plan {
        let mut p = Plan::new(2025);
        p.agencies = vec![
            Agency {
                key: "so-tttt".into(),
                name: "Sở Thông tin và Truyền thông".into(),
                short: "Sở TT&TT".into(),
            },
            Agency {
                key: "so-khcn".into(),
                name: "Sở Khoa học và Công nghệ".into(),
                short: String::new(),
            },
        ];
        p.body = vec![
            Block::Paragraph(Rich::new(
                "Giao Sở Thông tin và Truyền thông là cơ quan đầu mối; Sở TT&TT báo cáo.",
            )),
            Block::Paragraph(Rich::new(
                "Theo Công văn số 1243/STTTT-CĐS ngày 21/9/2023 của Sở Thông tin và Truyền thông.",
            )),
        ];
        p
    }

    #[test]
    fn literal_names_become_fields_but_cited_issuers_stay() {
        let mut p = plan();
        assert_eq!(literal(&p).len(), 2, "{:?}", literal(&p));
        assert_eq!(link_all(&mut p), 2);
        let Block::Paragraph(first) = &p.body[0] else {
            panic!()
        };
        assert_eq!(
            first.as_str(),
            "Giao {cq:so-tttt} là cơ quan đầu mối; {cq:so-tttt:tắt} báo cáo."
        );
        let Block::Paragraph(cited) = &p.body[1] else {
            panic!()
        };
        assert!(
            cited
                .as_str()
                .ends_with("của Sở Thông tin và Truyền thông.")
        );
        assert!(literal(&p).is_empty());
        // Printed from the directory: a rename follows.
        p.agencies[0].name = "Sở Khoa học và Công nghệ (mới)".into();
        assert_eq!(
            crate::model::fields::plain(&p, first),
            "Giao Sở Khoa học và Công nghệ (mới) là cơ quan đầu mối; Sở TT&TT báo cáo."
        );
        // A merge points the fields at the other agency.
        retarget(&mut p, "so-tttt", "so-khcn");
        let Block::Paragraph(first) = &p.body[0] else {
            panic!()
        };
        assert_eq!(
            crate::model::fields::plain(&p, first),
            "Giao Sở Khoa học và Công nghệ là cơ quan đầu mối; Sở Khoa học và Công nghệ báo cáo."
        );
    }
}
