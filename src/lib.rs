//! kehoach: author a provincial plan (Kế hoạch), save it as RON, export it as
//! PDF to the Nghị định 30/2020/NĐ-CP format. This crate is the application:
//! the command line and the editor over `kehoach_core`. See ARCHITECTURE.md.

pub mod cli;
pub mod ui;

// The core's modules under the application's name, so the command line, the
// editor and the end-to-end tests name one set of paths.
pub use kehoach_core::{
    compose, docx, fonts, generate, io, layout, model, pdf, render, rollover, units, validate, xlsx,
};
