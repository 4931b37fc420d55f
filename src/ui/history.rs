//! Undoable edits. Every change the editor makes to the plan is a `Command`
//! with the code to apply it and to revert it; the UI never changes the plan
//! behind the history's back.

use crate::model::{Id, Keyed, Plan, position_of};
use std::cell::Cell;
use std::rc::Rc;

type Action = Rc<dyn Fn(&mut Plan)>;

/// Gives mutable access to one value of the plan (found by stable ids).
pub type Access<T> = Rc<dyn for<'a> Fn(&'a mut Plan) -> Option<&'a mut T>>;

#[derive(Clone)]
pub struct Command {
    pub label: String,
    apply: Action,
    revert: Action,
    /// Typing in one field merges into one step while the field keeps focus.
    merge_key: Option<String>,
    /// Whether it changes a list by an index taken from the state it was
    /// made in: a second such command made in the same frame would hit a
    /// stale index (`Doc::flush` drops it). Commands by id are not.
    pub(crate) positional: bool,
}

impl Command {
    pub fn new(
        label: impl Into<String>,
        apply: impl Fn(&mut Plan) + 'static,
        revert: impl Fn(&mut Plan) + 'static,
    ) -> Command {
        Command {
            label: label.into(),
            apply: Rc::new(apply),
            revert: Rc::new(revert),
            merge_key: None,
            positional: false,
        }
    }

    fn by_index(mut self) -> Command {
        self.positional = true;
        self
    }

    /// Sets a value found through `access` from `old` to `new`.
    pub fn set<T: Clone + 'static>(
        label: impl Into<String>,
        access: Access<T>,
        old: T,
        new: T,
    ) -> Command {
        let a = access.clone();
        Command::new(
            label,
            move |p| {
                if let Some(v) = a(p) {
                    *v = new.clone();
                }
            },
            move |p| {
                if let Some(v) = access(p) {
                    *v = old.clone();
                }
            },
        )
    }

    pub fn merging(mut self, key: impl Into<String>) -> Command {
        self.merge_key = Some(key.into());
        self
    }

    /// Inserts `value` at `index` of the list found through `access`.
    pub fn insert<T: Clone + 'static>(
        label: impl Into<String>,
        access: Access<Vec<T>>,
        index: usize,
        value: T,
    ) -> Command {
        let a = access.clone();
        Command::new(
            label,
            move |p| {
                if let Some(v) = a(p) {
                    v.insert(index.min(v.len()), value.clone());
                }
            },
            move |p| {
                if let Some(v) = access(p)
                    && index < v.len()
                {
                    v.remove(index);
                }
            },
        )
        .by_index()
    }

    /// Removes the item at `index`; `removed` is what is there now: the
    /// insert of that item, run backwards.
    pub fn remove<T: Clone + 'static>(
        label: impl Into<String>,
        access: Access<Vec<T>>,
        index: usize,
        removed: T,
    ) -> Command {
        let c = Command::insert(label, access, index, removed);
        Command {
            apply: c.revert,
            revert: c.apply,
            ..c
        }
    }

    /// Moves an item from `from` to `to` (indexes in the list before the move).
    pub fn shift<T: Clone + 'static>(
        label: impl Into<String>,
        access: Access<Vec<T>>,
        from: usize,
        to: usize,
    ) -> Command {
        let a = access.clone();
        let mv = move |v: &mut Vec<T>, from: usize, to: usize| {
            if from < v.len() && to < v.len() {
                let x = v.remove(from);
                v.insert(to, x);
            }
        };
        Command::new(
            label,
            move |p| {
                if let Some(v) = a(p) {
                    mv(v, from, to);
                }
            },
            move |p| {
                if let Some(v) = access(p) {
                    mv(v, to, from);
                }
            },
        )
        .by_index()
    }

    /// Several commands as one undo step, applied in order, reverted backwards.
    pub fn batch(label: impl Into<String>, commands: Vec<Command>) -> Command {
        let positional = commands.iter().any(|c| c.positional);
        let forward = commands.clone();
        let mut c = Command::new(
            label,
            move |p| forward.iter().for_each(|c| (c.apply)(p)),
            move |p| commands.iter().rev().for_each(|c| (c.revert)(p)),
        );
        c.positional = positional;
        c
    }

    /// Replaces the whole plan (for changes that touch everything, like a merge of agencies).
    pub fn replace(label: impl Into<String>, old: Plan, new: Plan) -> Command {
        Command::new(label, move |p| *p = new.clone(), move |p| *p = old.clone()).by_index()
    }

    /// Inserts a row with an id at `at`, a place named by the ids around it
    /// and found when the command runs; undone by removing that id.
    pub fn insert_row<T: Keyed + Clone + 'static>(
        label: impl Into<String>,
        list: Access<Vec<T>>,
        at: At,
        value: T,
    ) -> Command {
        let l = list.clone();
        let id = value.row_id();
        Command::new(
            label,
            move |p| {
                if let Some(v) = l(p) {
                    let i = at.index(v);
                    v.insert(i, value.clone());
                }
            },
            move |p| {
                if let Some(v) = list(p)
                    && let Some(i) = position_of(v, id)
                {
                    v.remove(i);
                }
            },
        )
    }

    /// Removes the row `id` wherever it is in the list when the command runs;
    /// undone by putting `removed` (the row as it is now) back where it was.
    pub fn remove_row<T: Keyed + Clone + 'static>(
        label: impl Into<String>,
        list: Access<Vec<T>>,
        removed: T,
    ) -> Command {
        let l = list.clone();
        let id = removed.row_id();
        let was = Rc::new(Cell::new(None));
        let w = was.clone();
        Command::new(
            label,
            move |p| {
                if let Some(v) = l(p)
                    && let Some(i) = position_of(v, id)
                {
                    v.remove(i);
                    w.set(Some(i));
                }
            },
            move |p| {
                if let (Some(v), Some(i)) = (list(p), was.take()) {
                    v.insert(i.min(v.len()), removed.clone());
                }
            },
        )
    }

    /// Moves the row `id` one place up (`by` = -1) or down (+1), or as far
    /// as the list allows; undone by moving it back to where it was.
    pub fn move_row<T: Keyed + 'static>(
        label: impl Into<String>,
        list: Access<Vec<T>>,
        id: Id,
        by: isize,
    ) -> Command {
        let l = list.clone();
        let was = Rc::new(Cell::new(None));
        let w = was.clone();
        let to_index = |v: &mut Vec<T>, id: Id, to: usize| {
            if let Some(from) = position_of(v, id) {
                let x = v.remove(from);
                v.insert(to.min(v.len()), x);
                Some(from)
            } else {
                None
            }
        };
        Command::new(
            label,
            move |p| {
                if let Some(v) = l(p)
                    && let Some(from) = position_of(v, id)
                {
                    let to = from
                        .saturating_add_signed(by)
                        .min(v.len().saturating_sub(1));
                    w.set(to_index(v, id, to));
                }
            },
            move |p| {
                if let (Some(v), Some(from)) = (list(p), was.take()) {
                    to_index(v, id, from);
                }
            },
        )
    }
}

