//! What the commands that write a file from a plan share (`export`'s PDF,
//! `render`'s PNG): never onto the plan itself nor over a folder or a
//! device, written whole or not at all, and the same messages for each.

use crate::fonts::FontSet;
use crate::io;
use std::path::{Path, PathBuf};

/// The kind of file a command writes, in the words of its messages.
pub struct Output {
    /// "PDF", "ảnh PNG": "Không ghi được tệp PDF ...".
    pub kind: &'static str,
    /// What the command is doing to the plan: "xuất", "vẽ".
    pub verb: &'static str,
    /// The extension suggested instead of the plan's own name.
    pub ext: &'static str,
}

impl Output {
    /// Refuses, before any work, an output that is the plan itself (any
    /// spelling, a hard link) or that cannot be replaced (a folder, a device).
    pub fn check(&self, plan: &Path, path: &Path) -> Result<(), String> {
        if io::target::same_file(plan, path) {
            return Err(format!(
                "Tệp kết quả {} chính là tệp kế hoạch đang {}; ghi {} vào đó sẽ mất kế hoạch. Hãy chọn tên khác cho tệp {}, ví dụ {}.",
                path.display(),
                self.verb,
                self.kind,
                self.kind,
                plan.with_extension(self.ext).display()
            ));
        }
        io::target::check_replaceable(path).map_err(|e| e.to_string())
    }

    /// Writes beside and renames, so a failure leaves no half-written file.
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        io::save::write_atomic(path, bytes).map_err(|e| match e {
            io::FileError::Write { path, reason } => {
                format!(
                    "Không ghi được tệp {} {}: {reason}",
                    self.kind,
                    path.display()
                )
            }
            other => other.to_string(),
        })
    }
}

/// The bundled font, or the family in `dir`.
pub fn fonts(dir: Option<&PathBuf>) -> Result<FontSet, String> {
    match dir {
        Some(dir) => FontSet::from_dir(dir),
        None => FontSet::bundled(),
    }
    .map_err(|e| e.to_string())
}
