//! References to the body's parts and sections by stable id: `{mục:ID}`
//! prints the number the section has now ("mục VI", "khoản 2 mục III",
//! "điểm b khoản 2 mục III"), so a reference follows when sections are
//! inserted, moved or renumbered. A literal "mục VI" does not: `check`
//! names it (`literal_mentions`).

use super::body::Block;
use super::ids::Id;
use super::outline;
use super::plan::Plan;
use std::collections::HashMap;
use std::ops::Range;

/// How the place a label numbers is called, and its number: "VI." ->
/// ("mục", "VI"), "2." -> ("khoản", "2"), "b)" -> ("điểm", "b"), "Phần
/// II" -> ("phần", "II"); None for an unnumbered section.
fn kind_of(label: &str) -> Option<(&'static str, String)> {
    if let Some(n) = label.strip_prefix("Phần ") {
        return Some(("phần", n.to_string()));
    }
    let core = label.trim_end_matches(['.', ')']);
    if core.is_empty() {
        return None;
    }
    if label.ends_with(')') {
        return Some(("điểm", core.to_string()));
    }
    if core.chars().all(is_roman) {
        return Some(("mục", core.to_string()));
    }
    if core.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Some(("khoản", core.to_string()));
    }
    None
}

fn is_roman(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M')
}

/// The ids of the parts and sections from the top of `blocks` down to `id`.
fn path_to(blocks: &[Block], id: Id) -> Option<Vec<Id>> {
    for b in blocks {
        let own = match b {
            Block::Part(p) => p.id,
            Block::Section(s) => s.id,
            _ => continue,
        };
        if own == id {
            return Some(vec![own]);
        }
        if let Some(mut rest) = path_to(b.children(), id) {
            rest.insert(0, own);
            return Some(rest);
        }
    }
    None
}

/// "điểm b khoản 2 mục III": the section `id` and those above it up to its
/// "mục" (or part), as running text cites it; None if no such section.
pub fn reference(plan: &Plan, id: Id) -> Option<String> {
    reference_with(&plan.body, &outline::labels(&plan.body), id)
}

