//! "Cần xem lại": what a roll-over left for the officer to decide, kept in
//! the plan file so that it survives saving and reopening. Each item names
//! its place by a row's stable id (indexes move as rows are added), and
//! remembers the value that was there: once the officer edits that value,
//! or marks the item done, it is settled. `check` lists the open items as
//! warnings; the editor groups them by kind, each group with one action.

use super::ids::Id;
use super::place::{Leaf, ListOf, Place};
use super::plan::Plan;
use super::table::Period;
use super::text_walk;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewItem {
    pub kind: ReviewKind,
    pub at: Anchor,
    /// What to look at, in words, whole, with no raw field.
    pub message: String,
    /// The value at the place when the item was listed.
    #[serde(default)]
    pub was: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

/// What an item asks; the editor groups by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReviewKind {
    /// The results of the year under review are not entered.
    Results,
    /// A target's baseline (last year's result) is missing.
    Baseline,
    /// A target's level was kept from last year.
    Target,
    /// A text of the year under review to write anew.
    Write,
    /// The plan this one continues has no number or date.
    Previous,
    /// A continuing project needs the plan year's capital.
    Capital,
    /// A recurrent item's amount to confirm.
    Recurrent,
    /// A task whose deadline was in the past year.
    Deadline,
    /// A year whose meaning roll-over could not tell.
    Year,
    /// An agency's old name left written in the text after a rename or merge.
    Agency,
    /// What an import from Word could not recognise or had to guess.
    Import,
    /// What roll-over changed by itself (a project ended, an appendix added).
    Done,
}

impl ReviewKind {
    pub const ALL: [ReviewKind; 12] = [
        ReviewKind::Results,
        ReviewKind::Baseline,
        ReviewKind::Target,
        ReviewKind::Write,
        ReviewKind::Previous,
        ReviewKind::Capital,
        ReviewKind::Recurrent,
        ReviewKind::Deadline,
        ReviewKind::Year,
        ReviewKind::Agency,
        ReviewKind::Import,
        ReviewKind::Done,
    ];
}

/// Where an item is, by what does not move when rows are added or removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Anchor {
    /// The plan year.
    Year,
    /// A header field, or `continues` (the plan continued).
    Meta(String),
    /// A row, group, body block or appendix, and a field of it ("" for the
    /// whole).
    Row(Id, String),
    /// A list as a whole (the results of the year under review).
    Targets(Period),
    Tasks,
    Budget(Period),
    /// An agency of the directory, by its key.
    Agency(String),
}

/// The field names an anchor can carry, as places spell them.
const FIELDS: &[&str] = &[
    "name",
    "unit",
    "baseline",
    "target",
    "result",
    "note",
    "deadline",
    "capital",
    "amount",
    "source",
    "title",
    "text",
    "reference",
    "end_year",
];

fn field(name: &str) -> Leaf {
    FIELDS
        .iter()
        .find(|f| **f == name)
        .map_or(Leaf::Whole, |f| Leaf::Field(f))
}

impl Plan {
    fn target_groups(&self, period: Period) -> &[super::targets::TargetGroup] {
        match period {
            Period::Plan => &self.targets,
            Period::Previous => &self.review.targets,
        }
    }

    fn budget_of(&self, period: Period) -> &super::budget::Budget {
        match period {
            Period::Plan => &self.budget,
            Period::Previous => &self.review.budget,
        }
    }

    fn task_at(&self, group: usize, tree: &[usize]) -> Option<&super::tasks::Task> {
        let (first, rest) = tree.split_first()?;
        let mut t = self.tasks.get(group)?.tasks.get(*first)?;
        for i in rest {
            t = t.subtasks.get(*i)?;
        }
        Some(t)
    }

    fn body_block(&self, tree: &[usize]) -> Option<&super::body::Block> {
        let (first, rest) = tree.split_first()?;
        let mut b = self.body.get(*first)?;
        for i in rest {
            b = b.children().get(*i)?;
        }
        Some(b)
    }
}

