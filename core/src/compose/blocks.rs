//! The body's blocks (and an appendix's content) in print order, with the
//! labels parts and sections print, each block with its place.

use super::{Block, Composer};
use crate::model::Block as ModelBlock;
use crate::model::outline::Counters;
use crate::model::place::{Leaf, Place, Tree};
use crate::model::{Rich, TextKind};

/// Makes the place of a block from its positions in the tree.
pub type PlaceOf<'p> = &'p dyn Fn(Tree, Leaf) -> Place;

impl Composer<'_> {
    /// Composes `blocks` from the top level; `place` names where they sit.
    pub fn blocks(&self, blocks: &[ModelBlock], place: PlaceOf<'_>, out: &mut Vec<Block>) {
        self.level(blocks, 0, None, &mut Vec::new(), place, out);
    }

    /// Numbering restarts in each list of siblings.
    fn level(
        &self,
        blocks: &[ModelBlock],
        depth: usize,
        parent: Option<&str>,
        tree: &mut Tree,
        place: PlaceOf<'_>,
        out: &mut Vec<Block>,
    ) {
        let mut counters = Counters::default();
        for (i, b) in blocks.iter().enumerate() {
            tree.push(i);
            let at = place(tree.clone(), Leaf::Whole);
            match b {
                ModelBlock::Part(p) => {
                    out.push(Block::Part {
                        label: counters.part(),
                        title: self.text(p.title.as_str()),
                        place: at,
                    });
                    self.level(&p.blocks, 0, None, tree, place, out);
                }
                ModelBlock::Section(sec) => {
                    let l = counters.section(sec.numbering, depth, parent);
                    let some =
                        |r: &crate::model::Rich| (!r.is_blank()).then(|| self.text(r.as_str()));
                    out.push(Block::Section {
                        label: l.label.clone(),
                        numbering: l.style,
                        title: some(&sec.title),
                        text: some(&sec.text),
                        has_content: !sec.blocks.is_empty(),
                        place: at,
                    });
                    let own = l.own.as_deref().or(parent);
                    self.level(&sec.blocks, depth + 1, own, tree, place, out);
                }
                ModelBlock::Paragraph(r) => self.running(TextKind::Paragraph, r, at, out),
                ModelBlock::Bullet(r) => self.running(TextKind::Bullet, r, at, out),
                ModelBlock::SubBullet(r) => self.running(TextKind::SubBullet, r, at, out),
                // Not written yet: last year's text is only a reference.
                ModelBlock::Rewrite(r) if r.text.is_blank() => {}
                ModelBlock::Rewrite(r) => self.running(r.kind, &r.text, at, out),
                ModelBlock::Targets(list) => self.target_list(list.group, out),
                ModelBlock::Table(t) => self.table_block(t, at, out),
            }
            tree.pop();
        }
    }

    /// A paragraph or a bullet.
    fn running(&self, kind: TextKind, r: &Rich, place: Place, out: &mut Vec<Block>) {
        let text = self.text(r.as_str());
        out.push(match kind {
            TextKind::Paragraph => Block::Paragraph { text, place },
            TextKind::Bullet => Block::Bullet {
                level: 1,
                text,
                place,
            },
            TextKind::SubBullet => Block::Bullet {
                level: 2,
                text,
                place,
            },
        });
    }

    /// A group's targets as bullets: "- name: target".
    fn target_list(&self, group: crate::model::Id, out: &mut Vec<Block>) {
        use crate::model::Period;
        for (gi, g) in self.plan.targets.iter().enumerate() {
            if g.id != group {
                continue;
            }
            for (ti, t) in g.targets.iter().enumerate() {
                let line = if t.target.trim().is_empty() {
                    t.name.as_str().to_string()
                } else {
                    format!("{}: {}", t.name.as_str(), t.target)
                };
                out.push(Block::Bullet {
                    level: 1,
                    text: self.text(&line),
                    place: Place::Target(Period::Plan, gi, ti, Leaf::Whole),
                });
            }
        }
    }
}
