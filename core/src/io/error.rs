//! File errors as values with a Vietnamese message that says what happened,
//! where (file, line, column, field) and what to do about it.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("Không đọc được tệp {path}: {reason}. Hãy kiểm tra tên tệp và quyền đọc.{backup}")]
    Read {
        path: PathBuf,
        reason: String,
        backup: Backup,
    },

    #[error(
        "{path} là {kind}, không phải một tệp thông thường; kehoach chỉ mở tệp kế hoạch .ron. Hãy chọn một tệp .ron."
    )]
    NotAFile { path: PathBuf, kind: &'static str },

    #[error(
        "Tệp {path} quá lớn ({size} byte, tối đa {limit} byte); kehoach không mở tệp này để tránh treo máy. Hãy kiểm tra đã chọn đúng tệp kế hoạch chưa.{backup}"
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
        backup: Backup,
    },

    #[error("Tệp {path} trống. Hãy chọn đúng tệp kế hoạch.{backup}")]
    Empty { path: PathBuf, backup: Backup },

    #[error(
        "Tệp {path} không phải tệp văn bản RON của kehoach (có dữ liệu nhị phân). Hãy chọn đúng tệp kế hoạch .ron.{backup}"
    )]
    Binary { path: PathBuf, backup: Backup },

    #[error(
        "Tệp {path} được lưu bằng mã UTF-16, kehoach chỉ đọc văn bản UTF-8. Hãy mở tệp trong một trình soạn thảo văn bản và lưu lại với mã hóa UTF-8."
    )]
    Utf16 { path: PathBuf },

    #[error(
        "{path}:{line}:{col}: {message}{}. {advice}{backup}",
        field_suffix(field)
    )]
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        field: Option<String>,
        message: String,
        advice: Advice,
        backup: Backup,
    },

    #[error(
        "Tệp {path} được tạo bởi phiên bản kehoach mới hơn (định dạng {found}, phiên bản này đọc được đến {supported}). Hãy cập nhật kehoach để mở tệp."
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error(
        "Tệp {path} có số phiên bản định dạng không hợp lệ ({found}). Hãy sửa dòng \"version\" ở đầu tệp (phiên bản hiện tại: {current}).{backup}"
    )]
    UnknownVersion {
        path: PathBuf,
        found: u32,
        current: u32,
        backup: Backup,
    },

    #[error("Không ghi được tệp {path}: {reason}. Tệp cũ vẫn còn nguyên.")]
    Write { path: PathBuf, reason: String },

    #[error(
        "Không ghi vào {path} được: đó là {kind}, không phải một tệp thông thường. Hãy chọn tên tệp khác."
    )]
    NotAFileTarget { path: PathBuf, kind: &'static str },

    #[error(
        "Không lưu được {path}: kế hoạch ghi ra sẽ dài {size} byte, quá giới hạn {limit} byte mà kehoach mở lại được. Tệp cũ vẫn còn nguyên. Hãy tách kế hoạch thành nhiều tệp hoặc bớt nội dung."
    )]
    TooLargeToSave {
        path: PathBuf,
        size: u64,
        limit: u64,
    },

    #[error(
        "Không lưu được {path}: {place} lồng nhau {depth} tầng, quá {limit} tầng mà kehoach mở lại được. Tệp cũ vẫn còn nguyên. Hãy đưa bớt các mục con lên tầng trên."
    )]
    TooDeepToSave {
        path: PathBuf,
        place: String,
        depth: usize,
        limit: usize,
    },
}

/// The previous version of a file, offered when the file itself cannot be
/// opened: the last save kept it as `FILE.ron.bak`. Boxed, to keep errors small.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Backup(pub Option<Box<Path>>);

impl fmt::Display for Backup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(p) => write!(
                f,
                " Bản sao lưu của lần lưu trước vẫn còn: có thể mở tệp {}.",
                p.display()
            ),
            None => Ok(()),
        }
    }
}

fn field_suffix(field: &Option<String>) -> String {
    match field {
        Some(f) if !f.is_empty() && f != "." => format!(" (tại trường {f})"),
        _ => String::new(),
    }
}

/// What to do after a parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// The place can be fixed by hand.
    Fix,
    /// The file stops before the plan does.
    CopyAgain,
    /// The bytes are not UTF-8.
    SaveAsUtf8,
}

impl fmt::Display for Advice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Advice::Fix => "Hãy sửa chỗ này bằng một trình soạn thảo văn bản.",
            Advice::CopyAgain => {
                "Có vẻ tệp bị cắt ngang (thường do sao chép, tải về hoặc lưu bị gián đoạn). Hãy chép lại tệp từ nơi gốc."
            }
            Advice::SaveAsUtf8 => {
                "Hãy mở tệp trong một trình soạn thảo văn bản và lưu lại với mã hóa UTF-8."
            }
        })
    }
}

impl FileError {
    /// Where the error points in the file, if anywhere.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            FileError::Parse { line, col, .. } => Some((*line, *col)),
            _ => None,
        }
    }

    pub(crate) fn read(path: &Path, e: &std::io::Error) -> FileError {
        FileError::Read {
            path: path.to_path_buf(),
            reason: io_reason(e),
            backup: Backup::default(),
        }
    }

    pub(crate) fn write(path: &Path, e: &std::io::Error) -> FileError {
        FileError::Write {
            path: path.to_path_buf(),
            reason: io_reason(e),
        }
    }

    /// Points a load error at `FILE.ron.bak` when that exists, so the
    /// message ends with a way back to the last good version.
    pub(crate) fn offering_backup(mut self, path: &Path) -> FileError {
        let bak = super::backup::backup_path(path);
        if !bak.is_file() {
            return self;
        }
        match &mut self {
            FileError::Read { backup, .. }
            | FileError::TooLarge { backup, .. }
            | FileError::Empty { backup, .. }
            | FileError::Binary { backup, .. }
            | FileError::Parse { backup, .. }
            | FileError::UnknownVersion { backup, .. } => {
                *backup = Backup(Some(bak.into_boxed_path()))
            }
            _ => {}
        }
        self
    }
}

/// What a file system entry is, in Vietnamese, when it is not a regular file.
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "một thư mục";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "một ống dẫn (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "một thiết bị";
        }
        if t.is_socket() {
            return "một socket";
        }
    }
    "một mục đặc biệt của hệ thống"
}

/// An I/O error in Vietnamese.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "không tìm thấy tệp hoặc thư mục".into(),
        PermissionDenied => "không có quyền truy cập".into(),
        AlreadyExists => "tệp đã tồn tại".into(),
        StorageFull => "ổ đĩa đã đầy".into(),
        ReadOnlyFilesystem => "ổ đĩa chỉ cho phép đọc".into(),
        IsADirectory => "đây là một thư mục, không phải tệp".into(),
        InvalidData => "dữ liệu không hợp lệ".into(),
        _ => format!("lỗi hệ thống ({e})"),
    }
}
