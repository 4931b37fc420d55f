//! Inline text: styled spans -> lines that fit a width, with justification.
//!
//! Lines break at spaces. unicode-linebreak's other opportunities (after "/"
//! and "-") are used only for a word wider than the whole line, so document
//! numbers like "30/2020/NĐ-CP" stay whole.

use super::page::{Face, TextRun, pt_to_mm};
use crate::fonts::FontSet;
use unicode_linebreak::{BreakOpportunity, linebreaks};

/// A piece of text in one style. A footnote mark is a span with `note`.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub face: Face,
    pub size: f32,
    /// Raise above the baseline in mm (superscript footnote marks).
    pub rise: f32,
    /// Index of the footnote this span marks; the line holding it carries it.
    pub note: Option<usize>,
}

impl Span {
    pub fn new(text: impl Into<String>, face: Face, size: f32) -> Span {
        Span {
            text: text.into(),
            face,
            size,
            rise: 0.0,
            note: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    /// Justified, the last line left-aligned.
    Justify,
}

/// Where and how wide lines may be.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Width available to every line, mm.
    pub width: f32,
    /// Extra indent of the first line (may be negative for a hanging indent).
    pub first_indent: f32,
    /// Indent of every other line.
    pub indent: f32,
    pub align: Align,
    /// Line height as a multiple of the largest font size on the line.
    pub leading: f32,
}

/// A laid-out line: runs with x relative to the frame's left edge and
/// baselines relative to the line's top.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    pub runs: Vec<TextRun>,
    pub height: f32,
    /// Footnotes marked on this line (indexes), so they land on its page.
    pub notes: Vec<usize>,
}

impl Line {
    /// Moves every run by (dx, dy).
    pub fn shifted(&self, dx: f32, dy: f32) -> Vec<TextRun> {
        self.runs
            .iter()
            .map(|r| TextRun {
                x: r.x + dx,
                baseline: r.baseline + dy,
                ..r.clone()
            })
            .collect()
    }
}

/// One unbreakable piece of a segment, in one span's style.
#[derive(Clone, Debug)]
struct Piece {
    span: usize,
    text: String,
    width: f32,
    spaces: usize,
}

/// Text between two break opportunities, with its trailing spaces.
#[derive(Clone, Debug, Default)]
struct Segment {
    pieces: Vec<Piece>,
    /// Width without trailing spaces.
    width: f32,
    /// Width of the trailing spaces.
    trailing: f32,
    trailing_spaces: usize,
    /// A line must end after this segment (a typed line break).
    hard_break: bool,
    /// It ends after a "/" inside a word (a long document code): a line
    /// breaks there only when it would otherwise be far too loose.
    soft_end: bool,
}

/// Ratio of a font's line box to its size for "single" spacing: Times New
/// Roman's ascent + descent, as word processors use it.
pub const SINGLE: f32 = 1.15;

pub fn lay_out(spans: &[Span], frame: Frame, fonts: &FontSet) -> Vec<Line> {
    lay_out_keeping(spans, frame, fonts, &[])
}

/// The same, never breaking inside the byte ranges `keep` of the spans'
/// joined text (a name a title must not split).
pub fn lay_out_keeping(
    spans: &[Span],
    frame: Frame,
    fonts: &FontSet,
    keep: &[std::ops::Range<usize>],
) -> Vec<Line> {
    let segments = segments(spans, fonts, keep, frame.align == Align::Justify);
    if frame.align == Align::Justify
        && let Some(lines) = total_fit(&segments, frame)
    {
        let n = lines.len();
        return lines
            .into_iter()
            .enumerate()
            .map(|(i, segs)| build_line(&segs, spans, frame, i == 0, i + 1 == n, fonts))
            .collect();
    }
    let mut lines: Vec<Vec<Segment>> = Vec::new();
    let mut cur: Vec<Segment> = Vec::new();
    let mut cur_width = 0.0f32;
    let avail = |first: bool| {
        frame.width
            - if first {
                frame.first_indent
            } else {
                frame.indent
            }
    };
    for seg in segments {
        let first = lines.is_empty();
        let room = avail(first);
        let pending_trailing = cur.last().map(|s: &Segment| s.trailing).unwrap_or(0.0);
        if !cur.is_empty() && cur_width + pending_trailing + seg.width > room + 0.01 {
            lines.push(std::mem::take(&mut cur));
            cur_width = 0.0;
        }
        let room = avail(lines.is_empty());
        if cur.is_empty() && seg.width > room + 0.01 {
            // A word wider than the line: split it where it can break, else by characters.
            let mut parts = split_long(seg, room, fonts, spans);
            let last = parts.pop();
            for p in parts {
                lines.push(vec![p]);
            }
            if let Some(p) = last {
                cur_width = p.width;
                let hard = p.hard_break;
                cur.push(p);
                if hard {
                    lines.push(std::mem::take(&mut cur));
                    cur_width = 0.0;
                }
            }
            continue;
        }
        let trailing_before = cur.last().map(|s| s.trailing).unwrap_or(0.0);
        cur_width += trailing_before + seg.width;
        let hard = seg.hard_break;
        cur.push(seg);
        if hard {
            lines.push(std::mem::take(&mut cur));
            cur_width = 0.0;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, segs)| build_line(&segs, spans, frame, i == 0, i + 1 == n, fonts))
        .collect()
}

