//! A place in the plan: the one type find, problems, go-to, the roll-over
//! review and the composed document use to say where something is. Places
//! are built from the model's structure and matched exhaustively, so a new
//! kind of place cannot be forgotten by one of them; the technical path
//! (`targets[0].targets[3].lead`) and the Vietnamese description are only
//! ways to display one.

use super::body::Block;
use super::dossier::DocKind;
use super::numbering::roman;
use super::plan::Plan;
use super::table::Period;
use std::fmt;

/// Positions of nested blocks (body sections, appendix content) or tasks,
/// from the top level down: `[1, 0, 2]` is the third child of the first
/// child of the second block.
pub type Tree = Vec<usize>;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// The plan year.
    Year,
    /// A field of the header and title (`meta.title`, `meta.date.day`).
    Meta(&'static str),
    /// A line of a multi-line header field (`meta.authority[0]`).
    MetaLine(&'static str, usize),
    Preamble(usize),
    /// A group of legal bases, or a field of it.
    LegalGroup(usize, Leaf),
    LegalItem(usize, usize),
    /// A block of the body (or a text of it).
    Body(Tree, Leaf),
    TargetGroup(Period, usize, Leaf),
    /// Target `1` of group `0` of the plan or of the year under review.
    Target(Period, usize, usize, Leaf),
    TaskGroup(usize, Leaf),
    /// A task of a group: its position among the group's tasks, then among
    /// subtasks.
    Task(usize, Tree, Leaf),
    Project(Period, usize, Leaf),
    Recurrent(Period, usize, Leaf),
    /// An appendix (or its title, unit line, key).
    Appendix(usize, Leaf),
    /// A block of an appendix's content.
    AppendixBlock(usize, Tree, Leaf),
    Recipient(usize),
    Signature(&'static str),
    Agency(usize, Leaf),
    /// The stable ids of the plan's rows as a whole (a duplicate id).
    Ids,
    /// Several places of a list (the target rows of a whole table).
    List(ListOf),
    /// A place in the decision or the submission filed with the plan.
    Filed(DocKind, Filed),
}

/// A place in a decision or a submission.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Filed {
    /// A field of its header and title (`number`, `title`, `date.day`).
    Meta(&'static str),
    /// A line of a multi-line header field (`authority[0]`).
    MetaLine(&'static str, usize),
    /// A text of its own: the decision's `competence`, the submission's
    /// `addressee` or `closing`.
    Text(&'static str),
    /// A basis of the decision.
    Basis(usize),
    /// An article of the decision, or (Some) one of its items.
    Article(usize, Option<usize>),
    /// An item of the submission's body.
    Item(usize),
    Recipient(usize),
    Signature(&'static str),
}

/// The lists a place can name as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListOf {
    Targets(Period),
    Tasks,
    Budget(Period),
}

/// What inside a row or block: the whole of it, one of its fields, or a part
/// of a free table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Leaf {
    Whole,
    Field(&'static str),
    /// A free table's column title.
    Column(usize),
    /// A free table's header span title.
    Span(usize),
    /// A free table's row.
    Row(usize),
    /// A free table's cell: row, column.
    Cell(usize, usize),
}

/// The area of the plan a place belongs to: what the editor opens for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    General,
    Legal,
    Body,
    Targets(Period),
    Tasks,
    Investment(Period),
    Recurrent(Period),
    Appendices,
    Closing,
    Agencies,
    /// The decision or the submission.
    Filed(DocKind),
}

impl Area {
    /// Whether the area holds the year under review (last year's figures).
    pub fn is_review(self) -> bool {
        matches!(
            self,
            Area::Targets(Period::Previous)
                | Area::Investment(Period::Previous)
                | Area::Recurrent(Period::Previous)
        )
    }
}

impl Place {
    pub fn area(&self) -> Area {
        match self {
            Place::Year | Place::Meta(_) | Place::MetaLine(..) | Place::Ids => Area::General,
            Place::Preamble(_) | Place::LegalGroup(..) | Place::LegalItem(..) => Area::Legal,
            Place::Body(..) => Area::Body,
            Place::TargetGroup(p, ..) | Place::Target(p, ..) => Area::Targets(*p),
            Place::TaskGroup(..) | Place::Task(..) => Area::Tasks,
            Place::Project(p, ..) => Area::Investment(*p),
            Place::Recurrent(p, ..) => Area::Recurrent(*p),
            Place::Appendix(..) | Place::AppendixBlock(..) => Area::Appendices,
            Place::Recipient(_) | Place::Signature(_) => Area::Closing,
            Place::Agency(..) => Area::Agencies,
            Place::List(ListOf::Targets(p)) => Area::Targets(*p),
            Place::List(ListOf::Tasks) => Area::Tasks,
            Place::List(ListOf::Budget(p)) => Area::Investment(*p),
            Place::Filed(kind, _) => Area::Filed(*kind),
        }
    }

    /// What inside its row or block the place names, for the places that
    /// have one.
    pub fn leaf(&self) -> Option<Leaf> {
        self.clone().leaf_mut().copied()
    }

    /// The same place with another leaf (a field of a row).
    pub fn with(&self, leaf: Leaf) -> Place {
        let mut p = self.clone();
        if let Some(l) = p.leaf_mut() {
            *l = leaf;
        }
        p
    }

    fn leaf_mut(&mut self) -> Option<&mut Leaf> {
        match self {
            Place::LegalGroup(_, l)
            | Place::Body(_, l)
            | Place::TargetGroup(_, _, l)
            | Place::Target(_, _, _, l)
            | Place::TaskGroup(_, l)
            | Place::Task(_, _, l)
            | Place::Project(_, _, l)
            | Place::Recurrent(_, _, l)
            | Place::Appendix(_, l)
            | Place::AppendixBlock(_, _, l)
            | Place::Agency(_, l) => Some(l),
            Place::Year
            | Place::Meta(_)
            | Place::MetaLine(..)
            | Place::Preamble(_)
            | Place::LegalItem(..)
            | Place::Recipient(_)
            | Place::Signature(_)
            | Place::Ids
            | Place::List(_)
            | Place::Filed(..) => None,
        }
    }

    /// Whether `other` is this place, a field of it, or nested under it (a
    /// block of a section, a subtask, a row of a group or of a list): the
    /// preview marks everything printed from the place being edited.
    pub fn contains(&self, other: &Place) -> bool {
        let (a, b) = (self.with(Leaf::Whole), other.with(Leaf::Whole));
        if a == b {
            return true;
        }
        match (&a, &b) {
            (Place::Body(t1, _), Place::Body(t2, _)) => t2.starts_with(t1),
            (Place::Task(g1, t1, _), Place::Task(g2, t2, _)) => g1 == g2 && t2.starts_with(t1),
            (Place::TaskGroup(g1, _), Place::Task(g2, ..)) => g1 == g2,
            (Place::TargetGroup(p1, g1, _), Place::Target(p2, g2, ..)) => p1 == p2 && g1 == g2,
            (Place::Appendix(a1, _), Place::AppendixBlock(a2, ..)) => a1 == a2,
            (Place::AppendixBlock(a1, t1, _), Place::AppendixBlock(a2, t2, _)) => {
                a1 == a2 && t2.starts_with(t1)
            }
            (Place::LegalGroup(g1, _), Place::LegalItem(g2, _)) => g1 == g2,
            (
                Place::Filed(k1, Filed::Article(a1, None)),
                Place::Filed(k2, Filed::Article(a2, _)),
            ) => k1 == k2 && a1 == a2,
            (
                Place::List(ListOf::Targets(p1)),
                Place::Target(p2, ..) | Place::TargetGroup(p2, ..),
            ) => p1 == p2,
            (Place::List(ListOf::Tasks), Place::Task(..) | Place::TaskGroup(..)) => true,
            (
                Place::List(ListOf::Budget(p1)),
                Place::Project(p2, ..) | Place::Recurrent(p2, ..),
            ) => p1 == p2,
            _ => false,
        }
    }

    /// The same place with a field as its leaf.
    pub fn field(&self, name: &'static str) -> Place {
        self.with(Leaf::Field(name))
    }

    /// Where the place is, in words an officer reads: "Chỉ tiêu 4 của nhóm I".
    pub fn describe(&self) -> String {
        let n = |i: &usize| i + 1;
        match self {
            Place::Year | Place::Meta(_) | Place::MetaLine(..) | Place::Ids => {
                "Thông tin chung".into()
            }
            Place::Preamble(_) | Place::LegalGroup(..) | Place::LegalItem(..) => "Căn cứ".into(),
            Place::Body(..) => "Nội dung".into(),
            Place::TargetGroup(Period::Plan, g, _) => format!("Nhóm chỉ tiêu {}", roman(n(g))),
            Place::TargetGroup(Period::Previous, g, _) => {
                format!("Kết quả năm trước: nhóm chỉ tiêu {}", roman(n(g)))
            }
            Place::Target(Period::Plan, g, t, _) => {
                format!("Chỉ tiêu {} của nhóm {}", n(t), roman(n(g)))
            }
            Place::Target(Period::Previous, g, t, _) => {
                format!(
                    "Kết quả năm trước: chỉ tiêu {} của nhóm {}",
                    n(t),
                    roman(n(g))
                )
            }
            Place::TaskGroup(g, _) | Place::Task(g, ..) => {
                format!("Nhiệm vụ, nhóm {}", roman(n(g)))
            }
            Place::Project(period, i, _) => format!("Kinh phí{}: dự án {}", year(*period), n(i)),
            Place::Recurrent(period, i, _) => {
                format!("Kinh phí{}: nhiệm vụ chi {}", year(*period), n(i))
            }
            Place::Appendix(a, _) | Place::AppendixBlock(a, ..) => {
                format!("Phụ lục {}", roman(n(a)))
            }
            Place::Recipient(_) | Place::Signature(_) => "Nơi nhận và chữ ký".into(),
            Place::Agency(..) => "Danh mục cơ quan".into(),
            Place::List(ListOf::Targets(Period::Plan)) => "Chỉ tiêu".into(),
            Place::List(ListOf::Targets(Period::Previous)) => "Kết quả năm trước: chỉ tiêu".into(),
            Place::List(ListOf::Tasks) => "Nhiệm vụ".into(),
            Place::List(ListOf::Budget(period)) => format!("Kinh phí{}", year(*period)),
            Place::Filed(kind, Filed::Article(a, _)) => {
                format!("{}: Điều {}", kind.name(), a + 1)
            }
            Place::Filed(kind, _) => kind.name().into(),
        }
    }
}

impl Place {
    /// Whether the rows and blocks the place names are in `plan` (fields are
    /// not checked: they are the model's own names).
    pub fn exists(&self, plan: &Plan) -> bool {
        let targets = |p: &Period| match p {
            Period::Plan => &plan.targets,
            Period::Previous => &plan.review.targets,
        };
        let budget = |p: &Period| match p {
            Period::Plan => &plan.budget,
            Period::Previous => &plan.review.budget,
        };
        match self {
            Place::Year | Place::Meta(_) | Place::Signature(_) | Place::Ids | Place::List(_) => {
                true
            }
            Place::MetaLine(field, i) => match *field {
                "parent_authority" => *i < plan.meta.parent_authority.len(),
                "authority" => *i < plan.meta.authority.len(),
                _ => false,
            },
            Place::Preamble(i) => *i < plan.preamble.len(),
            Place::LegalGroup(g, _) => *g < plan.legal_bases.len(),
            Place::LegalItem(g, i) => plan.legal_bases.get(*g).is_some_and(|g| *i < g.items.len()),
            Place::Body(tree, _) => block_at(&plan.body, tree),
            Place::TargetGroup(p, g, _) => *g < targets(p).len(),
            Place::Target(p, g, t, _) => targets(p).get(*g).is_some_and(|g| *t < g.targets.len()),
            Place::TaskGroup(g, _) => *g < plan.tasks.len(),
            Place::Task(g, tree, _) => plan.tasks.get(*g).is_some_and(|g| {
                let mut list = &g.tasks;
                tree.iter().all(|&i| match list.get(i) {
                    Some(t) => {
                        list = &t.subtasks;
                        true
                    }
                    None => false,
                }) && !tree.is_empty()
            }),
            Place::Project(p, i, _) => *i < budget(p).investment.len(),
            Place::Recurrent(p, i, _) => *i < budget(p).recurrent.len(),
            Place::Appendix(a, _) => *a < plan.appendices.len(),
            Place::AppendixBlock(a, tree, _) => plan
                .appendices
                .get(*a)
                .is_some_and(|a| block_at(&a.blocks, tree)),
            Place::Recipient(i) => *i < plan.recipients.len(),
            Place::Agency(i, _) => *i < plan.agencies.len(),
            Place::Filed(kind, f) => filed_exists(plan, *kind, f),
        }
    }
}

fn filed_exists(plan: &Plan, kind: DocKind, f: &Filed) -> bool {
    let (meta, recipients) = match kind {
        DocKind::Decision => match &plan.decision {
            Some(d) => (&d.meta, &d.recipients),
            None => return false,
        },
        DocKind::Submission => match &plan.submission {
            Some(s) => (&s.meta, &s.recipients),
            None => return false,
        },
        DocKind::Plan => (&plan.meta, &plan.recipients),
    };
    let decision = plan.decision.as_ref();
    match f {
        Filed::Meta(_) | Filed::Text(_) | Filed::Signature(_) => true,
        Filed::MetaLine(field, i) => match *field {
            "parent_authority" => *i < meta.parent_authority.len(),
            "authority" => *i < meta.authority.len(),
            _ => false,
        },
        Filed::Basis(i) => decision.is_some_and(|d| *i < d.bases.len()),
        Filed::Article(a, item) => decision.is_some_and(|d| {
            d.articles
                .get(*a)
                .is_some_and(|a| item.is_none_or(|i| i < a.items.len()))
        }),
        Filed::Item(i) => plan.submission.as_ref().is_some_and(|s| *i < s.body.len()),
        Filed::Recipient(i) => *i < recipients.len(),
    }
}

fn block_at(blocks: &[Block], tree: &[usize]) -> bool {
    let mut list = blocks;
    for &i in tree {
        match list.get(i) {
            Some(b) => list = b.children(),
            None => return false,
        }
    }
    !tree.is_empty()
}

fn year(p: Period) -> &'static str {
    match p {
        Period::Plan => "",
        Period::Previous => " năm trước",
    }
}

fn review(p: &Period) -> &'static str {
    match p {
        Period::Plan => "",
        Period::Previous => "review.",
    }
}

fn tree(f: &mut fmt::Formatter<'_>, tree: &[usize], child: &str) -> fmt::Result {
    for (depth, i) in tree.iter().enumerate() {
        if depth > 0 {
            write!(f, ".{child}")?;
        }
        write!(f, "[{i}]")?;
    }
    Ok(())
}

impl fmt::Display for Leaf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Leaf::Whole => Ok(()),
            Leaf::Field(name) => write!(f, ".{name}"),
            Leaf::Column(c) => write!(f, ".columns[{c}].title"),
            Leaf::Span(c) => write!(f, ".spans[{c}].title"),
            Leaf::Row(r) => write!(f, ".rows[{r}]"),
            Leaf::Cell(r, c) => write!(f, ".rows[{r}].cells[{c}]"),
        }
    }
}

