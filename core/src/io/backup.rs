//! `FILE.ron.bak`: the previous version of a plan, kept by every save.
//!
//! It is written the same way as the plan itself (a temporary file in the
//! same folder, synced, renamed over the old backup), so a full disk or a
//! crash leaves the old backup whole; and renaming replaces whatever sits at
//! the backup's name, a symbolic link included, instead of writing through it.

use super::atomic::{Staged, stage};
use std::path::{Path, PathBuf};

/// The backup path: "plan.ron" -> "plan.ron.bak".
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// A copy of the file at `path`, ready to be renamed over its backup; None
/// when there is no file yet.
pub(crate) fn stage_backup(path: &Path) -> std::io::Result<Option<Staged>> {
    let meta = match std::fs::metadata(path) {
        Ok(m) if m.is_file() => m,
        _ => return Ok(None),
    };
    let mut old = std::fs::File::open(path)?;
    let staged = stage(&backup_path(path), Some(meta.permissions()), |tmp| {
        std::io::copy(&mut old, tmp).map(|_| ())
    })?;
    Ok(Some(staged))
}
