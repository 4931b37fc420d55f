//! The open document: the plan, where it lives, its undo history, and
//! whether it differs from the file.

use super::history::{Command, History};
use crate::io::{self, FileError};
use crate::model::place::Place;
use crate::model::{Id, IdGen, Plan};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct Doc {
    pub plan: Plan,
    /// None for a new plan or a sample not saved yet.
    pub path: Option<PathBuf>,
    pub history: History,
    /// The history version last written to a file; None while the plan has
    /// never been written (new, from a sample, template or roll-over, or
    /// restored from a recovery copy): such a plan is always unsaved.
    saved_version: Option<u64>,
    /// Edits requested while a frame is drawn, applied after it (`flush`):
    /// the rows a view lists stay valid for the whole frame.
    pending: Vec<Edit>,
    ids: IdGen,
    /// The file as it was when opened or last saved, to notice changes made
    /// by someone else before saving over them.
    stamp: Option<Stamp>,
    /// The place the officer is editing, as the views report it (or as a
    /// go-to left it): the preview marks it and keeps it in view.
    focus: Option<Place>,
    /// The row it was found from, when a view reported a row.
    focus_id: Option<Id>,
    /// The rich-text field Định dạng's commands apply to.
    pub format: super::rich_edit::Target,
    /// A copy of the plan at a revision, shared by what works on it on
    /// other threads (`snapshot`).
    snapshot: Option<(u64, Arc<Plan>)>,
}

/// Drops a plan copy on a thread of its own when nothing else holds it
/// (a thread holding it frees it there anyway).
fn free_elsewhere(plan: Arc<Plan>) {
    if Arc::strong_count(&plan) == 1 {
        let _ = super::background::spawn("kehoach-free", move || drop(plan));
    }
}

/// What `Doc::flush` did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flushed {
    pub changed: bool,
    pub nothing_to_undo: bool,
    pub nothing_to_redo: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path).ok().map(|m| Stamp {
        modified: m.modified().ok(),
        len: m.len(),
    })
}

/// One request to change the plan, queued until the frame is drawn.
enum Edit {
    Apply(Command),
    Undo,
    Redo,
    /// The field being typed in was left: the next typing is a new step.
    Seal,
}

impl Doc {
    /// What the plan's state is called by what recomputes from it (the
    /// problems check, the preview): the history's version, with the year.
    pub fn revision(&self) -> u64 {
        self.history.version() ^ (self.plan.year as u64) << 48
    }

    /// The plan as it is now, for the threads that lay it out, check it
    /// and write its recovery copy: one copy per revision, shared by all
    /// three. A large plan takes milliseconds to copy (7 ms for 5.000
    /// targets) and as long to free: made once after a pause in typing,
    /// not once per reader, and the old one is freed off the UI thread.
    pub fn snapshot(&mut self) -> Arc<Plan> {
        let revision = self.revision();
        if let Some((r, plan)) = &self.snapshot
            && *r == revision
        {
            return plan.clone();
        }
        let plan = Arc::new(self.plan.clone());
        if let Some((_, old)) = self.snapshot.replace((revision, plan.clone())) {
            free_elsewhere(old);
        }
        plan
    }

    /// The place the officer is editing (see `focus_on`, `focus_row`).
    pub fn focus(&self) -> Option<&Place> {
        self.focus.as_ref()
    }

    /// The officer is now at `place` (a go-to, a click in the preview).
    pub fn focus_on(&mut self, place: Place) {
        self.focus = Some(place);
        self.focus_id = None;
    }

    /// The officer is now in the row (or block, appendix) with this id.
    pub fn focus_row(&mut self, id: Id) {
        if self.focus_id != Some(id) {
            self.focus_id = Some(id);
            self.focus = self.plan.place_of(id);
        }
    }

    pub fn new(mut plan: Plan, path: Option<PathBuf>) -> Doc {
        // Editing needs unique ids: a hand-written file may repeat one.
        plan.dedupe_ids();
        let ids = plan.assign_ids();
        let history = History::default();
        let saved_version = path.is_some().then(|| history.version());
        let stamp = path.as_deref().and_then(stamp);
        Doc {
            plan,
            path,
            history,
            saved_version,
            pending: Vec::new(),
            ids,
            stamp,
            focus: None,
            focus_id: None,
            format: Default::default(),
            snapshot: None,
        }
    }

