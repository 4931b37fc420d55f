//! Computed values: totals of money tables, counts of targets met, and the
//! plan's summary. Computed on demand from the rows so they can never drift.

use super::budget::Budget;
use super::money::Money;
use super::plan::Plan;
use super::targets::{Evaluation, TargetGroup};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BudgetTotals {
    /// Sum of total investment (tổng mức đầu tư) of the projects.
    pub investment_total: Money,
    /// Sum of the capital for the year.
    pub investment_capital: Money,
    /// Sum of the recurrent items.
    pub recurrent: Money,
}

impl BudgetTotals {
    pub fn of(b: &Budget) -> BudgetTotals {
        BudgetTotals {
            investment_total: b.investment.iter().map(|p| p.total).sum(),
            investment_capital: b.investment.iter().map(|p| p.capital).sum(),
            recurrent: b.recurrent.iter().map(|r| r.amount).sum(),
        }
    }

    /// What the year costs: investment capital plus recurrent spending.
    pub fn year_total(&self) -> Money {
        self.investment_capital + self.recurrent
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvaluationCounts {
    pub total: usize,
    pub exceeded: usize,
    pub met: usize,
    pub missed: usize,
    pub pending: usize,
}

impl EvaluationCounts {
    pub fn of(groups: &[TargetGroup]) -> EvaluationCounts {
        let mut c = EvaluationCounts::default();
        for t in groups.iter().flat_map(|g| &g.targets) {
            c.total += 1;
            match t.evaluation {
                Evaluation::Exceeded => c.exceeded += 1,
                Evaluation::Met => c.met += 1,
                Evaluation::Missed => c.missed += 1,
                Evaluation::Pending => c.pending += 1,
            }
        }
        c
    }

    pub fn achieved(&self) -> usize {
        self.exceeded + self.met
    }

    /// "đạt và vượt 43/51 chỉ tiêu, trong đó 17 vượt, 26 đạt".
    pub fn sentence(&self) -> String {
        let mut s = format!(
            "đạt và vượt {}/{} chỉ tiêu, trong đó {} vượt, {} đạt",
            self.achieved(),
            self.total,
            self.exceeded,
            self.met
        );
        if self.missed > 0 {
            s.push_str(&format!(", {} không đạt", self.missed));
        }
        if self.pending > 0 {
            s.push_str(&format!(", {} chưa đánh giá", self.pending));
        }
        s
    }
}

/// What `kehoach check` and the editor's status bar show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub year: i32,
    pub target_groups: usize,
    pub targets: usize,
    pub task_groups: usize,
    pub tasks: usize,
    pub projects: usize,
    pub recurrent_items: usize,
    pub budget: BudgetTotals,
    pub review_targets: EvaluationCounts,
    pub review_budget: BudgetTotals,
    pub appendices: usize,
    pub agencies: usize,
}

/// The plan's targets (not the year under review's).
pub fn target_count(plan: &Plan) -> usize {
    plan.targets.iter().map(|g| g.targets.len()).sum()
}

/// The plan's tasks, subtasks included.
pub fn task_count(plan: &Plan) -> usize {
    plan.tasks
        .iter()
        .flat_map(|g| &g.tasks)
        .map(|t| t.count())
        .sum()
}

impl Summary {
    pub fn of(plan: &Plan) -> Summary {
        Summary {
            year: plan.year,
            target_groups: plan.targets.len(),
            targets: target_count(plan),
            task_groups: plan.tasks.len(),
            tasks: task_count(plan),
            projects: plan.budget.investment.len(),
            recurrent_items: plan.budget.recurrent.len(),
            budget: BudgetTotals::of(&plan.budget),
            review_targets: EvaluationCounts::of(&plan.review.targets),
            review_budget: BudgetTotals::of(&plan.review.budget),
            appendices: plan.appendices.len(),
            agencies: plan.agencies.len(),
        }
    }
}
