//! Plan -> pages of positioned text runs and rules. Pure: it reads the model
//! and font metrics and returns pages; it knows nothing of PDF or egui.

pub mod flow;
pub mod page;
pub mod text;

pub use page::{Document, Face, Item, Page, Rule, TextRun};
