//! Where kehoach may write: a regular file or nothing yet. Renaming a PDF
//! over a device node, a FIFO or a folder would replace it, so these are
//! refused with a message, as is writing onto the file being read.

use super::error::{FileError, kind_of};
use std::path::Path;

/// Refuses a destination that exists and is not a regular file (a link is
/// judged by what it points to).
pub fn check_replaceable(path: &Path) -> Result<(), FileError> {
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => Err(FileError::NotAFileTarget {
            path: path.to_path_buf(),
            kind: kind_of(&m),
        }),
        _ => Ok(()),
    }
}

/// Whether two paths name the same file: the same path written differently,
/// a symbolic link or a hard link. False when either does not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}
