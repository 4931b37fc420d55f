//! How deep the plan's trees go: sections inside sections, tasks inside
//! tasks. Every walk over them recurses, and the file loader stops at a
//! fixed depth, so a plan deeper than [`MAX_DEPTH`] is an error (validate)
//! and is not saved (io). Measured without recursion, so a plan built
//! arbitrarily deep is still measured, not overflowed.

use super::body::Block;
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

/// The first place deeper than [`MAX_DEPTH`]: its tree, depth and path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooDeep {
    pub tree: Tree,
    pub depth: usize,
    pub path: String,
}

/// Every place of the plan where a tree goes deeper than [`MAX_DEPTH`] (one
/// per top-level list, the first found in it).
pub fn too_deep(plan: &Plan) -> Vec<TooDeep> {
    let mut out = Vec::new();
    let mut blocks = |path: String, list: &[Block]| {
        if let Some((depth, path)) = deepest(path, list, |b: &Block| b.children(), "blocks") {
            out.push(TooDeep {
                tree: Tree::Blocks,
                depth,
                path,
            });
        }
    };
    blocks("body".into(), &plan.body);
    for (i, a) in plan.appendices.iter().enumerate() {
        blocks(format!("appendices[{i}].blocks"), &a.blocks);
    }
    for (i, g) in plan.tasks.iter().enumerate() {
        let path = format!("tasks[{i}].tasks");
        if let Some((depth, path)) = deepest(path, &g.tasks, |t: &Task| &t.subtasks, "subtasks") {
            out.push(TooDeep {
                tree: Tree::Tasks,
                depth,
                path,
            });
        }
    }
    out
}

/// The first node below [`MAX_DEPTH`] in a tree, with the tree's full depth
/// and the node's path; an explicit stack instead of recursion.
fn deepest<T>(
    path: String,
    roots: &[T],
    children: impl Fn(&T) -> &[T],
    field: &str,
) -> Option<(usize, String)> {
    let mut stack: Vec<(&T, usize, String)> = roots
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n, 1, format!("{path}[{i}]")))
        .collect();
    let mut first: Option<String> = None;
    let mut max = 0;
    while let Some((node, depth, p)) = stack.pop() {
        max = max.max(depth);
        if depth > MAX_DEPTH && first.is_none() {
            first = Some(p.clone());
        }
        for (i, c) in children(node).iter().enumerate().rev() {
            stack.push((c, depth + 1, format!("{p}.{field}[{i}]")));
        }
    }
    first.map(|p| (max, p))
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
        assert!(
            found[0].path.starts_with("body[1].blocks[0]"),
            "{}",
            found[0].path
        );

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
        assert!(found[1].path.starts_with("tasks[0].tasks[0].subtasks[0]"));
    }
}
