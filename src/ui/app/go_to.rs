//! Go to a place: opens the view that edits it and brings its row into view.
//! Find, the problems list, the roll-over review and the export errors all
//! come here with a `Place`; the match is exhaustive over its areas, so a new
//! kind of place cannot be left without a view.

use super::{App, View};
use crate::model::place::{Area, Place};
use crate::model::{Block, Id, Period, Task};
use crate::ui::views;

impl App {
    /// Opens the targets of `period` showing only the rows still missing a
    /// value (Cần xem lại: "Nhập kết quả năm 2024 cho 44 chỉ tiêu").
    pub fn go_to_missing(&mut self, period: Period) {
        self.go_to(&Place::List(crate::model::ListOf::Targets(period)));
        self.targets.missing_only = true;
    }

    /// Opens the view that edits the text at `place` and brings its row into view.
    pub fn go_to(&mut self, place: &Place) {
        let Some(doc) = self.doc.as_mut() else { return };
        // The preview marks where it prints until the officer edits elsewhere.
        doc.focus_on(place.clone());
        let plan = &doc.plan;
        let source = |p: Period| match p {
            Period::Plan => views::targets::Source::Plan,
            Period::Previous => views::targets::Source::Review,
        };
        match place.area() {
            Area::General => self.view = View::General,
            Area::Legal => self.view = View::Legal,
            Area::Closing => self.view = View::Closing,
            Area::Filed(crate::model::DocKind::Decision) => self.view = View::Decision,
            Area::Filed(crate::model::DocKind::Submission) => self.view = View::Submission,
            Area::Filed(crate::model::DocKind::Plan) => self.view = View::General,
            Area::Targets(period) => {
                self.view = View::Targets;
                self.targets.source = source(period);
                if let Place::Target(_, g, t, _) = place {
                    let groups = match period {
                        Period::Plan => &plan.targets,
                        Period::Previous => &plan.review.targets,
                    };
                    self.targets.scroll_to =
                        groups.get(*g).and_then(|g| g.targets.get(*t)).map(|t| t.id);
                }
            }
            Area::Tasks => {
                self.view = View::Tasks;
                if let Place::Task(g, tree, _) = place {
                    self.tasks.scroll_to = plan.tasks.get(*g).and_then(|g| task_at(&g.tasks, tree));
                }
            }
            Area::Investment(period) | Area::Recurrent(period) => {
                use views::budget::Section;
                self.view = View::Budget;
                self.budget.source = source(period);
                let b = match period {
                    Period::Plan => &plan.budget,
                    Period::Previous => &plan.review.budget,
                };
                match place {
                    Place::Recurrent(_, i, _) => {
                        self.budget.section = Section::Recurrent;
                        self.budget.scroll_to = b.recurrent.get(*i).map(|x| x.id);
                    }
                    Place::Project(_, i, _) => {
                        self.budget.section = Section::Investment;
                        self.budget.scroll_to = b.investment.get(*i).map(|x| x.id);
                    }
                    _ => self.budget.section = Section::Investment,
                }
            }
            Area::Body => {
                self.view = View::Body;
                if let Place::Body(tree, _) = place {
                    self.body.selected = section_at(&plan.body, tree);
                }
            }
            Area::Appendices => {
                self.view = View::Appendices;
                if let Place::Appendix(a, _) | Place::AppendixBlock(a, ..) = place {
                    self.appendices.selected = plan.appendices.get(*a).map(|a| a.id);
                }
            }
            Area::Agencies => {
                self.view = View::Agencies;
                if let Place::Agency(i, _) = place {
                    self.agencies.scroll_to = plan.agencies.get(*i).map(|a| a.key.clone());
                }
            }
        }
    }
}

/// The task at positions `tree` (task, subtask, ...) of a group's tasks.
fn task_at(tasks: &[Task], tree: &[usize]) -> Option<Id> {
    let mut list = tasks;
    let mut found = None;
    for &i in tree {
        let t = list.get(i)?;
        found = Some(t.id);
        list = &t.subtasks;
    }
    found
}

/// The innermost part or section on the way down to a body block.
fn section_at(blocks: &[Block], tree: &[usize]) -> Option<Id> {
    let mut list = blocks;
    let mut found = None;
    for &i in tree {
        let b = list.get(i)?;
        match b {
            Block::Part(p) => found = Some(p.id),
            Block::Section(s) => found = Some(s.id),
            _ => return found,
        }
        list = b.children();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Plan;

    #[test]
    fn a_subtask_is_found_by_its_positions() {
        let sub = Task {
            id: Id(7),
            ..Default::default()
        };
        let top = Task {
            id: Id(3),
            subtasks: vec![Task::default(), sub],
            ..Default::default()
        };
        assert_eq!(task_at(std::slice::from_ref(&top), &[0, 1]), Some(Id(7)));
        assert_eq!(task_at(&[top], &[0, 5]), None);
    }

    #[test]
    fn plan_without_places_is_left_alone() {
        let p = Plan::new(2025);
        assert_eq!(section_at(&p.body, &[3, 1]), None);
    }
}
