//! Plan -> pages of positioned text runs and rules. Pure: it reads the model
//! and font metrics and returns pages; it knows nothing of PDF or egui.
//!
//! The pipeline: `plan.rs` / `appendix.rs` turn the model into flow elements
//! (`flow::Elem`: paragraphs of laid-out lines, fixed blocks, page breaks),
//! using `inline.rs` for rich text and `text.rs` for line breaking; then
//! `flow.rs` places the elements on pages.

pub mod appendix;
pub mod builder;
pub mod data_tables;
pub mod flow;
pub mod inline;
pub mod page;
pub mod plan;
pub mod style;
pub mod table;
pub mod text;

pub use page::{Document, Face, Item, Page, Rule, TextRun};

use crate::fonts::FontSet;
use crate::model::{Fields, Plan};
use builder::Builder;
use flow::{Flow, PageSetup};
use inline::Inline;
use style::Style;

/// What to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The plan itself (header to signature).
    pub plan: bool,
    /// Appendices by index (0-based); None: all of them.
    pub appendices: Option<Vec<usize>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            plan: true,
            appendices: None,
        }
    }
}

pub fn document(plan: &Plan, fonts: &FontSet, opts: &Options) -> Document {
    let style = Style::from_settings(&plan.settings);
    let setup = PageSetup::PORTRAIT;
    let mut b = Builder {
        inline: Inline {
            fonts,
            fields: Fields::new(plan),
            notes: Vec::new(),
            note_width: setup.text_width(),
            note_size: style.note,
        },
        style,
        setup,
        elems: Vec::new(),
    };
    if opts.plan {
        b.new_part(PageSetup::PORTRAIT);
        b.plan(plan);
    }
    let chosen: Vec<usize> = match &opts.appendices {
        Some(list) => list.clone(),
        None => (0..plan.appendices.len()).collect(),
    };
    for i in chosen {
        b.appendix(plan, i);
    }
    let title = format!(
        "{} {}",
        crate::model::format::sentence_case(&plan.meta.doc_type),
        crate::model::fields::plain(plan, &plan.meta.title)
    );
    let Builder { inline, elems, .. } = b;
    let pages = Flow::new(&inline.notes, style.page_number).run(&elems);
    Document {
        pages,
        title,
        author: plan.meta.issuer.clone(),
        subject: format!("Năm {}", plan.year),
    }
}
