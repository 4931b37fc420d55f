//! The table engine: column widths from content, wrapped cells, a header
//! (up to two rows, merged cells) repeated on every page, group rows spanning
//! the table, bold total rows. Placement on pages is in `flow.rs`.

use super::balance::{Balance, two_lines};
use super::page::{Item, Rule};
use super::text::{Align, Frame, Line, Span, lay_out};
use crate::compose::table::place_header;
use crate::fonts::FontSet;
use crate::model::place::Place;

/// Cell padding, mm.
pub const PAD_X: f32 = 1.2;
pub const PAD_Y: f32 = 0.8;
/// Border stroke, pt.
pub const BORDER: f32 = 0.5;
/// Content up to this width (mm) is kept on one line.
const SHORT: f32 = 24.0;

/// Widths chosen for a page's text width.
struct Sized {
    widths: Vec<f32>,
    /// Every column has at least its narrowest width.
    fits: bool,
}

#[derive(Clone, Debug)]
pub struct ColIn {
    pub align: Align,
    /// Fixed width in mm.
    pub fixed: Option<f32>,
}

#[derive(Clone, Debug)]
pub struct HeadCell {
    pub spans: Vec<Span>,
    pub colspan: usize,
    pub rowspan: usize,
}

#[derive(Clone, Debug)]
pub enum RowIn {
    /// One cell per column.
    Cells { cells: Vec<Vec<Span>> },
    /// "I  NHÓM CHỈ TIÊU ...": the label in the first column, the name across the rest.
    Group { label: Vec<Span>, name: Vec<Span> },
    /// A label across the columns before `first` ("TỔNG CỘNG"), then one cell per column.
    Spanned {
        first: usize,
        label: Vec<Span>,
        cells: Vec<Vec<Span>>,
    },
}

#[derive(Clone, Debug)]
pub struct TableIn {
    pub cols: Vec<ColIn>,
    /// Header rows; every column is covered once across them.
    pub header: Vec<Vec<HeadCell>>,
    /// Print "(1) (2) (3) ..." under the header.
    pub numbers: Option<Vec<Span>>,
    pub rows: Vec<RowIn>,
}

/// A laid-out cell: its lines, placed relative to the row's top-left.
#[derive(Clone, Debug)]
pub struct Cell {
    pub x: f32,
    pub w: f32,
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub height: f32,
    pub notes: Vec<usize>,
    /// Column boundaries (x) that get a vertical border in this row.
    pub verticals: Vec<f32>,
    /// Group rows stay with the row after them.
    pub keep_next: bool,
    /// The plan's row it prints.
    pub place: Option<Place>,
}

#[derive(Clone, Debug)]
pub struct TableOut {
    /// Offset from the left margin.
    pub x: f32,
    pub width: f32,
    pub widths: Vec<f32>,
    /// The header with its borders, relative to the table's top-left.
    pub header: Vec<Item>,
    pub header_height: f32,
    /// The height of each header row (the "(1) (2)" row last, when printed).
    pub header_rows: Vec<f32>,
    pub rows: Vec<Row>,
    /// The plan's table (its header is marked with it).
    pub place: Option<Place>,
}

fn words_max(spans: &[Span], fonts: &FontSet) -> f32 {
    // The widest unbreakable piece: what a column can never be narrower than.
    let mut best = 0.0f32;
    for s in spans {
        for w in s.text.split([' ', '\n']) {
            best = best.max(fonts.metrics(s.face).width_mm(w, s.size));
        }
    }
    best
}

fn natural(spans: &[Span], fonts: &FontSet) -> f32 {
    // Typed line breaks count: the widest of the typed lines.
    let mut best = 0.0f32;
    let mut cur = 0.0f32;
    for s in spans {
        let mut parts = s.text.split('\n');
        if let Some(first) = parts.next() {
            cur += fonts.metrics(s.face).width_mm(first, s.size);
        }
        for p in parts {
            best = best.max(cur);
            cur = fonts.metrics(s.face).width_mm(p, s.size);
        }
    }
    best.max(cur)
}

