//! Model tables -> the table engine's input: rows, computed numbers, agency
//! names, money and totals, and column titles that follow the plan year.

use super::builder::Builder;
use super::inline::Base;
use super::table::{ColIn, HeadCell, RowIn, TableIn};
use super::text::{Align, Span};
use crate::model::agency::join_names;
use crate::model::format::millions;
use crate::model::numbering::roman;
use crate::model::*;

impl Builder<'_> {
    fn cell(&mut self, text: &str) -> Vec<Span> {
        self.inline.spans(text, Base::new(self.style.table))
    }

    fn bold_cell(&mut self, text: &str) -> Vec<Span> {
        self.inline.spans(text, Base::new(self.style.table).bold())
    }

    fn head(&mut self, text: &str, colspan: usize) -> HeadCell {
        HeadCell {
            spans: self.bold_cell(text),
            colspan,
            rowspan: 1,
        }
    }

    /// One header row from column titles; an empty title after "STT" merges
    /// into it (the DTI plan's two number columns under one "STT").
    fn titles_row(&mut self, titles: &[Rich]) -> Vec<HeadCell> {
        let mut row: Vec<HeadCell> = Vec::new();
        for t in titles {
            match row.last_mut() {
                Some(prev) if t.is_blank() => prev.colspan += 1,
                _ => {
                    let h = self.head(t.as_str(), 1);
                    row.push(h);
                }
            }
        }
        row
    }

    /// Column specs and the title row for a table of `columns`.
    fn columns<C: Column>(
        &mut self,
        columns: &[C],
        titles: &[(C, Rich)],
        period: Period,
        align: impl Fn(C) -> Align,
    ) -> (Vec<ColIn>, Vec<Vec<HeadCell>>) {
        let names: Vec<Rich> = columns
            .iter()
            .map(|&c| column_title(titles, c, period))
            .collect();
        let header = vec![self.titles_row(&names)];
        let cols = columns
            .iter()
            .map(|&c| ColIn {
                align: align(c),
                fixed: None,
            })
            .collect();
        (cols, header)
    }

    /// One row's cells: the text of each column, in the table's cell style.
    fn cells<C: Copy>(&mut self, columns: &[C], text: impl Fn(C) -> String) -> Vec<Vec<Span>> {
        columns.iter().map(|&c| self.cell(&text(c))).collect()
    }

    fn numbers_row(&mut self, on: bool) -> Option<Vec<Span>> {
        on.then(|| {
            self.inline
                .spans("(1)", Base::new(self.style.table).italic())
        })
    }

    pub fn table_input(&mut self, t: &Table) -> Option<TableIn> {
        match t {
            Table::Targets(t) => Some(self.targets_table(t)),
            Table::Tasks(t) => Some(self.tasks_table(t)),
            Table::Investment(t) => Some(self.investment_table(t)),
            Table::Recurrent(t) => Some(self.recurrent_table(t)),
            Table::Free(t) => Some(self.free_table(t)),
            Table::LegalBases => None,
        }
    }

    fn targets_table(&mut self, t: &TargetsTable) -> TableIn {
        let plan = self.inline.fields.plan();
        let source = match t.period {
            Period::Plan => &plan.targets,
            Period::Previous => &plan.review.targets,
        };
        let groups: Vec<&TargetGroup> = if t.groups.is_empty() {
            source.iter().collect()
        } else {
            t.groups
                .iter()
                .filter_map(|id| source.iter().find(|g| g.id == *id))
                .collect()
        };
        use TargetColumn as C;
        let (cols, header) = self.columns(&t.columns, &t.titles, t.period, |c| match c {
            C::No
            | C::NoInGroup
            | C::Unit
            | C::Baseline
            | C::Target
            | C::Result
            | C::Evaluation => Align::Center,
            _ => Align::Left,
        });
        let mut rows = Vec::new();
        let mut overall = 0;
        for (gi, g) in groups.iter().enumerate() {
            let label = self.bold_cell(&roman(gi + 1));
            let name = self.bold_cell(g.name.as_str());
            rows.push(RowIn::Group { label, name });
            if t.numbers == RowNumbers::PerGroup {
                overall = 0;
            }
            for (k, target) in g.targets.iter().enumerate() {
                overall += 1;
                let cells = self.cells(&t.columns, |c| match c {
                    C::No => overall.to_string(),
                    C::NoInGroup => (k + 1).to_string(),
                    C::Name => target.name.0.clone(),
                    C::Unit => target.unit.clone(),
                    C::Baseline => target.baseline.clone(),
                    C::Target => target.target.clone(),
                    C::Result => target.result.clone(),
                    C::Evaluation => target.evaluation.label().to_string(),
                    C::Lead => join_names(&plan.agencies, &target.lead, t.names),
                    C::Coordinating => join_names(&plan.agencies, &target.coordinating, t.names),
                    C::Note => target.note.0.clone(),
                });
                rows.push(RowIn::Cells { cells });
            }
        }
        TableIn {
            cols,
            header,
            numbers: self.numbers_row(t.column_numbers),
            rows,
        }
    }

    fn tasks_table(&mut self, t: &TasksTable) -> TableIn {
        let plan = self.inline.fields.plan();
        let groups: Vec<&TaskGroup> = if t.groups.is_empty() {
            plan.tasks.iter().collect()
        } else {
            t.groups
                .iter()
                .filter_map(|id| plan.tasks.iter().find(|g| g.id == *id))
                .collect()
        };
        let (cols, header) = self.columns(&t.columns, &t.titles, Period::Plan, |c| {
            if matches!(c, TaskColumn::No | TaskColumn::Deadline) {
                Align::Center
            } else {
                Align::Left
            }
        });
        let mut rows = Vec::new();
        let mut n = 0;
        for (gi, g) in groups.iter().enumerate() {
            let label = self.bold_cell(&roman(gi + 1));
            let name = self.bold_cell(g.name.as_str());
            rows.push(RowIn::Group { label, name });
            if t.numbers == RowNumbers::PerGroup {
                n = 0;
            }
            for task in &g.tasks {
                n += 1;
                self.task_rows(task, &n.to_string(), t, &mut rows);
            }
        }
        TableIn {
            cols,
            header,
            numbers: self.numbers_row(t.column_numbers),
            rows,
        }
    }

    fn task_rows(&mut self, task: &Task, number: &str, t: &TasksTable, rows: &mut Vec<RowIn>) {
        let plan = self.inline.fields.plan();
        let cells = self.cells(&t.columns, |c| match c {
            TaskColumn::No => number.to_string(),
            TaskColumn::Name => task.name.0.clone(),
            TaskColumn::Lead => join_names(&plan.agencies, &task.lead, t.names),
            TaskColumn::Coordinating => join_names(&plan.agencies, &task.coordinating, t.names),
            TaskColumn::Deadline => task.deadline.clone(),
            TaskColumn::Result => task.result.0.clone(),
            TaskColumn::Note => task.note.0.clone(),
        });
        rows.push(RowIn::Cells { cells });
        for (k, sub) in task.subtasks.iter().enumerate() {
            self.task_rows(sub, &format!("{number}.{}", k + 1), t, rows);
        }
    }

    fn investment_table(&mut self, t: &InvestmentTable) -> TableIn {
        let plan = self.inline.fields.plan();
        let budget = budget_of(plan, t.period);
        use InvestmentColumn as C;
        let (cols, header) = self.columns(&t.columns, &t.titles, t.period, |c| match c {
            C::No | C::Period | C::Status => Align::Center,
            C::Total | C::Capital => Align::Right,
            _ => Align::Left,
        });
        let mut rows = Vec::new();
        for (i, p) in budget.investment.iter().enumerate() {
            let cells = self.cells(&t.columns, |c| match c {
                C::No => (i + 1).to_string(),
                C::Name => p.name.0.clone(),
                C::Investor => join_names(&plan.agencies, &p.investor, t.names),
                C::Total => millions(p.total),
                C::Period => p.period_text(),
                C::Capital => millions(p.capital),
                C::Status => p.status.label().to_string(),
                C::Note => p.note.0.clone(),
            });
            rows.push(RowIn::Cells { cells });
        }
        let totals = BudgetTotals::of(budget);
        let money: Vec<Option<String>> = t
            .columns
            .iter()
            .map(|c| match c {
                C::Total => Some(millions(totals.investment_total)),
                C::Capital => Some(millions(totals.investment_capital)),
                _ => None,
            })
            .collect();
        self.total_row(&money, &mut rows);
        TableIn {
            cols,
            header,
            numbers: self.numbers_row(t.column_numbers),
            rows,
        }
    }

    fn recurrent_table(&mut self, t: &RecurrentTable) -> TableIn {
        let plan = self.inline.fields.plan();
        let budget = budget_of(plan, t.period);
        use RecurrentColumn as C;
        let (cols, header) = self.columns(&t.columns, &t.titles, t.period, |c| match c {
            C::No | C::Source => Align::Center,
            C::Amount => Align::Right,
            _ => Align::Left,
        });
        let mut rows = Vec::new();
        for (i, r) in budget.recurrent.iter().enumerate() {
            let cells = self.cells(&t.columns, |c| match c {
                C::No => (i + 1).to_string(),
                C::Name => r.name.0.clone(),
                C::Unit => join_names(&plan.agencies, &r.unit, t.names),
                C::Amount => millions(r.amount),
                C::Source => r.source.clone(),
                C::Note => r.note.0.clone(),
            });
            rows.push(RowIn::Cells { cells });
        }
        let total = BudgetTotals::of(budget).recurrent;
        let money: Vec<Option<String>> = t
            .columns
            .iter()
            .map(|c| matches!(c, C::Amount).then(|| millions(total)))
            .collect();
        self.total_row(&money, &mut rows);
        TableIn {
            cols,
            header,
            numbers: self.numbers_row(t.column_numbers),
            rows,
        }
    }

    /// "TỔNG CỘNG" across the columns before the first money column, then the sums.
    fn total_row(&mut self, money: &[Option<String>], rows: &mut Vec<RowIn>) {
        let Some(first) = money.iter().position(Option::is_some) else {
            return;
        };
        let label = self.bold_cell("TỔNG CỘNG");
        let cells = money[first.max(1)..]
            .iter()
            .map(|m| self.bold_cell(m.as_deref().unwrap_or("")))
            .collect();
        rows.push(RowIn::Spanned {
            first: first.max(1),
            label,
            cells,
        });
    }

    fn free_table(&mut self, t: &FreeTable) -> TableIn {
        let n = t.columns.len();
        let cols = t
            .columns
            .iter()
            .map(|c| ColIn {
                align: match c.align {
                    crate::model::Align::Left => Align::Left,
                    crate::model::Align::Center => Align::Center,
                    crate::model::Align::Right => Align::Right,
                },
                fixed: c.width_mm.filter(|w| w.is_finite() && *w > 2.0),
            })
            .collect();
        let header = if t.spans.is_empty() {
            // Free tables do not merge blank titles: every column is its own.
            let mut row = Vec::new();
            for c in &t.columns {
                row.push(self.head(c.title.as_str(), 1));
            }
            vec![row]
        } else {
            // Two rows: a spanning title over its columns, the others reach down.
            let mut top = Vec::new();
            let mut bottom = Vec::new();
            let mut c = 0;
            while c < n {
                if let Some(sp) = t.spans.iter().find(|s| s.first == c && s.count > 0) {
                    let count = sp.count.min(n - c);
                    top.push(self.head(sp.title.as_str(), count));
                    for col in &t.columns[c..c + count] {
                        bottom.push(self.head(col.title.as_str(), 1));
                    }
                    c += count;
                } else {
                    let mut h = self.head(t.columns[c].title.as_str(), 1);
                    h.rowspan = 2;
                    top.push(h);
                    c += 1;
                }
            }
            vec![top, bottom]
        };
        let mut rows = Vec::new();
        for r in &t.rows {
            match r.kind {
                RowKind::Group if r.cells.len() >= 2 && n >= 2 => {
                    let label = self.bold_cell(r.cells[0].as_str());
                    let rest: Vec<&str> = r.cells[1..]
                        .iter()
                        .map(Rich::as_str)
                        .filter(|s| !s.trim().is_empty())
                        .collect();
                    let name = self.bold_cell(&rest.join(" "));
                    rows.push(RowIn::Group { label, name });
                }
                RowKind::Group => {
                    let label = self.bold_cell(r.cells.first().map(Rich::as_str).unwrap_or(""));
                    rows.push(RowIn::Spanned {
                        first: n,
                        label,
                        cells: Vec::new(),
                    });
                }
                RowKind::Bold | RowKind::Normal => {
                    let bold = r.kind == RowKind::Bold;
                    let cells = (0..n)
                        .map(|i| {
                            let text = r.cells.get(i).map(Rich::as_str).unwrap_or("");
                            if bold {
                                self.bold_cell(text)
                            } else {
                                self.cell(text)
                            }
                        })
                        .collect();
                    rows.push(RowIn::Cells { cells });
                }
            }
        }
        TableIn {
            cols,
            header,
            numbers: self.numbers_row(t.column_numbers),
            rows,
        }
    }
}

fn budget_of(plan: &Plan, period: Period) -> &Budget {
    match period {
        Period::Plan => &plan.budget,
        Period::Previous => &plan.review.budget,
    }
}
