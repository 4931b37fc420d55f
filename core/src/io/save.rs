//! Saving a plan: a stable, readable RON text (fixed field order, pretty, one
//! item per line, so two versions diff well), refused when kehoach could not
//! read it back, written atomically with the previous file kept as
//! `FILE.ron.bak`.

use super::atomic::replace;
use super::error::FileError;
use super::load::MAX_FILE_SIZE;
use crate::model::Plan;
use crate::model::nesting::{self, MAX_DEPTH};
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use std::path::{Path, PathBuf};

pub use super::atomic::write_atomic;
pub use super::backup::backup_path;

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

/// Writes `plan` to `path` so that a crash or a full disk at any moment leaves
/// either the old file or the new one, never a mix, and the old one is kept
/// as `FILE.ron.bak`. A plan kehoach could not open again is not written.
pub fn save_atomic(path: &Path, plan: &Plan) -> Result<(), FileError> {
    readable_back(path, plan)?;
    let text = to_ron_string(plan).map_err(|e| match e {
        FileError::Write { reason, .. } => FileError::Write {
            path: path.to_path_buf(),
            reason,
        },
        other => other,
    })?;
    within_limit(path, text.len() as u64, MAX_FILE_SIZE)?;
    replace(path, text.as_bytes(), true)
}

/// Whatever kehoach writes it must read back: trees no deeper than loading
/// accepts.
fn readable_back(path: &Path, plan: &Plan) -> Result<(), FileError> {
    match nesting::too_deep(plan).into_iter().next() {
        Some(d) => Err(FileError::TooDeepToSave {
            path: path.to_path_buf(),
            place: format!("{} (tại {})", d.tree.label(), d.place),
            depth: d.depth,
            limit: MAX_DEPTH,
        }),
        None => Ok(()),
    }
}

/// ... and no larger than loading accepts.
fn within_limit(path: &Path, size: u64, limit: u64) -> Result<(), FileError> {
    if size > limit {
        return Err(FileError::TooLargeToSave {
            path: path.to_path_buf(),
            size,
            limit,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_over_the_limit_is_refused_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lon.ron");
        let err = within_limit(&path, 1001, 1000).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "Không lưu được {}: kế hoạch ghi ra sẽ dài 1001 byte, quá giới hạn 1000 byte mà kehoach mở lại được. Tệp cũ vẫn còn nguyên. Hãy tách kế hoạch thành nhiều tệp hoặc bớt nội dung.",
                path.display()
            )
        );
        assert!(within_limit(&path, 1000, 1000).is_ok());
    }
}
