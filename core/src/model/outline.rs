//! The computed labels of parts and sections ("Phần I", "I.", "1.", "1.1.",
//! "a)"). Layout prints them and the editor shows them in its tree, so both
//! call this one place and can never disagree.

use super::body::{Block, Numbering};
use super::ids::Id;
use super::numbering::{roman, vn_letter};
use std::collections::HashMap;

/// The label a section prints and the number its Decimal children extend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionLabel {
    /// The resolved style (never Auto).
    pub style: Numbering,
    /// "I.", "1.", "1.1.", "a)", or empty when unnumbered.
    pub label: String,
    /// "1" for "1.", "1.2" for "1.2.": what Decimal children append to.
    pub own: Option<String>,
}

/// Numbering restarts in each list of siblings; one counter per style, so a
/// Letter section among Arabic ones does not disturb their sequence.
#[derive(Clone, Debug, Default)]
pub struct Counters([usize; 6]);

impl Counters {
    /// The next part's label: "Phần I", "Phần II".
    pub fn part(&mut self) -> String {
        self.0[0] += 1;
        format!("Phần {}", roman(self.0[0]))
    }

    /// The next section's label at `depth` (0 = directly in a part or the
    /// body) under a parent numbered `parent` ("1", "1.2").
    pub fn section(
        &mut self,
        numbering: Numbering,
        depth: usize,
        parent: Option<&str>,
    ) -> SectionLabel {
        let style = numbering.resolve(depth);
        let k = style as usize;
        self.0[k] += 1;
        let (label, own) = section_label(style, self.0[k], parent);
        SectionLabel { style, label, own }
    }
}

/// The printed label of the `n`th section of a style under `parent`.
pub fn section_label(style: Numbering, n: usize, parent: Option<&str>) -> (String, Option<String>) {
    match style {
        Numbering::Roman => (format!("{}.", roman(n)), None),
        Numbering::Arabic => (format!("{n}."), Some(n.to_string())),
        Numbering::Decimal => {
            let own = match parent {
                Some(p) => format!("{p}.{n}"),
                None => n.to_string(),
            };
            (format!("{own}."), Some(own))
        }
        Numbering::Letter => (format!("{})", vn_letter(n)), None),
        Numbering::Unnumbered | Numbering::Auto => (String::new(), None),
    }
}

/// The label of every part and section in `blocks`, by id, numbered as
/// layout numbers them.
pub fn labels(blocks: &[Block]) -> HashMap<Id, String> {
    let mut out = HashMap::new();
    walk(blocks, 0, None, &mut out);
    out
}

fn walk(blocks: &[Block], depth: usize, parent: Option<&str>, out: &mut HashMap<Id, String>) {
    let mut counters = Counters::default();
    for b in blocks {
        match b {
            Block::Part(p) => {
                out.insert(p.id, counters.part());
                walk(&p.blocks, 0, None, out);
            }
            Block::Section(s) => {
                let l = counters.section(s.numbering, depth, parent);
                out.insert(s.id, l.label);
                walk(&s.blocks, depth + 1, l.own.as_deref().or(parent), out);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Part, Section};

    fn sec(id: u32, blocks: Vec<Block>) -> Block {
        Block::Section(Section {
            id: Id(id),
            blocks,
            ..Default::default()
        })
    }

    #[test]
    fn labels_follow_depth_and_restart_per_list() {
        let body = vec![
            Block::Part(Part {
                id: Id(1),
                blocks: vec![
                    sec(2, vec![]),
                    sec(3, vec![sec(4, vec![sec(5, vec![sec(6, vec![])])])]),
                ],
                ..Default::default()
            }),
            Block::Part(Part {
                id: Id(7),
                blocks: vec![sec(8, vec![])],
                ..Default::default()
            }),
        ];
        let l = labels(&body);
        let get = |i: u32| l[&Id(i)].as_str();
        assert_eq!(get(1), "Phần I");
        assert_eq!(get(2), "I.");
        assert_eq!(get(3), "II.");
        assert_eq!(get(4), "1.");
        assert_eq!(get(5), "1.1.");
        assert_eq!(get(6), "a)");
        assert_eq!(get(7), "Phần II");
        assert_eq!(get(8), "I.");
    }
}
