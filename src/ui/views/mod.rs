//! One editor per part of the plan.

pub mod budget;
pub mod closing;
pub mod general;
pub mod row_menu;
pub mod targets;
pub mod tasks;
