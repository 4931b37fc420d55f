//! Temporary files left by a kehoach that crashed or was killed mid-save.
//! They pile up beside the plans, so a save removes its own stale ones:
//! only our name pattern, only regular files (a link is never followed),
//! and only old ones, so another kehoach saving into the folder right now
//! keeps its file.

use super::atomic::{TEMP_PREFIX, TEMP_SUFFIX};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// Far longer than any save takes, even of the largest plan on a slow disk.
pub const STALE_AFTER: Duration = Duration::from_secs(15 * 60);

/// Removes `.kehoach-*.tmp` regular files older than [`STALE_AFTER`] from
/// `dir`. Best effort: whatever cannot be read or removed is left.
pub(crate) fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if !is_ours(name) {
            continue;
        }
        let path = entry.path();
        // symlink_metadata: a link is judged as a link, never by its target.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if meta.file_type().is_file() && old {
            // Removing a name never touches another file, even if it was
            // swapped for a link since it was looked at.
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn is_ours(name: &str) -> bool {
    name.len() > TEMP_PREFIX.len() + TEMP_SUFFIX.len()
        && name.starts_with(TEMP_PREFIX)
        && name.ends_with(TEMP_SUFFIX)
}
