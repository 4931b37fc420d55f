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

    /// The weighted height of the table at these widths, rows and header,
    /// and the body's alone (to count pages).
    fn heights(&mut self, widths: &[f32]) -> (f32, f32) {
        let count = self.rows.len() + self.header.len();
        let mut tallest = vec![0.0f32; count];
        for (c, &w) in widths.iter().enumerate() {
            for (t, h) in tallest.iter_mut().zip(self.column(c, w)) {
                *t = t.max(*h);
            }
        }
        self.weigh(&tallest)
    }

    fn weigh(&self, tallest: &[f32]) -> (f32, f32) {
        let body: f32 = self
            .rows
            .iter()
            .zip(tallest)
            .map(|(m, h)| m.weight * (h + 2.0 * PAD_Y))
            .sum();
        let head: f32 = self
            .header
            .iter()
            .zip(&tallest[self.rows.len()..])
            .map(|(m, h)| m.weight * (h + 2.0 * PAD_Y))
            .sum();
        (body + head * (body / PAGE).ceil().max(1.0), body)
    }

    /// The body's height (mm) at these widths.
    pub fn body_height(&mut self, widths: &[f32]) -> f32 {
        self.heights(widths).1
    }

    /// The header's height (mm) at these widths.
    pub fn header_height(&mut self, widths: &[f32]) -> f32 {
        let from = self.rows.len();
        let mut tallest = vec![0.0f32; self.header.len()];
        for (c, &w) in widths.iter().enumerate() {
            for (t, h) in tallest.iter_mut().zip(&self.column(c, w)[from..]) {
                *t = t.max(*h);
            }
        }
        tallest.iter().map(|h| h + 2.0 * PAD_Y).sum()
    }

    /// Grows the columns in `flex` from `widths` (each at least its minimum)
    /// by up to `extra` mm in all, none beyond `most`, choosing each time
    /// the growth that saves the most height per millimetre. Returns the
    /// space no column could use.
    pub fn grow(
        &mut self,
        widths: &mut [f32],
        most: &[f32],
        flex: &[usize],
        mut extra: f32,
    ) -> f32 {
        let count = self.rows.len() + self.header.len();
        for _ in 0..MAX_STEPS {
            if extra <= 0.05 {
                break;
            }
            let mut tallest = vec![(0.0f32, usize::MAX, 0.0f32); count];
            for (c, &w) in widths.iter().enumerate() {
                for (t, &h) in tallest.iter_mut().zip(self.column(c, w)) {
                    if h > t.0 {
                        *t = (h, c, t.0);
                    } else if h > t.2 {
                        t.2 = h;
                    }
                }
            }
            let now = self
                .weigh(&tallest.iter().map(|t| t.0).collect::<Vec<_>>())
                .0;
            let mut best: Option<(f32, usize, f32)> = None;
            for &c in flex {
                let room = (most[c] - widths[c]).min(extra);
                if room <= 0.05 {
                    continue;
                }
                let mut tried = Vec::new();
                for step in STEPS.iter().map(|s| s.min(room)).chain([room]) {
                    let to = (widths[c] + step).max(widths[c]);
                    if tried.contains(&key(to)) {
                        continue;
                    }
                    tried.push(key(to));
                    let grown: Vec<f32> = self
                        .column(c, to)
                        .iter()
                        .zip(&tallest)
                        .map(|(&h, t)| if t.1 == c { h.max(t.2) } else { h.max(t.0) })
                        .collect();
                    let saved = now - self.weigh(&grown).0;
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