/// What a column's contents ask of its width, padding included.
#[derive(Clone, Copy, Debug, Default)]
struct Measure {
    /// The widest word (header words too), or the widest short value.
    min: f32,
    /// The widest cell on one line, its header title included.
    line: f32,
    /// Its cells hold text longer than a short value.
    text: bool,
    /// How much text it holds (the one-line widths of its cells, summed).
    weight: f32,
}

impl TableIn {
    fn measure(&self, fonts: &FontSet) -> Vec<Measure> {
        let n = self.cols.len();
        let mut m = vec![Measure::default(); n];
        let mut see = |i: usize, spans: &[Span]| {
            if let Some(m) = m.get_mut(i) {
                let nat = natural(spans, fonts);
                m.min = m.min.max(words_max(spans, fonts));
                m.line = m.line.max(nat);
                m.weight += nat;
            }
        };
        let mut spanned = 0.0f32;
        for row in &self.rows {
            match row {
                RowIn::Cells { cells } => cells.iter().enumerate().for_each(|(i, c)| see(i, c)),
                RowIn::Group { label, .. } => see(0, label),
                RowIn::Spanned {
                    first,
                    label,
                    cells,
                } => {
                    if *first <= 1 {
                        // "TỔNG CỘNG" in the STT column alone: its words must fit.
                        spanned = spanned.max(words_max(label, fonts));
                    }
                    cells
                        .iter()
                        .enumerate()
                        .for_each(|(i, c)| see(first.saturating_add(i), c))
                }
            }
        }
        for (i, m) in m.iter_mut().enumerate() {
            // Short values (numbers, periods, "Đạt") never wrap: "2024 - 2025"
            // on two lines reads worse than a narrower text column.
            m.text = m.line > SHORT;
            if !m.text {
                m.min = m.min.max(m.line);
            }
            if i == 0 {
                m.min = m.min.max(spanned);
            }
        }
        // Header words must fit too, but a long title may wrap.
        let placements = self.placements();
        for &(_, c, span, h) in &placements {
            if span == 1 {
                m[c].min = m[c].min.max(words_max(&h.spans, fonts));
            }
        }
        for m in m.iter_mut() {
            m.min += 2.0 * PAD_X;
            m.line = m.line.max(m.min - 2.0 * PAD_X) + 2.0 * PAD_X;
        }
        // A column may grow until its title takes two lines, no further
        // for the title's sake.
        for &(_, c, span, h) in &placements {
            if span == 1 {
                let one = natural(&h.spans, fonts) + 2.0 * PAD_X;
                m[c].line = m[c].line.max(two_lines(&h.spans, fonts, m[c].min, one));
            }
        }
        for (m, c) in m.iter_mut().zip(&self.cols) {
            if let Some(f) = c.fixed {
                *m = Measure {
                    min: f,
                    line: f,
                    ..*m
                };
            }
        }
        m
    }

    /// Where each header cell sits: (row, first column, columns spanned, cell).
    pub(super) fn placements(&self) -> Vec<(usize, usize, usize, &HeadCell)> {
        let spans: Vec<Vec<(usize, usize)>> = self
            .header
            .iter()
            .map(|row| row.iter().map(|h| (h.colspan, h.rowspan)).collect())
            .collect();
        place_header(&spans, self.cols.len())
            .into_iter()
            .filter_map(|at| {
                let h = self.header.get(at.row)?.get(at.index)?;
                Some((at.row, at.col, at.colspan, h))
            })
            .collect()
    }

    /// The pages this table takes on pages of each (text width, height),
    /// or None where its columns cannot all have their narrowest widths
    /// (header words and short values whole).
    pub fn pages_at(&self, fonts: &FontSet, pages: &[(f32, f32)]) -> Vec<Option<f32>> {
        let m = self.measure(fonts);
        let mut balance = Balance::new(self, fonts);
        pages
            .iter()
            .map(|&(width, height)| {
                let sized = self.size(&m, &mut balance, width);
                sized.fits.then(|| {
                    let header = balance.header_height(&sized.widths);
                    let room = (height - header).max(height / 4.0);
                    (balance.body_height(&sized.widths) / room).ceil()
                })
            })
            .collect()
    }

