//! Plan -> pages of positioned text runs and rules. Pure: it reads the model
//! and font metrics and returns pages; it knows nothing of PDF or egui.

pub mod page;

pub use page::{Document, Face, Item, Page, Rule, TextRun};
