//! A Word file (.docx) as the importer needs it: the body's paragraphs and
//! tables in order, each paragraph with its automatic label (numbering.xml),
//! alignment, and text as kehoach's rich text (bold, italic, footnotes),
//! tables as rows of cells with their spans. Nothing here knows plans.

use super::numbering::{Label, Numbering};
use super::xml::{self, Element};
use crate::model::rich;
use std::collections::HashMap;
use std::io::Read;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    Both,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Para {
    /// Kehoach's rich text: `**bold**`, `*italic*`, `^[footnote]`.
    pub rich: String,
    /// The words alone, line breaks as "\n".
    pub plain: String,
    /// The label Word's automatic numbering puts before it.
    pub label: Option<Label>,
    pub align: Align,
    /// Every letter bold / italic.
    pub bold: bool,
    pub italic: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub paras: Vec<Para>,
    /// Grid columns it spans.
    pub span: usize,
    /// The continuation of a cell merged from the row above.
    pub continued: bool,
}

impl Cell {
    /// The cell's words, paragraphs joined by "\n".
    pub fn plain(&self) -> String {
        self.joined(|p| &p.plain, "\n")
    }

    /// The cell's rich text, paragraphs joined by a space.
    pub fn rich(&self) -> String {
        self.joined(|p| &p.rich, " ")
    }

    /// One text of each paragraph that has words, joined by `sep`.
    fn joined(&self, text: fn(&Para) -> &String, sep: &str) -> String {
        let parts: Vec<&str> = self
            .paras
            .iter()
            .map(|p| text(p).trim())
            .filter(|s| !s.is_empty())
            .collect();
        parts.join(sep)
    }

    pub fn bold(&self) -> bool {
        let mut texts = self.paras.iter().filter(|p| !p.plain.trim().is_empty());
        texts.clone().next().is_some() && texts.all(|p| p.bold)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<Vec<Cell>>,
    /// Drawn with lines (a data table), not a layout grid (header block,
    /// signature).
    pub borders: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Para(Para),
    Table(Table),
}

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("Tệp không phải tài liệu Word (.docx): {0}")]
    NotDocx(String),
    #[error("Tệp Word bị hỏng: {0}")]
    Broken(String),
}

/// Parts larger than this are refused (a plan's text is a few MB at most).
const MAX_PART: u64 = 64 * 1024 * 1024;

fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, ReadError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(ReadError::Broken(format!("{name}: {e}"))),
    };
    if file.size() > MAX_PART {
        return Err(ReadError::Broken(format!("{name} quá lớn")));
    }
    let mut s = String::new();
    file.take(MAX_PART)
        .read_to_string(&mut s)
        .map_err(|e| ReadError::Broken(format!("{name}: {e}")))?;
    Ok(Some(s))
}

/// What a file that is no zip is, said so the officer knows what to do.
fn not_docx(bytes: &[u8]) -> ReadError {
    let why = if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "đây là tệp Word cũ (.doc). Mở tệp trong Word hoặc LibreOffice, chọn \
         Lưu thành… → Word Document (.docx), rồi nhập tệp .docx đó"
    } else if bytes.starts_with(b"%PDF") {
        "đây là tệp PDF. Hãy nhập bản Word (.docx) của văn bản; nếu chỉ còn bản \
         PDF, mở nó bằng Word (Tệp → Mở) để Word chuyển thành .docx, rồi nhập"
    } else if bytes.starts_with(b"{\\rtf") {
        "đây là tệp RTF. Mở tệp trong Word, chọn Lưu thành… → Word Document \
         (.docx), rồi nhập tệp .docx đó"
    } else {
        "nội dung tệp không phải dạng .docx của Word"
    };
    ReadError::NotDocx(why.into())
}

