//! Composed text -> spans: applies markup over a base style, normalises to
//! NFC, and turns footnotes into numbered marks whose text is laid out for
//! the page foot.

use super::flow::Note;
use super::page::{Face, pt_to_mm};
use super::text::{Align, Frame, Span, lay_out};
use crate::compose::text::Texts;
use crate::compose::{Run, Text};
use crate::fonts::FontSet;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Base style of a piece of text before its own markup.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Base {
    pub bold: bool,
    pub italic: bool,
    pub size: f32,
    pub upper: bool,
}

impl Base {
    pub fn new(size: f32) -> Base {
        Base {
            bold: false,
            italic: false,
            size,
            upper: false,
        }
    }
    pub fn bold(self) -> Base {
        Base { bold: true, ..self }
    }
    pub fn italic(self) -> Base {
        Base {
            italic: true,
            ..self
        }
    }
    pub fn upper(self) -> Base {
        Base {
            upper: true,
            ..self
        }
    }
}

/// Turns rich text into spans and collects the footnotes met on the way.
pub struct Inline<'a> {
    pub fonts: &'a FontSet,
    /// For the few fixed strings layout adds itself ("Nơi nhận:", "(1)").
    pub texts: Texts<'a>,
    pub notes: Vec<Note>,
    /// Width footnotes are laid out at (the text width of the current pages).
    pub note_width: f32,
    pub note_size: f32,
}

pub fn nfc(s: &str) -> String {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

impl<'a> Inline<'a> {
    /// Spans of a fixed string of layout's own, parsed as rich text.
    pub fn spans(&mut self, text: &str, base: Base) -> Vec<Span> {
        let t = self.texts.text(text);
        self.text(&t, base)
    }

    /// Spans of composed text in a base style; footnotes get their numbers
    /// here, in the order they are met.
    pub fn text(&mut self, text: &Text, base: Base) -> Vec<Span> {
        let mut out = Vec::new();
        self.runs(&text.0, base, &mut out);
        out
    }

    fn runs(&mut self, runs: &[Run], base: Base, out: &mut Vec<Span>) {
        for r in runs {
            match r {
                Run::Text { text, bold, italic } => out.push(self.span(text, base, *bold, *italic)),
                Run::Note(body) => {
                    let index = self.notes.len();
                    // Reserve the slot first: a footnote inside a footnote gets the next number.
                    self.notes.push(Note::default());
                    let mark = format!("({})", index + 1);
                    let mut note_spans =
                        vec![Span::new(format!("{mark} "), Face::Regular, self.note_size)];
                    self.runs(&body.0, Base::new(self.note_size), &mut note_spans);
                    let frame = Frame {
                        width: self.note_width,
                        first_indent: 0.0,
                        indent: 0.0,
                        align: Align::Justify,
                        leading: 1.0,
                    };
                    self.notes[index] = Note {
                        lines: lay_out(&note_spans, frame, self.fonts),
                    };
                    let size = base.size * 0.65;
                    out.push(Span {
                        text: mark,
                        face: Face::new(false, false),
                        size,
                        rise: pt_to_mm(base.size * 0.35),
                        note: Some(index),
                    });
                }
            }
        }
    }

    fn span(&self, text: &str, base: Base, bold: bool, italic: bool) -> Span {
        // Markup bold adds to a bold base; markup italic inside italic text
        // sets it upright again, as emphasis does in print.
        let face = Face::new(base.bold || bold, base.italic != italic);
        let mut t = nfc(text);
        if base.upper {
            t = t.to_uppercase();
        }
        Span::new(t, face, base.size)
    }
}
