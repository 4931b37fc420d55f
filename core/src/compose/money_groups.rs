//! The rows of a money table (projects, recurrent items) in groups on up to
//! two levels: "A. NGUỒN VỐN ĐẦU TƯ" then "I. CÁC DỰ ÁN CHUYỂN TIẾP", the
//! groups in the order their first row comes, STT restarting in each, and
//! when the table asks for it the group row carrying its rows' sums.

use super::table::{Cell, Row};
use super::{Composer, Text};
use crate::model::numbering::roman;
use crate::model::place::Place;
use crate::model::{GroupBy, ListOf, Money, Period, Project, RecurrentItem};

/// A row of a money table, as its groups see it.
pub trait Grouped {
    /// The row's group at one level, as its title is written ("" for none).
    fn group_of(&self, by: GroupBy) -> String;
}

impl Grouped for Project {
    fn group_of(&self, by: GroupBy) -> String {
        match by {
            GroupBy::Source => self.source.trim().to_string(),
            GroupBy::Status => self.status.group_title().to_string(),
            GroupBy::Group => self.group.trim().to_string(),
        }
    }
}

impl Grouped for RecurrentItem {
    fn group_of(&self, by: GroupBy) -> String {
        match by {
            GroupBy::Source => self.source.trim().to_string(),
            // Recurrent spending has no continuing or new kind.
            GroupBy::Status => String::new(),
            GroupBy::Group => self.group.trim().to_string(),
        }
    }
}

/// How a table's groups print: its levels, whether group rows carry sums,
/// where its columns are.
pub struct Grouping<'a> {
    pub levels: &'a [GroupBy],
    pub subtotals: bool,
    pub period: Period,
    /// The printed columns: which is the number column, the name column,
    /// which are money.
    pub number_col: Option<usize>,
    pub name_col: Option<usize>,
    pub money_cols: Vec<usize>,
    pub width: usize,
}

impl Composer<'_> {
    /// `items` (with their index in the budget) as data rows under their
    /// groups; `row(index, item, number)` makes a data row.
    pub fn grouped<T: Grouped>(
        &self,
        g: &Grouping<'_>,
        items: &[(usize, &T)],
        row: &dyn Fn(usize, &T, usize) -> Row,
        out: &mut Vec<Row>,
    ) {
        self.group_level(g, 0, items, row, out);
    }

    fn group_level<T: Grouped>(
        &self,
        g: &Grouping<'_>,
        depth: usize,
        items: &[(usize, &T)],
        row: &dyn Fn(usize, &T, usize) -> Row,
        out: &mut Vec<Row>,
    ) {
        let Some(&by) = g.levels.get(depth) else {
            out.extend(
                items
                    .iter()
                    .enumerate()
                    .map(|(k, (i, t))| row(*i, t, k + 1)),
            );
            return;
        };
        // Groups in the order their first row comes.
        let mut keys: Vec<String> = Vec::new();
        for (_, t) in items {
            let k = t.group_of(by);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        let outer = g.levels.len() > 1 && depth == 0;
        for (n, key) in keys.iter().enumerate() {
            let members: Vec<(usize, &T)> = items
                .iter()
                .filter(|(_, t)| &t.group_of(by) == key)
                .copied()
                .collect();
            let mut rows = Vec::new();
            self.group_level(g, depth + 1, &members, row, &mut rows);
            if !key.is_empty() {
                let label = if outer { letter(n + 1) } else { roman(n + 1) };
                // Capitals after the fields are resolved: "{năm}" stays a field.
                let name = upper(self.text(key));
                out.push(self.group_row(g, depth, Text::plain(label), name, &rows));
            }
            out.extend(rows);
        }
    }

    /// A group's row: its label and title, with the sums of its rows in the
    /// money columns when the table asks for them.
    fn group_row(
        &self,
        g: &Grouping<'_>,
        depth: usize,
        label: Text,
        name: Text,
        rows: &[Row],
    ) -> Row {
        let place = Place::List(ListOf::Budget(g.period));
        if !g.subtotals || g.money_cols.is_empty() {
            return Row::Group { label, name, place };
        }
        let cells = (0..g.width)
            .map(|col| {
                if Some(col) == g.number_col {
                    Cell::Text(label.clone())
                } else if Some(col) == g.name_col {
                    Cell::Text(name.clone())
                } else if g.money_cols.contains(&col) {
                    Cell::Money(data_sum(rows, col))
                } else {
                    Cell::Text(Text::default())
                }
            })
            .collect();
        Row::Cells {
            cells,
            bold: true,
            sums: Some(depth),
            place,
        }
    }
}

/// "A", "B" … for the outer level of two.
fn letter(n: usize) -> String {
    char::from_u32(u32::from(b'A') + (n as u32 - 1) % 26)
        .map(String::from)
        .unwrap_or_default()
}

/// The sum of a column over the data rows (group rows, bold, left out).
pub fn data_sum(rows: &[Row], col: usize) -> Money {
    rows.iter()
        .filter_map(|r| match r {
            Row::Cells {
                cells, bold: false, ..
            } => match cells.get(col) {
                Some(Cell::Money(m)) => Some(*m),
                _ => None,
            },
            _ => None,
        })
        .sum()
}

/// A group's title in capitals, as group rows print.
fn upper(text: Text) -> Text {
    use super::text::Run;
    Text(
        text.0
            .into_iter()
            .map(|r| match r {
                Run::Text { text, bold, italic } => Run::Text {
                    text: text.to_uppercase(),
                    bold,
                    italic,
                },
                note => note,
            })
            .collect(),
    )
}
