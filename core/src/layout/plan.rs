//! The plan itself: header block, title, legal bases, body, closing with
//! recipients and signature, laid out as flow elements.

use super::builder::Builder;
use super::flow::{Block, Elem, Para};
use super::inline::Base;
use super::page::{Item, Rule};
use super::text::{Align, Line};
use crate::model::format::{number_line, place_date_line};
use crate::model::outline::Counters;
use crate::model::{Block as ModelBlock, Numbering, Plan, Section};

/// Left column of the header (authority, number) and the gap to the right
/// column (national name, motto, place and date), in mm from the left margin.
const LEFT_COL: f32 = 62.0;

impl Builder<'_> {
    pub fn plan(&mut self, plan: &Plan) {
        self.header(plan);
        self.title(plan);
        for r in &plan.preamble {
            let spans = self
                .inline
                .spans(r.as_str(), Base::new(self.style.body).italic());
            self.paragraph(spans, Align::Justify, self.style.indent);
        }
        self.blocks(&plan.body);
        // The last lines of the text go with the signature: a signature page
        // with no text on it invites a substituted first page.
        if let Some(Elem::Para(p)) = self.elems.last_mut() {
            p.keep_next = true;
        }
        self.closing(plan);
    }

    /// The two-column header of ND30: authority and number on the left,
    /// national name, motto, place and date on the right.
    fn header(&mut self, plan: &Plan) {
        let m = &plan.meta;
        let s = self.style;
        let width = self.setup.text_width();
        let right_w = width - LEFT_COL;
        let mut items = Vec::new();

        // Left column: parent authority (regular), issuing authority (bold), a rule.
        let mut y = 0.0;
        for line in &m.parent_authority {
            let spans = self.inline.spans(line, Base::new(s.header).upper());
            y = self.put_lines(&mut items, &spans, 0.0, LEFT_COL, y, Align::Center);
        }
        let mut widest = 0.0f32;
        for line in &m.authority {
            let spans = self.inline.spans(line, Base::new(s.header).bold().upper());
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
        let nation = self.inline.spans(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            Base::new(s.header).bold(),
        );
        let mut ry = self.put_lines(&mut items, &nation, LEFT_COL, right_w, 0.0, Align::Center);
        let motto = self
            .inline
            .spans("Độc lập - Tự do - Hạnh phúc", Base::new(s.motto).bold());
        let before = items.len();
        ry = self.put_lines(&mut items, &motto, LEFT_COL, right_w, ry, Align::Center);
        let motto_w = max_width(&items[before..]);
        let right_rule_y = ry + 0.8;
        let cx = LEFT_COL + right_w / 2.0;
        items.push(rule(cx - motto_w / 2.0, right_rule_y, cx + motto_w / 2.0));

        // Number and date share a row under both rules.
        // Their first baselines line up although the sizes differ (13 and 14 pt).
        let row = left_rule_y.max(right_rule_y) + 2.5;
        let num = self.inline.spans(&number_line(m), Base::new(s.header));
        let num = self.lines(&num, LEFT_COL, Align::Center);
        let date = self
            .inline
            .spans(&place_date_line(m), Base::new(s.motto).italic());
        let date = self.lines(&date, right_w, Align::Center);
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
        if m.draft_mark && m.is_draft() {
            let mark = self.inline.spans("DỰ THẢO", Base::new(s.body).bold());
            let lines = self.lines(&mark, 40.0, Align::Right);
            // In the top margin, right-aligned: it must not move the header.
            for l in &lines {
                items.extend(l.shifted(width - 40.0, -12.0).into_iter().map(Item::Text));
            }
        }
        self.elems.push(Elem::Block(Block {
            items,
            height: h1.max(h2),
            ..Default::default()
        }));
    }

    /// "KẾ HOẠCH" and the summary title, centred, with a short rule below.
    fn title(&mut self, plan: &Plan) {
        let s = self.style;
        let width = self.setup.text_width();
        let mut items = Vec::new();
        let kind = self
            .inline
            .spans(&plan.meta.doc_type, Base::new(s.body).bold().upper());
        let mut y = self.put_lines(&mut items, &kind, 0.0, width, 0.0, Align::Center);
        let title = self
            .inline
            .spans(plan.meta.title.as_str(), Base::new(s.body).bold());
        let before = items.len();
        y = self.put_lines(&mut items, &title, 0.0, width, y, Align::Center);
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

    /// Lays out body (or appendix) blocks from the top level.
    pub fn blocks(&mut self, blocks: &[ModelBlock]) {
        self.body_blocks(blocks, 0, None);
    }

    /// Numbering restarts in each list of siblings.
    fn body_blocks(&mut self, blocks: &[ModelBlock], depth: usize, parent: Option<&str>) {
        let mut counters = Counters::default();
        for b in blocks {
            match b {
                ModelBlock::Part(p) => {
                    let s = self.style;
                    let label = self
                        .inline
                        .spans(&counters.part(), Base::new(s.body).bold());
                    let lines = self.lines(&label, self.setup.text_width(), Align::Center);
                    self.push_para(lines, 6.0, 0.0, true);
                    let title = self
                        .inline
                        .spans(p.title.as_str(), Base::new(s.body).bold().upper());
                    let lines = self.lines(&title, self.setup.text_width(), Align::Center);
                    self.push_para(lines, 0.0, s.after, true);
                    self.body_blocks(&p.blocks, 0, None);
                }
                ModelBlock::Section(sec) => {
                    let l = counters.section(sec.numbering, depth, parent);
                    self.section_heading(sec, l.style, &l.label);
                    self.body_blocks(&sec.blocks, depth + 1, l.own.as_deref().or(parent));
                }
                ModelBlock::Paragraph(r) => {
                    let spans = self.inline.spans(r.as_str(), Base::new(self.style.body));
                    self.paragraph(spans, Align::Justify, self.style.indent);
                }
                ModelBlock::Bullet(r) => self.bullet("- ", r.as_str()),
                ModelBlock::SubBullet(r) => self.bullet("+ ", r.as_str()),
                ModelBlock::Targets(list) => {
                    let plan = self.inline.fields.plan();
                    let items: Vec<String> = plan
                        .targets
                        .iter()
                        .filter(|g| g.id == list.group)
                        .flat_map(|g| &g.targets)
                        .map(|t| {
                            if t.target.trim().is_empty() {
                                t.name.as_str().to_string()
                            } else {
                                format!("{}: {}", t.name.as_str(), t.target)
                            }
                        })
                        .collect();
                    for t in items {
                        self.bullet("- ", &t);
                    }
                }
                ModelBlock::Table(t) => self.table(t),
            }
        }
    }

    fn section_heading(&mut self, sec: &Section, style: Numbering, label: &str) {
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
        if !sec.title.is_blank() {
            spans.extend(self.inline.spans(sec.title.as_str(), heading));
        }
        if !sec.text.is_blank() {
            if !sec.title.is_blank() {
                spans.push(super::text::Span::new(" ", heading_face(heading), s.body));
            }
            spans.extend(self.inline.spans(sec.text.as_str(), base));
        }
        if spans.is_empty() {
            return;
        }
        let keep = !sec.blocks.is_empty();
        let frame = self.frame(Align::Justify, self.style.indent);
        let lines = super::text::lay_out(&spans, frame, self.inline.fonts);
        self.push_para(lines, 0.0, s.after, keep);
    }

    fn bullet(&mut self, dash: &str, text: &str) {
        let mut spans = self.inline.spans(dash, Base::new(self.style.body));
        spans.extend(self.inline.spans(text, Base::new(self.style.body)));
        self.paragraph(spans, Align::Justify, self.style.indent);
    }

    /// "Nơi nhận:" with the recipients on the left, the signature on the right.
    fn closing(&mut self, plan: &Plan) {
        let s = self.style;
        let width = self.setup.text_width();
        let left_w = 72.0;
        let mut items = Vec::new();
        let head = self
            .inline
            .spans("Nơi nhận:", Base::new(s.recipients_title).bold().italic());
        let mut y = self.put_lines(&mut items, &head, 0.0, left_w, 0.0, Align::Left);
        let n = plan.recipients.len();
        for (i, r) in plan.recipients.iter().enumerate() {
            let mut text = format!("- {}", r.trim());
            let ends = text.ends_with(['.', ';', ':', ',']);
            if i + 1 < n && !ends {
                text.push(';');
            }
            let spans = self.inline.spans(&text, Base::new(s.recipients));
            y = self.put_hanging(&mut items, &spans, left_w, y);
        }
        let sig_h = self.signature(plan, &mut items, left_w, width - left_w);
        let height = y.max(sig_h);
        self.elems.push(Elem::Block(Block {
            items,
            height,
            before: 4.0,
            ..Default::default()
        }));
    }

    /// The signature block centred in [x, x + w]; returns its height.
    pub fn signature(&mut self, plan: &Plan, items: &mut Vec<Item>, x: f32, w: f32) -> f32 {
        let s = self.style;
        let mut y = 0.0;
        for line in plan.signature.heading_lines() {
            let spans = self.inline.spans(line, Base::new(s.body).bold().upper());
            y = self.put_lines(items, &spans, x, w, y, Align::Center);
        }
        // Room for the signature and the seal.
        y += 28.0;
        if !plan.signature.name.trim().is_empty() {
            let spans = self
                .inline
                .spans(&plan.signature.name, Base::new(s.body).bold());
            y = self.put_lines(items, &spans, x, w, y, Align::Center);
        }
        y
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
        }));
    }
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

fn rule(x1: f32, y: f32, x2: f32) -> Item {
    Item::Rule(Rule {
        x1,
        y1: y,
        x2,
        y2: y,
        thickness: 0.6,
    })
}
