//! Rich text: a string with a small markup, so that one text field in the
//! editor and one string in the RON file hold a whole paragraph.
//!
//! - `**bold**`, `*italic*` (`***both***`)
//! - `^[text of a footnote]`: a footnote; its number is computed at render time
//! - `{năm}`, `{năm-1}`, `{pl:KEY}`, `{ct:vượt}`, `{kp:tổng}` ...: computed fields
//!   (see `fields.rs`), so a rolled-over plan says the right year everywhere
//! - `\` escapes the next character (`\*`, `\{`)

use serde::{Deserialize, Serialize};
use std::ops::Range;

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

/// Footnotes inside footnotes go this deep at most. A `^[` deeper than this
/// is printed as written (and validate reports it), so that no text, however
/// long its run of `^[`, can make parsing or what walks the tokens recurse
/// without bound.
pub const MAX_FOOTNOTE_DEPTH: usize = 3;

/// What a stretch of a rich text's source is, for an editor that shows the
/// text as it prints: markup characters, text in a style, a computed field's
/// name, or the text of a footnote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// `**`, `*`, `^[`, `]`, `{`, `}`, `\`: what the officer need not read.
    Marker,
    Text(Style),
    /// The name inside `{…}`.
    Field(Style),
    /// Text inside `^[…]`.
    Note,
}

/// A stretch of the source, in characters (not bytes): `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceSpan {
    pub start: usize,
    pub end: usize,
    pub piece: Piece,
}

/// How each character of `s` takes part in the markup, in order and without
/// gaps: the editor draws the text bold, italic, fields as tokens and
/// footnotes as notes from these, with the same reading as `parse`.
pub fn source_spans(s: &str) -> Vec<SourceSpan> {
    let mut p = Parser::new(s, true);
    p.until(None, 0);
    p.spans.unwrap_or_default()
}

/// Where the text of each footnote of `s` is (not counting notes inside
/// notes), in characters: between its `^[` and its `]`, or to the end of
/// `s` when the note is not closed. An editor edits a note's text there.
pub fn footnotes(s: &str) -> Vec<Range<usize>> {
    let mut p = Parser::new(s, false);
    p.until(None, 0);
    p.notes
}

/// `s` without its footnotes, and the text of each (`^[` and `]` gone).
pub fn strip_footnotes(s: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut notes = Vec::new();
    let mut from = 0;
    for r in footnotes(s) {
        let start = r.start.saturating_sub(2);
        out.extend(chars.get(from..start).unwrap_or_default());
        notes.push(chars.get(r.clone()).unwrap_or_default().iter().collect());
        from = if chars.get(r.end) == Some(&']') {
            r.end + 1
        } else {
            r.end
        };
    }
    out.extend(chars.get(from..).unwrap_or_default());
    (out, notes)
}

/// A footnote's text as typed in a box of its own, made safe to put back
/// between `^[` and `]`: a `]` that would end the note early, or a final
/// `\` that would hide its `]`, is escaped. Bold, italic and fields stay.
pub fn note_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let mut open = 0usize;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.push(chars.next().unwrap_or('\\'));
                continue;
            }
            '[' => open += 1,
            ']' if open == 0 => out.push('\\'),
            ']' => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    // An unclosed `[` would take the note's own `]`.
    for _ in 0..open {
        out.push(']');
    }
    out
}

/// Tokens, and whether some footnote was nested too deep to be one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub tokens: Vec<Token>,
    pub too_deep: bool,
}

/// Parses markup. Never fails: unbalanced markers simply run to the end, so
/// anything a user types can be printed.
pub fn parse(s: &str) -> Vec<Token> {
    parse_checked(s).tokens
}

/// [`parse`], telling whether footnotes were nested beyond [`MAX_FOOTNOTE_DEPTH`].
/// Linear in the length of the text.
pub fn parse_checked(s: &str) -> Parsed {
    let mut p = Parser::new(s, false);
    let tokens = p.until(None, 0);
    Parsed {
        tokens,
        too_deep: p.too_deep,
    }
}

/// Where the next `}` is: remembered, so that a text of many `{` without a
/// `}` is scanned once rather than once per `{`.
enum Close {
    Unknown,
    At(usize),
    Nowhere,
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    close: Close,
    too_deep: bool,
    /// Where each piece of the source is (`source_spans`); None when only
    /// the tokens are wanted.
    spans: Option<Vec<SourceSpan>>,
    /// The text of each outermost footnote (`footnotes`).
    notes: Vec<Range<usize>>,
    /// Whether the last `until` ended at its closing character.
    closed: bool,
}