    /// Column widths that fill `avail`. Every column gets its minimum; the
    /// rest goes where it saves the most lines (`balance.rs`), then to the
    /// columns still short of their one-line width by how much text they
    /// hold, then to all, text columns first.
    fn size(&self, m: &[Measure], balance: &mut Balance, avail: f32) -> Sized {
        let mut w: Vec<f32> = m.iter().map(|x| x.min).collect();
        let flex: Vec<usize> = (0..m.len())
            .filter(|&i| self.cols[i].fixed.is_none())
            .collect();
        let used: f32 = w.iter().sum();
        if used > avail + 0.5 {
            // Too many columns even at their narrowest: shrink; cells split words.
            let fixed: f32 = (0..m.len())
                .filter(|i| !flex.contains(i))
                .map(|i| w[i])
                .sum();
            let k = ((avail - fixed).max(0.0)) / (used - fixed).max(0.01);
            for &i in &flex {
                w[i] *= k;
            }
            return Sized {
                widths: w,
                fits: false,
            };
        }
        if flex.is_empty() {
            return Sized {
                widths: w,
                fits: true,
            };
        }
        let most: Vec<f32> = m.iter().map(|x| x.line).collect();
        let mut extra = balance.grow(&mut w, &most, &flex, (avail - used).max(0.0));
        let least: Vec<f32> = m.iter().map(|x| x.min).collect();
        balance.refine(&mut w, &least, &most, &flex);
        for _ in 0..m.len() + 1 {
            let open: Vec<usize> = flex
                .iter()
                .copied()
                .filter(|&i| w[i] < m[i].line - 1e-3)
                .collect();
            if open.is_empty() || extra <= 1e-3 {
                break;
            }
            let total: f32 = open.iter().map(|&i| m[i].weight.max(1.0)).sum();
            let mut given = 0.0;
            for &i in &open {
                let share = extra * m[i].weight.max(1.0) / total;
                let add = share.min(m[i].line - w[i]);
                w[i] += add;
                given += add;
            }
            extra -= given;
        }
        if extra > 1e-3 {
            // Everything fits on one line: widen the text columns, not the
            // columns of short values (STT, figures), whose numbers would
            // float in wide empty cells.
            let text = flex.iter().any(|&i| m[i].text);
            let share = |i: usize| if m[i].text || !text { w[i] } else { 0.0 };
            let total: f32 = flex.iter().map(|&i| share(i)).sum();
            let add: Vec<(usize, f32)> = flex
                .iter()
                .map(|&i| (i, extra * share(i) / total.max(0.01)))
                .collect();
            for (i, a) in add {
                w[i] += a;
            }
        }
        Sized {
            widths: w,
            fits: true,
        }
    }

    pub fn lay_out(&self, fonts: &FontSet, avail: f32) -> TableOut {
        if self.cols.is_empty() {
            // Nothing has a place to print; validate reports such a table.
            return TableOut {
                x: 0.0,
                width: 0.0,
                widths: Vec::new(),
                header: Vec::new(),
                header_height: 0.0,
                header_rows: Vec::new(),
                rows: Vec::new(),
                place: None,
            };
        }
        let measure = self.measure(fonts);
        let widths = self
            .size(&measure, &mut Balance::new(self, fonts), avail)
            .widths;
        let width: f32 = widths.iter().sum();
        let x = ((avail - width) / 2.0).max(0.0);
        let edges: Vec<f32> = std::iter::once(0.0)
            .chain(widths.iter().scan(0.0, |acc, w| {
                *acc += w;
                Some(*acc)
            }))
            .collect();
        let (header, header_rows) = self.header_items(fonts, &edges);
        let header_height = header_rows.iter().sum();
        let rows = self
            .rows
            .iter()
            .map(|r| self.row(r, fonts, &edges))
            .collect();
        TableOut {
            x,
            width,
            widths,
            header,
            header_height,
            header_rows,
            rows,
            place: None,
        }
    }