/// The breaks of a justified paragraph chosen together, as Knuth and Plass
/// do: each line's badness grows with the cube of how far its spaces must
/// stretch, and the sum over the paragraph (plus a penalty per line, so it
/// takes no more lines than it needs) is made least. A greedy fill can
/// leave one line with gaps of four spaces beside a long document code; this
/// moves a word from the line before instead. Spaces never shrink. None
/// when a single word is wider than the line (the greedy fill splits it).
fn total_fit(segments: &[Segment], frame: Frame) -> Option<Vec<Vec<Segment>>> {
    let n = segments.len();
    if n < 2 {
        return None;
    }
    let room = |first: bool| {
        frame.width
            - if first {
                frame.first_indent
            } else {
                frame.indent
            }
    };
    // best[j]: least demerits of the lines holding segments[..j].
    let mut best = vec![f32::INFINITY; n + 1];
    let mut from = vec![0usize; n + 1];
    best[0] = 0.0;
    for j in 1..=n {
        let last = j == n || segments[j - 1].hard_break;
        let mut natural = 0.0f32;
        let mut stretch = 0.0f32;
        for i in (0..j).rev() {
            // A typed line break ends a line: no line runs across one.
            if i < j - 1 && segments[i].hard_break {
                break;
            }
            if i < j - 1 {
                natural += segments[i].trailing;
                stretch += segments[i].trailing;
            }
            natural += segments[i].width;
            let avail = room(i == 0);
            if natural > avail + 0.01 {
                if i == j - 1 {
                    return None;
                }
                break;
            }
            if !best[i].is_finite() {
                continue;
            }
            let badness = if last {
                0.0
            } else if stretch <= 0.0 {
                // One word alone on a line that is not the last.
                10_000.0
            } else {
                let r = (avail - natural) / stretch;
                (100.0 * r * r * r).min(10_000.0)
            };
            // Breaking a document code after its "/" costs as much as a
            // very loose line: taken only to avoid one.
            let split = if segments[j - 1].soft_end && j < n {
                SOFT_BREAK
            } else {
                0.0
            };
            let demerits = best[i] + (10.0 + badness).powi(2) + split;
            if demerits < best[j] {
                best[j] = demerits;
                from[j] = i;
            }
        }
    }
    if !best[n].is_finite() {
        return None;
    }
    let mut cuts = vec![n];
    let mut j = n;
    while j > 0 {
        j = from[j];
        cuts.push(j);
    }
    cuts.reverse();
    Some(
        cuts.windows(2)
            .map(|w| segments[w[0]..w[1]].to_vec())
            .collect(),
    )
}

/// What a break after "/" inside a document code costs in `total_fit`: the
/// demerits of a line whose spaces stretch to about 2,3 times their width.
const SOFT_BREAK: f32 = 30_000.0;

fn measure(fonts: &FontSet, span: &Span, text: &str) -> f32 {
    fonts.metrics(span.face).width_mm(text, span.size)
}

/// `slashes`: also offer a break after a "/" inside a word, marked soft
/// (justified text, whose total fit uses it only as a last resort).
/// The pieces a line may break between, as (width, trailing spaces' width,
/// a typed break after): what the table engine needs to count a cell's
/// lines at many widths without laying it out each time.
pub fn break_pieces(spans: &[Span], fonts: &FontSet) -> Vec<(f32, f32, bool)> {
    segments(spans, fonts, &[], false)
        .into_iter()
        .map(|s| (s.width, s.trailing, s.hard_break))
        .collect()
}

