//! The composed document as WordprocessingML: each part a section (its own
//! orientation and page numbers restarting), the header block and the
//! closing as borderless tables with their rules as paragraph borders,
//! computed numbers written as text, tables with their header rows marked
//! to repeat, footnotes as Word's.

use super::xml::{Look, Notes, Para, run, runs, twips};
use crate::compose::table::{Cell, Row, Table};
use crate::compose::text::Text;
use crate::compose::{AppendixHead, Block, Closing, Document, Header, Signature};
use crate::layout::TableShape;
use crate::model::Align;
use crate::model::Numbering;
use crate::model::format::millions;

/// The header block's columns (mm): the issuer's, the nation's.
const HEADER_COLUMNS: [f32; 2] = [62.0, 103.0];
/// The closing's columns (mm): recipients, signature.
const CLOSING_COLUMNS: [f32; 2] = [75.0, 90.0];

pub struct Body<'a> {
    pub out: String,
    pub notes: Notes,
    shapes: &'a [TableShape],
    tables: usize,
    /// The text width of the current part (mm).
    width: f32,
}

/// A4 in twips, portrait.
const A4: (i64, i64) = (11906, 16838);

/// A part's section properties: paper, margins (the PDF's), a number in
/// the header from the second page, numbers restarting at 1.
pub fn section(landscape: bool) -> String {
    let (w, h) = if landscape { (A4.1, A4.0) } else { A4 };
    let orient = if landscape {
        " w:orient=\"landscape\""
    } else {
        ""
    };
    // Portrait 20 / 15 / 20 / 30; landscape turned, the binding edge on top.
    let (top, right, bottom, left) = if landscape {
        (30.0, 20.0, 15.0, 20.0)
    } else {
        (20.0, 15.0, 20.0, 30.0)
    };
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>\
         <w:type w:val=\"nextPage\"/><w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         <w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr>",
        twips(top),
        twips(right),
        twips(bottom),
        twips(left)
    )
}

/// An empty paragraph one point high.
const LEAD: &str = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" \
     w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>";

fn text_width(landscape: bool) -> f32 {
    if landscape { 257.0 } else { 165.0 }
}