fn reference_with(body: &[Block], labels: &HashMap<Id, String>, id: Id) -> Option<String> {
    let path = path_to(body, id)?;
    let mut words = Vec::new();
    for id in path.iter().rev() {
        let Some((kind, number)) = labels.get(id).and_then(|l| kind_of(l)) else {
            continue;
        };
        words.push(format!("{kind} {number}"));
        if kind == "mục" || kind == "phần" {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Every numbered part and section with the reference it prints and its
/// title: what the field menu offers.
pub fn all(plan: &Plan) -> Vec<(Id, String, String)> {
    let labels = outline::labels(&plan.body);
    let mut out = Vec::new();
    collect(plan, &plan.body, &labels, &mut out);
    out
}

fn collect(
    plan: &Plan,
    blocks: &[Block],
    labels: &HashMap<Id, String>,
    out: &mut Vec<(Id, String, String)>,
) {
    for b in blocks {
        let (id, title) = match b {
            Block::Part(p) => (p.id, &p.title),
            Block::Section(s) => (s.id, &s.title),
            _ => continue,
        };
        if let Some(r) = reference_with(&plan.body, labels, id) {
            out.push((id, r, super::fields::plain(plan, title)));
        }
        collect(plan, b.children(), labels, out);
    }
}

/// The references of this plan's sections written out in `text`
/// ("khoản 1 mục IV"), longest first so a longer one is not also counted
/// as the shorter one it ends with; none in a sentence that cites another
/// document ("mục II Quyết định số 749/QĐ-TTg"). `refs` as from `all`.
pub fn literal_mentions(text: &str, refs: &[(Id, String, String)]) -> Vec<(Range<usize>, Id)> {
    let mut by_length: Vec<&(Id, String, String)> = refs.iter().collect();
    by_length.sort_by_key(|(_, r, _)| std::cmp::Reverse(r.len()));
    let mut found: Vec<(Range<usize>, Id)> = Vec::new();
    for (id, reference, _) in by_length {
        let mut from = 0;
        while let Some(at) = text[from..].find(reference.as_str()) {
            let range = from + at..from + at + reference.len();
            from = range.end;
            let before = text[..range.start].chars().next_back();
            let after = text[range.end..].chars().next();
            let word = before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric());
            let taken = found
                .iter()
                .any(|(r, _)| r.start < range.end && range.start < r.end);
            // "danh mục" is a list, not a section.
            let list = text[..range.start].to_lowercase().ends_with("danh ");
            if word && !taken && !list && !cites_other(text, range.end) {
                found.push((range, *id));
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// Whether the sentence going on after `from` cites another document by
/// its number ("… Quyết định số 749/QĐ-TTg").
fn cites_other(text: &str, from: usize) -> bool {
    let end = text[from..]
        .find(['.', ';', '\n'])
        .map_or(text.len(), |e| from + e);
    text[from..end].split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '-');
        super::format::is_document_number(w)
    })
}

/// Replaces every written-out reference to a section of the plan by its
/// field (`{mục:ID}`), outside the legal bases and last year's reference
/// texts; returns how many.
pub fn link_all(plan: &mut Plan) -> usize {
    let refs = all(plan);
    if refs.is_empty() {
        return 0;
    }
    let mut linked = 0;
    super::text_walk::for_each_text_mut(plan, &mut |place, text| {
        if !linkable(place) {
            return;
        }
        let found = literal_mentions(text, &refs);
        if found.is_empty() {
            return;
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (r, id) in &found {
            out.push_str(&text[last..r.start]);
            out.push_str(&format!("{{mục:{}}}", id.0));
            last = r.end;
        }
        out.push_str(&text[last..]);
        linked += found.len();
        *text = out;
    });
    linked
}

/// Every reference to a section of this plan written out in its text, with
/// its place and its words: what `check` warns of and Nội dung offers to link.
pub fn literal(plan: &Plan) -> Vec<(super::place::Place, String)> {
    let refs = all(plan);
    if refs.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (place, text) in super::text_walk::texts(plan) {
        if !linkable(&place) {
            continue;
        }
        for (range, _) in literal_mentions(&text, &refs) {
            out.push((place.clone(), text[range].to_string()));
        }
    }
    out
}

/// Whether a text at `place` may hold references to this plan's sections
/// (the legal bases and last year's reference texts cite other documents).
fn linkable(place: &super::place::Place) -> bool {
    place.area() != super::place::Area::Legal
        && place.leaf() != Some(super::place::Leaf::Field("reference"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Numbering, Part, Section};

    fn sec(id: u32, numbering: Numbering, blocks: Vec<Block>) -> Block {
        Block::Section(Section {
            id: Id(id),
            numbering,
            blocks,
            ..Default::default()
        })
    }

    #[test]
    fn a_reference_names_the_section_and_those_above_it() {
        let mut p = Plan::new(2026);
        p.body = vec![Block::Part(Part {
            id: Id(1),
            blocks: vec![
                sec(2, Numbering::Roman, vec![]),
                sec(
                    3,
                    Numbering::Roman,
                    vec![
                        sec(4, Numbering::Auto, vec![]),
                        sec(
                            5,
                            Numbering::Auto,
                            vec![
                                sec(6, Numbering::Letter, vec![]),
                                sec(7, Numbering::Letter, vec![]),
                            ],
                        ),
                    ],
                ),
            ],
            ..Default::default()
        })];
        assert_eq!(reference(&p, Id(3)).as_deref(), Some("mục II"));
        assert_eq!(reference(&p, Id(5)).as_deref(), Some("khoản 2 mục II"));
        assert_eq!(
            reference(&p, Id(7)).as_deref(),
            Some("điểm b khoản 2 mục II")
        );
        assert_eq!(reference(&p, Id(1)).as_deref(), Some("phần I"));
        assert_eq!(reference(&p, Id(99)), None);
    }

    #[test]
    fn written_references_are_found_longest_first_but_not_other_documents() {
        let refs = vec![
            (Id(6), "mục VI".to_string(), String::new()),
            (Id(2), "mục II".to_string(), String::new()),
            (Id(9), "khoản 1 mục II".to_string(), String::new()),
        ];
        let ids = |t: &str| -> Vec<Id> {
            literal_mentions(t, &refs)
                .into_iter()
                .map(|(_, id)| id)
                .collect()
        };
        assert_eq!(ids("Thành phần tại mục VI"), [Id(6)]);
        assert_eq!(
            ids("các nhiệm vụ tại khoản 1 mục II và mục VI."),
            [Id(9), Id(6)]
        );
        assert!(ids("theo mục II Quyết định số 749/QĐ-TTg").is_empty());
        assert!(ids("danh mục VI").is_empty());
        assert!(ids("tại mục VII").is_empty());
    }

    #[test]
    fn linking_writes_fields_that_print_the_same_words() {
        let mut p = Plan::new(2026);
        p.body = vec![
            sec(2, Numbering::Roman, vec![sec(3, Numbering::Auto, vec![])]),
            sec(4, Numbering::Roman, vec![]),
        ];
        p.recipients = vec!["Thành phần tại mục II".into(), "Lưu: VT".into()];
        p.body.push(Block::Paragraph(crate::model::Rich::new(
            "Thực hiện khoản 1 mục I.",
        )));
        assert_eq!(link_all(&mut p), 2);
        assert_eq!(p.recipients[0], "Thành phần tại {mục:4}");
        let Block::Paragraph(text) = &p.body[2] else {
            panic!()
        };
        assert_eq!(text.as_str(), "Thực hiện {mục:3}.");
        assert_eq!(
            crate::model::fields::plain(&p, text),
            "Thực hiện khoản 1 mục I."
        );
    }
}
