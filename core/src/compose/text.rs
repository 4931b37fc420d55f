//! Text as it will print: the plan's rich text with its computed fields
//! resolved, bold and italic runs, and footnotes as data (their numbers are
//! given by whoever prints them, in the order they are met).

use crate::model::Fields;
use crate::model::rich::{Token, parse};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Vec<Run>);

#[derive(Clone, Debug, PartialEq)]
pub enum Run {
    /// Text in the surrounding style, made bold or italic by its markup.
    Text {
        text: String,
        bold: bool,
        italic: bool,
    },
    /// A footnote: its mark goes here, its text to the page foot.
    Note(Text),
}

impl Text {
    /// Text without markup (labels, numbers, computed sentences).
    pub fn plain(s: impl Into<String>) -> Text {
        Text(vec![Run::Text {
            text: s.into(),
            bold: false,
            italic: false,
        }])
    }

    /// The printed characters without footnotes.
    pub fn to_plain(&self) -> String {
        let mut out = String::new();
        for r in &self.0 {
            if let Run::Text { text, .. } = r {
                out.push_str(text);
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Turns the plan's rich text into printed text, resolving fields.
pub struct Texts<'a> {
    pub fields: Fields<'a>,
}

impl Texts<'_> {
    pub fn text(&self, rich: &str) -> Text {
        Text(self.runs(parse(rich)))
    }

    fn runs(&self, tokens: Vec<Token>) -> Vec<Run> {
        tokens
            .into_iter()
            .map(|t| match t {
                Token::Text(text, st) => Run::Text {
                    text,
                    bold: st.bold,
                    italic: st.italic,
                },
                Token::Field(name, st) => Run::Text {
                    // An unknown field prints as written (validate reports it).
                    text: self
                        .fields
                        .resolve(&name)
                        .unwrap_or_else(|| format!("{{{name}}}")),
                    bold: st.bold,
                    italic: st.italic,
                },
                Token::Footnote(body) => Run::Note(Text(self.runs(body))),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Plan;

    #[test]
    fn fields_resolve_and_footnotes_stay_data() {
        let p = Plan::new(2026);
        let t = Texts {
            fields: Fields::new(&p),
        }
        .text("Năm **{năm}**^[Ghi chú {năm-1}] {không-có}");
        assert_eq!(t.to_plain(), "Năm 2026 {không-có}");
        assert!(
            t.0.iter()
                .any(|r| matches!(r, Run::Text { text, bold: true, .. } if text == "2026"))
        );
        let note = t.0.iter().find_map(|r| match r {
            Run::Note(n) => Some(n.to_plain()),
            _ => None,
        });
        assert_eq!(note.as_deref(), Some("Ghi chú 2025"));
    }
}