impl<'a> Body<'a> {
    pub fn write(doc: &Document, shapes: &'a [TableShape], landscape: &[bool]) -> Body<'a> {
        let mut b = Body {
            out: String::new(),
            notes: Notes::default(),
            shapes,
            tables: 0,
            width: 165.0,
        };
        let n = doc.parts.len();
        for (i, part) in doc.parts.iter().enumerate() {
            let wide = landscape.get(i).copied().unwrap_or(false);
            b.width = text_width(wide);
            // A section that opens with a table gets a paragraph of a point
            // before it: LibreOffice puts a body-sized empty paragraph there
            // otherwise (to carry the page style), lowering the header block.
            if matches!(
                part.blocks.first(),
                Some(Block::Header(_) | Block::Table(_))
            ) {
                b.out.push_str(LEAD);
            }
            for (k, block) in part.blocks.iter().enumerate() {
                b.block(block);
                // The last lines of the text go with the signature, as in the PDF.
                if matches!(part.blocks.get(k + 1), Some(Block::Closing(_))) {
                    b.keep_last_with_next();
                }
            }
            if i + 1 < n {
                b.out
                    .push_str(&format!("<w:p><w:pPr>{}</w:pPr></w:p>", section(wide)));
            } else {
                b.out.push_str(&section(wide));
            }
        }
        if n == 0 {
            b.out.push_str(&section(false));
        }
        b
    }

    /// Marks the last paragraph written to stay on the page of what follows.
    fn keep_last_with_next(&mut self) {
        if let Some(at) = self.out.rfind("<w:p><w:pPr>") {
            let props = at + "<w:p><w:pPr>".len();
            let kept = self.out[props..]
                .find("</w:pPr>")
                .is_some_and(|end| self.out[props..props + end].contains("<w:keepNext/>"));
            if !kept && !self.out[props..].starts_with("<w:pStyle w:val=\"KHCell\"/>") {
                // After its style: Word wants pStyle first.
                if let Some(end) = self.out[props..].find("/>") {
                    self.out.insert_str(props + end + 2, "<w:keepNext/>");
                }
            }
        }
    }

    fn para(&mut self, p: Para, content: &str) {
        self.out.push_str(&p.xml(content));
    }

    fn text(&mut self, t: &Text, look: Look) -> String {
        runs(t, look, &mut self.notes)
    }

    /// A short centred rule under a title: a paragraph border `mm` long.
    fn rule(&mut self, mm: f32, width: f32) {
        self.out.push_str(&rule(mm, width));
    }

    fn block(&mut self, b: &Block) {
        match b {
            Block::Header(h) => self.header(h),
            Block::Title {
                kind,
                title,
                attached,
                ..
            } => {
                let k = self.text(kind, Look::bold().upper());
                self.para(
                    Para {
                        before: Some(360),
                        ..Para::style("KHTitle").align("center")
                    },
                    &k,
                );
                let t = self.text(title, Look::bold());
                self.para(Para::style("KHTitle").align("center"), &t);
                if let Some(a) = attached {
                    let a = self.text(a, Look::italic());
                    self.para(Para::style("KHCenter").align("center"), &a);
                }
                self.rule(55.0, self.width);
                self.para(Para::style("KHCenter"), "");
            }
            Block::Centered { text, bold, .. } => {
                let look = if *bold { Look::bold() } else { Look::default() };
                let t = self.text(text, look);
                // A line on its own ("QUYẾT ĐỊNH:") never ends a page.
                self.para(
                    Para {
                        keep_next: true,
                        ..Para::style("KHCenter").align("center")
                    },
                    &t,
                );
            }
            Block::Preamble { text, .. } => {
                let t = self.text(text, Look::italic());
                self.para(Para::style("KHPreamble"), &t);
            }
            Block::Part { label, title, .. } => {
                let l = run(label, Look::bold());
                self.para(
                    Para {
                        keep_next: true,
                        before: Some(120),
                        after: Some(0),
                        ..Para::style("KHTitle").align("center")
                    },
                    &l,
                );
                let t = self.text(title, Look::bold().upper());
                self.para(
                    Para {
                        keep_next: true,
                        ..Para::style("KHTitle").align("center")
                    },
                    &t,
                );
            }
            Block::Section {
                label,
                numbering,
                title,
                text,
                has_content,
                ..
            } => {
                let heading = match numbering {
                    Numbering::Roman => Look::bold().upper(),
                    Numbering::Arabic | Numbering::Unnumbered => Look::bold(),
                    _ => Look::default(),
                };
                let mut content = String::new();
                if !label.is_empty() {
                    content.push_str(&run(&format!("{label} "), heading));
                }
                if let Some(t) = title {
                    content.push_str(&self.text(t, heading));
                }
                if let Some(t) = text {
                    if title.is_some() {
                        content.push_str(&run(" ", Look::default()));
                    }
                    content.push_str(&self.text(t, Look::default()));
                }
                // A heading stays with what follows; a heading with its run-in
                // text is text, and a chain of them would empty a page.
                self.para(
                    Para {
                        keep_next: *has_content && text.is_none(),
                        ..Para::style("KHHeading")
                    },
                    &content,
                );
            }
            Block::Paragraph { text, .. } => {
                let t = self.text(text, Look::default());
                self.para(Para::style("Normal"), &t);
            }
            Block::Bullet { level, text, .. } => {
                let dash = if *level > 1 { "+ " } else { "- " };
                let t = run(dash, Look::default()) + &self.text(text, Look::default());
                self.para(Para::style("Normal"), &t);
            }
            Block::LegalGroup { label, title, .. } => {
                let t = run(&format!("{label} "), Look::bold())
                    + &self.text(title, Look::bold().upper());
                self.para(
                    Para {
                        keep_next: true,
                        ..Para::style("KHHeading")
                    },
                    &t,
                );
            }
            Block::LegalItem { label, text, .. } => {
                let t =
                    run(&format!("{label} "), Look::default()) + &self.text(text, Look::default());
                self.para(Para::style("Normal"), &t);
            }
            Block::Table(t) => self.table(t),
            Block::Summary { text, .. } => {
                let t = self.text(text, Look::italic());
                self.para(Para::style("Normal"), &t);
            }
            Block::Closing(c) => {
                self.para(Para::style("KHRule"), "");
                self.closing(c);
            }
            Block::AppendixHead(h) => self.appendix_head(h),
            Block::Signature(s) => {
                let sig = self.signature(s);
                self.two_columns(&CLOSING_COLUMNS, "", &sig);
            }
        }
    }

    /// A borderless table of two cells side by side.
    fn two_columns(&mut self, widths: &[f32; 2], left: &str, right: &str) {
        self.two_column_rows(widths, &[(left.to_string(), right.to_string())]);
    }

    /// A borderless table of two columns, row by row: the header block's
    /// "Số" and date lines stand level as their own row.
    fn two_column_rows(&mut self, widths: &[f32; 2], rows: &[(String, String)]) {
        let empty = |s: &str| {
            if s.is_empty() {
                Para::style("KHCell").xml("")
            } else {
                s.to_string()
            }
        };
        let cell = |w: f32, body: String| {
            format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>{body}</w:tc>",
                twips(w)
            )
        };
        let mut x = format!(
            "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
             <w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>\
             <w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>\
             <w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>\
             </w:tblPr><w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid>",
            twips(widths[0] + widths[1]),
            twips(widths[0]),
            twips(widths[1]),
        );
        for (left, right) in rows {
            x.push_str(&format!(
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}</w:tr>",
                cell(widths[0], empty(left)),
                cell(widths[1], empty(right))
            ));
        }
        x.push_str("</w:tbl>");
        self.out.push_str(&x);
    }

    fn header(&mut self, h: &Header) {
        if h.draft {
            self.para(
                Para {
                    boxed: true,
                    left: Some(twips(135.0)),
                    ..Para::style("KHCenter").align("center")
                },
                &run("DỰ THẢO", Look::bold()),
            );
        }
        let center = |s: &mut Body, t: &Text, look: Look| {
            let r = s.text(t, look);
            Para::style("KHHeader").align("center").xml(&r)
        };
        let mut left = String::new();
        for t in &h.parent_authority {
            left.push_str(&center(self, t, Look::default().upper()));
        }
        for t in &h.authority {
            left.push_str(&center(self, t, Look::bold().upper()));
        }
        left.push_str(&rule(22.0, HEADER_COLUMNS[0]));
        let mut right = center(self, &h.nation, Look::bold());
        right.push_str(&center(self, &h.motto, Look::bold().size(14.0)));
        right.push_str(&rule(60.0, HEADER_COLUMNS[1]));
        let mut rows = vec![(left, right)];
        if h.number.is_some() || h.place_date.is_some() {
            let number = h
                .number
                .as_ref()
                .map(|n| center(self, n, Look::default()))
                .unwrap_or_default();
            let date = h
                .place_date
                .as_ref()
                .map(|pd| center(self, pd, Look::italic().size(14.0)))
                .unwrap_or_default();
            rows.push((number, date));
        }
        self.two_column_rows(&HEADER_COLUMNS, &rows);
        self.para(Para::style("KHRule"), "");
    }

    fn signature(&mut self, s: &Signature) -> String {
        let mut out = String::new();
        for t in &s.heading {
            let r = self.text(t, Look::bold());
            out.push_str(&Para::style("KHCenter").align("center").xml(&r));
        }
        for _ in 0..4 {
            out.push_str(&Para::style("KHCenter").xml(""));
        }
        if let Some(name) = &s.name {
            let r = self.text(name, Look::bold());
            out.push_str(&Para::style("KHCenter").align("center").xml(&r));
        }
        out
    }

    fn closing(&mut self, c: &Closing) {
        let mut left = Para::style("KHRecipients").xml(&run(
            "Nơi nhận:",
            Look {
                bold: true,
                italic: true,
                size: Some(24),
                upper: false,
            },
        ));
        for (t, _) in &c.recipients {
            let r = self.text(t, Look::default());
            left.push_str(&Para::style("KHRecipients").xml(&r));
        }
        let right = self.signature(&c.signature);
        self.two_columns(&CLOSING_COLUMNS, &left, &right);
    }

    fn appendix_head(&mut self, h: &AppendixHead) {
        self.para(
            Para::style("KHTitle").align("center"),
            &run(&h.label, Look::bold()),
        );
        let t = self.text(&h.title, Look::bold().upper());
        self.para(Para::style("KHTitle").align("center"), &t);
        let a = self.text(&h.attached, Look::italic());
        self.para(Para::style("KHCenter").align("center"), &a);
        self.rule(55.0, self.width);
        self.para(Para::style("KHRule"), "");
        if let Some(u) = &h.unit {
            let u = self.text(u, Look::italic().size(13.0));
            self.para(Para::style("KHCenter").align("right"), &u);
        }
    }

    fn table(&mut self, t: &Table) {
        let shape = self.shapes.get(self.tables).cloned().unwrap_or_default();
        self.tables += 1;
        let n = t.columns.len();
        if n == 0 {
            return;
        }
        let mut widths: Vec<f32> = if shape.widths.len() == n {
            shape.widths.clone()
        } else {
            vec![self.width / n as f32; n]
        };
        // The PDF gives a column of figures just its widest figure; Word and
        // LibreOffice measure a hair wider and would break "328.549", so
        // every other column takes a millimetre from the widest.
        if let Some(widest) = (0..n).max_by(|&a, &b| widths[a].total_cmp(&widths[b])) {
            let spare = (widths[widest] - 30.0).max(0.0).min((n - 1) as f32);
            let each = spare / (n - 1).max(1) as f32;
            for (c, w) in widths.iter_mut().enumerate() {
                *w += if c == widest { -spare } else { each };
            }
        }
        let span = |from: usize, to: usize| widths[from..to.min(n)].iter().sum::<f32>();
        let mut x = format!(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"KHTableGrid\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/>\
             <w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>\
             <w:tblCellMar><w:top w:w=\"23\" w:type=\"dxa\"/><w:left w:w=\"68\" w:type=\"dxa\"/>\
             <w:bottom w:w=\"23\" w:type=\"dxa\"/><w:right w:w=\"68\" w:type=\"dxa\"/></w:tblCellMar>\
             </w:tblPr><w:tblGrid>",
            twips(widths.iter().sum())
        );
        for w in &widths {
            x.push_str(&format!("<w:gridCol w:w=\"{}\"/>", twips(*w)));
        }
        x.push_str("</w:tblGrid>");
        // The header: each placed cell starts a merge; rows below it continue it.
        let placed = t.header_cells();
        for r in 0..t.header.len() {
            x.push_str("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
            let mut c = 0;
            while c < n {
                let here = placed
                    .iter()
                    .find(|(at, _)| at.col == c && at.row <= r && r < at.row + at.rowspan);
                match here {
                    Some((at, h)) => {
                        let w = span(at.col, at.col + at.colspan);
                        let merge = if at.rowspan > 1 {
                            if at.row == r {
                                "<w:vMerge w:val=\"restart\"/>"
                            } else {
                                "<w:vMerge/>"
                            }
                        } else {
                            ""
                        };
                        let body = if at.row == r {
                            self.text(&h.text, Look::bold())
                        } else {
                            String::new()
                        };
                        let props = format!("{merge}<w:vAlign w:val=\"center\"/>");
                        x.push_str(&cell_xml(w, at.colspan, &props, "center", &body));
                        c += at.colspan;
                    }
                    None => {
                        x.push_str(&cell_xml(widths[c], 1, "", "center", ""));
                        c += 1;
                    }
                }
            }
            x.push_str("</w:tr>");
        }
        if t.column_numbers {
            x.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
            for (c, w) in widths.iter().enumerate() {
                let r = run(&format!("({})", c + 1), Look::italic());
                x.push_str(&cell_xml(*w, 1, "", "center", &r));
            }
            x.push_str("</w:tr>");
        }
        for row in &t.rows {
            x.push_str("<w:tr>");
            match row {
                Row::Cells { cells, bold, .. } => {
                    for (c, cell) in cells.iter().enumerate().take(n) {
                        let (body, align, short) = self.cell(t, c, cell, *bold);
                        x.push_str(&cell_xml(widths[c], 1, no_wrap(short), align, &body));
                    }
                    for w in widths.iter().skip(cells.len()) {
                        x.push_str(&cell_xml(*w, 1, "", "left", ""));
                    }
                }
                Row::Group { label, name, .. } => {
                    let l = self.text(label, Look::bold());
                    x.push_str(&cell_xml(widths[0], 1, "", "center", &l));
                    if n > 1 {
                        let nm = self.text(name, Look::bold());
                        x.push_str(&cell_xml(span(1, n), n - 1, "", "left", &nm));
                    }
                }
                Row::Spanned {
                    first,
                    label,
                    cells,
                    ..
                } => {
                    let first = (*first).clamp(1, n);
                    let l = self.text(label, Look::bold());
                    x.push_str(&cell_xml(span(0, first), first, "", "center", &l));
                    for (c, w) in widths.iter().enumerate().skip(first) {
                        let (body, align, short) = match cells.get(c - first) {
                            Some(cell) => self.cell(t, c, cell, true),
                            None => (String::new(), "left", false),
                        };
                        x.push_str(&cell_xml(*w, 1, no_wrap(short), align, &body));
                    }
                }
            }
            x.push_str("</w:tr>");
        }
        x.push_str("</w:tbl>");
        self.out.push_str(&x);
        // A paragraph after a table keeps the next table apart in Word.
        self.para(Para::style("KHCell"), "");
    }

    /// A data cell's runs and alignment, and whether it is a short value
    /// that must not wrap ("43.036", "2024 - 2025": Word would break a
    /// figure in a narrow column where the PDF keeps it whole).
    fn cell(
        &mut self,
        t: &Table,
        c: usize,
        cell: &Cell,
        bold: bool,
    ) -> (String, &'static str, bool) {
        let look = if bold { Look::bold() } else { Look::default() };
        let align = match t.columns.get(c).map(|col| col.align) {
            Some(Align::Right) => "right",
            Some(Align::Center) => "center",
            _ => "left",
        };
        match cell {
            Cell::Text(text) => {
                let plain = text.to_plain();
                let short = !plain.contains(' ') && plain.chars().count() <= 16;
                (self.text(text, look), align, short)
            }
            Cell::Number(s) => (run(s, look), "center", true),
            Cell::Money(m) => (run(&millions(*m), look), "right", true),
            Cell::Agencies(names, joiner) => {
                (run(&names.join(joiner.separator()), look), align, false)
            }
        }
    }
}

fn no_wrap(short: bool) -> &'static str {
    if short { "<w:noWrap/>" } else { "" }
}

/// A rule `mm` long centred in a column `width` mm wide: an empty
/// paragraph's bottom border between indents, which never drifts as a
/// drawn line would.
fn rule(mm: f32, width: f32) -> String {
    let side = twips(((width - mm) / 2.0).max(0.0));
    Para {
        style: "KHRule",
        left: Some(side),
        right: Some(side),
        rule: true,
        ..Para::default()
    }
    .xml("")
}

/// A table cell: its width, columns spanned, further cell properties
/// (vertical merge, no wrapping, vertical alignment, in Word's order),
/// alignment.
fn cell_xml(mm: f32, span: usize, props: &str, align: &str, body: &str) -> String {
    let grid = if span > 1 {
        format!("<w:gridSpan w:val=\"{span}\"/>")
    } else {
        String::new()
    };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{grid}{props}</w:tcPr>\
         <w:p><w:pPr><w:pStyle w:val=\"KHCell\"/><w:jc w:val=\"{align}\"/></w:pPr>{body}</w:p></w:tc>",
        twips(mm)
    )
}