/// Reads the body of a .docx.
pub fn read(bytes: &[u8]) -> Result<Vec<Block>, ReadError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| not_docx(bytes))?;
    let document = part(&mut zip, "word/document.xml")?
        .ok_or_else(|| ReadError::NotDocx("không có word/document.xml".into()))?;
    let parse =
        |name: &str, s: &str| xml::parse(s).map_err(|e| ReadError::Broken(format!("{name}: {e}")));
    let numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(s) => Numbering::read(&parse("numbering.xml", &s)?),
        None => Numbering::default(),
    };
    let styles = match part(&mut zip, "word/styles.xml")? {
        Some(s) => Styles::read(&parse("styles.xml", &s)?),
        None => Styles::default(),
    };
    let notes = match part(&mut zip, "word/footnotes.xml")? {
        Some(s) => footnotes(&parse("footnotes.xml", &s)?, &styles),
        None => HashMap::new(),
    };
    let root = parse("document.xml", &document)?;
    let body = root
        .child("w:body")
        .ok_or_else(|| ReadError::Broken("document.xml không có w:body".into()))?;
    let mut reader = Reader {
        numbering,
        styles,
        notes,
    };
    let mut out = Vec::new();
    reader.blocks(body, &mut out);
    Ok(out)
}

/// What a paragraph style gives its paragraphs.
#[derive(Clone, Debug, Default)]
struct Style {
    based_on: Option<String>,
    num: Option<(String, usize)>,
    align: Option<Align>,
    bold: Option<bool>,
    italic: Option<bool>,
}

#[derive(Debug, Default)]
struct Styles(HashMap<String, Style>);

impl Styles {
    fn read(root: &Element) -> Styles {
        let mut map = HashMap::new();
        for s in root.children_named("w:style") {
            let Some(id) = s.attr("w:styleId") else {
                continue;
            };
            let ppr = s.child("w:pPr");
            let rpr = s.child("w:rPr");
            map.insert(
                id.to_string(),
                Style {
                    based_on: s.child_val("w:basedOn").map(str::to_string),
                    num: ppr.and_then(num_pr),
                    align: ppr.and_then(|p| p.child_val("w:jc")).map(align),
                    bold: rpr.and_then(|r| r.flag("w:b")),
                    italic: rpr.and_then(|r| r.flag("w:i")),
                },
            );
        }
        Styles(map)
    }

    /// A property along the style's basedOn chain.
    fn get<T>(&self, id: Option<&str>, f: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = id?.to_string();
        for _ in 0..16 {
            let s = self.0.get(&id)?;
            if let Some(v) = f(s) {
                return Some(v);
            }
            id = s.based_on.clone()?;
        }
        None
    }
}

fn num_pr(ppr: &Element) -> Option<(String, usize)> {
    let n = ppr.child("w:numPr")?;
    let id = n.child_val("w:numId")?.to_string();
    let level = n
        .child_val("w:ilvl")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Some((id, level))
}

fn align(v: &str) -> Align {
    match v {
        "center" => Align::Center,
        "right" | "end" => Align::Right,
        "both" | "distribute" => Align::Both,
        _ => Align::Left,
    }
}

/// A stretch of text in one look.
#[derive(Clone, Default)]
struct Span {
    text: String,
    bold: bool,
    italic: bool,
    /// A footnote's text: one mark in the paragraph, never merged.
    note: bool,
}

struct Reader {
    numbering: Numbering,
    styles: Styles,
    notes: HashMap<String, String>,
}

impl Reader {
    fn blocks(&mut self, parent: &Element, out: &mut Vec<Block>) {
        for e in parent.elements() {
            match e.name.as_str() {
                "w:p" => {
                    // Text boxes anchored in the paragraph (a header block or
                    // a signature laid out in boxes) read as their lines.
                    let mut boxes = Vec::new();
                    text_boxes(e, &mut boxes);
                    for b in boxes {
                        self.blocks(b, out);
                    }
                    for p in self.para(e) {
                        if !p.plain.trim().is_empty() || p.label.is_some() {
                            out.push(Block::Para(p));
                        }
                    }
                }
                "w:tbl" => {
                    let t = self.table(e);
                    if !t.rows.is_empty() {
                        out.push(Block::Table(t));
                    }
                }
                "w:sdt" => {
                    if let Some(c) = e.child("w:sdtContent") {
                        self.blocks(c, out);
                    }
                }
                "w:customXml" | "w:ins" | "w:smartTag" => self.blocks(e, out),
                _ => {}
            }
        }
    }

