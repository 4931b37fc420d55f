//! Word fixtures for the importer (`kehoach import OLD.docx`): a sample plan
//! written as a Flat ODT (.fodt) the way an officer types it in Word, which
//! `tests/fixtures/word/make.sh` turns into .docx with LibreOffice. The route
//! (composed document -> ODF -> LibreOffice -> DOCX) shares nothing with
//! kehoach's own Word export (`core/src/docx`), so the importer is tested
//! on files it did not write itself.
//!
//! ```text
//! cargo run --example word_fixtures -- --typed|--auto [--decision] PLAN.ron -o OUT.fodt
//!     [--labels LABELS.txt]
//! ```
//!
//! `--typed`: section labels ("I.", "1.", "1.1.", "a)") and dashes typed at
//! the start of the paragraph. `--auto`: the same made by list styles, so
//! LibreOffice writes Word's automatic numbering (numbering.xml, w:numPr).
//! `--decision`: the plan issued by a decision, the whole dossier written.
//! `--labels`: every section label in print order, one a line (what the
//! numbered paragraphs must read once converted; make.sh checks it).

use kehoach::compose::{self, AppendixHead, Block, Cell, Closing, Header, Row, Run, Text};
use kehoach::fonts::FontSet;
use kehoach::layout::{self, TableShape};
use kehoach::model::dossier::decision_for;
use kehoach::model::format::millions;
use kehoach::model::numbering::roman;
use kehoach::model::{Align, Numbering, Plan};
use kehoach::units::Face;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Totals as typed in the signed originals, where the officer's figure is
/// not the rows' sum: (sample file stem, the computed total in triệu đồng as
/// printed, the total as typed). Real files carry such slips; the importer
/// meets one here.
const TYPED_TOTALS: &[(&str, &str, &str)] = &[("ke-hoach-cds-2024", "319.925", "319.944")];

/// The page, in cm: A4 with margins 20/15/30/20 mm (top/bottom/left/right).
const PAGE_W: f32 = 21.0;
const PAGE_H: f32 = 29.7;
const MARGIN_TOP: f32 = 2.0;
const MARGIN_BOTTOM: f32 = 1.5;
const MARGIN_LEFT: f32 = 3.0;
const MARGIN_RIGHT: f32 = 2.0;
/// The page number stands in the top margin: the page header starts here
/// and ends, its spacing included, where the text starts (MARGIN_TOP).
const HEADER_AT: f32 = 1.0;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse(std::env::args().skip(1))?;
    let mut plan = kehoach::io::load_path(&args.input)?;
    if args.decision {
        issue_by_decision(&mut plan);
    }
    let doc = compose::compose(&plan, &compose::Options::default());
    let fonts = FontSet::bundled()?;
    let shapes = layout::shapes(&doc, &plan, &fonts);
    let sample = args
        .input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut w = Writer::new(args.labels, &plan, &fonts, &sample, shapes.tables);
    for (i, part) in doc.parts.iter().enumerate() {
        let landscape = shapes.landscape.get(i).copied().unwrap_or(false);
        w.part(part, i, landscape);
    }
    std::fs::write(&args.output, w.finish(&doc))?;
    if let Some(path) = &args.labels_out {
        std::fs::write(path, w.seen_labels.join("\n") + "\n")?;
    }
    eprintln!("{}: {}", args.output.display(), w.count.summary());
    Ok(())
}

/// What the editor's Hồ sơ → "Ban hành bằng quyết định" does: a decision
/// made from the plan, the "Căn cứ" lines moved to it.
fn issue_by_decision(plan: &mut Plan) {
    let d = decision_for(plan);
    plan.preamble.clear();
    plan.decision = Some(d);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Labels {
    Typed,
    Auto,
}

struct Args {
    labels: Labels,
    decision: bool,
    input: PathBuf,
    output: PathBuf,
    labels_out: Option<PathBuf>,
}

impl Args {
    fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
        let usage = "word_fixtures --typed|--auto [--decision] PLAN.ron -o OUT.fodt \
                     [--labels LABELS.txt]";
        let (mut labels, mut decision, mut input, mut output, mut labels_out) =
            (None, false, None, None, None);
        while let Some(a) = it.next() {
            match a.as_str() {
                "--typed" => labels = Some(Labels::Typed),
                "--auto" => labels = Some(Labels::Auto),
                "--decision" => decision = true,
                "-o" => output = it.next().map(PathBuf::from),
                "--labels" => labels_out = it.next().map(PathBuf::from),
                _ if a.starts_with('-') => return Err(format!("unknown flag {a}; {usage}")),
                _ => input = Some(PathBuf::from(a)),
            }
        }
        match (labels, input, output) {
            (Some(labels), Some(input), Some(output)) => Ok(Args {
                labels,
                decision,
                input,
                output,
                labels_out,
            }),
            _ => Err(usage.to_string()),
        }
    }
}

// ---------------------------------------------------------------------------
// Paragraph looks. Officers format paragraphs directly on "Normal", so every
// look is an automatic style (P1, P2 ...), as LibreOffice names them; Word
// gets direct formatting, not a style sheet kehoach would recognise.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Para {
    /// Justified, first-line indent, 6 pt after: body text and headings.
    Body,
    /// A heading kept with what follows.
    Heading,
    /// "Căn cứ ..." and the evaluation summary.
    BodyItalic,
    /// "KẾ HOẠCH", titles, "Phụ lục I".
    CenterBold,
    /// "Phần I", a line's space above it.
    PartLabel,
    Center,
    CenterItalic,
    /// "ĐVT: Triệu đồng".
    Unit,
    /// A tiny paragraph holding a drawn rule (under the authority, the
    /// motto, the title), as officers draw them with Word's line tool;
    /// the space after it in points (under a title, before the text).
    Rule(u8),
    /// Lines of the header block: size, bold, italic.
    Header(u8, bool, bool),
    RecipientsTitle,
    Recipient,
    /// The signature's lines (bold) and the blank lines left for signing.
    Signature(bool),
    /// The empty line after a table.
    Gap,
    /// A table cell: alignment, bold, italic.
    Cell(Align, bool, bool),
    /// The page number in the page header.
    PageNumber,
}

