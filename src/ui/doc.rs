//! The open document: the plan, where it lives, its undo history, and
//! whether it differs from the file.

use super::history::{Command, History};
use crate::io::{self, FileError};
use crate::model::{Id, IdGen, Plan};
use std::path::{Path, PathBuf};

pub struct Doc {
    pub plan: Plan,
    /// None for a new plan or a sample not saved yet.
    pub path: Option<PathBuf>,
    pub history: History,
    saved_version: u64,
    ids: IdGen,
    /// The file as it was when opened or last saved, to notice changes made
    /// by someone else before saving over them.
    stamp: Option<Stamp>,
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

impl Doc {
    pub fn new(mut plan: Plan, path: Option<PathBuf>) -> Doc {
        // Editing needs unique ids: a hand-written file may repeat one.
        plan.dedupe_ids();
        let ids = plan.assign_ids();
        let history = History::default();
        let saved_version = history.version();
        let stamp = path.as_deref().and_then(stamp);
        Doc {
            plan,
            path,
            history,
            saved_version,
            ids,
            stamp,
        }
    }

    /// A plan restored from a recovery copy: it differs from its file until saved.
    pub fn recovered(plan: Plan, path: Option<PathBuf>) -> Doc {
        let mut d = Doc::new(plan, path);
        d.saved_version = u64::MAX;
        d
    }

    pub fn open(path: &Path) -> Result<Doc, FileError> {
        let plan = io::load_path(path)?;
        Ok(Doc::new(plan, Some(path.to_path_buf())))
    }

    pub fn is_dirty(&self) -> bool {
        self.history.version() != self.saved_version
    }

    pub fn apply(&mut self, cmd: Command) {
        self.history.apply(&mut self.plan, cmd);
    }

    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.plan)
    }

    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.plan)
    }

    pub fn fresh_id(&mut self) -> Id {
        self.ids.fresh()
    }

    /// Saves to `path` (atomically, keeping a backup); on success it becomes
    /// the document's file. On failure nothing changes and the plan stays unsaved.
    pub fn save_to(&mut self, path: &Path) -> Result<(), FileError> {
        io::save_atomic(path, &self.plan)?;
        self.path = Some(path.to_path_buf());
        self.saved_version = self.history.version();
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
