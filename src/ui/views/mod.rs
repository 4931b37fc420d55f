//! One editor per part of the plan.

pub mod agencies;
pub mod appendices;
pub mod appendix_columns;
pub mod appendix_table;
pub mod closing;
pub mod free_table;
pub mod general;
pub mod review;
pub mod targets;
