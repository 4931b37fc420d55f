//! Replacing a file whole: the new content goes to a temporary file in the
//! same folder, is flushed and synced, then renamed over the destination. A
//! crash or a full disk at any moment leaves the old file or the new one,
//! never a mix, and a rename never writes through a symbolic link.

use super::backup::stage_backup;
use super::error::FileError;
use super::stale::remove_stale_temporaries;
use super::target::check_replaceable;
use std::fs::{File, Permissions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Our temporary files: `.kehoach-XXXXXX.tmp` (hidden, and recognisable
/// when a crash leaves one behind).
pub(crate) const TEMP_PREFIX: &str = ".kehoach-";
pub(crate) const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically, without a backup: for exported PDFs
/// and any other output that is not the plan itself. Re-exporting replaces
/// the file and leaves nothing beside it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    replace(path, bytes, false)
}

/// Writes `bytes` to `path` atomically; with `keep_backup`, the file it
/// replaces becomes `FILE.bak` first (written the same way).
pub(crate) fn replace(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), FileError> {
    check_replaceable(path)?;
    remove_stale_temporaries(&folder_of(path));
    let err = |e: std::io::Error| FileError::write(path, &e);
    let staged = stage(path, existing_permissions(path), |f| f.write_all(bytes)).map_err(err)?;
    if keep_backup && let Some(backup) = stage_backup(path).map_err(err)? {
        backup.commit().map_err(err)?;
    }
    staged.commit().map_err(err)
}

/// A complete, synced temporary file waiting to be renamed over `dest`.
pub(crate) struct Staged {
    tmp: tempfile::NamedTempFile,
    dest: PathBuf,
}

impl Staged {
    /// Renames the file over its destination, and makes the rename durable
    /// where the platform allows it.
    pub(crate) fn commit(self) -> std::io::Result<()> {
        let dir = folder_of(&self.dest);
        self.tmp.persist(&self.dest).map_err(|e| e.error)?;
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

/// Writes a temporary file beside `dest` with `fill`, flushed and synced,
/// with `perms` (those of the file it will replace) or, for a new file, the
/// permissions the user's umask gives any new document.
pub(crate) fn stage(
    dest: &Path,
    perms: Option<Permissions>,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> std::io::Result<Staged> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created 0666 the system applies the umask, as for any new file; a
        // replacement stays private until it gets the old file's permissions.
        let mode = if perms.is_some() { 0o600 } else { 0o666 };
        builder.permissions(Permissions::from_mode(mode));
    }
    let mut tmp = builder.tempfile_in(folder_of(dest))?;
    fill(tmp.as_file_mut())?;
    tmp.as_file_mut().flush()?;
    tmp.as_file().sync_all()?;
    if let Some(p) = perms {
        tmp.as_file().set_permissions(p)?;
    }
    Ok(Staged {
        tmp,
        dest: dest.to_path_buf(),
    })
}

fn existing_permissions(path: &Path) -> Option<Permissions> {
    std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions())
}

pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