    fn table(&mut self, t: &Element) -> Table {
        let borders = t
            .child("w:tblPr")
            .map(|p| {
                let styled = p
                    .child_val("w:tblStyle")
                    .is_some_and(|s| s.to_lowercase().contains("grid"));
                let drawn = p.child("w:tblBorders").is_some_and(|b| {
                    b.elements()
                        .any(|e| !matches!(e.attr("w:val"), Some("nil" | "none") | None))
                });
                styled || drawn
            })
            .unwrap_or(false);
        let mut rows = Vec::new();
        let mut cell_borders = false;
        for tr in t.children_named("w:tr") {
            let mut row = Vec::new();
            for tc in tr
                .elements()
                .filter(|e| e.name == "w:tc" || e.name == "w:sdt")
            {
                let tc = if tc.name == "w:sdt" {
                    match tc.child("w:sdtContent").and_then(|c| c.child("w:tc")) {
                        Some(c) => c,
                        None => continue,
                    }
                } else {
                    tc
                };
                let pr = tc.child("w:tcPr");
                let span = pr
                    .and_then(|p| p.child_val("w:gridSpan"))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1usize)
                    .clamp(1, 64);
                let continued = pr
                    .and_then(|p| p.child("w:vMerge"))
                    .is_some_and(|m| m.attr("w:val").is_none_or(|v| v == "continue"));
                cell_borders |= pr.and_then(|p| p.child("w:tcBorders")).is_some_and(|b| {
                    b.elements()
                        .any(|e| !matches!(e.attr("w:val"), Some("nil" | "none") | None))
                });
                let mut blocks = Vec::new();
                self.blocks(tc, &mut blocks);
                let paras = blocks
                    .into_iter()
                    .flat_map(|b| match b {
                        Block::Para(p) => vec![p],
                        // A table in a cell: its cells' text, row by row.
                        Block::Table(inner) => inner
                            .rows
                            .into_iter()
                            .flat_map(|r| r.into_iter().flat_map(|c| c.paras))
                            .collect(),
                    })
                    .collect();
                row.push(Cell {
                    paras,
                    span,
                    continued,
                });
            }
            if !row.is_empty() {
                rows.push(row);
            }
        }
        Table {
            rows,
            borders: borders || cell_borders,
        }
    }

    /// A paragraph, as the lines its manual line breaks (Shift+Enter) make:
    /// officers break "KẾ HOẠCH" from its title, a title from its second
    /// line, "Phụ lục I" from its name that way, and each reads as a line
    /// of its own. The label goes with the first line.
    fn para(&mut self, p: &Element) -> Vec<Para> {
        let ppr = p.child("w:pPr");
        let style = ppr
            .and_then(|p| p.child_val("w:pStyle"))
            .map(str::to_string);
        let style = style.as_deref();
        let num = ppr
            .and_then(num_pr)
            .or_else(|| self.styles.get(style, |s| s.num.clone()));
        let label = num
            .filter(|(id, _)| id != "0")
            .and_then(|(id, level)| self.numbering.next(&id, level));
        let align = ppr
            .and_then(|p| p.child_val("w:jc"))
            .map(align)
            .or_else(|| self.styles.get(style, |s| s.align))
            .unwrap_or_default();
        let base = (
            self.styles.get(style, |s| s.bold).unwrap_or(false),
            self.styles.get(style, |s| s.italic).unwrap_or(false),
        );
        let mut spans = Vec::new();
        self.runs(p, base, &mut spans);
        let mut label = label;
        lines(spans)
            .iter()
            .map(|line| {
                let (rich, plain, bold, italic) = compose(line);
                Para {
                    rich,
                    plain,
                    label: label.take(),
                    align,
                    bold,
                    italic,
                }
            })
            .collect()
    }

    fn runs(&self, parent: &Element, base: (bool, bool), spans: &mut Vec<Span>) {
        for e in parent.elements() {
            match e.name.as_str() {
                "w:r" => self.run(e, base, spans),
                "w:hyperlink" | "w:ins" | "w:smartTag" | "w:customXml" | "w:fldSimple"
                | "w:bdo" | "w:dir" => self.runs(e, base, spans),
                "w:sdt" => {
                    if let Some(c) = e.child("w:sdtContent") {
                        self.runs(c, base, spans);
                    }
                }
                _ => {}
            }
        }
    }

    fn run(&self, r: &Element, base: (bool, bool), spans: &mut Vec<Span>) {
        let rpr = r.child("w:rPr");
        let bold = rpr.and_then(|p| p.flag("w:b")).unwrap_or(base.0);
        let italic = rpr.and_then(|p| p.flag("w:i")).unwrap_or(base.1);
        let hidden = rpr.and_then(|p| p.flag("w:vanish")).unwrap_or(false);
        if hidden {
            return;
        }
        let push = |s: &str, spans: &mut Vec<Span>| match spans.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic && !last.note => {
                last.text.push_str(s)
            }
            _ => spans.push(Span {
                text: s.to_string(),
                bold,
                italic,
                note: false,
            }),
        };
        for c in r.elements() {
            match c.name.as_str() {
                "w:t" => push(&c.text(), spans),
                "w:tab" | "w:ptab" => push(" ", spans),
                "w:noBreakHyphen" => push("-", spans),
                "w:br" | "w:cr" => match c.attr("w:type") {
                    Some("page") => {}
                    Some("column") => push(" ", spans),
                    _ => push("\n", spans),
                },
                "w:footnoteReference" => {
                    if let Some(note) = c.attr("w:id").and_then(|id| self.notes.get(id)) {
                        // A footnote is one mark; kept as its own span so
                        // markers never wrap it.
                        spans.push(Span {
                            text: note.clone(),
                            bold: false,
                            italic: false,
                            note: true,
                        });
                    }
                }
                _ => {}
            }
        }
    }
}

