//! Shared state while turning a plan into flow elements.

use super::flow::{Elem, PageSetup, Para};
use super::inline::Inline;
use super::style::Style;
use super::text::{Align, Frame, Line, Span, lay_out};

pub struct Builder<'a> {
    pub inline: Inline<'a>,
    pub style: Style,
    pub setup: PageSetup,
    pub elems: Vec<Elem>,
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