/// A paragraph look's properties.
struct Look {
    align: &'static str,
    indent: bool,
    size: f32,
    bold: bool,
    italic: bool,
    before: f32,
    after: f32,
    keep: bool,
    /// The plan's line spacing (1.15); else single.
    spaced: bool,
}

impl Para {
    fn look(self, body: f32, table: f32) -> Look {
        let base = Look {
            align: "justify",
            indent: true,
            size: body,
            bold: false,
            italic: false,
            before: 0.0,
            after: 6.0,
            keep: false,
            spaced: true,
        };
        let centred = Look {
            align: "center",
            indent: false,
            keep: true,
            after: 0.0,
            ..base
        };
        let single = |align, size, bold, italic| Look {
            align,
            indent: false,
            size,
            bold,
            italic,
            after: 0.0,
            spaced: false,
            ..base
        };
        match self {
            Para::Body => base,
            Para::Heading => Look { keep: true, ..base },
            Para::BodyItalic => Look {
                italic: true,
                ..base
            },
            Para::CenterBold => Look {
                bold: true,
                ..centred
            },
            Para::PartLabel => Look {
                bold: true,
                before: 12.0,
                ..centred
            },
            Para::Center => centred,
            Para::CenterItalic => Look {
                italic: true,
                ..centred
            },
            Para::Unit => Look {
                after: 3.0,
                before: 3.0,
                ..single("end", 13.0, false, true)
            },
            Para::Rule(after) => Look {
                after: f32::from(after),
                ..single("center", 5.0, false, false)
            },
            Para::Header(size, bold, italic) => single("center", f32::from(size), bold, italic),
            Para::RecipientsTitle => single("start", 12.0, true, true),
            Para::Recipient => single("start", 11.0, false, false),
            Para::Signature(bold) => single("center", body, bold, false),
            Para::Gap => single("start", table, false, false),
            Para::Cell(align, bold, italic) => {
                let align = match align {
                    Align::Left => "start",
                    Align::Center => "center",
                    Align::Right => "end",
                };
                single(align, table, bold, italic)
            }
            Para::PageNumber => single("center", 13.0, false, false),
        }
    }
}

/// The page style a paragraph or table opens (a new part of the document:
/// the attached plan, an appendix), with page numbers restarting at 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Page {
    Portrait,
    Landscape,
}

impl Page {
    fn master(self) -> &'static str {
        match self {
            Page::Portrait => "Standard",
            Page::Landscape => "Landscape",
        }
    }

    /// Text width in cm.
    fn text_width(self) -> f32 {
        let w = match self {
            Page::Portrait => PAGE_W,
            Page::Landscape => PAGE_H,
        };
        w - MARGIN_LEFT - MARGIN_RIGHT
    }
}

/// The automatic styles used, named in order of first use.
#[derive(Default)]
struct Styles {
    paras: Vec<(Para, Option<Page>)>,
    index: HashMap<(Para, Option<Page>), usize>,
    /// Each table's column widths (cm), the page it opens, and how far (cm)
    /// it reaches into the left margin.
    tables: Vec<(Vec<f32>, Option<Page>, f32)>,
}

impl Styles {
    fn para(&mut self, p: Para, page: Option<Page>) -> String {
        let n = *self.index.entry((p, page)).or_insert_with(|| {
            self.paras.push((p, page));
            self.paras.len()
        });
        format!("P{n}")
    }

    /// A table style; returns its name ("Table3").
    fn table(&mut self, widths: Vec<f32>, page: Option<Page>, shift: f32) -> String {
        self.tables.push((widths, page, shift));
        format!("Table{}", self.tables.len())
    }

    fn xml(&self, body: f32, table: f32, spacing: f32) -> String {
        let mut out = String::new();
        for (i, (p, page)) in self.paras.iter().enumerate() {
            let name = format!("P{}", i + 1);
            out.push_str(&para_style(&name, p.look(body, table), *page, spacing));
        }
        for (i, (widths, page, shift)) in self.tables.iter().enumerate() {
            out.push_str(&table_style(
                &format!("Table{}", i + 1),
                widths,
                *page,
                *shift,
            ));
        }
        out
    }
}

fn para_style(name: &str, l: Look, page: Option<Page>, spacing: f32) -> String {
    let master = page
        .map(|p| format!(" style:master-page-name=\"{}\"", p.master()))
        .unwrap_or_default();
    let restart = if page.is_some() {
        " style:page-number=\"1\""
    } else {
        ""
    };
    let line = if l.spaced {
        format!("{:.0}%", spacing * 100.0)
    } else {
        "100%".into()
    };
    let keep = if l.keep {
        " fo:keep-with-next=\"always\""
    } else {
        ""
    };
    let indent = if l.indent { "1cm" } else { "0cm" };
    let weight = if l.bold { "bold" } else { "normal" };
    let posture = if l.italic { "italic" } else { "normal" };
    format!(
        "<style:style style:name=\"{name}\" style:family=\"paragraph\" \
         style:parent-style-name=\"Standard\"{master}>\
         <style:paragraph-properties fo:text-align=\"{}\" fo:text-indent=\"{indent}\" \
         fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:margin-top=\"{}pt\" \
         fo:margin-bottom=\"{}pt\" fo:line-height=\"{line}\"{keep}{restart}/>\
         <style:text-properties fo:font-size=\"{}pt\" style:font-size-complex=\"{}pt\" \
         fo:font-weight=\"{weight}\" style:font-weight-complex=\"{weight}\" \
         fo:font-style=\"{posture}\" style:font-style-complex=\"{posture}\"/>\
         </style:style>\n",
        l.align, l.before, l.after, l.size, l.size,
    )
}

fn table_style(name: &str, widths: &[f32], page: Option<Page>, shift: f32) -> String {
    let total: f32 = widths.iter().sum();
    let master = page
        .map(|p| format!(" style:master-page-name=\"{}\"", p.master()))
        .unwrap_or_default();
    // LibreOffice applies a table's page style only with a page break.
    let restart = if page.is_some() {
        " style:page-number=\"1\" fo:break-before=\"page\""
    } else {
        ""
    };
    // A header table wider than the text reaches into the left margin, as
    // officers drag it so "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" fits a line.
    let margin = if shift > 0.0 {
        format!("-{shift:.3}cm")
    } else {
        "0cm".into()
    };
    let mut out = format!(
        "<style:style style:name=\"{name}\" style:family=\"table\"{master}>\
         <style:table-properties style:width=\"{total:.3}cm\" fo:margin-left=\"{margin}\" \
         table:align=\"margins\"{restart}/></style:style>\n"
    );
    for (i, w) in widths.iter().enumerate() {
        let _ = writeln!(
            out,
            "<style:style style:name=\"{name}.C{}\" style:family=\"table-column\">\
             <style:table-column-properties style:column-width=\"{w:.3}cm\"/></style:style>",
            i + 1
        );
    }
    out
}

