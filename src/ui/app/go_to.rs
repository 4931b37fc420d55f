//! Go to a place in the plan (from find, problems and the review list): the
//! view that edits it, scrolled to its row.

use super::{App, View};
use crate::model::Plan;
use crate::ui::views;

impl App {
    /// Opens the view that edits the text at `path` and brings its row into view.
    pub fn go_to(&mut self, path: &str) {
        let Some(doc) = self.doc.as_ref() else { return };
        let nums: Vec<usize> = path
            .split(['[', ']'])
            .filter_map(|p| p.parse().ok())
            .collect();
        let target_id = |groups: &[crate::model::TargetGroup]| {
            groups
                .get(nums.first().copied()?)?
                .targets
                .get(nums.get(1).copied()?)
                .map(|t| t.id)
        };
        if path.starts_with("meta") {
            self.view = View::General;
        } else if path.starts_with("review.targets") {
            self.view = View::Targets;
            self.targets.source = views::targets::Source::Review;
            self.targets.scroll_to = target_id(&doc.plan.review.targets);
        } else if path.starts_with("targets") {
            self.view = View::Targets;
            self.targets.source = views::targets::Source::Plan;
            self.targets.scroll_to = target_id(&doc.plan.targets);
        } else if path.starts_with("recipients") || path.starts_with("signature") {
            self.view = View::Closing;
        } else if path.starts_with("tasks") {
            self.view = View::Tasks;
            self.tasks.scroll_to = task_at(&doc.plan, path);
        } else if path.starts_with("budget") || path.starts_with("review.budget") {
            use views::budget::Section;
            self.view = View::Budget;
            let review = path.starts_with("review");
            self.budget.source = if review {
                views::targets::Source::Review
            } else {
                views::targets::Source::Plan
            };
            let b = if review {
                &doc.plan.review.budget
            } else {
                &doc.plan.budget
            };
            let i = nums.first().copied();
            if path.contains("investment") {
                self.budget.section = Section::Investment;
                self.budget.scroll_to = i.and_then(|i| b.investment.get(i)).map(|x| x.id);
            } else {
                self.budget.section = Section::Recurrent;
                self.budget.scroll_to = i.and_then(|i| b.recurrent.get(i)).map(|x| x.id);
            }
        } else if path.starts_with("body") {
            self.view = View::Body;
            self.body.selected = section_at(&doc.plan.body, &nums);
        } else if path.starts_with("preamble") || path.starts_with("legal_bases") {
            self.view = View::Legal;
        } else if path.starts_with("appendices") {
            self.view = View::Appendices;
            self.appendices.selected = nums
                .first()
                .and_then(|&i| doc.plan.appendices.get(i))
                .map(|a| a.id);
        } else if path.starts_with("agencies") {
            self.view = View::Agencies;
            self.agencies.scroll_to = nums
                .first()
                .and_then(|&i| doc.plan.agencies.get(i))
                .map(|a| a.key.clone());
        } else {
            self.notice = Some(super::find::describe(path));
        }
    }
}

/// The task a path like `tasks[1].tasks[2].subtasks[0].name` points at.
fn task_at(plan: &Plan, path: &str) -> Option<crate::model::Id> {
    let nums: Vec<usize> = path
        .split(['[', ']'])
        .filter_map(|p| p.parse().ok())
        .collect();
    let (&g, rest) = nums.split_first()?;
    let mut list = &plan.tasks.get(g)?.tasks;
    let mut found = None;
    for &i in rest {
        let t = list.get(i)?;
        found = Some(t.id);
        list = &t.subtasks;
    }
    found
}

/// The innermost part or section on the way down a body path's indexes.
fn section_at(blocks: &[crate::model::Block], nums: &[usize]) -> Option<crate::model::Id> {
    let mut list = blocks;
    let mut found = None;
    for &i in nums {
        let b = list.get(i)?;
        match b {
            crate::model::Block::Part(p) => found = Some(p.id),
            crate::model::Block::Section(s) => found = Some(s.id),
            _ => return found,
        }
        list = b.children();
    }
    found
}
