//! Undoable edits. Every change the editor makes to the plan is a `Command`
//! with the code to apply it and to revert it; the UI never changes the plan
//! behind the history's back.

use crate::model::Plan;
use std::rc::Rc;

type Step = Rc<dyn Fn(&mut Plan)>;

/// Gives mutable access to one value of the plan (found by stable ids).
pub type Access<T> = Rc<dyn for<'a> Fn(&'a mut Plan) -> Option<&'a mut T>>;

#[derive(Clone)]
pub struct Command {
    pub label: String,
    apply: Step,
    revert: Step,
    /// Typing in one field merges into one step while the field keeps focus.
    merge_key: Option<String>,
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
        }
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
    }

    /// Several commands as one undo step, applied in order, reverted backwards.
    pub fn batch(label: impl Into<String>, commands: Vec<Command>) -> Command {
        let forward = commands.clone();
        Command::new(
            label,
            move |p| forward.iter().for_each(|c| (c.apply)(p)),
            move |p| commands.iter().rev().for_each(|c| (c.revert)(p)),
        )
    }

    /// Replaces the whole plan (for changes that touch everything, like a merge of agencies).
    pub fn replace(label: impl Into<String>, old: Plan, new: Plan) -> Command {
        Command::new(label, move |p| *p = new.clone(), move |p| *p = old.clone())
    }
}

/// Linear undo/redo history. `version` changes with every edit, undo or redo,
/// so the document can tell whether it differs from what was saved.
#[derive(Default)]
pub struct History {
    undo: Vec<Command>,
    redo: Vec<Command>,
    open_merge: Option<String>,
    version: u64,
    next_version: u64,
    /// Versions along the undo stack: the version after each command.
    stack_versions: Vec<u64>,
}

/// How many steps are kept; older ones are dropped.
const LIMIT: usize = 500;

impl History {
    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn apply(&mut self, plan: &mut Plan, cmd: Command) {
        (cmd.apply)(plan);
        self.redo.clear();
        if let (Some(key), Some(last)) = (&cmd.merge_key, self.undo.last_mut())
            && self.open_merge.as_ref() == Some(key)
            && last.merge_key.as_ref() == Some(key)
        {
            // Same field, still focused: keep the first old value, take the new apply.
            last.apply = cmd.apply;
            self.next_version += 1;
            self.version = self.next_version;
            if let Some(v) = self.stack_versions.last_mut() {
                *v = self.version;
            }
            return;
        }
        self.open_merge = cmd.merge_key.clone();
        self.undo.push(cmd);
        self.next_version += 1;
        self.version = self.next_version;
        self.stack_versions.push(self.version);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
            self.stack_versions.remove(0);
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
        self.undo.last().map(|c| c.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|c| c.label.as_str())
    }

    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        self.open_merge = None;
        let Some(cmd) = self.undo.pop() else {
            return false;
        };
        (cmd.revert)(plan);
        self.stack_versions.pop();
        self.version = self.stack_versions.last().copied().unwrap_or(0);
        self.redo.push(cmd);
        true
    }

    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        self.open_merge = None;
        let Some(cmd) = self.redo.pop() else {
            return false;
        };
        (cmd.apply)(plan);
        self.next_version += 1;
        self.version = self.next_version;
        self.stack_versions.push(self.version);
        self.undo.push(cmd);
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
}