impl Anchor {
    /// The anchor of a place in `plan`; None for places not worth keeping.
    pub fn of(plan: &Plan, place: &Place) -> Option<Anchor> {
        let leaf = match place.leaf() {
            Some(Leaf::Field(f)) => f.to_string(),
            _ => String::new(),
        };
        let row = |id: Option<Id>| id.map(|id| Anchor::Row(id, leaf.clone()));
        match place {
            Place::Year => Some(Anchor::Year),
            Place::Meta(name) => Some(Anchor::Meta(name.to_string())),
            Place::List(ListOf::Targets(p)) => Some(Anchor::Targets(*p)),
            Place::List(ListOf::Tasks) => Some(Anchor::Tasks),
            Place::List(ListOf::Budget(p)) => Some(Anchor::Budget(*p)),
            Place::Target(period, g, t, _) => row(plan
                .target_groups(*period)
                .get(*g)
                .and_then(|g| g.targets.get(*t))
                .map(|t| t.id)),
            Place::TargetGroup(period, g, _) => {
                row(plan.target_groups(*period).get(*g).map(|g| g.id))
            }
            Place::Task(g, tree, _) => row(plan.task_at(*g, tree).map(|t| t.id)),
            Place::TaskGroup(g, _) => row(plan.tasks.get(*g).map(|g| g.id)),
            Place::Project(period, i, _) => {
                row(plan.budget_of(*period).investment.get(*i).map(|x| x.id))
            }
            Place::Recurrent(period, i, _) => {
                row(plan.budget_of(*period).recurrent.get(*i).map(|x| x.id))
            }
            // A paragraph has no id: the section it is in.
            Place::Body(tree, _) => {
                let owner = (1..=tree.len())
                    .rev()
                    .find_map(|k| plan.body_block(&tree[..k]).and_then(|b| b.any_id()));
                match owner {
                    Some(id) if plan.body_block(tree).and_then(|b| b.any_id()) == Some(id) => {
                        row(Some(id))
                    }
                    owner => owner.map(|id| Anchor::Row(id, String::new())),
                }
            }
            Place::Appendix(a, _) => row(plan.appendices.get(*a).map(|a| a.id)),
            Place::AppendixBlock(a, ..) => plan
                .appendices
                .get(*a)
                .map(|a| Anchor::Row(a.id, String::new())),
            Place::Agency(i, _) => plan.agencies.get(*i).map(|a| Anchor::Agency(a.key.clone())),
            _ => None,
        }
    }

    /// Where the anchor is now; None once its row is gone.
    pub fn place(&self, plan: &Plan) -> Option<Place> {
        Some(match self {
            Anchor::Year => Place::Year,
            Anchor::Meta(name) => match name.as_str() {
                "continues" => Place::Meta("continues"),
                "title" => Place::Meta("title"),
                "doc_type" => Place::Meta("doc_type"),
                "signature" => Place::Signature("name"),
                _ => Place::Meta("issuer"),
            },
            Anchor::Row(id, f) => plan.place_of(*id)?.with(field(f)),
            Anchor::Targets(p) => Place::List(ListOf::Targets(*p)),
            Anchor::Tasks => Place::List(ListOf::Tasks),
            Anchor::Budget(p) => Place::List(ListOf::Budget(*p)),
            Anchor::Agency(key) => Place::Agency(
                plan.agencies.iter().position(|a| a.key == *key)?,
                Leaf::Whole,
            ),
        })
    }
}

/// The values that settle items, read once for a whole list.
pub struct Values {
    texts: HashMap<Place, String>,
    previous: String,
    missing_results: String,
    /// The top-level body blocks that still hold a text to write.
    unwritten: Vec<usize>,
}

/// Whether `b` or a block inside it is a text to rewrite not written yet.
fn has_unwritten(b: &super::body::Block) -> bool {
    match b {
        super::body::Block::Rewrite(r) => r.text.is_blank(),
        _ => b.children().iter().any(has_unwritten),
    }
}

