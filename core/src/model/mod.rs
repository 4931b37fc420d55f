//! The document model: pure data and the values computed from it. Knows
//! nothing of files, layout, PDF or the UI.

pub mod agency;
pub mod agency_mentions;
pub mod appendix;
pub mod body;
pub mod budget;
pub mod by_column;
pub mod fields;
pub mod format;
pub mod ids;
pub mod lookup;
pub mod meta;
pub mod money;
pub mod nesting;
pub mod numbering;
pub mod outline;
pub mod place;
pub mod place_of;
pub mod plan;
pub mod previous;
pub mod rich;
pub mod summary;
pub mod table;
pub mod targets;
pub mod tasks;
pub mod text_walk;
pub mod to_review;

pub use agency::{Agency, NameForm};
pub use appendix::{Appendix, LegalGroup, Orientation};
pub use body::{Block, Numbering, Part, Rewrite, Section, TargetList, TextKind};
pub use budget::{Budget, Project, ProjectStatus, RecurrentItem};
pub use fields::Fields;
pub use ids::{Id, IdGen, Keyed, position_of};
pub use lookup::TaskParent;
pub use meta::{DocDate, Meta, Signature};
pub use money::Money;
pub use place::{Area, Leaf, ListOf, Place};
pub use plan::{FORMAT_VERSION, Plan, Review, Settings};
pub use previous::PreviousPlan;
pub use rich::Rich;
pub use summary::{BudgetTotals, EvaluationCounts, Summary};
pub use table::*;
pub use targets::{Evaluation, Target, TargetGroup};
pub use tasks::{Task, TaskGroup};