/// The technical path, as in the RON file: `budget.investment[3].total`.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Year => write!(f, "year"),
            Place::Meta(field) => write!(f, "meta.{field}"),
            Place::MetaLine(field, i) => write!(f, "meta.{field}[{i}]"),
            Place::Preamble(i) => write!(f, "preamble[{i}]"),
            Place::LegalGroup(g, leaf) => write!(f, "legal_bases[{g}]{leaf}"),
            Place::LegalItem(g, i) => write!(f, "legal_bases[{g}].items[{i}]"),
            Place::Body(t, leaf) => {
                write!(f, "body")?;
                tree(f, t, "blocks")?;
                write!(f, "{leaf}")
            }
            Place::TargetGroup(p, g, leaf) => write!(f, "{}targets[{g}]{leaf}", review(p)),
            Place::Target(p, g, t, leaf) => {
                write!(f, "{}targets[{g}].targets[{t}]{leaf}", review(p))
            }
            Place::TaskGroup(g, leaf) => write!(f, "tasks[{g}]{leaf}"),
            Place::Task(g, t, leaf) => {
                write!(f, "tasks[{g}].tasks")?;
                tree(f, t, "subtasks")?;
                write!(f, "{leaf}")
            }
            Place::Project(p, i, leaf) => write!(f, "{}budget.investment[{i}]{leaf}", review(p)),
            Place::Recurrent(p, i, leaf) => write!(f, "{}budget.recurrent[{i}]{leaf}", review(p)),
            Place::Appendix(a, leaf) => write!(f, "appendices[{a}]{leaf}"),
            Place::AppendixBlock(a, t, leaf) => {
                write!(f, "appendices[{a}].blocks")?;
                tree(f, t, "blocks")?;
                write!(f, "{leaf}")
            }
            Place::Recipient(i) => write!(f, "recipients[{i}]"),
            Place::Signature(field) => write!(f, "signature.{field}"),
            Place::Agency(i, leaf) => write!(f, "agencies[{i}]{leaf}"),
            Place::Ids => write!(f, "id"),
            Place::List(ListOf::Targets(p)) => write!(f, "{}targets", review(p)),
            Place::List(ListOf::Tasks) => write!(f, "tasks"),
            Place::List(ListOf::Budget(p)) => write!(f, "{}budget", review(p)),
            Place::Filed(kind, filed) => {
                let doc = match kind {
                    DocKind::Decision => "decision",
                    DocKind::Submission => "submission",
                    DocKind::Plan => "",
                };
                match filed {
                    Filed::Meta(field) => write!(f, "{doc}.meta.{field}"),
                    Filed::MetaLine(field, i) => write!(f, "{doc}.meta.{field}[{i}]"),
                    Filed::Text(field) => write!(f, "{doc}.{field}"),
                    Filed::Basis(i) => write!(f, "{doc}.bases[{i}]"),
                    Filed::Article(a, None) => write!(f, "{doc}.articles[{a}].text"),
                    Filed::Article(a, Some(i)) => {
                        write!(f, "{doc}.articles[{a}].items[{i}].text")
                    }
                    Filed::Item(i) => write!(f, "{doc}.body[{i}].text"),
                    Filed::Recipient(i) => write!(f, "{doc}.recipients[{i}]"),
                    Filed::Signature(field) => write!(f, "{doc}.signature.{field}"),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_in_the_file() {
        let t = Place::Target(Period::Plan, 0, 3, Leaf::Field("lead"));
        assert_eq!(t.to_string(), "targets[0].targets[3].lead");
        assert_eq!(t.describe(), "Chỉ tiêu 4 của nhóm I");
        let r = Place::Target(Period::Previous, 1, 0, Leaf::Whole);
        assert_eq!(r.to_string(), "review.targets[1].targets[0]");
        let task = Place::Task(2, vec![0, 1], Leaf::Field("name"));
        assert_eq!(task.to_string(), "tasks[2].tasks[0].subtasks[1].name");
        assert_eq!(task.describe(), "Nhiệm vụ, nhóm III");
        let body = Place::Body(vec![1, 0], Leaf::Field("title"));
        assert_eq!(body.to_string(), "body[1].blocks[0].title");
        let cell = Place::AppendixBlock(0, vec![2], Leaf::Cell(3, 1));
        assert_eq!(cell.to_string(), "appendices[0].blocks[2].rows[3].cells[1]");
        assert_eq!(
            Place::Project(Period::Previous, 2, Leaf::Field("capital")).to_string(),
            "review.budget.investment[2].capital"
        );
    }

    #[test]
    fn a_place_contains_its_fields_and_what_is_nested_under_it() {
        let section = Place::Body(vec![1], Leaf::Whole);
        assert!(section.contains(&Place::Body(vec![1, 0, 2], Leaf::Field("text"))));
        assert!(!section.contains(&Place::Body(vec![2, 0], Leaf::Whole)));
        let task = Place::Task(0, vec![3], Leaf::Field("name"));
        assert!(task.contains(&Place::Task(0, vec![3, 1], Leaf::Whole)));
        assert!(!task.contains(&Place::Task(1, vec![3], Leaf::Whole)));
        let target = Place::Target(Period::Plan, 0, 2, Leaf::Field("lead"));
        assert!(target.contains(&Place::Target(Period::Plan, 0, 2, Leaf::Whole)));
        assert!(!target.contains(&Place::Target(Period::Previous, 0, 2, Leaf::Whole)));
        assert!(Place::List(ListOf::Tasks).contains(&Place::Task(4, vec![0], Leaf::Whole)));
        assert!(!Place::Year.contains(&Place::Meta("title")));
    }
}