impl Values {
    pub fn of(plan: &Plan) -> Values {
        let mut texts: HashMap<Place, String> = text_walk::texts(plan).into_iter().collect();
        for period in [Period::Plan, Period::Previous] {
            let b = plan.budget_of(period);
            for (i, x) in b.investment.iter().enumerate() {
                let at = Place::Project(period, i, Leaf::Field("capital"));
                texts.insert(at, x.capital.to_string());
            }
            for (i, x) in b.recurrent.iter().enumerate() {
                let at = Place::Recurrent(period, i, Leaf::Field("amount"));
                texts.insert(at, x.amount.to_string());
            }
        }
        // Settled once every result is in, not at the first one.
        let missing = plan
            .review
            .targets
            .iter()
            .flat_map(|g| &g.targets)
            .any(|t| t.result.trim().is_empty());
        Values {
            texts,
            previous: plan
                .continues
                .as_ref()
                .map(|c| c.citation(&plan.meta))
                .unwrap_or_default(),
            missing_results: if missing { "thiếu" } else { "đủ" }.to_string(),
            unwritten: (0..plan.body.len())
                .filter(|&i| plan.body.get(i).is_some_and(has_unwritten))
                .collect(),
        }
    }

    /// The value an item watches at `place`.
    pub fn at(&self, place: &Place) -> String {
        match place {
            Place::Meta("continues") => self.previous.clone(),
            Place::List(ListOf::Targets(Period::Previous)) => self.missing_results.clone(),
            // A part of the year under review is settled once all its texts are written.
            Place::Body(tree, Leaf::Whole) if tree.len() == 1 => tree
                .first()
                .filter(|i| self.unwritten.contains(i))
                .map(|_| "còn đoạn chưa viết".to_string())
                .unwrap_or_default(),
            // A text to rewrite is settled once written.
            Place::Body(_, Leaf::Whole) | Place::Body(_, Leaf::Field(_)) => {
                let text = place.with(Leaf::Field("text"));
                self.texts.get(&text).cloned().unwrap_or_default()
            }
            _ => self.texts.get(place).cloned().unwrap_or_default(),
        }
    }
}

impl ReviewItem {
    /// An item for `place` of `plan`, watching the value there now.
    pub fn new(
        plan: &Plan,
        values: &Values,
        kind: ReviewKind,
        place: &Place,
        message: String,
    ) -> Option<ReviewItem> {
        let at = Anchor::of(plan, place)?;
        // Watched where the anchor leads (a paragraph's item, its section).
        let here = at.place(plan)?;
        Some(ReviewItem {
            kind,
            was: values.at(&here),
            at,
            message,
            done: false,
        })
    }
}

/// The items still open, with their place now: not done, their row still
/// there, the value they watch unchanged.
pub fn open<'p>(plan: &'p Plan, values: &Values) -> Vec<(usize, Place, &'p ReviewItem)> {
    plan.to_review
        .iter()
        .enumerate()
        .filter(|(_, it)| !it.done)
        .filter_map(|(i, it)| {
            let place = it.at.place(plan)?;
            let unchanged = it.kind == ReviewKind::Done || values.at(&place) == it.was;
            unchanged.then_some((i, place, it))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an import could not read links to the field that holds it.
    #[test]
    fn header_and_signature_anchors_go_to_their_fields() {
        let plan = Plan::new(2026);
        let place = |name: &str| Anchor::Meta(name.into()).place(&plan);
        assert_eq!(place("title"), Some(Place::Meta("title")));
        assert_eq!(place("doc_type"), Some(Place::Meta("doc_type")));
        assert_eq!(place("signature"), Some(Place::Signature("name")));
        assert_eq!(place("continues"), Some(Place::Meta("continues")));
    }

    #[test]
    fn an_agency_anchor_follows_its_key() {
        let mut plan = Plan::new(2026);
        for (key, name) in [("a", "Sở A"), ("b", "Sở B")] {
            plan.agencies.push(crate::model::Agency {
                key: key.into(),
                name: name.into(),
                short: String::new(),
            });
        }
        let at = Anchor::Agency("b".into());
        assert_eq!(at.place(&plan), Some(Place::Agency(1, Leaf::Whole)));
        assert_eq!(Anchor::of(&plan, &Place::Agency(1, Leaf::Whole)), Some(at));
        plan.agencies.remove(0);
        assert_eq!(
            Anchor::Agency("b".into()).place(&plan),
            Some(Place::Agency(0, Leaf::Whole))
        );
        assert_eq!(Anchor::Agency("a".into()).place(&plan), None);
    }
}
