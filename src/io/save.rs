//! Saving: a stable, readable RON text (fixed field order, pretty, one item
//! per line, so two versions diff well) written atomically beside the target,
//! with the previous file kept as `FILE.ron.bak`.

use super::error::FileError;
use crate::model::Plan;
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn pretty_config() -> PrettyConfig {
    PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
}

pub fn to_ron_string(plan: &Plan) -> Result<String, FileError> {
    let mut s =
        ron::ser::to_string_pretty(plan, pretty_config()).map_err(|e| FileError::Write {
            path: PathBuf::new(),
            reason: format!("không chuyển được kế hoạch thành RON ({e})"),
        })?;
    s.push('\n');
    Ok(s)
}

/// The backup path: "plan.ron" -> "plan.ron.bak".
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `plan` to `path` so that a crash or a full disk at any moment leaves
/// either the old file or the new one, never a mix: write a temporary file in
/// the same folder, flush and sync it, keep the old file as `.bak`, then rename.
pub fn save_atomic(path: &Path, plan: &Plan) -> Result<(), FileError> {
    let text = to_ron_string(plan).map_err(|e| match e {
        FileError::Write { reason, .. } => FileError::Write {
            path: path.to_path_buf(),
            reason,
        },
        other => other,
    })?;
    write_atomic(path, text.as_bytes())
}

/// The atomic write itself, shared with every other file kehoach writes.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let err = |e: std::io::Error| FileError::write(path, &e);
    let mut tmp = tempfile::Builder::new()
        .prefix(".kehoach-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.flush().map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    // The temporary file is private (0600); the saved file keeps the
    // permissions of the one it replaces, or gets the usual ones.
    let perms = match std::fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => default_permissions(tmp.as_file()).map_err(err)?,
    };
    tmp.as_file().set_permissions(perms).map_err(err)?;
    if path.is_file() {
        std::fs::copy(path, backup_path(path)).map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    // Make the rename itself durable where the platform allows it.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn default_permissions(_tmp: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(tmp: &std::fs::File) -> std::io::Result<std::fs::Permissions> {
    // Elsewhere a fresh temporary file already has ordinary permissions.
    tmp.metadata().map(|m| m.permissions())
}
