//! Column widths that make a table short. Once every column has its
//! narrowest width (its widest word, a short value whole), the space left
//! goes a few millimetres at a time to the column whose cells then take the
//! fewest lines, the header counted once for every page it repeats on.
//! Sharing the space in proportion to how much text a column holds gave a
//! 124 mm name column beside money columns whose headers took four lines;
//! measuring the lines instead finds the widths that save the most.

use super::page::pt_to_mm;
use super::table::{PAD_X, PAD_Y, RowIn, TableIn};
use super::text::{SINGLE, Span, break_pieces};
use crate::fonts::FontSet;

/// More rows than this are sampled evenly: the widths a long table needs
/// are those its rows need on average, and a 5.000-row table must not cost
/// 5.000 rows per trial.
const SAMPLE: usize = 120;
/// How far ahead (mm) a column looks for a width that saves lines: a cell
/// loses a line only when it grows by a whole word.
const STEPS: [f32; 8] = [1.0, 2.0, 4.0, 7.0, 12.0, 20.0, 35.0, 60.0];
/// What a line of a cell costs beside a millimetre of table height.
const LINES: f32 = 0.3;
/// The widths one column passes to another while refining (mm).
const SHIFTS: [f32; 4] = [1.0, 2.0, 4.0, 8.0];
/// Bounds the refinement: each round moves one amount between two columns.
const MAX_ROUNDS: usize = 40;
/// Bounds the greedy loop for pathological inputs.
const MAX_STEPS: usize = 400;
/// A page's text height for counting how often the header repeats: the
/// mean of portrait (257 mm) and landscape (165 mm) is close enough.
const PAGE: f32 = 200.0;

/// One cell's breakable pieces and its line height.
struct Words {
    pieces: Vec<(f32, f32, bool)>,
    line: f32,
}

impl Words {
    fn new(spans: &[Span], fonts: &FontSet) -> Option<Words> {
        let size = spans.iter().map(|s| s.size).fold(0.0f32, f32::max);
        let pieces = break_pieces(spans, fonts);
        (!pieces.is_empty()).then(|| Words {
            pieces,
            line: pt_to_mm(size * SINGLE),
        })
    }

    /// The lines a greedy fill at `width` (padding included) takes: the
    /// count `text::lay_out` arrives at for a left, centred or right cell.
    fn lines(&self, width: f32) -> usize {
        let room = (width - 2.0 * PAD_X).max(1.0);
        let mut lines = 0;
        let mut cur: Option<f32> = None;
        let mut trailing = 0.0;
        for &(w, t, hard) in &self.pieces {
            if let Some(c) = cur
                && c + trailing + w > room + 0.01
            {
                lines += 1;
                cur = None;
            }
            cur = Some(match cur {
                Some(c) => c + trailing + w,
                // A word wider than the line is split over as many lines as it needs.
                None if w > room + 0.01 => {
                    let whole = (w / room).ceil().max(1.0);
                    lines += whole as usize - 1;
                    w - (whole - 1.0) * room
                }
                None => w,
            });
            trailing = t;
            if hard {
                lines += 1;
                cur = None;
            }
        }
        lines + usize::from(cur.is_some())
    }

    fn height(&self, width: f32) -> f32 {
        self.lines(width) as f32 * self.line
    }
}

/// A row as the balancer sees it: a cell of its own in some columns, and
/// how many rows (or pages, for the header) it stands for.
struct Measured {
    cells: Vec<Option<Words>>,
    weight: f32,
}

pub(super) struct Balance {
    rows: Vec<Measured>,
    /// Header rows, weighted later by the pages the table takes.
    header: Vec<Measured>,
    /// Heights of each column's cells at the widths tried (0,1 mm grid):
    /// a few dozen per column, looked up faster in a list than hashed.
    cache: Vec<Vec<(i32, Vec<f32>)>>,
}

fn key(w: f32) -> i32 {
    (w * 10.0).round() as i32
}

impl Balance {
    pub fn new(table: &TableIn, fonts: &FontSet) -> Balance {
        let n = table.cols.len();
        let every = table.rows.len().div_ceil(SAMPLE).max(1);
        let rows = table
            .rows
            .iter()
            .step_by(every)
            .map(|row| {
                let mut cells: Vec<Option<Words>> = (0..n).map(|_| None).collect();
                let mut put = |i: usize, spans: &[Span]| {
                    if let Some(c) = cells.get_mut(i) {
                        *c = Words::new(spans, fonts);
                    }
                };
                match row {
                    RowIn::Cells { cells } => cells.iter().enumerate().for_each(|(i, c)| put(i, c)),
                    // A group's name spans the table: no column's width changes it much.
                    RowIn::Group { label, .. } => put(0, label),
                    RowIn::Spanned { first, cells, .. } => cells
                        .iter()
                        .enumerate()
                        .for_each(|(i, c)| put(first.saturating_add(i), c)),
                }
                Measured {
                    cells,
                    weight: every as f32,
                }
            })
            .collect();
        let mut header: Vec<Measured> = table
            .header
            .iter()
            .map(|_| Measured {
                cells: (0..n).map(|_| None).collect(),
                weight: 1.0,
            })
            .collect();
        for (r, c, span, h) in table.placements() {
            // A title over several columns has their sum: it rarely decides.
            if span == 1
                && let Some(cell) = header.get_mut(r).and_then(|m| m.cells.get_mut(c))
            {
                *cell = Words::new(&h.spans, fonts);
            }
        }
        Balance {
            rows,
            header,
            cache: (0..n).map(|_| Vec::new()).collect(),
        }
    }