/// Where a new row goes, named by the rows around it (found when the command
/// runs): a row that no longer exists puts it at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Start,
    End,
    Before(Id),
    After(Id),
}

impl At {
    pub fn index<T: Keyed>(self, list: &[T]) -> usize {
        match self {
            At::Start => 0,
            At::End => list.len(),
            At::Before(id) => position_of(list, id).unwrap_or(list.len()),
            At::After(id) => position_of(list, id).map_or(list.len(), |i| i + 1),
        }
    }
}

/// Linear undo/redo history. Every state of the plan it can reach has its
/// own version number, carried by the step that leads to it (undo and redo
/// bring a state's version back with it), so the document is saved exactly
/// when the current version is the one it saved. Versions are never reused:
/// when the oldest step is dropped, the state before it can no longer be
/// reached, and neither can its version.
#[derive(Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    open_merge: Option<String>,
    /// The version when the undo stack is empty.
    base: u64,
    /// The last version handed out.
    issued: u64,
}

struct Step {
    cmd: Command,
    /// The version of the state after the command.
    version: u64,
}

/// How many steps are kept; older ones are dropped.
pub const LIMIT: usize = 500;

impl History {
    pub fn version(&self) -> u64 {
        self.undo.last().map_or(self.base, |s| s.version)
    }

    fn fresh(&mut self) -> u64 {
        self.issued += 1;
        self.issued
    }

    pub fn apply(&mut self, plan: &mut Plan, cmd: Command) {
        (cmd.apply)(plan);
        self.redo.clear();
        let version = self.fresh();
        if let (Some(key), Some(last)) = (&cmd.merge_key, self.undo.last_mut())
            && self.open_merge.as_ref() == Some(key)
            && last.cmd.merge_key.as_ref() == Some(key)
        {
            // Same field, still focused: keep the first old value, take the
            // new apply. The merged step leads to a new state: a new version.
            last.cmd.apply = cmd.apply;
            last.version = version;
            return;
        }
        self.open_merge = cmd.merge_key.clone();
        self.undo.push(Step { cmd, version });
        if self.undo.len() > LIMIT {
            let dropped = self.undo.remove(0);
            self.base = dropped.version;
        }
    }

