//! How deep the plan's trees go: sections inside sections, tasks inside
//! tasks. Every walk over them recurses, and the file loader stops at a
//! fixed depth, so a plan deeper than [`MAX_DEPTH`] is an error (validate)
//! and is not saved (io). Measured without recursion, so a plan built
//! arbitrarily deep is still measured, not overflowed.

use super::body::Block;
use super::place::{Leaf, Place};
use super::plan::Plan;
use super::tasks::Task;

/// Levels of sections (parts, sections, subsections ..., the paragraph at
/// the bottom included) and of tasks with their subtasks. Printed plans use
/// four or five. Loading reads back 15 levels of sections in an appendix and
/// 22 of tasks (tests/saving.rs holds every save to opening again).
pub const MAX_DEPTH: usize = 12;

/// Which tree is too deep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tree {
    Blocks,
    Tasks,
}

impl Tree {
    /// What the user calls it, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Tree::Blocks => "các phần, mục",
            Tree::Tasks => "các nhiệm vụ",
        }
    }
}

/// The first place deeper than [`MAX_DEPTH`]: its tree, depth and place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooDeep {
    pub tree: Tree,
    pub depth: usize,
    pub place: Place,
}

/// Every place of the plan where a tree goes deeper than [`MAX_DEPTH`] (one
/// per top-level list, the first found in it).
pub fn too_deep(plan: &Plan) -> Vec<TooDeep> {
    let mut out = Vec::new();
    let mut blocks = |list: &[Block], place: &dyn Fn(Vec<usize>) -> Place| {
        if let Some((depth, at)) = deepest(list, |b: &Block| b.children()) {
            out.push(TooDeep {
                tree: Tree::Blocks,
                depth,
                place: place(at),
            });
        }
    };
    blocks(&plan.body, &|t| Place::Body(t, Leaf::Whole));
    for (i, a) in plan.appendices.iter().enumerate() {
        blocks(&a.blocks, &|t| Place::AppendixBlock(i, t, Leaf::Whole));
    }
    for (i, g) in plan.tasks.iter().enumerate() {
        if let Some((depth, at)) = deepest(&g.tasks, |t: &Task| &t.subtasks) {
            out.push(TooDeep {
                tree: Tree::Tasks,
                depth,
                place: Place::Task(i, at, Leaf::Whole),
            });
        }
    }
    out
}

/// The first node below [`MAX_DEPTH`] in a tree, with the tree's full depth
/// and the node's positions from the root; an explicit stack instead of
/// recursion, and each node's position kept once (parent link and index) so
/// a pathological depth stays linear.
fn deepest<T>(roots: &[T], children: impl Fn(&T) -> &[T]) -> Option<(usize, Vec<usize>)> {
    // (parent's slot, index among its siblings), one per visited node.
    let mut slots: Vec<(Option<usize>, usize)> = Vec::new();
    let mut stack: Vec<(&T, usize, Option<usize>, usize)> = roots
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n, 1, None, i))
        .collect();
    let mut first: Option<usize> = None;
    let mut max = 0;
    while let Some((node, depth, parent, index)) = stack.pop() {
        let slot = slots.len();
        slots.push((parent, index));
        max = max.max(depth);
        if depth > MAX_DEPTH && first.is_none() {
            first = Some(slot);
        }
        for (i, c) in children(node).iter().enumerate().rev() {
            stack.push((c, depth + 1, Some(slot), i));
        }
    }
    let mut at = Vec::new();
    let mut cursor = first;
    while let Some(slot) = cursor {
        let (parent, index) = slots.get(slot).copied()?;
        at.push(index);
        cursor = parent;
    }
    at.reverse();
    first.map(|_| (max, at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Section, TaskGroup};

    fn nested_sections(depth: usize) -> Block {
        let mut b = Block::Paragraph("đáy".into());
        for _ in 0..depth {
            b = Block::Section(Section {
                blocks: vec![b],
                ..Default::default()
            });
        }
        b
    }

    #[test]
    fn depth_beyond_the_limit_is_found_with_its_path() {
        let mut p = Plan::new(2025);
        p.body.push(nested_sections(MAX_DEPTH - 1));
        assert!(too_deep(&p).is_empty(), "{:?}", too_deep(&p));
        p.body.push(nested_sections(MAX_DEPTH + 3));
        let found = too_deep(&p);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].tree, Tree::Blocks);
        assert_eq!(
            found[0].depth,
            MAX_DEPTH + 4,
            "the paragraph at the bottom counts"
        );
        // The first block below the limit, under the second top-level block.
        let Place::Body(tree, _) = &found[0].place else {
            panic!("a body place, not {}", found[0].place)
        };
        assert_eq!(tree.len(), MAX_DEPTH + 1);
        assert!(tree.starts_with(&[1, 0]) && tree.iter().skip(1).all(|&i| i == 0));

        let mut task = Task::default();
        for _ in 0..MAX_DEPTH {
            task = Task {
                subtasks: vec![task],
                ..Default::default()
            };
        }
        p.tasks.push(TaskGroup {
            tasks: vec![task],
            ..Default::default()
        });
        let found = too_deep(&p);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].tree, Tree::Tasks);
        assert_eq!(found[1].depth, MAX_DEPTH + 1);
        let Place::Task(0, tree, _) = &found[1].place else {
            panic!("a task of the first group, not {}", found[1].place)
        };
        assert_eq!(tree.len(), MAX_DEPTH + 1);
    }
}
