//! Tables as printed, without geometry: header rows from the column titles
//! (with the plan year), typed cells, computed row numbers, group rows and
//! the total row. One builder serves the four data tables: a kind says only
//! which rows it has and what each column shows of a row.

use super::text::Text;
use super::{Block, Composer};
use crate::model::agency::find;
use crate::model::numbering::roman;
use crate::model::place::{Leaf, ListOf, Place};
use crate::model::table::{Column as Kind, DataTable, column_title};
use crate::model::{
    Align, Budget, EvaluationCounts, FreeTable, InvestmentColumn, Money, Period, RecurrentColumn,
    Rich, RowKind, RowNumbers, Table as ModelTable, TargetColumn, TaskColumn,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    /// Header rows; every column is covered once across them.
    pub header: Vec<Vec<HeadCell>>,
    /// Print "(1) (2) (3) ..." under the header.
    pub column_numbers: bool,
    pub rows: Vec<Row>,
    /// The table block.
    pub place: Place,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub align: Align,
    /// A width the officer fixed, in mm; None sizes it from the content.
    pub width_mm: Option<f32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeadCell {
    pub text: Text,
    pub colspan: usize,
    pub rowspan: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    /// One cell per column.
    Cells {
        cells: Vec<Cell>,
        bold: bool,
        /// A group's row carrying the sums of its rows: the depth of its
        /// group (0 the outer). A spreadsheet writes its sums as formulas
        /// over the rows of the group.
        sums: Option<usize>,
        place: Place,
    },
    /// "I  NHÓM CHỈ TIÊU ...": the label in the first column, the name
    /// across the rest, bold.
    Group {
        label: Text,
        name: Text,
        place: Place,
    },
    /// A bold label across the columns before `first` ("TỔNG CỘNG"), then
    /// one cell per column.
    Spanned {
        first: usize,
        label: Text,
        cells: Vec<Cell>,
        place: Place,
    },
}

/// A header cell's place on the grid: the `index`th cell of header row
/// `row` covers `colspan` columns from `col` and `rowspan` rows from `row`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadAt {
    pub row: usize,
    pub index: usize,
    pub col: usize,
    pub colspan: usize,
    pub rowspan: usize,
}

/// Where the cells of header rows sit on a grid of `n` columns, given each
/// cell's (colspan, rowspan) row by row: every span cut to the grid, a cell
/// skipping the columns a cell above still covers, a cell with no column
/// left dropped. The PDF's table and the spreadsheet place headers alike.
pub fn place_header(spans: &[Vec<(usize, usize)>], n: usize) -> Vec<HeadAt> {
    let rows = spans.len();
    let mut grid = vec![vec![false; n]; rows];
    let mut out = Vec::new();
    for (r, row) in spans.iter().enumerate() {
        let mut c = 0;
        for (index, &(colspan, rowspan)) in row.iter().enumerate() {
            while c < n && grid[r][c] {
                c += 1;
            }
            if c >= n {
                break;
            }
            let span = colspan.max(1).min(n - c);
            let down = rowspan.max(1).min(rows - r);
            for line in grid.iter_mut().skip(r).take(down) {
                line[c..c + span].fill(true);
            }
            out.push(HeadAt {
                row: r,
                index,
                col: c,
                colspan: span,
                rowspan: down,
            });
            c += span;
        }
    }
    out
}

impl Table {
    /// The header's cells with their places on the grid.
    pub fn header_cells(&self) -> Vec<(HeadAt, &HeadCell)> {
        let spans: Vec<Vec<(usize, usize)>> = self
            .header
            .iter()
            .map(|row| row.iter().map(|h| (h.colspan, h.rowspan)).collect())
            .collect();
        place_header(&spans, self.columns.len())
            .into_iter()
            .filter_map(|at| Some((at, self.header.get(at.row)?.get(at.index)?)))
            .collect()
    }
}

