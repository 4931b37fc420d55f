//! Finding parts of a plan by their stable id. The editor's commands address
//! rows by id, not by index, so an undo after a reorder edits the right row.

use super::appendix::Appendix;
use super::appendix::LegalGroup;
use super::body::Block;
use super::ids::Id;
use super::plan::Plan;
use super::table::{FreeRow, FreeTable, Table};
use super::targets::{Target, TargetGroup};
use super::tasks::{Task, TaskGroup};

/// The owner of a list of tasks: a group (its top-level tasks) or a task (its
/// subtasks). Commands that insert, remove or move nested tasks find their list
/// through it, by id, so they still hit the right list after other edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskParent {
    Group(Id),
    Task(Id),
}

impl Plan {
    pub fn target_group_mut(&mut self, id: Id) -> Option<&mut TargetGroup> {
        self.targets.iter_mut().find(|g| g.id == id)
    }

    /// Index of a target group and of a target within it.
    pub fn target_position(&self, id: Id) -> Option<(usize, usize)> {
        self.targets
            .iter()
            .enumerate()
            .find_map(|(gi, g)| g.targets.iter().position(|t| t.id == id).map(|ti| (gi, ti)))
    }

    pub fn target_mut(&mut self, id: Id) -> Option<&mut Target> {
        self.targets
            .iter_mut()
            .flat_map(|g| g.targets.iter_mut())
            .find(|t| t.id == id)
    }

    pub fn task_group_mut(&mut self, id: Id) -> Option<&mut TaskGroup> {
        self.tasks.iter_mut().find(|g| g.id == id)
    }

    pub fn task_mut(&mut self, id: Id) -> Option<&mut Task> {
        fn find(tasks: &mut [Task], id: Id) -> Option<&mut Task> {
            for t in tasks {
                if t.id == id {
                    return Some(t);
                }
                if let Some(found) = find(&mut t.subtasks, id) {
                    return Some(found);
                }
            }
            None
        }
        self.tasks.iter_mut().find_map(|g| find(&mut g.tasks, id))
    }

    pub fn appendix_mut(&mut self, id: Id) -> Option<&mut Appendix> {
        self.appendices.iter_mut().find(|a| a.id == id)
    }

    pub fn appendix_position(&self, id: Id) -> Option<usize> {
        self.appendices.iter().position(|a| a.id == id)
    }

    /// The table of block `block` in the appendix `id` (None if that block is not a table).
    pub fn appendix_table_mut(&mut self, id: Id, block: usize) -> Option<&mut Table> {
        match self.appendix_mut(id)?.blocks.get_mut(block)? {
            Block::Table(t) => Some(t),
            _ => None,
        }
    }

    pub fn appendix_free_table_mut(&mut self, id: Id, block: usize) -> Option<&mut FreeTable> {
        match self.appendix_table_mut(id, block)? {
            Table::Free(t) => Some(t),
            _ => None,
        }
    }

    /// A free table's row by its stable id.
    pub fn appendix_free_row_mut(&mut self, id: Id, block: usize, row: Id) -> Option<&mut FreeRow> {
        self.appendix_free_table_mut(id, block)?
            .rows
            .iter_mut()
            .find(|r| r.id == row)
    }

    pub fn legal_group_mut(&mut self, id: Id) -> Option<&mut LegalGroup> {
        self.legal_bases.iter_mut().find(|g| g.id == id)
    }

    /// The blocks directly inside the body part or section `parent`; None is
    /// the body's top level. Paragraphs have no id, so the editor addresses
    /// them as (parent, index) through this.
    pub fn body_children_mut(&mut self, parent: Option<Id>) -> Option<&mut Vec<Block>> {
        match parent {
            None => Some(&mut self.body),
            Some(id) => self.body_block_mut(id)?.children_mut(),
        }
    }

    /// The part or section `id` anywhere in the body.
    pub fn body_block_mut(&mut self, id: Id) -> Option<&mut Block> {
        fn find(blocks: &mut [Block], id: Id) -> Option<&mut Block> {
            for b in blocks {
                if b.id() == Some(id) {
                    return Some(b);
                }
                if let Some(children) = b.children_mut()
                    && let Some(found) = find(children, id)
                {
                    return Some(found);
                }
            }
            None
        }
        find(&mut self.body, id)
    }

