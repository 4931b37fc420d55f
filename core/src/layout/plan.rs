//! The composed blocks as flow elements: header block, title, preamble,
//! body headings, paragraphs and lists, legal bases, closing with recipients
//! and signature.

use super::builder::Builder;
use super::flow::{Block, Elem, Para};
use super::inline::Base;
use super::page::{Item, Rule};
use super::text::{Align, Line};
use crate::compose::{Block as Composed, Closing, Header, Run, Signature, Text};
use crate::model::Numbering;

/// Left column of the header (authority, number) and the gap to the right
/// column (national name, motto, place and date), in mm from the left margin.
const LEFT_COL: f32 = 62.0;

impl Builder<'_> {
    /// One composed block as flow elements, each marked with the block's
    /// place in the plan.
    pub fn block(&mut self, b: &Composed) {
        let start = self.elems.len();
        self.block_elems(b);
        if let Some(place) = b.place() {
            for e in self.elems.iter_mut().skip(start) {
                e.mark(&place);
            }
        }
    }

    fn block_elems(&mut self, b: &Composed) {
        let s = self.style;
        match b {
            Composed::Header(h) => self.header(h),
            Composed::Title {
                kind,
                title,
                attached,
                ..
            } => self.title(kind, title, attached.as_ref()),
            Composed::Centered { text, bold, .. } => {
                let base = Base::new(s.body);
                let spans = self
                    .inline
                    .text(text, if *bold { base.bold() } else { base });
                let lines = self.title_lines(&spans, self.setup.text_width());
                self.push_para(lines, 3.0, s.title_after(), true);
            }
            Composed::Preamble { text, .. } => {
                let spans = self.inline.text(text, Base::new(s.body).italic());
                self.paragraph(spans, Align::Justify, s.indent);
            }
            Composed::Part { label, title, .. } => {
                let label = self.inline.spans(label, Base::new(s.body).bold());
                let lines = self.lines(&label, self.setup.text_width(), Align::Center);
                self.push_para(lines, 6.0, 0.0, true);
                let title = self.inline.text(title, Base::new(s.body).bold().upper());
                let lines = self.title_lines(&title, self.setup.text_width());
                self.push_para(lines, 0.0, s.title_after(), true);
            }
            Composed::Section {
                label,
                numbering,
                title,
                text,
                has_content,
                ..
            } => self.section_heading(
                label,
                *numbering,
                title.as_ref(),
                text.as_ref(),
                *has_content,
            ),
            Composed::Paragraph { text, .. } => {
                let spans = self.inline.text(text, Base::new(s.body));
                self.paragraph(spans, Align::Justify, s.indent);
            }
            Composed::Bullet { level, text, .. } => {
                let dash = if *level > 1 { "+ " } else { "- " };
                let mut spans = self.inline.spans(dash, Base::new(s.body));
                spans.extend(self.inline.text(text, Base::new(s.body)));
                self.paragraph(spans, Align::Justify, s.indent);
            }
            Composed::LegalGroup { label, title, .. } => self.legal_group(label, title),
            Composed::LegalItem { label, text, .. } => {
                let mut spans = self.inline.spans(&format!("{label} "), Base::new(s.body));
                spans.extend(self.inline.text(text, Base::new(s.body)));
                self.paragraph(spans, Align::Justify, s.indent);
            }
            Composed::Table(t) => {
                let input = self.table_input(t);
                let mut out = input.lay_out(self.inline.fonts, self.setup.text_width());
                // The engine keeps the composed rows' order, one row for each.
                for (row, composed) in out.rows.iter_mut().zip(&t.rows) {
                    row.place = composed.place().cloned();
                }
                self.elems.push(Elem::Table(out));
            }
            Composed::Summary { text, .. } => {
                let spans = self.inline.text(text, Base::new(s.body).italic());
                self.paragraph(spans, Align::Justify, s.indent);
            }
            Composed::Closing(c) => {
                // The last lines of the text go with the signature: a signature page
                // with no text on it invites a substituted first page.
                if let Some(Elem::Para(p)) = self.elems.last_mut() {
                    p.keep_next = true;
                }
                self.closing(c);
            }
            Composed::AppendixHead(h) => self.appendix_head(h),
            Composed::Signature(sig) => {
                let mut items = Vec::new();
                let half = self.setup.text_width() / 2.0;
                let h = self.signature(sig, &mut items, half, half);
                self.elems.push(Elem::Block(Block {
                    items,
                    height: h,
                    before: 6.0,
                    ..Default::default()
                }));
            }
        }
    }

    /// The two-column header of ND30: authority and number on the left,
    /// national name, motto, place and date on the right.
    fn header(&mut self, h: &Header) {
        let s = self.style;
        let width = self.setup.text_width();
        let right_w = width - LEFT_COL;
        let mut items = Vec::new();

        // Left column: parent authority (regular), issuing authority (bold), a rule.
        let mut y = 0.0;
        for line in &h.parent_authority {
            let spans = self.inline.text(line, Base::new(s.header).upper());
            y = self.put_lines(&mut items, &spans, 0.0, LEFT_COL, y, Align::Center);
        }
        let mut widest = 0.0f32;
        for line in &h.authority {
            let spans = self.inline.text(line, Base::new(s.header).bold().upper());
            let before = items.len();
            y = self.put_lines(&mut items, &spans, 0.0, LEFT_COL, y, Align::Center);
            widest = widest.max(max_width(&items[before..]));
        }
        let left_rule_y = y + 0.8;
        let rule_w = (widest * 0.4).max(12.0);
        items.push(rule(
            LEFT_COL / 2.0 - rule_w / 2.0,
            left_rule_y,
            LEFT_COL / 2.0 + rule_w / 2.0,
        ));

        // Right column: national name, motto with a rule as wide as itself.
        let nation = self.inline.text(&h.nation, Base::new(s.header).bold());
        let mut ry = self.put_lines(&mut items, &nation, LEFT_COL, right_w, 0.0, Align::Center);
        let motto = self.inline.text(&h.motto, Base::new(s.motto).bold());
        let before = items.len();
        ry = self.put_lines(&mut items, &motto, LEFT_COL, right_w, ry, Align::Center);
        let motto_w = max_width(&items[before..]);
        let right_rule_y = ry + 0.8;
        let cx = LEFT_COL + right_w / 2.0;
        items.push(rule(cx - motto_w / 2.0, right_rule_y, cx + motto_w / 2.0));

        // Number and date share a row under both rules.
        // Their first baselines line up although the sizes differ (13 and 14 pt).
        let row = left_rule_y.max(right_rule_y) + 2.5;
        let num = match &h.number {
            Some(n) => {
                let spans = self.inline.text(n, Base::new(s.header));
                self.lines(&spans, LEFT_COL, Align::Center)
            }
            None => Vec::new(),
        };
        let date = match &h.place_date {
            Some(d) => {
                let spans = self.inline.text(d, Base::new(s.motto).italic());
                self.lines(&spans, right_w, Align::Center)
            }
            None => Vec::new(),
        };
        let first_baseline = |ls: &[Line]| {
            ls.first()
                .and_then(|l| l.runs.first())
                .map(|r| r.baseline)
                .unwrap_or(0.0)
        };
        let base = first_baseline(&num).max(first_baseline(&date));
        let h1 = stack(&mut items, &num, 0.0, row + base - first_baseline(&num));
        let h2 = stack(
            &mut items,
            &date,
            LEFT_COL,
            row + base - first_baseline(&date),
        );
        if h.draft {
            self.draft_box(&mut items, width);
        }
        self.elems.push(Elem::Block(Block {
            items,
            // Without number and date the block ends under its rules.
            height: h1.max(h2).max(left_rule_y.max(right_rule_y) + 1.0),
            ..Default::default()
        }));
    }

    /// A boxed "DỰ THẢO" in the top margin at the right: it must not move
    /// the header.
    fn draft_box(&mut self, items: &mut Vec<Item>, width: f32) {
        let s = self.style;
        let mark = self.inline.spans("DỰ THẢO", Base::new(s.body).bold());
        let lines = self.lines(&mark, 40.0, Align::Left);
        let (pad, top) = (1.5, -14.0);
        let text_w = max_width_lines(&lines);
        let box_w = text_w + 2.0 * pad;
        let x = width - box_w;
        let mut h = 0.0;
        for l in &lines {
            items.extend(
                l.shifted(x + pad, top + pad + h)
                    .into_iter()
                    .map(Item::Text),
            );
            h += l.height;
        }
        let (x2, y1, y2) = (x + box_w, top, top + h + 2.0 * pad);
        for (ax, ay, bx, by) in [
            (x, y1, x2, y1),
            (x, y2, x2, y2),
            (x, y1, x, y2),
            (x2, y1, x2, y2),
        ] {
            items.push(Item::Rule(Rule {
                x1: ax,
                y1: ay,
                x2: bx,
                y2: by,
                thickness: 0.6,
            }));
        }
    }

    /// "KẾ HOẠCH" and the summary title, centred, with a short rule below;
    /// the "(Ban hành kèm theo ...)" line between them for a plan a decision
    /// issues.
    fn title(&mut self, kind: &Text, title: &Text, attached: Option<&Text>) {
        let s = self.style;
        let width = self.setup.text_width();
        let mut items = Vec::new();
        let kind = self.inline.text(kind, Base::new(s.body).bold().upper());
        let mut y = self.put_lines(&mut items, &kind, 0.0, width, 0.0, Align::Center);
        let title = self.inline.text(title, Base::new(s.body).bold());
        let before = items.len();
        y = self.put_title(&mut items, &title, 0.0, width, y);
        if let Some(attached) = attached {
            let spans = self.inline.text(attached, Base::new(s.body).italic());
            y = self.put_title(&mut items, &spans, 10.0, width - 20.0, y);
        }
        let w = max_width(&items[before..]).max(30.0) / 3.0;
        items.push(rule(width / 2.0 - w / 2.0, y + 0.8, width / 2.0 + w / 2.0));
        let after = 6.0;
        self.elems.push(Elem::Block(Block {
            items,
            height: y + 0.8,
            before: 6.0,
            after,
            ..Default::default()
        }));
    }

    fn section_heading(
        &mut self,
        label: &str,
        style: Numbering,
        title: Option<&Text>,
        text: Option<&Text>,
        keep: bool,
    ) {
        let s = self.style;
        let base = Base::new(s.body);
        let heading = match style {
            Numbering::Roman => base.bold().upper(),
            Numbering::Arabic | Numbering::Unnumbered => base.bold(),
            Numbering::Decimal | Numbering::Letter | Numbering::Auto => base,
        };
        let mut spans = Vec::new();
        if !label.is_empty() {
            spans.extend(self.inline.spans(&format!("{label} "), heading));
        }
        if let Some(title) = title {
            spans.extend(self.inline.text(title, heading));
        }
        if let Some(text) = text {
            if title.is_some() {
                spans.push(super::text::Span::new(" ", heading_face(heading), s.body));
            }
            spans.extend(self.inline.text(text, base));
        }
        if spans.is_empty() {
            return;
        }
        let frame = self.frame(Align::Justify, self.style.indent);
        let lines = super::text::lay_out(&spans, frame, self.inline.fonts);
        self.push_para(lines, 0.0, s.after, keep);
    }

    /// "I. VĂN BẢN CỦA TRUNG ƯƠNG" over its numbered legal bases.
    fn legal_group(&mut self, label: &str, title: &Text) {
        let base = Base::new(self.style.body).bold().upper();
        let spans = self.inline.text(&prefixed(label, title), base);
        let lines = self.lines(
            &spans,
            self.setup.text_width() - self.style.indent,
            Align::Left,
        );
        let mut items = Vec::new();
        let h = stack(&mut items, &lines, self.style.indent, 0.0);
        self.elems.push(Elem::Block(Block {
            items,
            height: h,
            before: 3.0,
            after: self.style.title_after(),
            keep_next: true,
            notes: Vec::new(),
            place: None,
        }));
    }

    /// "Nơi nhận:" with the recipients on the left, the signature on the right.
    fn closing(&mut self, c: &Closing) {
        let s = self.style;
        let width = self.setup.text_width();
        let left_w = 72.0;
        let mut items = Vec::new();
        let head = self
            .inline
            .spans("Nơi nhận:", Base::new(s.recipients_title).bold().italic());
        let mut y = self.put_lines(&mut items, &head, 0.0, left_w, 0.0, Align::Left);
        for (line, _) in &c.recipients {
            let spans = self.inline.text(line, Base::new(s.recipients));
            y = self.put_hanging(&mut items, &spans, left_w, y);
        }
        let sig_h = self.signature(&c.signature, &mut items, left_w, width - left_w);
        let height = y.max(sig_h);
        self.elems.push(Elem::Block(Block {
            items,
            height,
            before: 4.0,
            ..Default::default()
        }));
    }

    /// The signature block centred in [x, x + w]; returns its height.
    pub fn signature(&mut self, sig: &Signature, items: &mut Vec<Item>, x: f32, w: f32) -> f32 {
        let s = self.style;
        let mut y = 0.0;
        for line in &sig.heading {
            let spans = self.inline.text(line, Base::new(s.body).bold().upper());
            y = self.put_lines(items, &spans, x, w, y, Align::Center);
        }
        // Room for the signature and the seal.
        y += 28.0;
        if let Some(name) = &sig.name {
            let spans = self.inline.text(name, Base::new(s.body).bold());
            y = self.put_lines(items, &spans, x, w, y, Align::Center);
        }
        y
    }

    /// A centred title (`title_lines`) in a column at (x, y); returns the new y.
    pub fn put_title(
        &self,
        items: &mut Vec<Item>,
        spans: &[super::text::Span],
        x: f32,
        w: f32,
        y: f32,
    ) -> f32 {
        let lines = self.title_lines(spans, w);
        stack(items, &lines, x, y)
    }

    /// Lays out spans in a column and appends them at (x, y); returns the new y.
    pub fn put_lines(
        &self,
        items: &mut Vec<Item>,
        spans: &[super::text::Span],
        x: f32,
        w: f32,
        y: f32,
        align: Align,
    ) -> f32 {
        let lines = self.lines(spans, w, align);
        stack(items, &lines, x, y)
    }

    /// A recipient line: wrapped lines are indented under the text after "- ".
    fn put_hanging(
        &self,
        items: &mut Vec<Item>,
        spans: &[super::text::Span],
        w: f32,
        y: f32,
    ) -> f32 {
        let frame = super::text::Frame {
            width: w,
            first_indent: 0.0,
            indent: 2.5,
            align: Align::Left,
            leading: 1.0,
        };
        let lines = super::text::lay_out(spans, frame, self.inline.fonts);
        stack(items, &lines, 0.0, y)
    }

    pub fn push_para(&mut self, lines: Vec<Line>, before: f32, after: f32, keep_next: bool) {
        self.elems.push(Elem::Para(Para {
            lines,
            before,
            after,
            keep_next,
            x: 0.0,
            place: None,
        }));
    }
}