    fn header_items(&self, fonts: &FontSet, edges: &[f32]) -> (Vec<Item>, Vec<f32>) {
        let n = self.cols.len();
        // Place every header cell on the grid, then size rows to their contents.
        struct Placed<'a> {
            r: usize,
            c: usize,
            span: usize,
            h: &'a HeadCell,
            lines: Vec<Line>,
        }
        let rows = self.header.len();
        let placed: Vec<Placed> = self
            .placements()
            .into_iter()
            .map(|(r, c, span, h)| Placed {
                r,
                c,
                span,
                h,
                lines: cell_lines(&h.spans, edges[c + span] - edges[c], Align::Center, fonts),
            })
            .collect();
        let mut heights = vec![0.0f32; rows];
        for p in placed.iter().filter(|p| p.h.rowspan <= 1) {
            heights[p.r] = heights[p.r].max(lines_height(&p.lines) + 2.0 * PAD_Y);
        }
        for p in placed.iter().filter(|p| p.h.rowspan > 1) {
            let end = p.r.saturating_add(p.h.rowspan).min(rows);
            let have: f32 = heights[p.r..end].iter().sum();
            let need = lines_height(&p.lines) + 2.0 * PAD_Y;
            if need > have {
                heights[end - 1] += need - have;
            }
        }
        let tops: Vec<f32> = std::iter::once(0.0)
            .chain(heights.iter().scan(0.0, |a, h| {
                *a += h;
                Some(*a)
            }))
            .collect();
        let mut items = Vec::new();
        for p in &placed {
            let span = p.span;
            let end = p.r.saturating_add(p.h.rowspan.max(1)).min(rows);
            let (x0, x1) = (edges[p.c], edges[p.c + span]);
            let (y0, y1) = (tops[p.r], tops[end]);
            // Centre the title vertically in its (possibly merged) cell.
            let h = lines_height(&p.lines);
            let y = y0 + ((y1 - y0) - h) / 2.0;
            push_lines(&mut items, &p.lines, x0 + PAD_X, y);
            items.push(line(x0, y0, x1, y0));
            items.push(line(x0, y1, x1, y1));
            items.push(line(x0, y0, x0, y1));
            items.push(line(x1, y0, x1, y1));
        }
        let total = tops[rows];
        if let Some(numbers) = &self.numbers {
            let mut y1 = total;
            let mut cells = Vec::new();
            for (i, w) in edges.windows(2).enumerate() {
                let label = Span {
                    text: format!("({})", i + 1),
                    ..numbers
                        .first()
                        .cloned()
                        .unwrap_or_else(|| Span::new("", super::page::Face::Italic, 11.0))
                };
                let lines = cell_lines(&[label], w[1] - w[0], Align::Center, fonts);
                y1 = y1.max(total + lines_height(&lines) + 2.0 * PAD_Y);
                cells.push((w[0], lines));
            }
            for (x, lines) in cells {
                push_lines(&mut items, &lines, x + PAD_X, total + PAD_Y);
            }
            for &x in edges {
                items.push(line(x, total, x, y1));
            }
            items.push(line(edges[0], y1, edges[n], y1));
            heights.push(y1 - total);
        }
        (items, heights)
    }

    fn row(&self, row: &RowIn, fonts: &FontSet, edges: &[f32]) -> Row {
        let n = self.cols.len();
        let mut cells = Vec::new();
        let mut verticals = Vec::new();
        let mut keep_next = false;
        let add = |cells: &mut Vec<Cell>, from: usize, to: usize, spans: &[Span], align: Align| {
            let (x, w) = (edges[from], edges[to] - edges[from]);
            cells.push(Cell {
                x,
                w,
                lines: cell_lines(spans, w, align, fonts),
            });
        };
        match row {
            RowIn::Cells { cells: cs } => {
                for i in 0..n {
                    let spans = cs.get(i).map(Vec::as_slice).unwrap_or(&[]);
                    add(&mut cells, i, i + 1, spans, self.cols[i].align);
                }
                verticals.extend_from_slice(edges);
            }
            RowIn::Group { label, name } => {
                add(&mut cells, 0, 1.min(n), label, Align::Center);
                if n > 1 {
                    add(&mut cells, 1, n, name, Align::Left);
                }
                verticals.extend([edges[0], edges[1.min(n)], edges[n]]);
                keep_next = true;
            }
            RowIn::Spanned {
                first,
                label,
                cells: cs,
            } => {
                // `max` then `min`: never panics, even without columns.
                let first = (*first).max(1).min(n);
                add(&mut cells, 0, first, label, Align::Center);
                verticals.push(edges[0]);
                for i in first..n {
                    let spans = cs.get(i - first).map(Vec::as_slice).unwrap_or(&[]);
                    add(&mut cells, i, i + 1, spans, self.cols[i].align);
                }
                verticals.extend_from_slice(&edges[first..]);
            }
        }
        let height = cells
            .iter()
            .map(|c| lines_height(&c.lines))
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y;
        let notes = cells
            .iter()
            .flat_map(|c| c.lines.iter().flat_map(|l| l.notes.iter().copied()))
            .collect();
        Row {
            cells,
            height,
            notes,
            verticals,
            keep_next,
            place: None,
        }
    }
}