// ---------------------------------------------------------------------------
// Section numbering by ODF lists (--auto). One list per chain of levels
// (I. -> 1. -> 1.1. -> a)); each numbered paragraph is a list of its own that
// continues the chain's first list (text:continue-list), so paragraphs in
// between do not restart it. A chain restarts where kehoach's numbering does:
// at each part ("Phần I") and each document of the dossier.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Chain {
    Sections,
    Legal,
    Bullets,
}

impl Chain {
    fn style(self) -> &'static str {
        match self {
            Chain::Sections => "L1",
            Chain::Legal => "L2",
            Chain::Bullets => "L3",
        }
    }
}

#[derive(Default)]
struct List {
    id: Option<String>,
    /// What each level's number is now, as LibreOffice counts.
    counters: [usize; 4],
}

#[derive(Default)]
struct Lists {
    sections: List,
    legal: List,
    bullets: List,
    serial: usize,
}

impl Lists {
    fn list(&mut self, c: Chain) -> &mut List {
        match c {
            Chain::Sections => &mut self.sections,
            Chain::Legal => &mut self.legal,
            Chain::Bullets => &mut self.bullets,
        }
    }

    fn restart(&mut self, c: Chain) {
        *self.list(c) = List::default();
    }

    /// Takes a numbered paragraph into the chain when the list's own
    /// number at `level` prints `label`; returns the paragraph wrapped.
    /// Otherwise (a Vietnamese "đ)", "Điều 1.") the label stays typed.
    fn numbered(&mut self, c: Chain, level: usize, label: &str, para: &str) -> Option<String> {
        let list = self.list(c);
        let mut next = list.counters;
        next[level] += 1;
        next[level + 1..].fill(0);
        if odf_label(c, level, &next) != label {
            return None;
        }
        list.counters = next;
        Some(self.wrap(c, level, para))
    }

    /// A paragraph at `level` of a chain: nested lists down to its level,
    /// the outer items holding only the inner list (so they count nothing).
    fn wrap(&mut self, c: Chain, level: usize, para: &str) -> String {
        self.serial += 1;
        let fresh = format!("list{}", 1000 + self.serial);
        let list = self.list(c);
        let link = match &list.id {
            Some(id) => format!("text:continue-list=\"{id}\""),
            None => {
                let attr = format!("xml:id=\"{fresh}\"");
                list.id = Some(fresh);
                attr
            }
        };
        let mut out = format!("<text:list text:style-name=\"{}\" {link}>", c.style());
        out.push_str(&"<text:list-item><text:list>".repeat(level));
        let _ = write!(out, "<text:list-item>{para}</text:list-item>");
        out.push_str(&"</text:list></text:list-item>".repeat(level));
        out.push_str("</text:list>\n");
        out
    }
}

/// The label LibreOffice prints for the counters at `level` (the list
/// styles of `LIST_STYLES`).
fn odf_label(c: Chain, level: usize, n: &[usize; 4]) -> String {
    match (c, level) {
        (_, 0) => format!("{}.", roman(n[0])),
        (_, 1) => format!("{}.", n[1]),
        (Chain::Sections, 2) => format!("{}.{}.", n[1], n[2]),
        (Chain::Sections, 3) => format!("{})", latin_letter(n[3])),
        _ => String::new(),
    }
}

/// ODF's (and Word's) lower letters: a ... z, then aa, bb ...
fn latin_letter(n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let c = char::from(b'a' + ((n - 1) % 26) as u8);
    c.to_string().repeat((n - 1) / 26 + 1)
}

/// The level a section's numbering style takes in the sections chain.
fn section_level(n: Numbering) -> Option<usize> {
    match n {
        Numbering::Roman => Some(0),
        Numbering::Arabic => Some(1),
        Numbering::Decimal => Some(2),
        Numbering::Letter => Some(3),
        Numbering::Auto | Numbering::Unnumbered => None,
    }
}

/// A list level: label at the first-line indent (1 cm), a space after it,
/// wrapped lines at the margin, as body paragraphs are. Dashes in Times New
/// Roman (LibreOffice's default bullet font is its own OpenSymbol).
fn level_xml(kind: &str, level: usize, attrs: &str) -> String {
    let font = if kind == "bullet" {
        "<style:text-properties style:font-name=\"Times New Roman\"/>"
    } else {
        ""
    };
    format!(
        "<text:list-level-style-{kind} text:level=\"{level}\" {attrs}>\
         <style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">\
         <style:list-level-label-alignment text:label-followed-by=\"space\" \
         fo:text-indent=\"1cm\" fo:margin-left=\"0cm\"/></style:list-level-properties>{font}\
         </text:list-level-style-{kind}>\n"
    )
}

fn list_styles() -> String {
    let bold = "text:style-name=\"Numbering_20_Bold\"";
    let mut out = String::from("<text:list-style style:name=\"L1\">\n");
    out += &level_xml(
        "number",
        1,
        &format!("{bold} style:num-suffix=\".\" style:num-format=\"I\""),
    );
    out += &level_xml(
        "number",
        2,
        &format!("{bold} style:num-suffix=\".\" style:num-format=\"1\""),
    );
    out += &level_xml(
        "number",
        3,
        "style:num-suffix=\".\" style:num-format=\"1\" text:display-levels=\"2\"",
    );
    out += &level_xml("number", 4, "style:num-suffix=\")\" style:num-format=\"a\"");
    out += "</text:list-style>\n<text:list-style style:name=\"L2\">\n";
    out += &level_xml(
        "number",
        1,
        &format!("{bold} style:num-suffix=\".\" style:num-format=\"I\""),
    );
    out += &level_xml("number", 2, "style:num-suffix=\".\" style:num-format=\"1\"");
    out += "</text:list-style>\n<text:list-style style:name=\"L3\">\n";
    out += &level_xml("bullet", 1, "text:bullet-char=\"-\"");
    out += &level_xml("bullet", 2, "text:bullet-char=\"+\"");
    out += "</text:list-style>\n";
    out
}

