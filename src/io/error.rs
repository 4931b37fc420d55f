//! File errors as values with a Vietnamese message and the place to act on:
//! the file, the line and column, the field.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("Không đọc được tệp {path}: {reason}")]
    Read { path: PathBuf, reason: String },

    #[error(
        "Tệp {path} quá lớn ({size} byte, tối đa {limit} byte); kehoach không mở tệp này để tránh treo máy"
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },

    #[error("Tệp {path} trống")]
    Empty { path: PathBuf },

    #[error("Tệp {path} không phải tệp văn bản RON của kehoach (có dữ liệu nhị phân)")]
    Binary { path: PathBuf },

    #[error("{path}:{line}:{col}: {message}{}", field_suffix(field))]
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        field: Option<String>,
        message: String,
    },

    #[error(
        "Tệp {path} được tạo bởi phiên bản kehoach mới hơn (định dạng {found}, phiên bản này đọc được đến {supported}). Hãy cập nhật kehoach để mở tệp."
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error("Tệp {path} có số phiên bản định dạng không hợp lệ ({found})")]
    UnknownVersion { path: PathBuf, found: u32 },

    #[error("Không ghi được tệp {path}: {reason}. Tệp cũ vẫn còn nguyên.")]
    Write { path: PathBuf, reason: String },
}

fn field_suffix(field: &Option<String>) -> String {
    match field {
        Some(f) if !f.is_empty() && f != "." => format!(" (tại trường {f})"),
        _ => String::new(),
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

    pub(crate) fn read(path: &std::path::Path, e: &std::io::Error) -> FileError {
        FileError::Read {
            path: path.to_path_buf(),
            reason: io_reason(e),
        }
    }

    pub(crate) fn write(path: &std::path::Path, e: &std::io::Error) -> FileError {
        FileError::Write {
            path: path.to_path_buf(),
            reason: io_reason(e),
        }
    }
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

/// ron's error codes in Vietnamese. The field path comes separately.
pub fn ron_message(e: &ron::Error) -> String {
    use ron::Error as E;
    match e {
        E::Eof => "tệp kết thúc đột ngột (thiếu phần cuối?)".into(),
        E::ExpectedArray => "cần một danh sách [ ... ]".into(),
        E::ExpectedArrayEnd => "thiếu dấu ] đóng danh sách".into(),
        E::ExpectedBoolean => "cần giá trị true hoặc false".into(),
        E::ExpectedComma => "thiếu dấu phẩy".into(),
        E::ExpectedInteger => "cần một số nguyên".into(),
        E::ExpectedOption => "cần Some(...) hoặc None".into(),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => "thiếu dấu ) đóng".into(),
        E::ExpectedStructLike => "cần một cấu trúc ( ... )".into(),
        E::ExpectedString | E::ExpectedStringEnd => {
            "cần một chuỗi trong dấu nháy kép \"...\"".into()
        }
        E::ExpectedIdentifier => "cần tên trường hoặc tên loại".into(),
        E::ExpectedFloat => "cần một số".into(),
        E::ExpectedMapColon => "thiếu dấu hai chấm".into(),
        E::TrailingCharacters => "có ký tự thừa sau phần cuối của kế hoạch".into(),
        E::ExceededRecursionLimit => "cấu trúc lồng nhau quá sâu".into(),
        E::NoSuchStructField {
            found, expected, ..
        } => format!(
            "trường \"{found}\" không có ở đây; các trường hợp lệ: {}",
            expected.join(", ")
        ),
        E::MissingStructField { field, .. } => format!("thiếu trường bắt buộc \"{field}\""),
        E::DuplicateStructField { field, .. } => format!("trường \"{field}\" xuất hiện hai lần"),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => format!(
            "giá trị \"{found}\" không hợp lệ; dùng một trong: {}",
            expected.join(", ")
        ),
        E::InvalidValueForType { expected, found } => {
            format!("giá trị không đúng kiểu: cần {expected}, gặp {found}")
        }
        E::Utf8Error(_) => "tệp không phải văn bản UTF-8".into(),
        E::Message(m) => m.clone(),
        other => format!("lỗi cú pháp RON ({other})"),
    }
}
