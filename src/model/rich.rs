//! Rich text: a string with a small markup, so that one text field in the
//! editor and one string in the RON file hold a whole paragraph.
//!
//! - `**bold**`, `*italic*` (`***both***`)
//! - `^[text of a footnote]`: a footnote; its number is computed at render time
//! - `{năm}`, `{năm-1}`, `{pl:KEY}`, `{ct:vượt}`, `{kp:tổng}` ...: computed fields
//!   (see `fields.rs`), so a rolled-over plan says the right year everywhere
//! - `\` escapes the next character (`\*`, `\{`)

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rich(pub String);

impl Rich {
    pub fn new(s: impl Into<String>) -> Rich {
        Rich(s.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Exactly empty (what serialization skips: whitespace is kept as typed).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Empty or only whitespace: nothing would print.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }

    pub fn parse(&self) -> Vec<Token> {
        parse(&self.0)
    }
}

impl From<&str> for Rich {
    fn from(s: &str) -> Rich {
        Rich(s.to_string())
    }
}

impl From<String> for Rich {
    fn from(s: String) -> Rich {
        Rich(s)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    Text(String, Style),
    /// A computed field by name, printed in the surrounding style.
    Field(String, Style),
    /// A footnote; its body is rich text of its own.
    Footnote(Vec<Token>),
}

/// Parses markup. Never fails: unbalanced markers simply run to the end, so
/// anything a user types can be printed.
pub fn parse(s: &str) -> Vec<Token> {
    let chars: Vec<char> = s.chars().collect();
    let mut pos = 0;
    parse_until(&chars, &mut pos, None)
}

fn parse_until(chars: &[char], pos: &mut usize, close: Option<char>) -> Vec<Token> {
    let mut out = Vec::new();
    let mut style = Style::default();
    let mut buf = String::new();
    let flush = |buf: &mut String, out: &mut Vec<Token>, style: Style| {
        if !buf.is_empty() {
            out.push(Token::Text(std::mem::take(buf), style));
        }
    };
    let mut depth = 0usize;
    while *pos < chars.len() {
        let c = chars[*pos];
        match c {
            '\\' if *pos + 1 < chars.len() => {
                buf.push(chars[*pos + 1]);
                *pos += 2;
            }
            '[' if close.is_some() => {
                depth += 1;
                buf.push(c);
                *pos += 1;
            }
            ']' if close == Some(']') => {
                if depth == 0 {
                    *pos += 1;
                    break;
                }
                depth -= 1;
                buf.push(c);
                *pos += 1;
            }
            '*' => {
                let mut n = 0;
                while *pos < chars.len() && chars[*pos] == '*' && n < 3 {
                    n += 1;
                    *pos += 1;
                }
                flush(&mut buf, &mut out, style);
                match n {
                    1 => style.italic = !style.italic,
                    2 => style.bold = !style.bold,
                    _ => {
                        style.bold = !style.bold;
                        style.italic = !style.italic;
                    }
                }
            }
            '^' if chars.get(*pos + 1) == Some(&'[') => {
                flush(&mut buf, &mut out, style);
                *pos += 2;
                let body = parse_until(chars, pos, Some(']'));
                out.push(Token::Footnote(body));
            }
            '{' => {
                if let Some(end) = chars[*pos + 1..].iter().position(|&c| c == '}') {
                    flush(&mut buf, &mut out, style);
                    let name: String = chars[*pos + 1..*pos + 1 + end].iter().collect();
                    out.push(Token::Field(name.trim().to_string(), style));
                    *pos += end + 2;
                } else {
                    buf.push(c);
                    *pos += 1;
                }
            }
            _ => {
                buf.push(c);
                *pos += 1;
            }
        }
    }
    flush(&mut buf, &mut out, style);
    out
}

/// Escapes text so that it is taken literally by `parse`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '{' | '\\' | '^' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, bold: bool, italic: bool) -> Token {
        Token::Text(s.into(), Style { bold, italic })
    }

    #[test]
    fn bold_italic_and_fields() {
        let got = parse("Năm **{năm}** là *năm* ***cả hai***");
        assert_eq!(
            got,
            vec![
                t("Năm ", false, false),
                Token::Field(
                    "năm".into(),
                    Style {
                        bold: true,
                        italic: false
                    }
                ),
                t(" là ", false, false),
                t("năm", false, true),
                t(" ", false, false),
                t("cả hai", true, true),
            ]
        );
    }

    #[test]
    fn footnotes_nest_brackets() {
        let got = parse("số (ngày 10)^[Công văn [số 1] *V/v* x]. Hết");
        assert_eq!(got.len(), 3);
        match &got[1] {
            Token::Footnote(body) => {
                assert_eq!(body[0], t("Công văn [số 1] ", false, false));
                assert_eq!(body[1], t("V/v", false, true));
            }
            other => panic!("expected footnote, got {other:?}"),
        }
        assert_eq!(got[2], t(". Hết", false, false));
    }

    #[test]
    fn escapes_and_unbalanced_markers() {
        assert_eq!(
            parse(r"a \* b \{năm}"),
            vec![t("a * b {năm}", false, false)]
        );
        assert_eq!(parse(&escape("5*3 {x}")), vec![t("5*3 {x}", false, false)]);
        assert_eq!(
            parse("mở { không đóng"),
            vec![t("mở { không đóng", false, false)]
        );
    }
}