// ---------------------------------------------------------------------------
// Text: runs with bold and italic spans, spaces kept, footnotes as ODF notes.

/// What a span adds to its paragraph's look.
#[derive(Clone, Copy, Default)]
struct Add {
    bold: bool,
    italic: bool,
    upper: bool,
}

const BOLD: Add = Add {
    bold: true,
    italic: false,
    upper: false,
};
const PLAIN: Add = Add {
    bold: false,
    italic: false,
    upper: false,
};

/// Text as ODF character data: markup escaped, runs of spaces kept
/// (ODF collapses them: "Số:      /KH-UBND" needs text:s).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut spaces = 0;
    let flush = |out: &mut String, spaces: &mut usize| {
        match *spaces {
            0 => {}
            1 => out.push(' '),
            n => {
                let _ = write!(out, " <text:s text:c=\"{}\"/>", n - 1);
            }
        }
        *spaces = 0;
    };
    for ch in s.chars() {
        if ch == ' ' {
            spaces += 1;
            continue;
        }
        flush(&mut out, &mut spaces);
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("<text:tab/>"),
            '\n' => out.push_str("<text:line-break/>"),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    flush(&mut out, &mut spaces);
    out
}

/// A span in the automatic text styles T1 (bold), T2 (italic), T3 (both).
fn span(s: &str, bold: bool, italic: bool) -> String {
    let t = escape(s);
    match (bold, italic) {
        (false, false) => t,
        (true, false) => format!("<text:span text:style-name=\"T1\">{t}</text:span>"),
        (false, true) => format!("<text:span text:style-name=\"T2\">{t}</text:span>"),
        (true, true) => format!("<text:span text:style-name=\"T3\">{t}</text:span>"),
    }
}