    /// The list of blocks that holds the part or section `id`.
    pub fn body_list_of_mut(&mut self, id: Id) -> Option<&mut Vec<Block>> {
        fn find(blocks: &mut Vec<Block>, id: Id) -> Option<&mut Vec<Block>> {
            if blocks.iter().any(|b| b.id() == Some(id)) {
                return Some(blocks);
            }
            for b in blocks.iter_mut() {
                if let Some(children) = b.children_mut()
                    && let Some(found) = find(children, id)
                {
                    return Some(found);
                }
            }
            None
        }
        find(&mut self.body, id)
    }

    /// Where the part or section `id` sits in the body: its parent (None at
    /// the top level) and its index among the parent's blocks.
    pub fn body_position(&self, id: Id) -> Option<(Option<Id>, usize)> {
        fn find(blocks: &[Block], parent: Option<Id>, id: Id) -> Option<(Option<Id>, usize)> {
            if let Some(i) = blocks.iter().position(|b| b.id() == Some(id)) {
                return Some((parent, i));
            }
            blocks.iter().find_map(|b| find(b.children(), b.id(), id))
        }
        find(&self.body, None, id)
    }

    /// The list of tasks owned by `parent`.
    pub fn task_list_mut(&mut self, parent: TaskParent) -> Option<&mut Vec<Task>> {
        match parent {
            TaskParent::Group(g) => self.task_group_mut(g).map(|g| &mut g.tasks),
            TaskParent::Task(t) => self.task_mut(t).map(|t| &mut t.subtasks),
        }
    }

    /// Which list holds the task `id`, and at what index.
    pub fn task_position(&self, id: Id) -> Option<(TaskParent, usize)> {
        fn find(tasks: &[Task], owner: TaskParent, id: Id) -> Option<(TaskParent, usize)> {
            if let Some(i) = tasks.iter().position(|t| t.id == id) {
                return Some((owner, i));
            }
            tasks
                .iter()
                .find_map(|t| find(&t.subtasks, TaskParent::Task(t.id), id))
        }
        self.tasks
            .iter()
            .find_map(|g| find(&g.tasks, TaskParent::Group(g.id), id))
    }
}

impl Block {
    /// The stable id of a part or section (what the section tree and the
    /// body's lookups address); other blocks have none.
    pub fn id(&self) -> Option<Id> {
        match self {
            Block::Part(p) => Some(p.id),
            Block::Section(s) => Some(s.id),
            _ => None,
        }
    }

    /// Any stable id the block has: a part's, a section's, or a text to
    /// rewrite's (which the review list and go-to address).
    pub fn any_id(&self) -> Option<Id> {
        match self {
            Block::Rewrite(r) => Some(r.id),
            _ => self.id(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rich, Section};

    #[test]
    fn body_blocks_are_found_by_id_at_any_depth() {
        let mut p = Plan::new(2025);
        p.body = vec![Block::Section(Section {
            id: Id(1),
            blocks: vec![
                Block::Paragraph(Rich::new("a")),
                Block::Section(Section {
                    id: Id(2),
                    ..Default::default()
                }),
            ],
            ..Default::default()
        })];
        assert_eq!(p.body_position(Id(2)), Some((Some(Id(1)), 1)));
        assert_eq!(p.body_position(Id(1)), Some((None, 0)));
        assert_eq!(p.body_list_of_mut(Id(2)).map(|v| v.len()), Some(2));
        assert!(p.body_block_mut(Id(2)).is_some());
        assert_eq!(p.body_children_mut(Some(Id(1))).map(|v| v.len()), Some(2));
        assert!(p.body_children_mut(Some(Id(9))).is_none());
        assert_eq!(p.body_children_mut(None).map(|v| v.len()), Some(1));
    }

    fn task(id: u32, subtasks: Vec<Task>) -> Task {
        Task {
            id: Id(id),
            subtasks,
            ..Default::default()
        }
    }

    #[test]
    fn nested_tasks_are_found_with_their_list() {
        let mut p = Plan::new(2025);
        p.tasks.push(TaskGroup {
            id: Id(1),
            tasks: vec![task(
                2,
                vec![task(3, vec![]), task(4, vec![task(5, vec![])])],
            )],
            ..Default::default()
        });
        assert_eq!(p.task_position(Id(2)), Some((TaskParent::Group(Id(1)), 0)));
        assert_eq!(p.task_position(Id(4)), Some((TaskParent::Task(Id(2)), 1)));
        assert_eq!(p.task_position(Id(5)), Some((TaskParent::Task(Id(4)), 0)));
        assert_eq!(p.task_position(Id(9)), None);
        let l = p.task_list_mut(TaskParent::Task(Id(4))).map(|l| l.len());
        assert_eq!(l, Some(1));
        assert!(p.task_list_mut(TaskParent::Group(Id(2))).is_none());
    }
}
