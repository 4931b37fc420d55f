//! Composed tables -> the table engine's input: each typed cell in the
//! table's style (money formatted the Vietnamese way, agency names joined,
//! group, total and bold rows in bold).

use super::builder::Builder;
use super::inline::Base;
use super::table::{ColIn, HeadCell, RowIn, TableIn};
use super::text::{Align, Span};
use crate::compose::{self, Cell, Row, Text};
use crate::model::Align as ModelAlign;
use crate::model::format::millions;

impl Builder<'_> {
    fn cell_spans(&mut self, cell: &Cell, bold: bool) -> Vec<Span> {
        let mut base = Base::new(self.style.table);
        if bold {
            base = base.bold();
        }
        match cell {
            Cell::Text(t) => self.inline.text(t, base),
            Cell::Number(n) => self.inline.spans(n, base),
            Cell::Money(m) => self.inline.spans(&millions(*m), base),
            Cell::Agencies(names, joiner) => {
                self.inline.spans(&names.join(joiner.separator()), base)
            }
        }
    }

    fn bold_text(&mut self, t: &Text) -> Vec<Span> {
        self.inline.text(t, Base::new(self.style.table).bold())
    }

    pub fn table_input(&mut self, t: &compose::Table) -> TableIn {
        let cols = t
            .columns
            .iter()
            .map(|c| ColIn {
                align: match c.align {
                    ModelAlign::Left => Align::Left,
                    ModelAlign::Center => Align::Center,
                    ModelAlign::Right => Align::Right,
                },
                fixed: c.width_mm,
            })
            .collect();
        let header = t
            .header
            .iter()
            .map(|row| {
                row.iter()
                    .map(|h| HeadCell {
                        spans: self.bold_text(&h.text),
                        colspan: h.colspan,
                        rowspan: h.rowspan,
                    })
                    .collect()
            })
            .collect();
        let numbers = t.column_numbers.then(|| {
            self.inline
                .spans("(1)", Base::new(self.style.table).italic())
        });
        let rows = t
            .rows
            .iter()
            .map(|r| match r {
                Row::Cells { cells, bold, .. } => RowIn::Cells {
                    cells: cells.iter().map(|c| self.cell_spans(c, *bold)).collect(),
                },
                Row::Group { label, name, .. } => RowIn::Group {
                    label: self.bold_text(label),
                    name: self.bold_text(name),
                },
                Row::Spanned {
                    first,
                    label,
                    cells,
                    ..
                } => RowIn::Spanned {
                    first: *first,
                    label: self.bold_text(label),
                    cells: cells.iter().map(|c| self.cell_spans(c, true)).collect(),
                },
            })
            .collect();
        TableIn {
            cols,
            header,
            numbers,
            rows,
        }
    }
}
