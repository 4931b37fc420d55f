//! kehoach's core: the plan model, its files, checks and roll-over, and the
//! way from a plan to printed pages (layout, PDF, pixels). No GUI crate is in its
//! tree; the `kehoach` application (command line and editor) builds on it.
//! See ARCHITECTURE.md.

pub mod compose;
pub mod docx;
pub mod fonts;
pub mod generate;
pub mod io;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod render;
pub mod rollover;
pub mod units;
pub mod validate;
pub mod xlsx;
