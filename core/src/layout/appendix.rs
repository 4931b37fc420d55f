//! Appendix pages: "Phụ lục I", title, the "(Kèm theo ...)" line from the
//! plan's metadata, the unit line, the content, an optional signature.

use super::builder::Builder;
use super::flow::{Block, Elem, PageSetup};
use super::inline::Base;
use super::page::{Item, Rule};
use super::plan::stack;
use super::text::{Align, Span};
use crate::model::format::attached_line;
use crate::model::numbering::{appendix_label, roman};
use crate::model::{Block as ModelBlock, Orientation, Plan, Table};

impl Builder<'_> {
    pub fn appendix(&mut self, plan: &Plan, index: usize) {
        let Some(a) = plan.appendices.get(index) else {
            return;
        };
        let setup = match a.orientation {
            Orientation::Portrait => PageSetup::PORTRAIT,
            Orientation::Landscape => PageSetup::LANDSCAPE,
            Orientation::Auto if self.is_wide(&a.blocks) => PageSetup::LANDSCAPE,
            Orientation::Auto => PageSetup::PORTRAIT,
        };
        self.new_part(setup);
        let s = self.style;
        let width = setup.text_width();
        let mut items = Vec::new();
        let label = self.inline.spans(
            &appendix_label(index + 1, plan.appendices.len()),
            Base::new(s.body).bold(),
        );
        let mut y = self.put_lines(&mut items, &label, 0.0, width, 0.0, Align::Center);
        let title = self
            .inline
            .spans(a.title.as_str(), Base::new(s.body).bold().upper());
        y = self.put_lines(&mut items, &title, 0.0, width, y, Align::Center);
        let attached = self
            .inline
            .spans(&attached_line(&plan.meta), Base::new(s.body).italic());
        let before = items.len();
        y = self.put_lines(&mut items, &attached, 10.0, width - 20.0, y, Align::Center);
        let w = items[before..]
            .iter()
            .filter_map(|i| {
                if let Item::Text(t) = i {
                    Some(t.width)
                } else {
                    None
                }
            })
            .fold(0.0f32, f32::max)
            / 3.0;
        let ry = y + 0.8;
        items.push(Item::Rule(Rule {
            x1: width / 2.0 - w / 2.0,
            y1: ry,
            x2: width / 2.0 + w / 2.0,
            y2: ry,
            thickness: 0.6,
        }));
        y = ry + 3.0;
        let unit = match &a.unit_line {
            Some(u) => u.trim().to_string(),
            None if self.has_money(&a.blocks) => "ĐVT: Triệu đồng".to_string(),
            None => String::new(),
        };
        if !unit.is_empty() {
            let spans = self.inline.spans(&unit, Base::new(s.header).italic());
            y = self.put_lines(&mut items, &spans, 0.0, width, y, Align::Right);
        }
        self.elems.push(Elem::Block(Block {
            items,
            height: y,
            after: 1.0,
            keep_next: true,
            ..Default::default()
        }));
        self.appendix_blocks(&a.blocks);
        if a.signed {
            let mut items = Vec::new();
            let half = width / 2.0;
            let h = self.signature(plan, &mut items, half, half);
            self.elems.push(Elem::Block(Block {
                items,
                height: h,
                before: 6.0,
                ..Default::default()
            }));
        }
    }

    fn appendix_blocks(&mut self, blocks: &[ModelBlock]) {
        self.blocks(blocks);
    }

    fn has_money(&self, blocks: &[ModelBlock]) -> bool {
        blocks.iter().any(|b| match b {
            ModelBlock::Table(t) => t.has_money(),
            other => self.has_money(other.children()),
        })
    }

    /// Whether a table in these blocks does not fit the portrait text width.
    fn is_wide(&mut self, blocks: &[ModelBlock]) -> bool {
        let notes = self.inline.notes.len();
        let mut wide = false;
        let mut stack: Vec<&ModelBlock> = blocks.iter().collect();
        while let Some(b) = stack.pop() {
            if let ModelBlock::Table(t) = b
                && let Some(input) = self.table_input(t)
            {
                wide |= input.comfortable_width(self.inline.fonts)
                    > PageSetup::PORTRAIT.text_width() + 0.5;
            }
            stack.extend(b.children());
        }
        // Measuring must not leave footnotes behind: they are made again when laid out.
        self.inline.notes.truncate(notes);
        wide
    }

    /// A table block: the table engine, or the legal bases as a numbered list.
    pub fn table(&mut self, t: &Table) {
        if let Table::LegalBases = t {
            self.legal_bases();
            return;
        }
        let Some(input) = self.table_input(t) else {
            return;
        };
        let out = input.lay_out(self.inline.fonts, self.setup.text_width());
        self.elems.push(Elem::Table(out));
        if let Table::Targets(tt) = t
            && tt.summary
        {
            let plan = self.inline.fields.plan();
            let source = match tt.period {
                crate::model::Period::Plan => &plan.targets,
                crate::model::Period::Previous => &plan.review.targets,
            };
            let c = crate::model::EvaluationCounts::of(source);
            let text = format!("Tổng hợp: {}.", c.sentence());
            let mut spans = self
                .inline
                .spans(&text, Base::new(self.style.body).italic());
            capitalize(&mut spans);
            self.paragraph(spans, Align::Justify, self.style.indent);
        }
    }

    fn legal_bases(&mut self) {
        let plan = self.inline.fields.plan();
        let numbered = plan
            .legal_bases
            .iter()
            .filter(|g| !g.title.is_blank())
            .count()
            > 0;
        for (gi, g) in plan.legal_bases.iter().enumerate() {
            if numbered {
                let text = format!("{}. {}", roman(gi + 1), g.title.as_str());
                let spans = self
                    .inline
                    .spans(&text, Base::new(self.style.body).bold().upper());
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
                    after: self.style.after,
                    keep_next: true,
                    notes: Vec::new(),
                }));
            }
            for (k, item) in g.items.iter().enumerate() {
                let mut spans = self
                    .inline
                    .spans(&format!("{}. ", k + 1), Base::new(self.style.body));
                spans.extend(self.inline.spans(item.as_str(), Base::new(self.style.body)));
                self.paragraph(spans, Align::Justify, self.style.indent);
            }
        }
    }
}

fn capitalize(spans: &mut [Span]) {
    if let Some(s) = spans.first_mut() {
        let mut c = s.text.chars();
        if let Some(f) = c.next() {
            s.text = f.to_uppercase().collect::<String>() + c.as_str();
        }
    }
}