fn cell_lines(spans: &[Span], w: f32, align: Align, fonts: &FontSet) -> Vec<Line> {
    let frame = Frame {
        width: (w - 2.0 * PAD_X).max(1.0),
        first_indent: 0.0,
        indent: 0.0,
        align,
        leading: 1.0,
    };
    lay_out(spans, frame, fonts)
}

pub fn lines_height(lines: &[Line]) -> f32 {
    lines.iter().map(|l| l.height).sum()
}

fn push_lines(items: &mut Vec<Item>, lines: &[Line], x: f32, mut y: f32) {
    for l in lines {
        items.extend(l.shifted(x, y).into_iter().map(Item::Text));
        y += l.height;
    }
}

pub fn line(x1: f32, y1: f32, x2: f32, y2: f32) -> Item {
    Item::Rule(Rule {
        x1,
        y1,
        x2,
        y2,
        thickness: BORDER,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::page::Face;

    fn spans(s: &str) -> Vec<Span> {
        vec![Span::new(s, Face::Regular, 12.0)]
    }

    fn head(s: &str, colspan: usize, rowspan: usize) -> HeadCell {
        HeadCell {
            spans: spans(s),
            colspan,
            rowspan,
        }
    }

    /// The engine is total: any input the builders could hand it lays out,
    /// with every cell inside the table.
    #[test]
    fn degenerate_input_lays_out_without_panicking() {
        let fonts = FontSet::bundled().unwrap();
        let rows = || {
            vec![
                RowIn::Cells { cells: vec![] },
                RowIn::Cells {
                    cells: (0..9).map(|i| spans(&i.to_string())).collect(),
                },
                RowIn::Group {
                    label: spans("I"),
                    name: spans("NHÓM"),
                },
                RowIn::Spanned {
                    first: 0,
                    label: spans("TỔNG CỘNG"),
                    cells: vec![],
                },
                RowIn::Spanned {
                    first: usize::MAX,
                    label: spans("TỔNG CỘNG"),
                    cells: vec![spans("1"); 5],
                },
            ]
        };
        let headers = [
            vec![],
            vec![vec![]],
            vec![vec![], vec![]],
            vec![vec![head("A", 0, 0), head("B", usize::MAX, usize::MAX)]],
            vec![
                vec![head("A", 1, 9)],
                vec![head("B", 1, 1), head("C", 5, 1)],
            ],
        ];
        for n in 0..4 {
            for header in &headers {
                let table = TableIn {
                    cols: vec![
                        ColIn {
                            align: Align::Right,
                            fixed: None,
                        };
                        n
                    ],
                    header: header.clone(),
                    numbers: Some(spans("")),
                    rows: rows(),
                };
                for avail in [0.0, 1.0, 170.0] {
                    let out = table.lay_out(&fonts, avail);
                    assert_eq!(out.widths.len(), n);
                    for row in &out.rows {
                        for c in &row.cells {
                            assert!(c.x >= 0.0 && c.x + c.w <= out.width + 1e-3, "{c:?}");
                        }
                    }
                }
                let _ = table.pages_at(&fonts, &[(165.0, 257.0), (0.0, 0.0)]);
            }
        }
    }
}