impl Parser {
    /// A parser at the start of `s`; `spans`: whether to note what each
    /// character is (`source_spans`).
    fn new(s: &str, spans: bool) -> Parser {
        Parser {
            chars: s.chars().collect(),
            pos: 0,
            close: Close::Unknown,
            too_deep: false,
            spans: spans.then(Vec::new),
            notes: Vec::new(),
            closed: false,
        }
    }

    /// Notes that the next `len` characters from `self.pos` are `piece`
    /// (joined to the previous span when it is the same piece).
    fn span(&mut self, len: usize, piece: Piece) {
        let Some(spans) = self.spans.as_mut().filter(|_| len > 0) else {
            return;
        };
        let (start, end) = (self.pos, self.pos + len);
        match spans.last_mut() {
            Some(last) if last.piece == piece && last.end == start => last.end = end,
            _ => spans.push(SourceSpan { start, end, piece }),
        }
    }

    /// The first `}` at or after `from`.
    fn close_from(&mut self, from: usize) -> Option<usize> {
        match self.close {
            Close::At(i) if i >= from => return Some(i),
            Close::Nowhere => return None,
            _ => {}
        }
        let found = self
            .chars
            .get(from..)
            .and_then(|rest| rest.iter().position(|&c| c == '}'))
            .map(|k| from + k);
        self.close = found.map_or(Close::Nowhere, Close::At);
        found
    }