impl Row {
    pub fn place(&self) -> Option<&Place> {
        match self {
            Row::Cells { place, .. } | Row::Group { place, .. } | Row::Spanned { place, .. } => {
                Some(place)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(Text),
    /// A computed row number: "3", "1.2".
    Number(String),
    Money(Money),
    /// Agency names as the table prints them (full or short).
    /// Agencies' names, joined as the table says.
    Agencies(Vec<String>, crate::model::Joiner),
}

/// What a kind of data table prints: its rows, each a place and a way to
/// fill a printed column (`cols`: a column and, for one printed as several,
/// which of them).
trait Rows: Kind {
    fn rows(c: &Composer<'_>, t: &DataTable<Self>, cols: &[(Self, usize)], out: &mut Vec<Row>);
}

impl Composer<'_> {
    /// A table block: the table and what goes with it (a summary line), or
    /// the legal bases as a numbered list.
    pub fn table_block(&self, t: &ModelTable, place: Place, out: &mut Vec<Block>) {
        let table = match t {
            ModelTable::LegalBases => return self.legal_bases(out),
            ModelTable::Targets(d) => self.data_table(d, place.clone()),
            ModelTable::Tasks(d) => self.data_table(d, place.clone()),
            ModelTable::Investment(d) => self.data_table(d, place.clone()),
            ModelTable::Recurrent(d) => self.data_table(d, place.clone()),
            ModelTable::Free(f) => self.free_table(f, place.clone()),
        };
        out.push(Block::Table(table));
        if let ModelTable::Targets(d) = t
            && d.summary
        {
            let c = EvaluationCounts::of(self.targets(d.period));
            out.push(Block::Summary {
                text: self.text(&capitalized(&format!("Tổng hợp: {}.", c.sentence()))),
                place,
            });
        }
    }

    fn targets(&self, period: Period) -> &[crate::model::TargetGroup] {
        match period {
            Period::Plan => &self.plan.targets,
            Period::Previous => &self.plan.review.targets,
        }
    }

    fn budget(&self, period: Period) -> &Budget {
        match period {
            Period::Plan => &self.plan.budget,
            Period::Previous => &self.plan.review.budget,
        }
    }

    fn agencies(
        &self,
        keys: &[String],
        form: crate::model::NameForm,
        joiner: crate::model::Joiner,
    ) -> Cell {
        Cell::Agencies(
            keys.iter()
                .map(|k| {
                    find(&self.plan.agencies, k)
                        .map(|a| a.display(form))
                        .unwrap_or(k.as_str())
                        .to_string()
                })
                .collect(),
            joiner,
        )
    }

    fn data_table<C: Rows>(&self, t: &DataTable<C>, place: Place) -> Table {
        // A column printed as several (a milestone year each) is generated.
        let mut cols: Vec<(C, usize)> = Vec::new();
        let mut titles: Vec<Rich> = Vec::new();
        for &c in &t.columns {
            match c.expand(self.plan) {
                Some(each) => {
                    for (i, title) in each.into_iter().enumerate() {
                        cols.push((c, i));
                        titles.push(Rich::new(crate::model::rich::escape(&title)));
                    }
                }
                None => {
                    cols.push((c, 0));
                    titles.push(column_title(&t.titles, c, t.period));
                }
            }
        }
        let mut rows = Vec::new();
        C::rows(self, t, &cols, &mut rows);
        // A list drawn up before its figures are known prints its amounts
        // blank, with no total of nothing (and so no unit line above it).
        if blank_amounts(&mut rows) {
            self.total_row(t, &cols, &mut rows);
        }
        Table {
            columns: cols
                .iter()
                .map(|(c, _)| Column {
                    align: c.align(),
                    width_mm: t
                        .widths
                        .iter()
                        .find(|(w, _)| w == c)
                        .map(|(_, mm)| *mm)
                        .filter(|mm| mm.is_finite() && *mm > 2.0),
                })
                .collect(),
            header: vec![self.titles_row(&titles)],
            column_numbers: t.column_numbers,
            rows,
            place,
        }
    }

    /// One header row from column titles; an empty title after "STT" merges
    /// into it (the DTI plan's two number columns under one "STT").
    fn titles_row(&self, titles: &[Rich]) -> Vec<HeadCell> {
        let mut row: Vec<HeadCell> = Vec::new();
        for t in titles {
            match row.last_mut() {
                Some(prev) if t.is_blank() => prev.colspan += 1,
                _ => row.push(self.head(t.as_str(), 1)),
            }
        }
        row
    }

    fn head(&self, text: &str, colspan: usize) -> HeadCell {
        HeadCell {
            text: self.text(text),
            colspan,
            rowspan: 1,
        }
    }

    /// "TỔNG CỘNG" across the columns before the first money column, then
    /// the sums of the money columns over the table's rows.
    fn total_row<C: Kind>(&self, t: &DataTable<C>, cols: &[(C, usize)], rows: &mut Vec<Row>) {
        let Some(first) = cols.iter().position(|(c, _)| c.is_money()) else {
            return;
        };
        let first = first.max(1);
        let cells = (first..cols.len())
            .map(|col| {
                if cols.get(col).is_some_and(|(c, _)| c.is_money()) {
                    Cell::Money(super::money_groups::data_sum(rows, col))
                } else {
                    Cell::Text(Text::default())
                }
            })
            .collect();
        rows.push(Row::Spanned {
            first,
            label: Text::plain("TỔNG CỘNG"),
            cells,
            place: Place::List(ListOf::Budget(t.period)),
        });
    }

    fn free_table(&self, t: &FreeTable, place: Place) -> Table {
        let n = t.columns.len();
        let columns = t
            .columns
            .iter()
            .map(|c| Column {
                align: c.align,
                width_mm: c.width_mm.filter(|w| w.is_finite() && *w > 2.0),
            })
            .collect();
        let header = if t.spans.is_empty() {
            // Free tables do not merge blank titles: every column is its own.
            vec![
                t.columns
                    .iter()
                    .map(|c| self.head(c.title.as_str(), 1))
                    .collect(),
            ]
        } else {
            // Two rows: a spanning title over its columns, the others reach down.
            let mut top = Vec::new();
            let mut bottom = Vec::new();
            let mut c = 0;
            while c < n {
                if let Some(sp) = t.spans.iter().find(|s| s.first == c && s.count > 0) {
                    let count = sp.count.min(n - c);
                    top.push(self.head(sp.title.as_str(), count));
                    for col in t.columns.iter().skip(c).take(count) {
                        bottom.push(self.head(col.title.as_str(), 1));
                    }
                    c += count;
                } else {
                    let title = t.columns.get(c).map(|x| x.title.as_str()).unwrap_or("");
                    let mut h = self.head(title, 1);
                    h.rowspan = 2;
                    top.push(h);
                    c += 1;
                }
            }
            vec![top, bottom]
        };
        let rows = t
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let at = place.with(Leaf::Row(i));
                let cell = |k: usize| r.cells.get(k).map(Rich::as_str).unwrap_or("");
                match r.kind {
                    RowKind::Group if r.cells.len() >= 2 && n >= 2 => {
                        let rest: Vec<&str> = r.cells[1..]
                            .iter()
                            .map(Rich::as_str)
                            .filter(|s| !s.trim().is_empty())
                            .collect();
                        Row::Group {
                            label: self.text(cell(0)),
                            name: self.text(&rest.join(" ")),
                            place: at,
                        }
                    }
                    RowKind::Group => Row::Spanned {
                        first: n,
                        label: self.text(cell(0)),
                        cells: Vec::new(),
                        place: at,
                    },
                    RowKind::Bold | RowKind::Normal => Row::Cells {
                        cells: (0..n).map(|k| Cell::Text(self.text(cell(k)))).collect(),
                        bold: r.kind == RowKind::Bold,
                        sums: None,
                        place: at,
                    },
                }
            })
            .collect();
        Table {
            columns,
            header,
            column_numbers: t.column_numbers,
            rows,
            place,
        }
    }

    fn legal_bases(&self, out: &mut Vec<Block>) {
        let plan = self.plan;
        let numbered = plan.legal_bases.iter().any(|g| !g.title.is_blank());
        for (gi, g) in plan.legal_bases.iter().enumerate() {
            if numbered {
                out.push(Block::LegalGroup {
                    label: format!("{}.", roman(gi + 1)),
                    title: self.text(g.title.as_str()),
                    place: Place::LegalGroup(gi, Leaf::Whole),
                });
            }
            for (k, item) in g.items.iter().enumerate() {
                out.push(Block::LegalItem {
                    label: format!("{}.", k + 1),
                    text: self.text(item.as_str()),
                    place: Place::LegalItem(gi, k),
                });
            }
        }
    }
}

/// A row of a data table: each printed column's cell, and the row's place.
fn data_row<C: Copy>(cols: &[(C, usize)], place: Place, cell: impl Fn(C, usize) -> Cell) -> Row {
    Row::Cells {
        cells: cols.iter().map(|&(c, i)| cell(c, i)).collect(),
        bold: false,
        sums: None,
        place,
    }
}

/// Turns the money cells of `rows` blank when every one is zero; returns
/// whether any amount is left to print.
fn blank_amounts(rows: &mut [Row]) -> bool {
    let cells = |r: &Row| match r {
        Row::Cells { cells, .. } => cells
            .iter()
            .any(|c| matches!(c, Cell::Money(m) if !m.is_zero())),
        _ => false,
    };
    if rows.iter().any(cells) {
        return true;
    }
    for r in rows.iter_mut() {
        if let Row::Cells { cells, .. } = r {
            for c in cells.iter_mut().filter(|c| matches!(c, Cell::Money(_))) {
                *c = Cell::Text(Text::default());
            }
        }
    }
    false
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Groups of a grouped table: the chosen ones in their order, else all.
fn chosen<'g, G>(
    all: &'g [G],
    ids: &[crate::model::Id],
    id: impl Fn(&G) -> crate::model::Id,
) -> Vec<(usize, &'g G)> {
    if ids.is_empty() {
        all.iter().enumerate().collect()
    } else {
        ids.iter()
            .filter_map(|want| all.iter().enumerate().find(|(_, g)| id(g) == *want))
            .collect()
    }
}

impl Rows for TargetColumn {
    fn rows(c: &Composer<'_>, t: &DataTable<Self>, cols: &[(Self, usize)], out: &mut Vec<Row>) {
        use TargetColumn as C;
        let groups = chosen(c.targets(t.period), &t.groups, |g| g.id);
        let mut overall = 0;
        for (n, (gi, g)) in groups.into_iter().enumerate() {
            out.push(Row::Group {
                label: Text::plain(roman(n + 1)),
                name: c.text(g.name.as_str()),
                place: Place::TargetGroup(t.period, gi, Leaf::Whole),
            });
            if t.numbers == RowNumbers::PerGroup {
                overall = 0;
            }
            for (k, target) in g.targets.iter().enumerate() {
                overall += 1;
                out.push(data_row(
                    cols,
                    Place::Target(t.period, gi, k, Leaf::Whole),
                    |col, i| match col {
                        C::No => Cell::Number(overall.to_string()),
                        C::NoInGroup => Cell::Number((k + 1).to_string()),
                        C::Name => Cell::Text(c.text(target.name.as_str())),
                        C::Unit => Cell::Text(c.text(&target.unit)),
                        C::Baseline => Cell::Text(c.text(&target.baseline)),
                        C::Target => Cell::Text(c.text(&target.target)),
                        C::Milestones => Cell::Text(c.text(&target.milestones.get(i))),
                        C::Result => Cell::Text(c.text(&target.result)),
                        C::Evaluation => Cell::Text(c.text(target.evaluation.label())),
                        C::Lead => c.agencies(&target.lead, t.names, t.joiner),
                        C::Coordinating => c.agencies(&target.coordinating, t.names, t.joiner),
                        C::Note => Cell::Text(c.text(target.note.as_str())),
                    },
                ));
            }
        }
    }
}

impl Rows for TaskColumn {
    fn rows(c: &Composer<'_>, t: &DataTable<Self>, cols: &[(Self, usize)], out: &mut Vec<Row>) {
        let groups = chosen(&c.plan.tasks, &t.groups, |g| g.id);
        let mut n = 0;
        for (k, (gi, g)) in groups.into_iter().enumerate() {
            out.push(Row::Group {
                label: Text::plain(roman(k + 1)),
                name: c.text(g.name.as_str()),
                place: Place::TaskGroup(gi, Leaf::Whole),
            });
            if t.numbers == RowNumbers::PerGroup {
                n = 0;
            }
            for (i, task) in g.tasks.iter().enumerate() {
                n += 1;
                task_rows(c, t, cols, gi, &mut vec![i], task, &n.to_string(), out);
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn task_rows(
    c: &Composer<'_>,
    t: &DataTable<TaskColumn>,
    cols: &[(TaskColumn, usize)],
    group: usize,
    tree: &mut Vec<usize>,
    task: &crate::model::Task,
    number: &str,
    out: &mut Vec<Row>,
) {
    use TaskColumn as C;
    out.push(data_row(
        cols,
        Place::Task(group, tree.clone(), Leaf::Whole),
        |col, _| match col {
            C::No => Cell::Number(number.to_string()),
            C::Name => Cell::Text(c.text(task.name.as_str())),
            C::Lead => c.agencies(&task.lead, t.names, t.joiner),
            C::Coordinating => c.agencies(&task.coordinating, t.names, t.joiner),
            C::Deadline => Cell::Text(c.text(&task.deadline)),
            C::Result => Cell::Text(c.text(task.result.as_str())),
            C::Note => Cell::Text(c.text(task.note.as_str())),
            C::Progress => Cell::Text(Text::plain(task.progress.clone())),
        },
    ));
    for (k, sub) in task.subtasks.iter().enumerate() {
        tree.push(k);
        task_rows(
            c,
            t,
            cols,
            group,
            tree,
            sub,
            &format!("{number}.{}", k + 1),
            out,
        );
        tree.pop();
    }
}

impl Rows for InvestmentColumn {
    fn rows(c: &Composer<'_>, t: &DataTable<Self>, cols: &[(Self, usize)], out: &mut Vec<Row>) {
        use InvestmentColumn as C;
        let years = c.plan.period_years().count();
        let items: Vec<(usize, &crate::model::Project)> =
            c.budget(t.period).investment.iter().enumerate().collect();
        let row = |i: usize, p: &crate::model::Project, n: usize| {
            data_row(
                cols,
                Place::Project(t.period, i, Leaf::Whole),
                |col, y| match col {
                    C::No => Cell::Number(n.to_string()),
                    C::Name => Cell::Text(c.text(p.name.as_str())),
                    C::Investor => c.agencies(&p.investor, t.names, t.joiner),
                    C::Total => Cell::Money(p.total),
                    C::Period => Cell::Text(c.text(&p.period_text())),
                    C::Capital => Cell::Money(p.capital),
                    C::ByYear => Cell::Money(p.by_year.get(y)),
                    C::PeriodTotal => Cell::Money(p.by_year.total(years)),
                    C::Status => Cell::Text(c.text(p.status.label())),
                    C::Note => Cell::Text(c.text(p.note.as_str())),
                },
            )
        };
        c.grouped(&grouping(t, cols, C::No, C::Name), &items, &row, out);
    }
}

impl Rows for RecurrentColumn {
    fn rows(c: &Composer<'_>, t: &DataTable<Self>, cols: &[(Self, usize)], out: &mut Vec<Row>) {
        use RecurrentColumn as C;
        let years = c.plan.period_years().count();
        let items: Vec<(usize, &crate::model::RecurrentItem)> =
            c.budget(t.period).recurrent.iter().enumerate().collect();
        let row = |i: usize, r: &crate::model::RecurrentItem, n: usize| {
            data_row(
                cols,
                Place::Recurrent(t.period, i, Leaf::Whole),
                |col, y| match col {
                    C::No => Cell::Number(n.to_string()),
                    C::Name => Cell::Text(c.text(r.name.as_str())),
                    C::Unit => c.agencies(&r.unit, t.names, t.joiner),
                    C::Period => Cell::Text(c.text(&r.period_text())),
                    C::Amount => Cell::Money(r.amount),
                    C::ByYear => Cell::Money(r.by_year.get(y)),
                    C::PeriodTotal => Cell::Money(r.by_year.total(years)),
                    C::Source => Cell::Text(c.text(&r.source)),
                    C::Note => Cell::Text(c.text(r.note.as_str())),
                },
            )
        };
        c.grouped(&grouping(t, cols, C::No, C::Name), &items, &row, out);
    }
}

/// A money table's grouping and where its number, name and money columns print.
fn grouping<'a, C: Kind + PartialEq>(
    t: &'a DataTable<C>,
    cols: &[(C, usize)],
    no: C,
    name: C,
) -> super::money_groups::Grouping<'a> {
    super::money_groups::Grouping {
        levels: &t.grouping[..t.grouping.len().min(2)],
        subtotals: t.subtotals,
        period: t.period,
        number_col: cols.iter().position(|(c, _)| *c == no),
        name_col: cols.iter().position(|(c, _)| *c == name),
        money_cols: cols
            .iter()
            .enumerate()
            .filter(|(_, (c, _))| c.is_money())
            .map(|(i, _)| i)
            .collect(),
        width: cols.len(),
    }
}
