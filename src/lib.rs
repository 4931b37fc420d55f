//! kehoach: author a provincial plan (Kế hoạch), save it as RON, export it as
//! PDF to the Nghị định 30/2020/NĐ-CP format. See ARCHITECTURE.md.

pub mod cli;
pub mod fonts;
pub mod generate;
pub mod io;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod rollover;
pub mod ui;
pub mod validate;