    fn until(&mut self, close: Option<char>, depth: usize) -> Vec<Token> {
        let mut out = Vec::new();
        let mut style = Style::default();
        let mut buf = String::new();
        let flush = |buf: &mut String, out: &mut Vec<Token>, style: Style| {
            if !buf.is_empty() {
                out.push(Token::Text(std::mem::take(buf), style));
            }
        };
        let mut brackets = 0usize;
        let mut closed = false;
        let text = |style: Style| {
            if depth > 0 {
                Piece::Note
            } else {
                Piece::Text(style)
            }
        };
        while let Some(&c) = self.chars.get(self.pos) {
            let next = self.chars.get(self.pos + 1).copied();
            match c {
                '\\' if next.is_some() => {
                    buf.extend(next);
                    self.span(1, Piece::Marker);
                    self.pos += 1;
                    self.span(1, text(style));
                    self.pos += 1;
                }
                '[' if close.is_some() => {
                    brackets += 1;
                    buf.push(c);
                    self.span(1, text(style));
                    self.pos += 1;
                }
                ']' if close == Some(']') => {
                    if brackets == 0 {
                        self.span(1, Piece::Marker);
                        self.pos += 1;
                        closed = true;
                        break;
                    }
                    self.span(1, text(style));
                    self.pos += 1;
                    brackets -= 1;
                    buf.push(c);
                }
                '*' => {
                    let mut n = 0;
                    while self.chars.get(self.pos) == Some(&'*') && n < 3 {
                        n += 1;
                        self.span(1, Piece::Marker);
                        self.pos += 1;
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
                '^' if next == Some('[') && depth < MAX_FOOTNOTE_DEPTH => {
                    flush(&mut buf, &mut out, style);
                    self.span(2, Piece::Marker);
                    self.pos += 2;
                    let start = self.pos;
                    let body = self.until(Some(']'), depth + 1);
                    if depth == 0 {
                        // `until` stops after the `]` that closes it, or at the end.
                        let end = if self.closed { self.pos - 1 } else { self.pos };
                        self.notes.push(start..end.max(start));
                    }
                    out.push(Token::Footnote(body));
                }
                '^' if next == Some('[') => {
                    // Too deep: printed as written; its `[` still pairs with its `]`.
                    self.too_deep = true;
                    buf.push(c);
                    self.span(1, text(style));
                    self.pos += 1;
                }
                '{' => match self.close_from(self.pos + 1) {
                    Some(end) => {
                        flush(&mut buf, &mut out, style);
                        let name: String = self.chars[self.pos + 1..end].iter().collect();
                        out.push(Token::Field(name.trim().to_string(), style));
                        let field = if depth > 0 {
                            Piece::Note
                        } else {
                            Piece::Field(style)
                        };
                        self.span(1, Piece::Marker);
                        self.pos += 1;
                        self.span(end - self.pos, field);
                        self.pos = end;
                        self.span(1, Piece::Marker);
                        self.pos = end + 1;
                    }
                    None => {
                        buf.push(c);
                        self.span(1, text(style));
                        self.pos += 1;
                    }
                },
                _ => {
                    buf.push(c);
                    self.span(1, text(style));
                    self.pos += 1;
                }
            }
        }
        flush(&mut buf, &mut out, style);
        self.closed = closed;
        out
    }
}

/// Bold (`**`) or italic (`*`) on the characters `start..end` of `s`
/// (character indices, either order): the markers are put around them, or
/// taken away when they are already there, as Ctrl+B and Ctrl+I do. With
/// nothing selected the pair goes at the cursor, which stays between them.
/// Returns the new text and the selection in it.
pub fn toggle_style(s: &str, start: usize, end: usize, marker: &str) -> (String, usize, usize) {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let (a, b) = (start.min(end).min(n), start.max(end).min(n));
    // A run of stars reads as parse reads it: 1 italic, 2 bold, 3 both.
    let k = marker.chars().count().clamp(1, 2);
    let has = |run: usize| match k {
        2 => run >= 2,
        _ => run == 1 || run >= 3,
    };
    let before = chars[..a]
        .iter()
        .rev()
        .take_while(|&&c| c == '*')
        .count()
        .min(3);
    let after = chars[b..].iter().take_while(|&&c| c == '*').count().min(3);
    let mut out: Vec<char> = Vec::with_capacity(n + 2 * k);
    if has(before) && has(after) {
        out.extend(&chars[..a - k]);
        out.extend(&chars[a..b]);
        out.extend(&chars[b + k..]);
        (out.into_iter().collect(), a - k, b - k)
    } else {
        let stars = std::iter::repeat_n('*', k);
        out.extend(&chars[..a]);
        out.extend(stars.clone());
        out.extend(&chars[a..b]);
        out.extend(stars);
        out.extend(&chars[b..]);
        (out.into_iter().collect(), a + k, b + k)
    }
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
    fn footnotes_are_found_where_their_text_is() {
        let s = "Số liệu^[Theo **Sở** [1] ^[trong]] và ^[chưa đóng";
        let notes = footnotes(s);
        let text = |r: &Range<usize>| s.chars().skip(r.start).take(r.len()).collect::<String>();
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(text(&notes[0]), "Theo **Sở** [1] ^[trong]");
        assert_eq!(text(&notes[1]), "chưa đóng");
        assert_eq!(footnotes("^[a\\]"), vec![2..5]);
        assert_eq!(footnotes("^[]"), vec![2..2]);
        assert!(footnotes("không có").is_empty());
    }

    #[test]
    fn footnotes_come_out_of_a_text() {
        let (text, notes) = strip_footnotes("Tỷ lệ chi^[Dự toán **năm** 2023: 15 [a]]: và ^[hai]");
        assert_eq!(text, "Tỷ lệ chi: và ");
        assert_eq!(notes, vec!["Dự toán **năm** 2023: 15 [a]", "hai"]);
        assert_eq!(
            strip_footnotes("không có"),
            ("không có".to_string(), vec![])
        );
        assert_eq!(strip_footnotes("mở ^[chưa đóng").0, "mở ");
    }

    #[test]
    fn a_note_typed_in_its_box_never_ends_the_note_early() {
        assert_eq!(note_text("a ] b"), "a \\] b");
        assert_eq!(note_text("[1] **đậm**"), "[1] **đậm**");
        assert_eq!(note_text("mở [ "), "mở [ ]");
        assert_eq!(note_text("cuối \\"), "cuối \\\\");
        for typed in ["a ] b", "x [", "y \\", "**z**]"] {
            let s = format!("^[{}]", note_text(typed));
            let notes = footnotes(&s);
            assert_eq!(notes, vec![2..s.chars().count() - 1], "{s}");
        }
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

    fn footnote_depth(tokens: &[Token]) -> usize {
        tokens
            .iter()
            .map(|t| match t {
                Token::Footnote(body) => 1 + footnote_depth(body),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn footnotes_nest_up_to_the_limit_then_print_as_written() {
        let ok = parse_checked("a^[b^[c^[d]]] e");
        assert!(!ok.too_deep);
        assert_eq!(footnote_depth(&ok.tokens), 3);
        let deep = parse_checked("a^[b^[c^[d^[e]]]] f");
        assert!(deep.too_deep);
        assert_eq!(footnote_depth(&deep.tokens), 3);
        // The innermost footnote's text stays, and the text after it is not swallowed.
        assert_eq!(deep.tokens.last(), Some(&t(" f", false, false)));
        let Token::Footnote(b) = &deep.tokens[1] else {
            panic!("{:?}", deep.tokens)
        };
        let Token::Footnote(c) = &b[1] else {
            panic!("{b:?}")
        };
        let Token::Footnote(d) = &c[1] else {
            panic!("{c:?}")
        };
        assert_eq!(d, &vec![t("d^[e]", false, false)]);
    }

    #[test]
    fn thirty_thousand_nested_footnotes_do_not_overflow_the_stack() {
        let text = "^[".repeat(30_000);
        let p = parse_checked(&text);
        assert!(p.too_deep);
        assert_eq!(footnote_depth(&p.tokens), MAX_FOOTNOTE_DEPTH);
    }

    /// Quadratic parsing of unclosed `{` took 205 s for a million; linear takes
    /// a fraction of a second, so this test cannot pass slowly by accident.
    #[test]
    fn a_million_unclosed_braces_parse_in_one_pass() {
        let text = "{".repeat(1_000_000);
        assert_eq!(parse(&text), vec![t(&text, false, false)]);
        let mixed = "{năm} {".repeat(200_000);
        let fields = parse(&mixed)
            .iter()
            .filter(|t| matches!(t, Token::Field(..)))
            .count();
        assert_eq!(fields, 200_000);
    }

    #[test]
    fn source_spans_cover_every_character_as_parse_reads_it() {
        let src = "a **đậm** *nghiêng* {năm} ^[chú *thích*] \\* x";
        let spans = source_spans(src);
        let chars: Vec<char> = src.chars().collect();
        // In order, without gaps, to the end.
        let mut at = 0;
        for s in &spans {
            assert_eq!(s.start, at, "{spans:?}");
            assert!(s.end > s.start);
            at = s.end;
        }
        assert_eq!(at, chars.len());
        let piece_of = |text: &str| {
            let start = src[..src.find(text).unwrap()].chars().count();
            spans
                .iter()
                .find(|s| s.start <= start && start < s.end)
                .unwrap()
                .piece
        };
        let bold = Style {
            bold: true,
            italic: false,
        };
        let italic = Style {
            bold: false,
            italic: true,
        };
        assert_eq!(piece_of("đậm"), Piece::Text(bold));
        assert_eq!(piece_of("nghiêng"), Piece::Text(italic));
        assert_eq!(piece_of("năm"), Piece::Field(Style::default()));
        assert_eq!(piece_of("chú"), Piece::Note);
        assert_eq!(piece_of("thích"), Piece::Note);
        assert_eq!(piece_of("**"), Piece::Marker);
        assert_eq!(piece_of("^["), Piece::Marker);
        assert_eq!(piece_of(" x"), Piece::Text(Style::default()));
        // Unbalanced and hostile input is covered too.
        for hostile in ["**", "{", "^[", "^[^[^[^[^[x", "\\", "]", "{a", "*{b}*"] {
            let n = hostile.chars().count();
            assert_eq!(
                source_spans(hostile).last().map_or(0, |s| s.end),
                n,
                "{hostile}"
            );
        }
    }

    #[test]
    fn ctrl_b_and_ctrl_i_wrap_and_unwrap_the_selection() {
        let (text, a, b) = toggle_style("Nghị quyết số 1", 0, 10, "**");
        assert_eq!((text.as_str(), a, b), ("**Nghị quyết** số 1", 2, 12));
        assert_eq!(
            toggle_style(&text, a, b, "**"),
            ("Nghị quyết số 1".into(), 0, 10)
        );
        // Backwards selection, italic inside bold.
        let (text, a, b) = toggle_style("**đạt và vượt**", 13, 2, "*");
        assert_eq!(text, "***đạt và vượt***");
        assert_eq!(parse(&text), vec![t("đạt và vượt", true, true)]);
        // The italic marker is not taken from a bold one.
        assert_eq!(toggle_style("**x**", 2, 3, "*").0, "***x***");
        assert_eq!(
            toggle_style(&toggle_style("**x**", 2, 3, "*").0, 3, 4, "*").0,
            "**x**"
        );
        let _ = (a, b);
        // Nothing selected: a pair at the cursor, the cursor inside.
        assert_eq!(toggle_style("ab", 1, 1, "**"), ("a****b".into(), 3, 3));
        // Out of range: clamped, never a panic.
        assert_eq!(toggle_style("ab", 9, 7, "*").0, "ab**");
    }
}