    /// A plan restored from a recovery copy: it differs from its file until saved.
    pub fn recovered(plan: Plan, path: Option<PathBuf>) -> Doc {
        let mut d = Doc::new(plan, path);
        d.saved_version = None;
        d
    }

    pub fn open(path: &Path) -> Result<Doc, FileError> {
        let plan = io::load_path(path)?;
        Ok(Doc::new(plan, Some(path.to_path_buf())))
    }

    pub fn is_dirty(&self) -> bool {
        self.saved_version != Some(self.history.version())
    }

    /// Asks for an edit: it is applied after the frame being drawn (`flush`),
    /// so nothing a view listed at the start of the frame moves under it.
    pub fn edit(&mut self, cmd: Command) {
        self.pending.push(Edit::Apply(cmd));
    }

    /// Asks to undo the last step after the frame.
    pub fn request_undo(&mut self) {
        self.pending.push(Edit::Undo);
    }

    pub fn request_redo(&mut self) {
        self.pending.push(Edit::Redo);
    }

    /// Ends the current typing step once the queued edits are applied.
    pub fn seal(&mut self) {
        self.pending.push(Edit::Seal);
    }

    /// Applies the edits asked for during the frame, in order. Returns
    /// whether the plan changed and, if an undo or redo found nothing to
    /// do, which ("undo"/"redo") for the status bar.
    pub fn flush(&mut self) -> Flushed {
        let mut out = Flushed::default();
        let mut moved = false;
        for e in std::mem::take(&mut self.pending) {
            match e {
                // Made against the state the frame drew: after one change of
                // positions, another one's indexes would point at other rows.
                Edit::Apply(cmd) if cmd.positional && moved => {}
                Edit::Apply(cmd) => {
                    moved |= cmd.positional;
                    self.history.apply(&mut self.plan, cmd);
                    out.changed = true;
                }
                Edit::Undo => match self.history.undo(&mut self.plan) {
                    true => {
                        out.changed = true;
                        moved = true;
                    }
                    false => out.nothing_to_undo = true,
                },
                Edit::Redo => match self.history.redo(&mut self.plan) {
                    true => {
                        out.changed = true;
                        moved = true;
                    }
                    false => out.nothing_to_redo = true,
                },
                Edit::Seal => self.history.seal(),
            }
        }
        out
    }

    pub fn fresh_id(&mut self) -> Id {
        self.ids.fresh()
    }

    /// Saves to `path` (atomically, keeping a backup); on success it becomes
    /// the document's file. On failure nothing changes and the plan stays unsaved.
    pub fn save_to(&mut self, path: &Path) -> Result<(), FileError> {
        // An edit asked for in the frame that saves is part of what is saved.
        self.flush();
        io::save_atomic(path, &self.plan)?;
        self.path = Some(path.to_path_buf());
        self.saved_version = Some(self.history.version());
        self.stamp = stamp(path);
        Ok(())
    }

    /// Whether the file was changed (or removed) by another program since
    /// kehoach opened or saved it.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.stamp) {
            (Some(p), Some(s)) => stamp(p) != Some(*s),
            _ => false,
        }
    }

    /// "ke-hoach.ron", or "Kế hoạch mới" for a plan without a file.
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Kế hoạch mới".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    /// The preview, the check and the recovery copy read one copy of a
    /// revision; an edit makes the next one.
    #[test]
    fn one_snapshot_per_revision() {
        let mut doc = Doc::new(Plan::new(2025), None);
        let a = doc.snapshot();
        let b = doc.snapshot();
        assert!(Arc::ptr_eq(&a, &b));
        let year = doc.plan.year;
        doc.edit(Command::set(
            "Năm",
            Rc::new(|p: &mut Plan| Some(&mut p.year)),
            year,
            year + 1,
        ));
        doc.flush();
        let c = doc.snapshot();
        assert!(!Arc::ptr_eq(&a, &c));
        assert_eq!(c.year, year + 1);
        assert_eq!(a.year, year, "an older snapshot is not changed");
    }
}