/// The contents of the text boxes inside `e`, once each: Word writes a box
/// twice (DrawingML in `mc:Choice`, VML in `mc:Fallback`); the fallback is
/// skipped.
fn text_boxes<'a>(e: &'a Element, out: &mut Vec<&'a Element>) {
    for c in e.elements() {
        match c.name.as_str() {
            "w:txbxContent" => out.push(c),
            "mc:Fallback" => {}
            _ => text_boxes(c, out),
        }
    }
}

/// Spans cut at line breaks, a line's spans each; a break at the end makes
/// no empty line.
fn lines(spans: Vec<Span>) -> Vec<Vec<Span>> {
    let mut out = vec![Vec::new()];
    for span in spans {
        if span.note {
            if let Some(line) = out.last_mut() {
                line.push(span);
            }
            continue;
        }
        let mut pieces = span.text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            if let Some(line) = out.last_mut().filter(|_| !piece.is_empty()) {
                line.push(Span {
                    text: piece.to_string(),
                    ..span.clone()
                });
            }
            if pieces.peek().is_some() {
                out.push(Vec::new());
            }
        }
    }
    if out.len() > 1 {
        out.retain(|l| l.iter().any(|s| s.note || !s.text.trim().is_empty()));
        if out.is_empty() {
            out.push(Vec::new());
        }
    }
    out
}

