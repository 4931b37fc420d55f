//! From a row's stable id to its place: the editor knows which row the
//! officer is in by id; the composed document and the pages know places.

use super::body::Block;
use super::ids::Id;
use super::place::{Leaf, Place, Tree};
use super::plan::Plan;
use super::table::Period;
use super::tasks::Task;

impl Plan {
    /// The place of the row, group, body block or appendix with this id.
    pub fn place_of(&self, id: Id) -> Option<Place> {
        for (period, groups, budget) in [
            (Period::Plan, &self.targets, &self.budget),
            (Period::Previous, &self.review.targets, &self.review.budget),
        ] {
            for (g, group) in groups.iter().enumerate() {
                if group.id == id {
                    return Some(Place::TargetGroup(period, g, Leaf::Whole));
                }
                if let Some(t) = group.targets.iter().position(|t| t.id == id) {
                    return Some(Place::Target(period, g, t, Leaf::Whole));
                }
            }
            if let Some(i) = budget.investment.iter().position(|x| x.id == id) {
                return Some(Place::Project(period, i, Leaf::Whole));
            }
            if let Some(i) = budget.recurrent.iter().position(|x| x.id == id) {
                return Some(Place::Recurrent(period, i, Leaf::Whole));
            }
        }
        for (g, group) in self.tasks.iter().enumerate() {
            if group.id == id {
                return Some(Place::TaskGroup(g, Leaf::Whole));
            }
            if let Some(tree) = task_tree(&group.tasks, id) {
                return Some(Place::Task(g, tree, Leaf::Whole));
            }
        }
        if let Some(tree) = block_tree(&self.body, id) {
            return Some(Place::Body(tree, Leaf::Whole));
        }
        for (a, appendix) in self.appendices.iter().enumerate() {
            if appendix.id == id {
                return Some(Place::Appendix(a, Leaf::Whole));
            }
            if let Some(tree) = block_tree(&appendix.blocks, id) {
                return Some(Place::AppendixBlock(a, tree, Leaf::Whole));
            }
        }
        None
    }
}

fn task_tree(tasks: &[Task], id: Id) -> Option<Tree> {
    for (i, t) in tasks.iter().enumerate() {
        if t.id == id {
            return Some(vec![i]);
        }
        if let Some(mut rest) = task_tree(&t.subtasks, id) {
            rest.insert(0, i);
            return Some(rest);
        }
    }
    None
}

fn block_tree(blocks: &[Block], id: Id) -> Option<Tree> {
    for (i, b) in blocks.iter().enumerate() {
        if b.any_id() == Some(id) {
            return Some(vec![i]);
        }
        if let Some(mut rest) = block_tree(b.children(), id) {
            rest.insert(0, i);
            return Some(rest);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::place::Place;

    #[test]
    fn every_row_of_a_sample_is_found_where_it_is() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../assets/samples/ke-hoach-cds-2024.ron");
        let plan = crate::io::load_path(&path).expect("the 2024 sample loads");
        let t = &plan.targets[1].targets[2];
        assert_eq!(
            plan.place_of(t.id),
            Some(Place::Target(Period::Plan, 1, 2, Leaf::Whole))
        );
        let sub = plan.tasks.iter().enumerate().find_map(|(g, group)| {
            group
                .tasks
                .iter()
                .enumerate()
                .find_map(|(i, t)| t.subtasks.first().map(|s| (g, i, s.id)))
        });
        if let Some((g, i, id)) = sub {
            assert_eq!(
                plan.place_of(id),
                Some(Place::Task(g, vec![i, 0], Leaf::Whole))
            );
        }
        let p = &plan.budget.investment[0];
        assert_eq!(
            plan.place_of(p.id),
            Some(Place::Project(Period::Plan, 0, Leaf::Whole))
        );
        assert_eq!(plan.place_of(Id(u32::MAX)), None);
    }
}