/// A footnote's text; a note inside it (kehoach allows them, ODF does not)
/// goes in brackets.
fn note_text(t: &Text) -> String {
    let mut out = String::new();
    for r in &t.0 {
        match r {
            Run::Text { text, bold, italic } => out.push_str(&span(text, *bold, *italic)),
            Run::Note(inner) => {
                let _ = write!(out, " ({})", note_text(inner));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The writer.

#[derive(Default)]
struct Count {
    tables: usize,
    notes: usize,
    merged_header_cells: usize,
    auto_labels: usize,
    typed_labels: usize,
    typed_totals: usize,
}

impl Count {
    fn summary(&self) -> String {
        format!(
            "{} tables, {} footnotes, {} merged header cells, {} labels by list, \
             {} labels typed, {} totals typed",
            self.tables,
            self.notes,
            self.merged_header_cells,
            self.auto_labels,
            self.typed_labels,
            self.typed_totals
        )
    }
}

struct Writer<'a> {
    labels: Labels,
    plan: &'a Plan,
    fonts: &'a FontSet,
    sample: String,
    shapes: std::vec::IntoIter<TableShape>,
    body: String,
    styles: Styles,
    lists: Lists,
    /// The page the next paragraph or table starts (a new part).
    opens: Option<Page>,
    /// The orientation of the part being written.
    page: Page,
    count: Count,
    seen_labels: Vec<String>,
}

impl<'a> Writer<'a> {
    fn new(
        labels: Labels,
        plan: &'a Plan,
        fonts: &'a FontSet,
        sample: &str,
        shapes: Vec<TableShape>,
    ) -> Writer<'a> {
        Writer {
            labels,
            plan,
            fonts,
            sample: sample.to_string(),
            shapes: shapes.into_iter(),
            body: String::new(),
            styles: Styles::default(),
            lists: Lists::default(),
            opens: None,
            page: Page::Portrait,
            count: Count::default(),
            seen_labels: Vec::new(),
        }
    }

    /// A part of the composed document: the first continues the first
    /// page; the others start a page of their own, numbered from 1.
    fn part(&mut self, part: &compose::Part, index: usize, landscape: bool) {
        self.page = if landscape {
            Page::Landscape
        } else {
            Page::Portrait
        };
        self.opens = (index > 0).then_some(self.page);
        self.lists.restart(Chain::Sections);
        self.lists.restart(Chain::Legal);
        for (k, b) in part.blocks.iter().enumerate() {
            self.block(b);
            // An empty line after a table, as officers leave one before the
            // next heading (not at a part's end: a page break follows).
            if matches!(b, Block::Table(_)) && k + 1 < part.blocks.len() {
                self.push_para(Para::Gap, "");
            }
        }
    }

    /// A paragraph in a look; the first of a part opens its page.
    fn para(&mut self, look: Para, content: &str) -> String {
        let page = self.opens.take();
        let style = self.styles.para(look, page);
        format!("<text:p text:style-name=\"{style}\">{content}</text:p>\n")
    }

    fn push_para(&mut self, look: Para, content: &str) {
        let p = self.para(look, content);
        self.body.push_str(&p);
    }

    /// Text in a span look, footnotes numbered in the document's order.
    fn text(&mut self, t: &Text, add: Add) -> String {
        let mut out = String::new();
        for r in &t.0 {
            match r {
                Run::Text { text, bold, italic } => {
                    let s = if add.upper {
                        text.to_uppercase()
                    } else {
                        text.clone()
                    };
                    out.push_str(&span(&s, *bold || add.bold, *italic || add.italic));
                }
                Run::Note(body) => out.push_str(&self.note(body)),
            }
        }
        out
    }

    fn note(&mut self, body: &Text) -> String {
        self.count.notes += 1;
        let n = self.count.notes;
        format!(
            "<text:note text:id=\"ftn{n}\" text:note-class=\"footnote\">\
             <text:note-citation>{n}</text:note-citation><text:note-body>\
             <text:p text:style-name=\"Footnote\">{}</text:p></text:note-body></text:note>",
            note_text(body)
        )
    }

    fn block(&mut self, b: &Block) {
        match b {
            Block::Header(h) => self.header(h),
            Block::Title {
                kind,
                title,
                attached,
                ..
            } => self.title(kind, title, attached.as_ref()),
            Block::Centered { text, bold, .. } => {
                let look = if *bold {
                    Para::CenterBold
                } else {
                    Para::Center
                };
                let t = self.text(text, PLAIN);
                self.push_para(look, &t);
            }
            Block::Preamble { text, .. } | Block::Summary { text, .. } => {
                let t = self.text(text, PLAIN);
                self.push_para(Para::BodyItalic, &t);
            }
            Block::Part { label, title, .. } => {
                // Each part numbers its sections from I again.
                self.lists.restart(Chain::Sections);
                self.push_para(Para::PartLabel, &escape(label));
                let upper = Add {
                    upper: true,
                    ..PLAIN
                };
                let t = self.text(title, upper);
                self.push_para(Para::CenterBold, &t);
            }
            Block::Section {
                label,
                numbering,
                title,
                text,
                has_content,
                ..
            } => self.section(
                label,
                *numbering,
                title.as_ref(),
                text.as_ref(),
                *has_content,
            ),
            Block::Paragraph { text, .. } => {
                let t = self.text(text, PLAIN);
                self.push_para(Para::Body, &t);
            }
            Block::Bullet { level, text, .. } => self.bullet(*level, text),
            Block::LegalGroup { label, title, .. } => {
                let upper = Add {
                    upper: true,
                    ..BOLD
                };
                let t = self.text(title, upper);
                self.numbered(Chain::Legal, 0, label, true, Para::Heading, &t);
            }
            Block::LegalItem { label, text, .. } => {
                let t = self.text(text, PLAIN);
                self.numbered(Chain::Legal, 1, label, false, Para::Body, &t);
            }
            Block::Table(t) => self.table(t),
            Block::Closing(c) => self.closing(c),
            Block::AppendixHead(a) => self.appendix_head(a),
            Block::Signature(s) => {
                let page = self.opens.take();
                let sig = self.signature_cell(s);
                let empty = self.para(Para::Recipient, "");
                self.layout_table(&[7.0, 9.0], 0.0, page, &[empty, sig]);
            }
        }
    }

    /// "I. MỤC TIÊU" (bold, upper), "1. Mục tiêu cụ thể" (bold), "1.1." and
    /// "a)" (regular), each with its run-in text.
    fn section(
        &mut self,
        label: &str,
        numbering: Numbering,
        title: Option<&Text>,
        text: Option<&Text>,
        keep: bool,
    ) {
        let heading = match numbering {
            Numbering::Roman => Add {
                upper: true,
                ..BOLD
            },
            Numbering::Arabic | Numbering::Unnumbered => BOLD,
            _ => PLAIN,
        };
        let mut content = String::new();
        if let Some(t) = title {
            content += &self.text(t, heading);
        }
        if let Some(t) = text {
            if title.is_some() {
                content.push(' ');
            }
            content += &self.text(t, PLAIN);
        }
        let look = if keep { Para::Heading } else { Para::Body };
        match section_level(numbering).filter(|_| !label.is_empty()) {
            Some(level) => {
                self.numbered(Chain::Sections, level, label, heading.bold, look, &content)
            }
            None => {
                let typed = if label.is_empty() {
                    content
                } else {
                    format!(
                        "{}{content}",
                        span(&format!("{label} "), heading.bold, false)
                    )
                };
                self.push_para(look, &typed);
            }
        }
    }

    /// A numbered paragraph: by the list chain (--auto, when the list
    /// prints the same label), else with its label typed.
    fn numbered(
        &mut self,
        chain: Chain,
        level: usize,
        label: &str,
        bold: bool,
        look: Para,
        content: &str,
    ) {
        self.seen_labels.push(label.to_string());
        if self.labels == Labels::Auto {
            let opens = self.opens;
            let para = self.para(look, content);
            if let Some(listed) = self.lists.numbered(chain, level, label, &para) {
                self.count.auto_labels += 1;
                self.body.push_str(&listed);
                return;
            }
            // The typed paragraph below opens the page instead.
            self.opens = opens;
        }
        self.count.typed_labels += 1;
        let typed = format!("{}{content}", span(&format!("{label} "), bold, false));
        self.push_para(look, &typed);
    }

    fn bullet(&mut self, level: u8, text: &Text) {
        let t = self.text(text, PLAIN);
        let depth = usize::from(level.clamp(1, 2)) - 1;
        match self.labels {
            Labels::Auto => {
                let para = self.para(Para::Body, &t);
                let listed = self.lists.wrap(Chain::Bullets, depth, &para);
                self.body.push_str(&listed);
            }
            Labels::Typed => {
                let dash = if depth == 0 { "- " } else { "+ " };
                self.push_para(Para::Body, &format!("{dash}{t}"));
            }
        }
    }

    // -- header, title, closing: borderless tables as officers make them --

    fn header(&mut self, h: &Header) {
        // The table opens the page, not its cells' paragraphs.
        let page = self.opens.take();
        let mut left = String::new();
        // The parent authority in regular, the authority in bold.
        for (lines, bold) in [(&h.parent_authority, false), (&h.authority, true)] {
            for l in lines {
                let t = self.text(
                    l,
                    Add {
                        upper: true,
                        ..PLAIN
                    },
                );
                left += &self.para(Para::Header(13, bold, false), &t);
            }
        }
        let widest = h
            .authority
            .iter()
            .map(|l| self.width(&l.to_plain().to_uppercase(), 13.0, true))
            .fold(0.0, f32::max);
        let left_w = 6.6;
        left += &self.rule(left_w, (widest * 0.4).max(1.2), 0);
        if let Some(n) = &h.number {
            let t = self.text(n, PLAIN);
            left += &self.para(Para::Header(13, false, false), &t);
        }
        let nation_w = self.width(&h.nation.to_plain(), 13.0, true);
        let right_w = (nation_w + 0.5).max(16.0 - left_w);
        let mut right = String::new();
        let t = self.text(&h.nation, PLAIN);
        right += &self.para(Para::Header(13, true, false), &t);
        let t = self.text(&h.motto, PLAIN);
        right += &self.para(Para::Header(14, true, false), &t);
        right += &self.rule(right_w, self.width(&h.motto.to_plain(), 14.0, true), 0);
        if let Some(d) = &h.place_date {
            let t = self.text(d, PLAIN);
            right += &self.para(Para::Header(14, false, true), &t);
        }
        let shift = (left_w + right_w - self.page.text_width()).max(0.0);
        self.layout_table(&[left_w, right_w], shift, page, &[left, right]);
    }

    /// Width in cm of a line of text.
    fn width(&self, s: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { Face::Bold } else { Face::Regular };
        self.fonts.metrics(face).width_mm(s, size) / 10.0
    }

    /// A short centred rule of `len` cm in a column `col` cm wide, `after`
    /// points above what follows.
    fn rule(&mut self, col: f32, len: f32, after: u8) -> String {
        let x1 = ((col - len) / 2.0).max(0.0);
        let line = format!(
            "<draw:line draw:style-name=\"gr1\" text:anchor-type=\"paragraph\" \
             draw:z-index=\"0\" svg:x1=\"{x1:.2}cm\" svg:y1=\"0.1cm\" svg:x2=\"{:.2}cm\" \
             svg:y2=\"0.1cm\"/>",
            x1 + len
        );
        self.para(Para::Rule(after), &line)
    }

    fn title(&mut self, kind: &Text, title: &Text, attached: Option<&Text>) {
        let t = self.text(
            kind,
            Add {
                upper: true,
                ..PLAIN
            },
        );
        // Space above "KẾ HOẠCH": an empty line, as typed.
        self.push_para(Para::Center, "");
        self.push_para(Para::CenterBold, &t);
        let t = self.text(title, PLAIN);
        self.push_para(Para::CenterBold, &t);
        let mut widest = self.width(&title.to_plain(), 14.0, true);
        if let Some(a) = attached {
            let t = self.text(a, PLAIN);
            self.push_para(Para::CenterItalic, &t);
            widest = widest.max(self.width(&a.to_plain(), 14.0, false));
        }
        let text_w = self.page.text_width();
        let r = self.rule(text_w, widest.min(text_w) / 3.0, 6);
        self.body.push_str(&r);
    }

    fn closing(&mut self, c: &Closing) {
        let page = self.opens.take();
        let mut left = self.para(Para::RecipientsTitle, "Nơi nhận:");
        for (line, _) in &c.recipients {
            let t = self.text(line, PLAIN);
            left += &self.para(Para::Recipient, &t);
        }
        let right = self.signature_cell(&c.signature);
        self.layout_table(&[7.0, 9.0], 0.0, page, &[left, right]);
    }

    fn signature_cell(&mut self, s: &compose::Signature) -> String {
        let mut out = String::new();
        for l in &s.heading {
            let t = self.text(
                l,
                Add {
                    upper: true,
                    ..PLAIN
                },
            );
            out += &self.para(Para::Signature(true), &t);
        }
        // Room for the signature and the seal: empty lines, as typed.
        for _ in 0..5 {
            out += &self.para(Para::Signature(false), "");
        }
        if let Some(n) = &s.name {
            let t = self.text(n, PLAIN);
            out += &self.para(Para::Signature(true), &t);
        }
        out
    }

    fn appendix_head(&mut self, a: &AppendixHead) {
        self.push_para(Para::CenterBold, &escape(&a.label));
        let t = self.text(
            &a.title,
            Add {
                upper: true,
                ..PLAIN
            },
        );
        self.push_para(Para::CenterBold, &t);
        let t = self.text(&a.attached, PLAIN);
        self.push_para(Para::CenterItalic, &t);
        let text_w = self.page.text_width();
        let w = self.width(&a.attached.to_plain(), 14.0, false).min(text_w) / 3.0;
        let r = self.rule(text_w, w, 6);
        self.body.push_str(&r);
        if let Some(u) = &a.unit {
            let t = self.text(u, PLAIN);
            self.push_para(Para::Unit, &t);
        }
    }

    /// A borderless one-row table of cells already written (header block,
    /// signature); `shift` cm into the left margin.
    fn layout_table(&mut self, widths: &[f32], shift: f32, page: Option<Page>, cells: &[String]) {
        let name = self.styles.table(widths.to_vec(), page, shift);
        let mut out = format!("<table:table table:name=\"{name}\" table:style-name=\"{name}\">\n");
        for i in 0..widths.len() {
            let _ = writeln!(
                out,
                "<table:table-column table:style-name=\"{name}.C{}\"/>",
                i + 1
            );
        }
        out.push_str("<table:table-row>\n");
        for c in cells {
            let _ = writeln!(
                out,
                "<table:table-cell table:style-name=\"CellPlain\" \
                 office:value-type=\"string\">{c}</table:table-cell>"
            );
        }
        out.push_str("</table:table-row>\n</table:table>\n");
        self.body.push_str(&out);
    }

    // -- data tables --

    fn table(&mut self, t: &compose::Table) {
        self.count.tables += 1;
        let n = t.columns.len();
        if n == 0 {
            return;
        }
        let widths = self.column_widths(n);
        let page = self.opens.take();
        let name = self.styles.table(widths, page, 0.0);
        let mut out = format!(
            "<table:table table:name=\"Bảng{}\" table:style-name=\"{name}\">\n",
            self.count.tables
        );
        for i in 0..n {
            let _ = writeln!(
                out,
                "<table:table-column table:style-name=\"{name}.C{}\"/>",
                i + 1
            );
        }
        // Header rows repeat on every page, as "Repeat as header row" does.
        out.push_str("<table:table-header-rows>\n");
        out += &self.header_rows(t);
        out.push_str("</table:table-header-rows>\n");
        for r in &t.rows {
            out += &self.row(t, r);
        }
        out.push_str("</table:table>\n");
        self.body.push_str(&out);
    }

    /// The PDF's column widths (mm) for the next table on this page's
    /// text width (5 mm narrower than kehoach's: its right margin is 15 mm):
    /// the widest column gives up what is missing, the narrow ones ("STT",
    /// figures) keep their width and 1.5 mm more (Word's cells pad more
    /// than the PDF's), so they do not wrap. Equal widths if layout gave none.
    fn column_widths(&mut self, n: usize) -> Vec<f32> {
        let text_w = self.page.text_width();
        let shape = self.shapes.next().map(|s| s.widths).unwrap_or_default();
        if shape.len() != n {
            return vec![text_w / n as f32; n];
        }
        let mut cm: Vec<f32> = shape.iter().map(|mm| mm / 10.0 + 0.15).collect();
        let widest = (0..n).max_by(|&a, &b| cm[a].total_cmp(&cm[b])).unwrap_or(0);
        let excess = cm.iter().sum::<f32>() - text_w;
        if excess > 0.0 {
            if cm[widest] - excess > 3.0 {
                cm[widest] -= excess;
            } else {
                let scale = text_w / (text_w + excess);
                cm.iter_mut().for_each(|w| *w *= scale);
            }
        }
        cm
    }

    /// Header rows on the grid `header_cells` places them: merged cells
    /// spanned, the cells they cover written as covered cells.
    fn header_rows(&mut self, t: &compose::Table) -> String {
        let n = t.columns.len();
        let rows = t.header.len();
        // None: covered by a merged cell; Some(i): the i-th placed cell starts here.
        let mut grid: Vec<Vec<Option<usize>>> = vec![vec![None; n]; rows];
        let placed = t.header_cells();
        for (i, (at, _)) in placed.iter().enumerate() {
            grid[at.row][at.col] = Some(i);
        }
        let mut out = String::new();
        for line in &grid {
            out.push_str("<table:table-row>\n");
            for slot in line {
                match slot {
                    Some(i) => {
                        let (at, cell) = placed[*i];
                        if at.colspan > 1 || at.rowspan > 1 {
                            self.count.merged_header_cells += 1;
                        }
                        let text = self.text(&cell.text, PLAIN);
                        let p = self.para(Para::Cell(Align::Center, true, false), &text);
                        out += &cell_xml("CellHead", at.colspan, at.rowspan, &p);
                    }
                    None => out.push_str("<table:covered-table-cell/>\n"),
                }
            }
            out.push_str("</table:table-row>\n");
        }
        if t.column_numbers {
            out.push_str("<table:table-row>\n");
            for k in 1..=n {
                let p = self.para(Para::Cell(Align::Center, false, true), &format!("({k})"));
                out += &cell_xml("CellHead", 1, 1, &p);
            }
            out.push_str("</table:table-row>\n");
        }
        out
    }

    fn row(&mut self, t: &compose::Table, r: &Row) -> String {
        let n = t.columns.len();
        let mut out = String::from("<table:table-row>\n");
        match r {
            Row::Cells { cells, bold, .. } => {
                for (i, c) in cells.iter().enumerate().take(n) {
                    out += &self.data_cell(t, i, c, *bold, false);
                }
            }
            Row::Group { label, name, .. } => {
                let l = self.text(label, PLAIN);
                let p = self.para(Para::Cell(Align::Center, true, false), &l);
                out += &cell_xml("Cell", 1, 1, &p);
                if n > 1 {
                    let name = self.text(name, PLAIN);
                    let p = self.para(Para::Cell(Align::Left, true, false), &name);
                    out += &cell_xml("Cell", n - 1, 1, &p);
                    out += &"<table:covered-table-cell/>\n".repeat(n - 2);
                }
            }
            Row::Spanned {
                first,
                label,
                cells,
                ..
            } => {
                let span = (*first).clamp(1, n);
                let l = self.text(label, PLAIN);
                let p = self.para(Para::Cell(Align::Center, true, false), &l);
                out += &cell_xml("Cell", span, 1, &p);
                out += &"<table:covered-table-cell/>\n".repeat(span - 1);
                let total = label.to_plain().to_uppercase().starts_with("TỔNG");
                for (k, c) in cells.iter().enumerate().take(n - span) {
                    out += &self.data_cell(t, span + k, c, true, total);
                }
            }
        }
        out.push_str("</table:table-row>\n");
        out
    }

    /// A cell of data as typed: money in the Vietnamese form, agencies
    /// joined; in a total row, the officer's figure where it differs.
    fn data_cell(
        &mut self,
        t: &compose::Table,
        col: usize,
        c: &Cell,
        bold: bool,
        total: bool,
    ) -> String {
        let align = t.columns.get(col).map(|c| c.align).unwrap_or_default();
        let text = match c {
            Cell::Text(x) => self.text(x, PLAIN),
            Cell::Number(s) => escape(s),
            Cell::Money(m) if total => escape(&self.typed_total(&millions(*m))),
            Cell::Money(m) => escape(&millions(*m)),
            Cell::Agencies(names, joiner) => escape(&names.join(joiner.separator())),
        };
        let p = self.para(Para::Cell(align, bold, false), &text);
        cell_xml("Cell", 1, 1, &p)
    }

    fn typed_total(&mut self, computed: &str) -> String {
        match TYPED_TOTALS
            .iter()
            .find(|(s, c, _)| *s == self.sample && *c == computed)
        {
            Some((_, _, typed)) => {
                self.count.typed_totals += 1;
                typed.to_string()
            }
            None => computed.to_string(),
        }
    }

    // -- the file --

    fn finish(&self, doc: &compose::Document) -> String {
        let s = &self.plan.settings;
        let mut out = String::from(PROLOGUE);
        let _ = writeln!(
            out,
            "<office:meta><dc:title>{}</dc:title><meta:initial-creator>{}</meta:initial-creator>\
             <dc:language>vi-VN</dc:language></office:meta>",
            escape(&doc.title),
            escape(&doc.author)
        );
        out.push_str(FONTS);
        out.push_str(&common_styles(s.body_size, s.table_size));
        out.push_str("<office:automatic-styles>\n");
        out.push_str(&page_layouts());
        out.push_str(AUTOMATIC_FIXED);
        out.push_str(&list_styles());
        out.push_str(&self.styles.xml(s.body_size, s.table_size, s.line_spacing));
        out.push_str("</office:automatic-styles>\n");
        out.push_str(MASTERS);
        out.push_str("<office:body><office:text>\n");
        out.push_str(&self.body);
        out.push_str("</office:text></office:body></office:document>\n");
        out
    }
}

fn cell_xml(style: &str, cols: usize, rows: usize, content: &str) -> String {
    let mut span = String::new();
    if cols > 1 {
        let _ = write!(span, " table:number-columns-spanned=\"{cols}\"");
    }
    if rows > 1 {
        let _ = write!(span, " table:number-rows-spanned=\"{rows}\"");
    }
    format!(
        "<table:table-cell table:style-name=\"{style}\"{span} \
         office:value-type=\"string\">{content}</table:table-cell>\n"
    )
}

fn page_number_style(body: f32, table: f32) -> String {
    para_style("PageNumber", Para::PageNumber.look(body, table), None, 1.0)
}

const PROLOGUE: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<office:document \
xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" \
xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" \
xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" \
office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n";

/// Times New Roman named, not embedded.
const FONTS: &str = "<office:font-face-decls><style:font-face style:name=\"Times New Roman\" \
svg:font-family=\"&apos;Times New Roman&apos;\" style:font-family-generic=\"roman\" \
style:font-pitch=\"variable\"/></office:font-face-decls>\n";

/// Normal (Standard) in Times New Roman 14 pt, Vietnamese; footnotes and
/// the bold numbering labels; footnotes numbered through the document.
fn common_styles(body: f32, table: f32) -> String {
    format!(
        "<office:styles>\n\
<style:default-style style:family=\"paragraph\"><style:paragraph-properties \
style:tab-stop-distance=\"1.27cm\" style:writing-mode=\"lr-tb\"/><style:text-properties \
style:font-name=\"Times New Roman\" style:font-name-complex=\"Times New Roman\" \
style:font-name-asian=\"Times New Roman\" fo:font-size=\"{body}pt\" \
style:font-size-complex=\"{body}pt\" fo:language=\"vi\" fo:country=\"VN\" \
fo:hyphenate=\"false\"/></style:default-style>\n\
<style:default-style style:family=\"table\"><style:table-properties \
table:border-model=\"collapsing\"/></style:default-style>\n\
<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n\
<style:style style:name=\"Footnote\" style:family=\"paragraph\" \
style:parent-style-name=\"Standard\" style:class=\"extra\"><style:paragraph-properties \
fo:text-align=\"justify\" fo:margin-left=\"0cm\" fo:text-indent=\"0cm\" \
fo:margin-bottom=\"0cm\"/><style:text-properties fo:font-size=\"{table}pt\" \
style:font-size-complex=\"{table}pt\"/></style:style>\n\
<style:style style:name=\"Numbering_20_Bold\" style:display-name=\"Numbering Bold\" \
style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" \
style:font-weight-complex=\"bold\"/></style:style>\n\
<text:notes-configuration text:note-class=\"footnote\" style:num-format=\"1\" \
text:start-value=\"0\" text:footnotes-position=\"page\" \
text:start-numbering-at=\"document\"/>\n{}</office:styles>\n",
        page_number_style(body, table)
    )
}

/// Text spans, table cells (ruled, header, borderless) and the rules' line.
const AUTOMATIC_FIXED: &str = "\
<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties \
fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>\n\
<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties \
fo:font-style=\"italic\" style:font-style-complex=\"italic\"/></style:style>\n\
<style:style style:name=\"T3\" style:family=\"text\"><style:text-properties \
fo:font-weight=\"bold\" style:font-weight-complex=\"bold\" fo:font-style=\"italic\" \
style:font-style-complex=\"italic\"/></style:style>\n\
<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties \
style:vertical-align=\"middle\" fo:padding-top=\"0.05cm\" fo:padding-bottom=\"0.05cm\" \
fo:padding-left=\"0.1cm\" fo:padding-right=\"0.1cm\" \
fo:border=\"0.5pt solid #000000\"/></style:style>\n\
<style:style style:name=\"CellHead\" style:family=\"table-cell\"><style:table-cell-properties \
style:vertical-align=\"middle\" fo:padding-top=\"0.05cm\" fo:padding-bottom=\"0.05cm\" \
fo:padding-left=\"0.1cm\" fo:padding-right=\"0.1cm\" \
fo:border=\"0.5pt solid #000000\"/></style:style>\n\
<style:style style:name=\"CellPlain\" style:family=\"table-cell\"><style:table-cell-properties \
style:vertical-align=\"top\" fo:padding=\"0.05cm\" fo:border=\"none\"/></style:style>\n\
<style:style style:name=\"gr1\" style:family=\"graphic\"><style:graphic-properties \
svg:stroke-width=\"0.02cm\" svg:stroke-color=\"#000000\" draw:stroke=\"solid\" \
style:wrap=\"run-through\" style:run-through=\"foreground\" \
style:horizontal-pos=\"from-left\" style:horizontal-rel=\"paragraph\" \
style:vertical-pos=\"from-top\" style:vertical-rel=\"paragraph\"/></style:style>\n";

/// A4 portrait and landscape, margins 20/15/30/20 mm; the page number in
/// the top margin (its header ends where the text begins).
fn page_layouts() -> String {
    let layout = |name: &str, w: f32, h: f32, orient: &str| {
        format!(
            "<style:page-layout style:name=\"{name}\"><style:page-layout-properties \
             fo:page-width=\"{w}cm\" fo:page-height=\"{h}cm\" style:print-orientation=\"{orient}\" \
             fo:margin-top=\"{HEADER_AT}cm\" fo:margin-bottom=\"{MARGIN_BOTTOM}cm\" \
             fo:margin-left=\"{MARGIN_LEFT}cm\" fo:margin-right=\"{MARGIN_RIGHT}cm\"/>\
             <style:header-style><style:header-footer-properties fo:min-height=\"{:.1}cm\" \
             fo:margin-bottom=\"0.3cm\" style:dynamic-spacing=\"false\"/></style:header-style>\
             </style:page-layout>\n",
            MARGIN_TOP - HEADER_AT
        )
    };
    layout("pm1", PAGE_W, PAGE_H, "portrait") + &layout("pm2", PAGE_H, PAGE_W, "landscape")
}

/// Portrait and landscape pages; the page number from the second page of
/// each part (the first page's header left empty, Word's "Different first page").
const MASTERS: &str = "<office:master-styles>\n\
<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">\
<style:header><text:p text:style-name=\"PageNumber\"><text:page-number \
text:select-page=\"current\">1</text:page-number></text:p></style:header>\
<style:header-first><text:p text:style-name=\"PageNumber\"/></style:header-first>\
</style:master-page>\n\
<style:master-page style:name=\"Landscape\" style:page-layout-name=\"pm2\">\
<style:header><text:p text:style-name=\"PageNumber\"><text:page-number \
text:select-page=\"current\">1</text:page-number></text:p></style:header>\
<style:header-first><text:p text:style-name=\"PageNumber\"/></style:header-first>\
</style:master-page>\n\
</office:master-styles>\n";
