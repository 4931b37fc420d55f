//! Composed document -> pages of positioned text runs and rules. Pure: it
//! reads the composed document and font metrics and returns pages; it knows
//! nothing of PDF or egui.
//!
//! The pipeline: `plan.rs` / `appendix.rs` / `cells.rs` turn composed blocks
//! into flow elements (`flow::Elem`: paragraphs of laid-out lines, fixed
//! blocks, tables, page breaks), using `inline.rs` for text and `text.rs` for
//! line breaking; then `flow.rs` places the elements on pages.

pub mod appendix;
pub mod builder;
pub mod cells;
pub mod flow;
pub mod inline;
pub mod page;
pub mod plan;
pub mod style;
pub mod table;
pub mod text;

pub use crate::compose::Options;
pub use page::{Document, Face, Item, Mark, Page, Rule, TextRun};

use crate::compose::{self, text::Texts};
use crate::fonts::FontSet;
use crate::model::{Fields, Plan};
use builder::Builder;
use flow::{Flow, PageSetup};
use inline::Inline;
use style::Style;

/// The plan's pages: composed, then laid out.
pub fn document(plan: &Plan, fonts: &FontSet, opts: &Options) -> Document {
    pages(&compose::compose(plan, opts), plan, fonts)
}

/// The pages of a composed document of `plan` (whose settings give the
/// style and whose fields resolve layout's own strings).
pub fn pages(doc: &compose::Document, plan: &Plan, fonts: &FontSet) -> Document {
    let style = Style::from_settings(&plan.settings);
    let setup = PageSetup::PORTRAIT;
    let mut b = Builder {
        inline: Inline {
            fonts,
            texts: Texts {
                fields: Fields::new(plan),
            },
            notes: Vec::new(),
            note_width: setup.text_width(),
            note_size: style.note,
        },
        style,
        setup,
        elems: Vec::new(),
    };
    for part in &doc.parts {
        let setup = b.setup_for(part.orientation, &part.blocks);
        b.new_part(setup);
        for block in &part.blocks {
            b.block(block);
        }
    }
    let Builder { inline, elems, .. } = b;
    let pages = Flow::new(&inline.notes, style.page_number).run(&elems);
    Document {
        pages,
        title: doc.title.clone(),
        author: doc.author.clone(),
        subject: doc.subject.clone(),
    }
}