/// "I. " before a title, as one run with the title's first plain words, as
/// markup typed the same way would have parsed.
fn prefixed(label: &str, title: &Text) -> Text {
    let mut runs = title.0.clone();
    match runs.first_mut() {
        Some(Run::Text {
            text,
            bold: false,
            italic: false,
        }) => text.insert_str(0, &format!("{label} ")),
        _ => runs.insert(
            0,
            Run::Text {
                text: format!("{label} "),
                bold: false,
                italic: false,
            },
        ),
    }
    Text(runs)
}

fn heading_face(b: Base) -> super::page::Face {
    super::page::Face::new(b.bold, b.italic)
}

/// Stacks lines at (x, y) and returns the y under them.
pub fn stack(items: &mut Vec<Item>, lines: &[Line], x: f32, mut y: f32) -> f32 {
    for l in lines {
        items.extend(l.shifted(x, y).into_iter().map(Item::Text));
        y += l.height;
    }
    y
}

fn max_width(items: &[Item]) -> f32 {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) => Some(t.width),
            Item::Rule(_) => None,
        })
        .fold(0.0, f32::max)
}

fn max_width_lines(lines: &[Line]) -> f32 {
    lines
        .iter()
        .flat_map(|l| &l.runs)
        .map(|r| r.x + r.width)
        .fold(0.0, f32::max)
}

fn rule(x1: f32, y: f32, x2: f32) -> Item {
    Item::Rule(Rule {
        x1,
        y1: y,
        x2,
        y2: y,
        thickness: 0.6,
    })
}