fn segments(
    spans: &[Span],
    fonts: &FontSet,
    keep: &[std::ops::Range<usize>],
    slashes: bool,
) -> Vec<Segment> {
    // Break opportunities over the whole text, mapped back to spans.
    let full: String = spans.iter().map(|s| s.text.as_str()).collect();
    let mut bounds: Vec<(usize, bool, bool)> = Vec::new(); // (byte offset, hard, soft)
    for (pos, kind) in linebreaks(&full) {
        if pos == 0 {
            continue;
        }
        let prev = full[..pos].chars().next_back().unwrap_or(' ');
        let next = full[pos..].chars().next();
        let hard = kind == BreakOpportunity::Mandatory && pos < full.len();
        let kept = keep.iter().any(|r| r.start < pos && pos < r.end);
        // Inside a code ("970/QĐ-UBND"), not after a blank left for its
        // number ("số ____ /TTr-KH&CN").
        let before_slash = full[..pos].chars().rev().nth(1);
        let soft = slashes
            && prev == '/'
            && next.is_some_and(char::is_alphanumeric)
            && before_slash.is_some_and(char::is_alphanumeric);
        if hard || (prev == ' ' && !kept) || pos == full.len() || (soft && !kept) {
            bounds.push((pos, hard, soft && !hard));
        }
    }
    let mut starts = Vec::with_capacity(spans.len());
    let mut off = 0;
    for s in spans {
        starts.push(off);
        off += s.text.len();
    }
    let mut out = Vec::with_capacity(bounds.len());
    let mut from = 0;
    // Spans before `first` end before the current segment: bounds only grow,
    // so each span is looked at for the segments it overlaps, not for all.
    let mut first = 0;
    for (to, hard, soft) in bounds {
        let mut seg = Segment {
            hard_break: hard,
            soft_end: soft,
            ..Default::default()
        };
        while first < spans.len() && starts[first] + spans[first].text.len() <= from {
            first += 1;
        }
        for (i, s) in spans.iter().enumerate().skip(first) {
            let (a, b) = (starts[i], starts[i] + s.text.len());
            if a >= to {
                break;
            }
            let (lo, hi) = (from.max(a), to.min(b));
            if lo >= hi {
                continue;
            }
            let text: String = full[lo..hi]
                .chars()
                .filter(|&c| c != '\n' && c != '\r')
                .collect();
            if text.is_empty() {
                continue;
            }
            let width = measure(fonts, s, &text);
            let spaces = text.chars().filter(|&c| c == ' ').count();
            seg.pieces.push(Piece {
                span: i,
                text,
                width,
                spaces,
            });
        }
        finish_segment(&mut seg, spans, fonts);
        if !seg.pieces.is_empty() || hard {
            out.push(seg);
        }
        from = to;
    }
    out
}

/// Splits the width of a segment into its visible part and its trailing spaces.
fn finish_segment(seg: &mut Segment, spans: &[Span], fonts: &FontSet) {
    let total: f32 = seg.pieces.iter().map(|p| p.width).sum();
    let mut trailing = 0.0;
    let mut count = 0;
    for p in seg.pieces.iter().rev() {
        let trimmed = p.text.trim_end_matches(' ');
        let n = p.text.len() - trimmed.len();
        if n > 0 {
            trailing += measure(fonts, &spans[p.span], &p.text[trimmed.len()..]);
            count += n;
        }
        if !trimmed.is_empty() {
            break;
        }
    }
    seg.width = total - trailing;
    seg.trailing = trailing;
    seg.trailing_spaces = count;
}

/// Breaks an over-long segment into pieces no wider than `room`.
fn split_long(seg: Segment, room: f32, fonts: &FontSet, spans: &[Span]) -> Vec<Segment> {
    // Flatten to styled characters, then fill greedily, preferring to cut
    // after a character where unicode-linebreak allows it.
    let mut chars: Vec<(usize, char, f32)> = Vec::new();
    for p in &seg.pieces {
        let m = fonts.metrics(spans[p.span].face);
        let size = spans[p.span].size;
        for c in p.text.chars() {
            chars.push((p.span, c, pt_to_mm(m.advance_em(c) * size)));
        }
    }
    let text: String = chars.iter().map(|c| c.1).collect();
    let mut allowed = vec![false; chars.len() + 1];
    let idx: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    for (pos, _) in linebreaks(&text) {
        if let Ok(ci) = idx.binary_search(&pos) {
            allowed[ci] = true;
        }
    }
    // The last allowed cut at or before each position, so that finding where
    // to cut a line does not rescan it (a word of zero-width characters can
    // make a "line" as long as the word).
    let mut last_allowed = vec![0usize; chars.len() + 1];
    for i in 1..last_allowed.len() {
        last_allowed[i] = if allowed[i] { i } else { last_allowed[i - 1] };
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut w = 0.0;
        let mut end = start;
        while end < chars.len() && (end == start || w + chars[end].2 <= room) {
            w += chars[end].2;
            end += 1;
        }
        let cut = last_allowed[end - 1];
        if end < chars.len() && cut > start {
            end = cut;
        }
        out.push(segment_of(&chars[start..end], spans, fonts));
        start = end;
    }
    if let Some(last) = out.last_mut() {
        last.hard_break = seg.hard_break;
    }
    out
}

