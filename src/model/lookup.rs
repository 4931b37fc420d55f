//! Finding parts of a plan by their stable id. The editor's commands address
//! rows by id, not by index, so an undo after a reorder edits the right row.

use super::ids::Id;
use super::plan::Plan;
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
}