    /// Ends the current typing step (the field lost focus).
    pub fn seal(&mut self) {
        self.open_merge = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.cmd.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.cmd.label.as_str())
    }

    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        self.open_merge = None;
        let Some(step) = self.undo.pop() else {
            return false;
        };
        (step.cmd.revert)(plan);
        self.redo.push(step);
        true
    }

    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        self.open_merge = None;
        let Some(step) = self.redo.pop() else {
            return false;
        };
        (step.cmd.apply)(plan);
        self.undo.push(step);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rich;

    fn title() -> Access<Rich> {
        Rc::new(|p: &mut Plan| Some(&mut p.meta.title))
    }

    #[test]
    fn typing_merges_until_the_field_is_left() {
        let mut p = Plan::new(2025);
        let mut h = History::default();
        for s in ["K", "Kế", "Kế hoạch"] {
            let old = p.meta.title.clone();
            h.apply(
                &mut p,
                Command::set("Sửa trích yếu", title(), old, Rich::new(s)).merging("title"),
            );
        }
        h.seal();
        let old = p.meta.title.clone();
        h.apply(
            &mut p,
            Command::set("Sửa trích yếu", title(), old, Rich::new("X")).merging("title"),
        );
        assert_eq!(p.meta.title.as_str(), "X");
        assert!(h.undo(&mut p));
        assert_eq!(p.meta.title.as_str(), "Kế hoạch");
        assert!(h.undo(&mut p));
        assert_eq!(p.meta.title.as_str(), "");
        assert!(!h.undo(&mut p));
        assert!(h.redo(&mut p));
        assert_eq!(p.meta.title.as_str(), "Kế hoạch");
    }

    #[test]
    fn versions_return_to_the_saved_one_after_undo() {
        let mut p = Plan::new(2025);
        let mut h = History::default();
        let saved = h.version();
        let list: Access<Vec<String>> = Rc::new(|p: &mut Plan| Some(&mut p.recipients));
        h.apply(
            &mut p,
            Command::insert("Thêm", list.clone(), 0, "Sở Y tế".to_string()),
        );
        assert_ne!(h.version(), saved);
        h.undo(&mut p);
        assert_eq!(h.version(), saved);
        h.redo(&mut p);
        let after = h.version();
        h.apply(&mut p, Command::shift("Chuyển", list, 0, 1));
        assert_eq!(p.recipients, vec!["Lưu: VT".to_string(), "Sở Y tế".into()]);
        h.undo(&mut p);
        assert_eq!(h.version(), after);
        assert_eq!(p.recipients, vec!["Sở Y tế".to_string(), "Lưu: VT".into()]);
    }

    #[test]
    fn dropping_old_steps_never_makes_a_changed_plan_look_saved() {
        let mut p = Plan::new(2025);
        let mut h = History::default();
        let saved = h.version();
        let list: Access<Vec<String>> = Rc::new(|p: &mut Plan| Some(&mut p.recipients));
        let before = p.recipients.len();
        for i in 0..=LIMIT {
            h.apply(
                &mut p,
                Command::insert("Thêm", list.clone(), 0, format!("Sở {i}")),
            );
        }
        while h.undo(&mut p) {}
        // The first edit could not be kept: it is still applied, so the plan
        // differs from the saved one and must say so.
        assert_eq!(p.recipients.len(), before + 1);
        assert_ne!(h.version(), saved);
        // Redo walks back through the same states and versions.
        let first = h.version();
        h.redo(&mut p);
        let second = h.version();
        h.undo(&mut p);
        assert_eq!(h.version(), first);
        h.redo(&mut p);
        assert_eq!(h.version(), second);
    }

    #[test]
    fn rows_are_found_by_id_when_the_command_runs() {
        use crate::model::Target;
        let mut p = Plan::new(2025);
        let t = |id: u32| Target {
            id: Id(id),
            ..Default::default()
        };
        p.targets.push(crate::model::TargetGroup {
            id: Id(1),
            targets: vec![t(10), t(11), t(12)],
            ..Default::default()
        });
        let list: Access<Vec<Target>> = Rc::new(|p: &mut Plan| Some(&mut p.targets[0].targets));
        let ids = |p: &Plan| {
            p.targets[0]
                .targets
                .iter()
                .map(|t| t.id.0)
                .collect::<Vec<_>>()
        };
        let mut h = History::default();
        // Two commands made against the same state, run one after the other:
        // the second still removes the row it was made for.
        let a = Command::insert_row("Chèn", list.clone(), At::Before(Id(10)), t(20));
        let b = Command::remove_row("Xóa", list.clone(), t(12));
        h.apply(&mut p, a);
        h.apply(&mut p, b);
        assert_eq!(ids(&p), [20, 10, 11]);
        h.apply(&mut p, Command::move_row("Lên", list.clone(), Id(11), -1));
        assert_eq!(ids(&p), [20, 11, 10]);
        h.apply(&mut p, Command::move_row("Lên", list.clone(), Id(20), -1));
        assert_eq!(ids(&p), [20, 11, 10]);
        h.apply(
            &mut p,
            Command::insert_row("Chèn", list, At::After(Id(11)), t(21)),
        );
        assert_eq!(ids(&p), [20, 11, 21, 10]);
        while h.undo(&mut p) {}
        assert_eq!(ids(&p), [10, 11, 12]);
        while h.redo(&mut p) {}
        assert_eq!(ids(&p), [20, 11, 21, 10]);
    }
}
