//! Shared state while turning a plan into flow elements.

use super::flow::{Elem, PageSetup, Para};
use super::inline::Inline;
use super::style::Style;
use super::text::{Align, Frame, Line, Span, lay_out, lay_out_keeping};
use std::ops::Range;

pub struct Builder<'a> {
    pub inline: Inline<'a>,
    pub style: Style,
    pub setup: PageSetup,
    pub elems: Vec<Elem>,
    /// Names a centred title never breaks inside, lower case: the
    /// province, the agencies of the directory.
    pub names: Vec<Vec<char>>,
}

impl Builder<'_> {
    pub fn frame(&self, align: Align, first_indent: f32) -> Frame {
        Frame {
            width: self.setup.text_width(),
            first_indent,
            indent: 0.0,
            align,
            leading: self.style.leading,
        }
    }

    /// Lines in a column of width `w`, single-spaced (headers, cells).
    pub fn lines(&self, spans: &[Span], w: f32, align: Align) -> Vec<Line> {
        let frame = Frame {
            width: w,
            first_indent: 0.0,
            indent: 0.0,
            align,
            leading: 1.0,
        };
        lay_out(spans, frame, self.inline.fonts)
    }

    /// A centred title in a column of width `w`: never broken inside a
    /// name, its lines balanced (as narrow as the same number of lines
    /// allows, so the last line is not a stub), centred in the column.
    pub fn title_lines(&self, spans: &[Span], w: f32) -> Vec<Line> {
        let full: String = spans.iter().map(|s| s.text.as_str()).collect();
        let keep = name_ranges(&full, &self.names);
        let lay = |width: f32| {
            let frame = Frame {
                width,
                first_indent: 0.0,
                indent: 0.0,
                align: Align::Center,
                leading: 1.0,
            };
            lay_out_keeping(spans, frame, self.inline.fonts, &keep)
        };
        let lines = lay(w);
        let n = lines.len();
        if n < 2 {
            return lines;
        }
        let (mut lo, mut hi) = (w / n as f32 * 0.9, w);
        for _ in 0..12 {
            let mid = (lo + hi) / 2.0;
            if lay(mid).len() <= n {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        let mut balanced = lay(hi);
        let dx = (w - hi) / 2.0;
        for run in balanced.iter_mut().flat_map(|l| l.runs.iter_mut()) {
            run.x += dx;
        }
        balanced
    }

    /// A body paragraph: the document's line spacing and 6 pt after.
    pub fn paragraph(&mut self, spans: Vec<Span>, align: Align, first_indent: f32) {
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return;
        }
        let lines = lay_out(&spans, self.frame(align, first_indent), self.inline.fonts);
        self.elems.push(Elem::Para(Para {
            lines,
            before: 0.0,
            after: self.style.after,
            keep_next: false,
            x: 0.0,
            place: None,
        }));
    }

    /// Switches to new pages of the given setup; footnotes follow its width.
    pub fn new_part(&mut self, setup: PageSetup) {
        self.setup = setup;
        self.inline.note_width = setup.text_width();
        self.elems.push(Elem::NewPage {
            setup,
            restart: true,
        });
    }
}

/// Where the `names` (lower case) stand in `text` as whole words, as byte
/// ranges; the case of the text does not matter (titles print in capitals).
pub fn name_ranges(text: &str, names: &[Vec<char>]) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text
        .char_indices()
        .map(|(i, c)| (i, c.to_lowercase().next().unwrap_or(c)))
        .collect();
    let mut out = Vec::new();
    // "NĂM 2026": a year stays with its word.
    for (k, w) in chars.windows(4).enumerate() {
        if w.iter().map(|(_, c)| *c).eq("năm ".chars())
            && chars.get(k + 4).is_some_and(|(_, c)| c.is_ascii_digit())
            && k.checked_sub(1)
                .and_then(|i| chars.get(i))
                .is_none_or(|(_, c)| !c.is_alphanumeric())
        {
            let end = chars[k + 4..]
                .iter()
                .find(|(_, c)| !c.is_ascii_digit())
                .map_or(text.len(), |(i, _)| *i);
            out.push(chars[k].0..end);
        }
    }
    for name in names.iter().filter(|n| n.contains(&' ')) {
        let n = name.len();
        if n == 0 || n > chars.len() {
            continue;
        }
        for start in 0..=chars.len() - n {
            let fits = chars[start..start + n]
                .iter()
                .map(|(_, c)| *c)
                .eq(name.iter().copied());
            let before = start.checked_sub(1).and_then(|i| chars.get(i));
            let after = chars.get(start + n);
            let word = before.is_none_or(|(_, c)| !c.is_alphanumeric())
                && after.is_none_or(|(_, c)| !c.is_alphanumeric());
            if fits && word {
                let end = after.map_or(text.len(), |(i, _)| *i);
                out.push(chars[start].0..end);
            }
        }
    }
    out
}
