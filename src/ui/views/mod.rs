//! One editor per part of the plan.

pub mod body;
pub mod body_blocks;
pub mod body_tree;
pub mod closing;
pub mod general;
pub mod legal;
pub mod row_actions;
pub mod targets;
