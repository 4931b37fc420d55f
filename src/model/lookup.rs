//! Finding parts of a plan by their stable id. The editor's commands address
//! rows by id, not by index, so an undo after a reorder edits the right row.

use super::ids::Id;
use super::plan::Plan;
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

#[cfg(test)]
mod tests {
    use super::*;

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
