//! Stable identifiers for rows, groups and sections.
//!
//! Ids are persisted so that references (an appendix naming its target groups,
//! the editor's undo stack, a problem's path) survive reordering. A file written
//! by hand may leave them out (0); `Plan::assign_ids` gives those fresh ones.

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Id(pub u32);

impl Id {
    pub const UNSET: Id = Id(0);

    pub fn is_unset(&self) -> bool {
        self.0 == 0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Hands out ids above every id already in use.
#[derive(Clone, Debug, Default)]
pub struct IdGen {
    next: u32,
}

impl IdGen {
    pub fn above(max: u32) -> Self {
        IdGen { next: max + 1 }
    }

    pub fn fresh(&mut self) -> Id {
        let id = Id(self.next);
        self.next += 1;
        id
    }
}

/// A list item with a stable id (rows, groups, appendices). The editor's
/// commands find such items by id when they run, never by an index remembered
/// from an earlier state of the list.
pub trait Keyed {
    fn row_id(&self) -> Id;
}

/// Where `id` sits in `list`.
pub fn position_of<T: Keyed>(list: &[T], id: Id) -> Option<usize> {
    list.iter().position(|x| x.row_id() == id)
}

macro_rules! keyed {
    ($($t:ty),*) => {
        $(impl Keyed for $t {
            fn row_id(&self) -> Id {
                self.id
            }
        })*
    };
}

keyed!(
    super::targets::TargetGroup,
    super::targets::Target,
    super::tasks::TaskGroup,
    super::tasks::Task,
    super::budget::Project,
    super::budget::RecurrentItem,
    super::table::FreeRow,
    super::appendix::Appendix,
    super::appendix::LegalGroup,
    super::decision::Article,
    super::items::Item
);
