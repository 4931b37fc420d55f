//! Appendix pages: the page setup an appendix asks for (landscape when a
//! table is too wide for portrait) and its heading: "Phụ lục I", title, the
//! "(Kèm theo ...)" line, the unit line.

use super::builder::Builder;
use super::flow::{Block, Elem, PageSetup};
use super::inline::Base;
use super::page::{Item, Rule};
use super::text::Align;
use crate::compose::{AppendixHead, Block as Composed};
use crate::model::Orientation;

impl Builder<'_> {
    /// The pages of a part: portrait, landscape, or landscape only when one
    /// of its tables does not fit a portrait page.
    pub fn setup_for(&mut self, orientation: Orientation, blocks: &[Composed]) -> PageSetup {
        match orientation {
            Orientation::Portrait => PageSetup::PORTRAIT,
            Orientation::Landscape => PageSetup::LANDSCAPE,
            Orientation::Auto if self.is_wide(blocks) => PageSetup::LANDSCAPE,
            Orientation::Auto => PageSetup::PORTRAIT,
        }
    }

    pub fn appendix_head(&mut self, a: &AppendixHead) {
        let s = self.style;
        let width = self.setup.text_width();
        let mut items = Vec::new();
        let label = self.inline.spans(&a.label, Base::new(s.body).bold());
        let mut y = self.put_lines(&mut items, &label, 0.0, width, 0.0, Align::Center);
        let title = self.inline.text(&a.title, Base::new(s.body).bold().upper());
        y = self.put_title(&mut items, &title, 0.0, width, y);
        let attached = self.inline.text(&a.attached, Base::new(s.body).italic());
        let before = items.len();
        y = self.put_title(&mut items, &attached, 10.0, width - 20.0, y);
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
        if let Some(unit) = &a.unit {
            let spans = self.inline.text(unit, Base::new(s.header).italic());
            y = self.put_lines(&mut items, &spans, 0.0, width, y, Align::Right);
        }
        self.elems.push(Elem::Block(Block {
            items,
            height: y,
            after: 1.0,
            keep_next: true,
            ..Default::default()
        }));
    }

    /// Whether a table in these blocks needs landscape: its columns do not
    /// fit a portrait page at their narrowest, or it takes more portrait
    /// pages than landscape ones.
    fn is_wide(&mut self, blocks: &[Composed]) -> bool {
        let notes = self.inline.notes.len();
        let mut wide = false;
        for b in blocks {
            if let Composed::Table(t) = b {
                let input = self.table_input(t);
                let [portrait, landscape] = [PageSetup::PORTRAIT, PageSetup::LANDSCAPE]
                    .map(|s| (s.text_width(), s.text_height()));
                wide |= match input.pages_at(self.inline.fonts, &[portrait, landscape])[..] {
                    [Some(portrait), Some(landscape)] => portrait > landscape,
                    [Some(_), None] => false,
                    _ => true,
                };
            }
        }
        // Measuring must not leave footnotes behind: they are made again when laid out.
        self.inline.notes.truncate(notes);
        wide
    }
}
