//! From bytes to text: what is not UTF-8 text is refused before parsing, with
//! a message that says what the file is (empty, UTF-16, binary, cut off in
//! the middle of a character) rather than a parser error.

use super::error::{Advice, FileError};
use std::path::Path;

/// The text of a plan file (without a UTF-8 byte order mark).
pub fn decode<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, FileError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FileError::Empty {
            path: path.to_path_buf(),
            backup: Default::default(),
        });
    }
    if is_utf16(bytes) {
        return Err(FileError::Utf16 {
            path: path.to_path_buf(),
        });
    }
    if bytes.contains(&0) {
        return Err(FileError::Binary {
            path: path.to_path_buf(),
            backup: Default::default(),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(t.strip_prefix('\u{feff}').unwrap_or(t)),
        Err(e) => {
            let (line, col) = line_col(&bytes[..e.valid_up_to()]);
            // No error length: the bytes stop inside a character.
            let (message, advice) = match e.error_len() {
                None => ("tệp kết thúc giữa một ký tự", Advice::CopyAgain),
                Some(_) => ("tệp không phải văn bản UTF-8", Advice::SaveAsUtf8),
            };
            Err(FileError::Parse {
                path: path.to_path_buf(),
                line,
                col,
                field: None,
                message: message.into(),
                advice,
                backup: Default::default(),
            })
        }
    }
}

/// A byte order mark, or text whose every other byte is zero (ASCII saved as
/// UTF-16 without a mark, as some Windows tools do).
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 8 {
        return false;
    }
    let half = head.len() / 2;
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let mostly = |n: usize| n * 2 >= half;
    let rarely = |n: usize| n * 10 <= half;
    (mostly(even) && rarely(odd)) || (mostly(odd) && rarely(even))
}

/// 1-based line and column at the end of `bytes`.
pub fn line_col(bytes: &[u8]) -> (usize, usize) {
    let line = 1 + bytes.iter().filter(|&&b| b == b'\n').count();
    let last = bytes
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let col = 1 + String::from_utf8_lossy(&bytes[last..]).chars().count();
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
    }

    #[test]
    fn utf16_with_or_without_a_mark_is_recognised() {
        let text = "(\n    version: 2,\n    year: 2025,\n)";
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(utf16le(text));
        assert!(is_utf16(&marked));
        assert!(is_utf16(&utf16le(text)));
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert!(is_utf16(&be));
        let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        assert!(!is_utf16(&binary));
        assert!(!is_utf16(text.as_bytes()));
    }
}