    /// Every row's height in column `c` at width `w` (0 where it has no cell).
    fn column(&mut self, c: usize, w: f32) -> &[f32] {
        let Balance {
            rows,
            header,
            cache,
        } = self;
        let k = key(w);
        let at = match cache[c].iter().position(|(x, _)| *x == k) {
            Some(at) => at,
            None => {
                let heights = rows
                    .iter()
                    .chain(header.iter())
                    .map(|m| m.cells[c].as_ref().map_or(0.0, |x| x.height(w)))
                    .collect();
                cache[c].push((k, heights));
                cache[c].len() - 1
            }
        };
        &cache[c][at].1
    }

    /// Each row's tallest cell and the sum of its cells' heights at these widths.
    fn rows_at(&mut self, widths: &[f32]) -> Vec<Tallest> {
        let count = self.rows.len() + self.header.len();
        let mut out = vec![Tallest::default(); count];
        for (c, &w) in widths.iter().enumerate() {
            for (t, &h) in out.iter_mut().zip(self.column(c, w)) {
                t.add(c, h);
            }
        }
        out
    }

    /// What the balancer makes least: the body's height plus the header's
    /// for each page, and a little for every line of every cell, so that
    /// among widths of equal height the one wrapping fewer cells wins (a
    /// 20 mm agency column on four lines beside a taller cell costs
    /// nothing in height, but reads badly).
    fn score(&self, rows: impl Iterator<Item = (f32, f32)>) -> (f32, f32) {
        let mut body = 0.0;
        let mut head = 0.0;
        let mut lines = 0.0;
        for (i, (tallest, sum)) in rows.enumerate() {
            let (weight, to) = match self.rows.get(i) {
                Some(m) => (m.weight, &mut body),
                None => (1.0, &mut head),
            };
            *to += weight * (tallest + 2.0 * PAD_Y);
            lines += weight * sum;
        }
        let pages = (body / PAGE).ceil().max(1.0);
        (body + head * pages + LINES * lines, body)
    }

    /// The body's height (mm) at these widths.
    pub fn body_height(&mut self, widths: &[f32]) -> f32 {
        let rows = self.rows_at(widths);
        self.score(rows.iter().map(|t| (t.first(), t.sum))).1
    }

    /// The header's height (mm) at these widths.
    pub fn header_height(&mut self, widths: &[f32]) -> f32 {
        let from = self.rows.len();
        self.rows_at(widths)[from..]
            .iter()
            .map(|t| t.first() + 2.0 * PAD_Y)
            .sum()
    }

    /// Grows the columns in `flex` from `widths` (each at least its minimum)
    /// by up to `extra` mm in all, none beyond `most`, choosing each time
    /// the growth that saves the most per millimetre. Returns the space no
    /// column could use.
    pub fn grow(
        &mut self,
        widths: &mut [f32],
        most: &[f32],
        flex: &[usize],
        mut extra: f32,
    ) -> f32 {
        for _ in 0..MAX_STEPS {
            if extra <= 0.05 {
                break;
            }
            let rows = self.rows_at(widths);
            let now = self.score(rows.iter().map(|t| (t.first(), t.sum))).0;
            let mut best: Option<(f32, usize, f32)> = None;
            for &c in flex {
                let room = (most[c] - widths[c]).min(extra);
                if room <= 0.05 {
                    continue;
                }
                let was = self.column(c, widths[c]).to_vec();
                let mut tried = Vec::new();
                for step in STEPS.iter().map(|s| s.min(room)).chain([room]) {
                    let to = (widths[c] + step).max(widths[c]);
                    if tried.contains(&key(to)) {
                        continue;
                    }
                    tried.push(key(to));
                    let scored: Vec<(f32, f32)> = rows
                        .iter()
                        .zip(self.column(c, to).iter().zip(&was))
                        .map(|(t, (&h, &old))| (t.without(&[c]).max(h), t.sum - old + h))
                        .collect();
                    let saved = now - self.score(scored.into_iter()).0;
                    let rate = saved / (to - widths[c]).max(0.01);
                    if saved > 1e-3 && best.is_none_or(|b| rate > b.0) {
                        best = Some((rate, c, to));
                    }
                }
            }
            let Some((_, c, to)) = best else { break };
            extra -= to - widths[c];
            widths[c] = to;
        }
        extra.max(0.0)
    }
}