fn segment_of(chars: &[(usize, char, f32)], spans: &[Span], fonts: &FontSet) -> Segment {
    let mut seg = Segment::default();
    for &(span, c, w) in chars {
        match seg.pieces.last_mut() {
            Some(p) if p.span == span => {
                p.text.push(c);
                p.width += w;
                p.spaces += usize::from(c == ' ');
            }
            _ => seg.pieces.push(Piece {
                span,
                text: c.to_string(),
                width: w,
                spaces: usize::from(c == ' '),
            }),
        }
    }
    finish_segment(&mut seg, spans, fonts);
    seg
}

fn build_line(
    segs: &[Segment],
    spans: &[Span],
    frame: Frame,
    first: bool,
    last: bool,
    fonts: &FontSet,
) -> Line {
    let indent = if first {
        frame.first_indent
    } else {
        frame.indent
    };
    let room = frame.width - indent;
    let natural: f32 = segs.iter().map(|s| s.width + s.trailing).sum::<f32>()
        - segs.last().map(|s| s.trailing).unwrap_or(0.0);
    let inner_spaces: usize = segs
        .iter()
        .map(|s| s.pieces.iter().map(|p| p.spaces).sum::<usize>())
        .sum::<usize>()
        - segs.last().map(|s| s.trailing_spaces).unwrap_or(0);
    let hard_end = segs.last().map(|s| s.hard_break).unwrap_or(false);
    let (x0, spacing) = match frame.align {
        Align::Left => (indent, 0.0),
        Align::Center => (indent + (room - natural) / 2.0, 0.0),
        Align::Right => (indent + room - natural, 0.0),
        Align::Justify if !last && !hard_end && inner_spaces > 0 && natural < room => {
            (indent, (room - natural) / inner_spaces as f32)
        }
        Align::Justify => (indent, 0.0),
    };
    let max_size = segs
        .iter()
        .flat_map(|s| &s.pieces)
        .map(|p| spans[p.span].size)
        .fold(0.0f32, f32::max)
        .max(spans.first().map(|s| s.size).unwrap_or(12.0));
    let height = pt_to_mm(max_size * SINGLE * frame.leading);
    let m = fonts.metrics(Face::Regular);
    // Centre the font's box (ascent to descent) in the line: the leading goes
    // half above, half below, as word processors do.
    let glyph_box = pt_to_mm(max_size * (m.ascent - m.descent));
    let baseline = (height - glyph_box) / 2.0 + pt_to_mm(max_size * m.ascent);

    let mut runs: Vec<TextRun> = Vec::new();
    let mut notes = Vec::new();
    let mut x = x0;
    let pieces: Vec<&Piece> = segs.iter().flat_map(|s| &s.pieces).collect();
    let last_visible = pieces.iter().rposition(|q| !q.text.trim().is_empty());
    for (i, p) in pieces.iter().enumerate() {
        let span = &spans[p.span];
        if let Some(n) = span.note
            && !notes.contains(&n)
        {
            notes.push(n);
        }
        // Trailing spaces of the line's last pieces get no justification space.
        let is_tail = last_visible.is_none_or(|v| v <= i);
        let text = if is_tail {
            p.text.trim_end_matches(' ').to_string()
        } else {
            p.text.clone()
        };
        if text.is_empty() {
            continue;
        }
        let spaces = text.chars().filter(|&c| c == ' ').count();
        let width = measure(fonts, span, &text) + spacing * spaces as f32;
        let y = baseline - span.rise;
        match runs.last_mut() {
            Some(r)
                if r.face == span.face && r.size == span.size && (r.baseline - y).abs() < 1e-4 =>
            {
                r.text.push_str(&text);
                r.width += width;
            }
            _ => runs.push(TextRun {
                x,
                baseline: y,
                face: span.face,
                size: span.size,
                text,
                word_spacing: spacing,
                width,
            }),
        }
        x += width;
    }
    Line {
        runs,
        height,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(width: f32, align: Align) -> Frame {
        Frame {
            width,
            first_indent: 10.0,
            indent: 0.0,
            align,
            leading: 1.0,
        }
    }

    fn text_of(line: &Line) -> String {
        line.runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn justified_lines_fill_the_width_and_the_last_does_not() {
        let fonts = FontSet::bundled().unwrap();
        let s = "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Đồng Tháp năm 2025 với nhiều hoạt động phong phú, đa dạng nhằm tăng cường sự hợp tác giữa chính quyền và các doanh nghiệp.";
        let lines = lay_out(
            &[Span::new(s, Face::Regular, 14.0)],
            frame(165.0, Align::Justify),
            &fonts,
        );
        assert!(lines.len() >= 2);
        for l in &lines[..lines.len() - 1] {
            let r = l.runs.last().unwrap();
            assert!(
                (r.x + r.width - 165.0).abs() < 0.05,
                "line ends at {}",
                r.x + r.width
            );
        }
        assert_eq!(lines[0].runs[0].x, 10.0, "first-line indent");
        let last = lines.last().unwrap();
        assert_eq!(last.runs[0].word_spacing, 0.0);
        let joined: Vec<String> = lines.iter().map(text_of).collect();
        assert_eq!(joined.join(" "), s);
    }

    #[test]
    fn document_numbers_are_not_broken() {
        let fonts = FontSet::bundled().unwrap();
        let s =
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư";
        for w in 40..170 {
            let lines = lay_out(
                &[Span::new(s, Face::Italic, 14.0)],
                frame(w as f32, Align::Justify),
                &fonts,
            );
            let whole = lines.iter().any(|l| text_of(l).contains("30/2020/NĐ-CP"));
            // In a column as wide as a page's text, never; in a narrow one,
            // only after a "/" and only to spare a line far too loose.
            assert!(whole || w < 100, "width {w}");
            assert!(
                whole || lines.iter().any(|l| text_of(l).trim_end().ends_with('/')),
                "width {w}"
            );
        }
    }

    #[test]
    fn a_word_wider_than_the_line_is_split_and_stays_inside() {
        let fonts = FontSet::bundled().unwrap();
        let s = "https://kinhteso.ptit.edu.vn/do-luong/kinh-te-so/doanh-nghiep-nho-va-vua";
        let lines = lay_out(
            &[Span::new(s, Face::Regular, 12.0)],
            frame(30.0, Align::Left),
            &fonts,
        );
        assert!(lines.len() > 2);
        for l in &lines {
            for r in &l.runs {
                assert!(r.x + r.width <= 30.01, "{} > 30", r.x + r.width);
            }
        }
        let joined: String = lines.iter().map(text_of).collect();
        assert_eq!(joined, s);
    }

    #[test]
    fn styles_change_inside_a_line_and_marks_carry_their_note() {
        let fonts = FontSet::bundled().unwrap();
        let mut mark = Span::new("(1)", Face::Regular, 9.0);
        mark.rise = 1.5;
        mark.note = Some(0);
        let spans = vec![
            Span::new("a) ", Face::Regular, 14.0),
            Span::new("Kết quả đạt được:", Face::Italic, 14.0),
            mark,
            Span::new(" Tiếp tục phổ biến", Face::Regular, 14.0),
        ];
        let lines = lay_out(&spans, frame(165.0, Align::Left), &fonts);
        assert_eq!(lines.len(), 1);
        let runs = &lines[0].runs;
        assert_eq!(runs.len(), 4);
        assert_eq!(runs[1].face, Face::Italic);
        assert!(runs[2].baseline < runs[1].baseline, "superscript is raised");
        assert!(runs[1].x > runs[0].x && runs[2].x > runs[1].x);
        assert_eq!(lines[0].notes, vec![0]);
    }

    /// Matching every segment against every span made a paragraph of many
    /// styled words quadratic (some 10^9 steps for this one); linear, it is
    /// laid out in well under a second.
    #[test]
    fn many_styled_words_lay_out_in_one_pass() {
        let fonts = FontSet::bundled().unwrap();
        let spans: Vec<Span> = (0..30_000)
            .map(|i| {
                let face = if i % 2 == 0 {
                    Face::Regular
                } else {
                    Face::Bold
                };
                Span::new("từ ", face, 14.0)
            })
            .collect();
        let lines = lay_out(&spans, frame(165.0, Align::Justify), &fonts);
        let words: usize = lines
            .iter()
            .map(|l| text_of(l).split_whitespace().count())
            .sum();
        assert_eq!(words, 30_000);
    }
}
