//! Recovery copies: while a plan has unsaved changes, the editor writes a
//! copy to the user's data folder (never over the plan's own file). A clean
//! close removes it; after a crash or a power cut the next start offers it.

use crate::model::Plan;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Serialize, Deserialize)]
struct Stored {
    /// The file the plan belongs to; None for a plan never saved.
    path: Option<PathBuf>,
    /// When the copy was written, local time, as the officer reads it.
    time: String,
    plan: Plan,
}

/// A recovery copy found at start.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The copy itself (to remove once handled).
    pub file: PathBuf,
    pub path: Option<PathBuf>,
    pub time: String,
    pub plan: Plan,
}

/// The default folder: the platform's data folder for kehoach.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("vn", "kehoach", "kehoach")
        .map(|d| d.data_dir().join("recovery"))
}

/// The copy's file name for a document: one per plan file, or per session for a new plan.
pub fn file_for(dir: &Path, path: Option<&Path>) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match path {
        Some(p) => p.hash(&mut h),
        None => (std::process::id(), "moi").hash(&mut h),
    }
    dir.join(format!("{:016x}.ron", h.finish()))
}

pub fn write(file: &Path, path: Option<&Path>, plan: &Plan) -> Result<(), crate::io::FileError> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::io::FileError::Write {
            path: dir.to_path_buf(),
            reason: crate::io::error::io_reason(&e),
        })?;
    }
    let stored = Stored {
        path: path.map(Path::to_path_buf),
        time: chrono::Local::now()
            .format("%H:%M ngày %d/%m/%Y")
            .to_string(),
        plan: plan.clone(),
    };
    let text =
        ron::ser::to_string_pretty(&stored, crate::io::save::pretty_config()).map_err(|e| {
            crate::io::FileError::Write {
                path: file.to_path_buf(),
                reason: e.to_string(),
            }
        })?;
    crate::io::save::write_atomic(file, text.as_bytes())?;
    // No backup of a recovery copy.
    let _ = std::fs::remove_file(crate::io::backup_path(file));
    Ok(())
}

/// Every readable recovery copy in `dir` (unreadable ones are left alone).
pub fn list(dir: &Path) -> Vec<Recovered> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let file = e.path();
        if file.extension().and_then(|x| x.to_str()) != Some("ron") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let Ok(stored) = crate::io::load::options().from_str::<Stored>(&text) else {
            continue;
        };
        let mut plan = stored.plan;
        plan.assign_ids();
        out.push(Recovered {
            file,
            path: stored.path,
            time: stored.time,
            plan,
        });
    }
    out
}

pub fn remove(file: &Path) {
    let _ = std::fs::remove_file(file);
}