/// Spans as rich text and as plain words. Bold and italic markers go around
/// words only (spaces outside), and a paragraph wholly bold or italic says
/// so instead of carrying markers, since headings are styled by kehoach.
fn compose(spans: &[Span]) -> (String, String, bool, bool) {
    let words = |s: &Span| !s.note && !s.text.trim().is_empty();
    let all_bold = spans.iter().any(words) && spans.iter().filter(|s| words(s)).all(|s| s.bold);
    let all_italic = spans.iter().any(words) && spans.iter().filter(|s| words(s)).all(|s| s.italic);
    let mut rich_out = String::new();
    let mut plain = String::new();
    for s in spans {
        if s.note {
            rich_out.push_str(&format!("^[{}]", rich::note_text(&s.text)));
            continue;
        }
        plain.push_str(&s.text);
        let text = rich::escape(&s.text.replace('\n', " "));
        let marker = match (s.bold && !all_bold, s.italic && !all_italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        let core = text.trim();
        if marker.is_empty() || core.is_empty() {
            rich_out.push_str(&text);
            continue;
        }
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        rich_out.push_str(&format!("{lead}{marker}{core}{marker}{trail}"));
    }
    let rich_out = rich_out.split_whitespace().collect::<Vec<_>>().join(" ");
    (rich_out, plain, all_bold, all_italic)
}

/// Footnotes by id, as rich text without their marks.
fn footnotes(root: &Element, styles: &Styles) -> HashMap<String, String> {
    let reader = Reader {
        numbering: Numbering::default(),
        styles: Styles(styles.0.clone()),
        notes: HashMap::new(),
    };
    let mut out = HashMap::new();
    for f in root.children_named("w:footnote") {
        if f.attr("w:type").is_some_and(|t| t != "normal") {
            continue;
        }
        let Some(id) = f.attr("w:id") else {
            continue;
        };
        let mut texts = Vec::new();
        for p in f.children_named("w:p") {
            let mut spans = Vec::new();
            reader.runs(p, (false, false), &mut spans);
            let (rich, ..) = compose(&spans);
            if !rich.trim().is_empty() {
                texts.push(rich);
            }
        }
        let text = texts.join(" ");
        out.insert(id.to_string(), strip_mark(&text).to_string());
    }
    out
}

/// A footnote's text without a mark typed before it ("(1) ", "1. ", "(1). ").
fn strip_mark(s: &str) -> &str {
    let t = s.trim_start();
    let rest = t
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty())
        .map(|(_, r)| r)
        .unwrap_or(t);
    rest.trim_start_matches(['.', ' ']).trim_start()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_typed_before_footnotes_are_dropped() {
        assert_eq!(strip_mark("(1) Công văn số 1332"), "Công văn số 1332");
        assert_eq!(strip_mark("(12). Nghị quyết"), "Nghị quyết");
        assert_eq!(strip_mark("Nghị quyết (1)"), "Nghị quyết (1)");
    }

    #[test]
    fn runs_become_rich_text() {
        let s = |t: &str, bold, italic| Span {
            text: t.into(),
            bold,
            italic,
            note: false,
        };
        let (rich, plain, bold, _) = compose(&[
            s("1. Mục tiêu: ", true, false),
            s("đạt 95% ", false, false),
            s("số điểm", false, true),
        ]);
        assert_eq!(rich, "**1. Mục tiêu:** đạt 95% *số điểm*");
        assert_eq!(plain, "1. Mục tiêu: đạt 95% số điểm");
        assert!(!bold);
        let (rich, _, bold, _) = compose(&[s("KẾ HOẠCH", true, false)]);
        assert_eq!((rich.as_str(), bold), ("KẾ HOẠCH", true));
    }

    /// A .docx of `body` (the inside of `w:body`).
    fn docx(body: &str) -> Vec<u8> {
        docx_with(body, &[])
    }

    /// A .docx of `body` and other parts (name, inside of its root).
    fn docx_with(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let ns = r#"xmlns:w="w" xmlns:mc="mc" xmlns:wp="wp" xmlns:wps="wps" xmlns:v="v""#;
        let document = format!(
            r#"<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>"#
        );
        let mut all = vec![("word/document.xml".to_string(), document)];
        for (name, inner) in parts {
            let root = if name.contains("styles") {
                "w:styles"
            } else {
                "w:numbering"
            };
            all.push((
                format!("word/{name}"),
                format!(r#"<?xml version="1.0"?><{root} {ns}>{inner}</{root}>"#),
            ));
        }
        for (name, xml) in all {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(xml.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    /// Word's own way: "Heading 1" and "Heading 2" numbered by a list their
    /// styles name, no number in the paragraphs.
    #[test]
    fn headings_numbered_by_their_style() {
        let styles = r#"
            <w:style w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>"#;
        let numbering = r#"
            <w:abstractNum w:abstractNumId="3">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>"#;
        let para = |style: &str, t: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            para("Heading1", "MỤC TIÊU"),
            para("Heading2", "Mục tiêu chung"),
            para("Heading2", "Mục tiêu cụ thể"),
            para("Heading1", "NHIỆM VỤ"),
            para("Heading2", "Hạ tầng số"),
        ]
        .concat();
        let blocks = read(&docx_with(
            &body,
            &[("styles.xml", styles), ("numbering.xml", numbering)],
        ))
        .unwrap();
        let labels: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                Block::Para(p) => match &p.label {
                    Some(Label::Number(n)) => format!("{n} {} {}", p.plain, p.bold),
                    other => format!("{other:?} {}", p.plain),
                },
                Block::Table(_) => "<table>".into(),
            })
            .collect();
        assert_eq!(
            labels,
            [
                "I. MỤC TIÊU true",
                "1. Mục tiêu chung true",
                "2. Mục tiêu cụ thể true",
                "II. NHIỆM VỤ true",
                "1. Hạ tầng số true"
            ]
        );
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Para(p) => p.plain.clone(),
                Block::Table(_) => "<table>".into(),
            })
            .collect()
    }

    #[test]
    fn text_boxes_are_read_once() {
        let run = |t: &str| format!("<w:r><w:t>{t}</w:t></w:r>");
        let para = |t: &str| format!("<w:p>{}</w:p>", run(t));
        let body = format!(
            "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><wp:anchor><wps:wsp><wps:txbx><w:txbxContent>{}{}</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>{}</w:p>{}",
            para("ỦY BAN NHÂN DÂN"),
            para("Số: 12/KH-UBND"),
            para("ỦY BAN NHÂN DÂN"),
            run("KẾ HOẠCH"),
            para("Căn cứ Luật"),
        );
        let blocks = read(&docx(&body)).unwrap();
        assert_eq!(
            texts(&blocks),
            [
                "ỦY BAN NHÂN DÂN",
                "Số: 12/KH-UBND",
                "KẾ HOẠCH",
                "Căn cứ Luật"
            ]
        );
    }

    #[test]
    fn a_line_break_starts_a_line_of_its_own() {
        let s = |t: &str, bold| Span {
            text: t.into(),
            bold,
            ..Default::default()
        };
        // "Phụ lục I" ⏎ its name ⏎ "(Kèm theo …" typed in one paragraph.
        let got = lines(vec![
            s("Phụ lục I\nĐÁNH GIÁ", true),
            s(" CHỈ SỐ\n", true),
            s("(Kèm theo Kế hoạch)\n", false),
        ]);
        let texts: Vec<String> = got
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            ["Phụ lục I", "ĐÁNH GIÁ CHỈ SỐ", "(Kèm theo Kế hoạch)"]
        );
        assert!(got[1].iter().all(|s| s.bold) && !got[2][0].bold);
        assert_eq!(lines(vec![s("Một dòng", false)]).len(), 1);
    }
}
