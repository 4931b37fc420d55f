//! The plan's tables as Excel workbooks: the appendix tables (one sheet
//! each, figures as numbers, totals as formulas, printed as the PDF prints
//! them) and the task list for tracking software. Written with
//! rust_xlsxwriter, read back in tests with calamine.

mod book;
pub mod form;
pub mod form_rows;
pub mod merge;
pub mod read;
mod sheet;
mod tasks;

pub use book::{Error, Written, appendix_tables};
pub use form::agency_form;
pub use sheet::column_letters;
pub use tasks::task_list;
