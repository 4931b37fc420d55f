//! One editor per part of the plan.

pub mod closing;
pub mod general;
pub mod review;
pub mod targets;