impl Balance {
    /// Moves width from one column to another while that lowers the score:
    /// the greedy growth gives each millimetre where it helps most at the
    /// time, and can leave a column wrapping that a few millimetres taken
    /// from a column with room to spare would spare.
    pub fn refine(&mut self, widths: &mut [f32], least: &[f32], most: &[f32], flex: &[usize]) {
        for _ in 0..MAX_ROUNDS {
            let rows = self.rows_at(widths);
            let now = self.score(rows.iter().map(|t| (t.first(), t.sum))).0;
            let mut best: Option<(f32, usize, usize, f32)> = None;
            for &from in flex {
                let from_was = self.column(from, widths[from]).to_vec();
                for &to in flex.iter().filter(|&&to| to != from) {
                    let to_was = self.column(to, widths[to]).to_vec();
                    for d in SHIFTS {
                        if widths[from] - d < least[from] - 1e-3 || widths[to] + d > most[to] + 1e-3
                        {
                            continue;
                        }
                        let shrunk = self.column(from, widths[from] - d).to_vec();
                        let grown = self.column(to, widths[to] + d);
                        let scored: Vec<(f32, f32)> = rows
                            .iter()
                            .enumerate()
                            .map(|(r, t)| {
                                let (a, b) = (shrunk[r], grown[r]);
                                (
                                    t.without(&[from, to]).max(a).max(b),
                                    t.sum - from_was[r] - to_was[r] + a + b,
                                )
                            })
                            .collect();
                        let saved = now - self.score(scored.into_iter()).0;
                        if saved > 1e-3 && best.is_none_or(|b| saved > b.0) {
                            best = Some((saved, from, to, d));
                        }
                    }
                }
            }
            let Some((_, from, to, d)) = best else { break };
            widths[from] -= d;
            widths[to] += d;
        }
    }
}

/// A row's three tallest cells (to know its height without one or two
/// columns) and the sum of its cells' heights.
#[derive(Clone, Copy, Default)]
struct Tallest {
    top: [(f32, usize); 3],
    sum: f32,
}

impl Tallest {
    fn add(&mut self, c: usize, h: f32) {
        self.sum += h;
        if let Some(at) = self.top.iter().position(|t| h > t.0) {
            self.top.copy_within(at..2, at + 1);
            self.top[at] = (h, c);
        }
    }

    fn first(&self) -> f32 {
        self.top[0].0
    }

    /// The tallest cell outside these columns (0 when only they hold text).
    fn without(&self, cols: &[usize]) -> f32 {
        self.top
            .iter()
            .find(|t| !cols.contains(&t.1) || t.0 == 0.0)
            .map_or(0.0, |t| t.0)
    }
}

/// The narrowest width (padding included, at least `min`) at which a
/// header title takes two lines: what a column may grow to for its header
/// alone. One line would widen a column of two-digit ranks to 60 mm.
pub(super) fn two_lines(spans: &[Span], fonts: &FontSet, min: f32, one_line: f32) -> f32 {
    let Some(words) = Words::new(spans, fonts) else {
        return min;
    };
    if words.lines(min) <= 2 {
        return min;
    }
    let (mut lo, mut hi) = (min, one_line.max(min));
    for _ in 0..14 {
        let mid = (lo + hi) / 2.0;
        if words.lines(mid) <= 2 {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::page::Face;
    use crate::layout::text::{Align, Frame, lay_out};

    /// The balancer's count is the count the cells get when laid out.
    #[test]
    fn lines_are_counted_as_cells_are_laid_out() {
        let fonts = FontSet::bundled().unwrap();
        let texts = [
            "Xây dựng hệ thống thông tin cơ sở dữ liệu Gis phục vụ quản lý cơ sở hạ tầng",
            "Sở Khoa học và Công nghệ; Sở Tài chính; Ủy ban nhân dân các xã, phường",
            "QĐ số 1153/QĐ-UBND.HC ngày 21/10/2022 của UBND Tỉnh",
            "Dòng một\nDòng hai rất dài, dài hơn cả cột",
            "Siêuuuuuuuuuuuuuuuuuuuuuuuudàiiiiiiiiiiiiiiiiiii",
        ];
        for text in texts {
            let spans = vec![Span::new(text, Face::Regular, 12.0)];
            let words = Words::new(&spans, &fonts).unwrap();
            for width in [8.0, 15.0, 22.5, 31.0, 47.0, 80.0, 200.0] {
                let frame = Frame {
                    width: (width - 2.0 * PAD_X).max(1.0),
                    first_indent: 0.0,
                    indent: 0.0,
                    align: Align::Left,
                    leading: 1.0,
                };
                let laid = lay_out(&spans, frame, &fonts);
                if words.pieces.iter().any(|p| p.0 > frame.width) {
                    // A word split by characters: close is enough, the
                    // balancer never chooses such a width.
                    let (a, b) = (words.lines(width) as f32, laid.len() as f32);
                    assert!((a - b).abs() <= b * 0.2 + 1.0, "{text} at {width} mm");
                    continue;
                }
                assert_eq!(words.lines(width), laid.len(), "{text} at {width} mm");
                let height: f32 = laid.iter().map(|l| l.height).sum();
                assert!((words.height(width) - height).abs() < 0.01);
            }
        }
    }
}
