//! One editor per part of the plan.

pub mod agencies;
pub mod appendices;
pub mod appendix_columns;
pub mod appendix_table;
pub mod body;
pub mod body_blocks;
pub mod body_tree;
pub mod budget;
pub mod closing;
pub mod free_table;
pub mod general;
pub mod legal;
pub mod review;
pub mod row_actions;
pub mod row_menu;
pub mod targets;
pub mod tasks;
