//! Reading a plan file: only a regular file, and never more than the limit,
//! whatever the file claims to be. `/dev/zero` or a FIFO named as a plan
//! would otherwise be read until memory runs out (or wait forever).

use super::error::{FileError, kind_of};
use std::io::Read;
use std::path::Path;

/// The bytes of the regular file at `path`, refused when over `limit`.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    // Ask before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(|e| FileError::read(path, &e))?;
    regular(path, &meta, limit)?;
    let file = std::fs::File::open(path).map_err(|e| FileError::read(path, &e))?;
    // The name may point elsewhere by now; the open file is what gets read.
    let meta = file.metadata().map_err(|e| FileError::read(path, &e))?;
    regular(path, &meta, limit)?;
    let capacity = usize::try_from(meta.len().min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity.saturating_add(1));
    // A file may grow while it is read, or report no size at all (/proc).
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::read(path, &e))?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(too_large(path, read.max(meta.len()), limit));
    }
    Ok(bytes)
}

fn regular(path: &Path, meta: &std::fs::Metadata, limit: u64) -> Result<(), FileError> {
    if !meta.is_file() {
        return Err(FileError::NotAFile {
            path: path.to_path_buf(),
            kind: kind_of(meta),
        });
    }
    if meta.len() > limit {
        return Err(too_large(path, meta.len(), limit));
    }
    Ok(())
}

pub(crate) fn too_large(path: &Path, size: u64, limit: u64) -> FileError {
    FileError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
        backup: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_longer_than_it_claims_is_read_only_to_the_limit() {
        // /proc files report a size of 0 and are read as far as they go.
        let path = Path::new("/proc/self/maps");
        assert_eq!(std::fs::metadata(path).unwrap().len(), 0);
        let err = read_limited(path, 10).unwrap_err();
        assert!(
            matches!(
                err,
                FileError::TooLarge {
                    size: 11,
                    limit: 10,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(read_limited(path, 1 << 20).is_ok());
    }
}
