//! Finding parts of a plan by their stable id. The editor's commands address
//! rows by id, not by index, so an undo after a reorder edits the right row.

use super::appendix::Appendix;
use super::body::Block;
use super::ids::Id;
use super::plan::Plan;
use super::table::{FreeRow, FreeTable, Table};
use super::targets::{Target, TargetGroup};
use super::tasks::{Task, TaskGroup};

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
}
