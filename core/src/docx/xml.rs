//! WordprocessingML pieces: escaped text, runs, paragraphs with their
//! properties, and the units Word counts in.

use crate::compose::text::{Run, Text};

/// Millimetres to twentieths of a point.
pub fn twips(mm: f32) -> i64 {
    (mm * 1440.0 / 25.4).round() as i64
}

/// Text as XML character data: markup escaped, characters XML forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// How a run looks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Look {
    pub bold: bool,
    pub italic: bool,
    /// Half-points; None: the paragraph style's size.
    pub size: Option<u32>,
    pub upper: bool,
}

impl Look {
    pub fn bold() -> Look {
        Look {
            bold: true,
            ..Look::default()
        }
    }

    pub fn italic() -> Look {
        Look {
            italic: true,
            ..Look::default()
        }
    }

    pub fn size(self, pt: f32) -> Look {
        Look {
            size: Some((pt * 2.0).round() as u32),
            ..self
        }
    }

    pub fn upper(self) -> Look {
        Look {
            upper: true,
            ..self
        }
    }
}

/// One run of plain text; typed line breaks become Word's.
pub fn run(text: &str, look: Look) -> String {
    let mut props = String::new();
    if look.bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if look.italic {
        props.push_str("<w:i/><w:iCs/>");
    }
    if let Some(s) = look.size {
        props.push_str(&format!("<w:sz w:val=\"{s}\"/><w:szCs w:val=\"{s}\"/>"));
    }
    let text = if look.upper {
        text.to_uppercase()
    } else {
        text.to_string()
    };
    let body: Vec<String> = text
        .split('\n')
        .map(|line| format!("<w:t xml:space=\"preserve\">{}</w:t>", escape(line)))
        .collect();
    let rpr = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    format!("<w:r>{rpr}{}</w:r>", body.join("<w:br/>"))
}

/// The footnotes met while writing, numbered from 1 in order (Word's ids 0
/// and -1 are its separators).
#[derive(Default)]
pub struct Notes {
    pub bodies: Vec<String>,
}

impl Notes {
    /// A footnote's mark here and its text in footnotes.xml. Word numbers
    /// the marks itself (superscript 1, 2, 3), where the PDF prints "(1)": a
    /// custom "(1)" mark shows twice in LibreOffice, which adds its own
    /// number beside it.
    fn mark(&mut self, text: &Text, look: Look) -> String {
        let id = self.bodies.len() + 1;
        let inner = runs(text, Look { ..look }, self);
        self.bodies.push(format!(
            "<w:footnote w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>\
             <w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>\
             <w:r><w:t xml:space=\"preserve\"> </w:t></w:r>{inner}</w:p></w:footnote>"
        ));
        format!(
            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>\
             <w:footnoteReference w:id=\"{id}\"/></w:r>"
        )
    }
}

/// The runs of composed text in a look (its bold and italic runs keep
/// theirs), footnotes as Word footnotes.
pub fn runs(text: &Text, look: Look, notes: &mut Notes) -> String {
    let mut out = String::new();
    for r in &text.0 {
        match r {
            Run::Text { text, bold, italic } => out.push_str(&run(
                text,
                Look {
                    bold: look.bold || *bold,
                    italic: look.italic || *italic,
                    ..look
                },
            )),
            Run::Note(body) => {
                let note = notes.mark(body, Look::default());
                out.push_str(&note);
            }
        }
    }
    out
}

/// Paragraph properties.
#[derive(Clone, Debug, Default)]
pub struct Para {
    pub style: &'static str,
    pub align: Option<&'static str>,
    /// First-line indent, twips (negative: hanging).
    pub first: Option<i64>,
    pub left: Option<i64>,
    pub right: Option<i64>,
    pub before: Option<i64>,
    pub after: Option<i64>,
    pub keep_next: bool,
    /// A bottom border: the short rules under titles.
    pub rule: bool,
    /// A box: the draft mark.
    pub boxed: bool,
}

impl Para {
    pub fn style(style: &'static str) -> Para {
        Para {
            style,
            ..Para::default()
        }
    }

    pub fn align(self, a: &'static str) -> Para {
        Para {
            align: Some(a),
            ..self
        }
    }

    pub fn xml(&self, content: &str) -> String {
        let mut p = format!("<w:pStyle w:val=\"{}\"/>", self.style);
        if self.keep_next {
            p.push_str("<w:keepNext/>");
        }
        if self.rule || self.boxed {
            let side = |s: &str| {
                format!("<w:{s} w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/>")
            };
            p.push_str("<w:pBdr>");
            if self.boxed {
                p.push_str(&side("top"));
                p.push_str(&side("left"));
            }
            p.push_str(&side("bottom"));
            if self.boxed {
                p.push_str(&side("right"));
            }
            p.push_str("</w:pBdr>");
        }
        if self.before.is_some() || self.after.is_some() {
            p.push_str("<w:spacing");
            if let Some(b) = self.before {
                p.push_str(&format!(" w:before=\"{b}\""));
            }
            if let Some(a) = self.after {
                p.push_str(&format!(" w:after=\"{a}\""));
            }
            p.push_str("/>");
        }
        if self.first.is_some() || self.left.is_some() || self.right.is_some() {
            p.push_str("<w:ind");
            if let Some(l) = self.left {
                p.push_str(&format!(" w:left=\"{l}\""));
            }
            if let Some(r) = self.right {
                p.push_str(&format!(" w:right=\"{r}\""));
            }
            match self.first {
                Some(f) if f < 0 => p.push_str(&format!(" w:hanging=\"{}\"", -f)),
                Some(f) => p.push_str(&format!(" w:firstLine=\"{f}\"")),
                None => {}
            }
            p.push_str("/>");
        }
        if let Some(a) = self.align {
            p.push_str(&format!("<w:jc w:val=\"{a}\"/>"));
        }
        format!("<w:p><w:pPr>{p}</w:pPr>{content}</w:p>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_break() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(
            run("A\nB", Look::bold()),
            "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">A</w:t><w:br/><w:t xml:space=\"preserve\">B</w:t></w:r>"
        );
        assert_eq!(twips(25.4), 1440);
    }
}
