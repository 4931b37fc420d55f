//! Loading a plan from RON: refuse what is not a plan file before parsing it,
//! read the format version, migrate older versions, and report parse errors
//! with line, column and field path.

use super::encoding::{decode, line_col};
use super::error::{Advice, FileError};
use super::migrate;
use super::read::{read_limited, too_large};
use super::ron_message::{may_mean_cut_off, ron_message};
use crate::model::{FORMAT_VERSION, Plan};
use ron::extensions::Extensions;
use ron::options::Options;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Plans are text; even 5.000 targets stay under 10 MB. A larger file is not a
/// plan, and parsing it could exhaust memory.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Deep nesting beyond this is refused instead of overflowing the stack.
const RECURSION_LIMIT: usize = 96;

pub(crate) fn options() -> Options {
    Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(RECURSION_LIMIT)
}

pub fn load_path(path: &Path) -> Result<Plan, FileError> {
    read_limited(path, MAX_FILE_SIZE)
        .and_then(|bytes| load_bytes(&bytes, path))
        .map_err(|e| e.offering_backup(path))
}

pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<Plan, FileError> {
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_large(path, bytes.len() as u64, MAX_FILE_SIZE));
    }
    load_str(decode(bytes, path)?, path)
}

/// Parses a plan from text; `path` only labels errors.
pub fn load_str(text: &str, path: &Path) -> Result<Plan, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let version = read_version(text, path)?;
    let mut plan = match version {
        v if v == FORMAT_VERSION => parse::<Plan>(text, path)?,
        1 => migrate::from_v1(parse::<migrate::PlanV1>(text, path)?),
        v if v > FORMAT_VERSION => {
            return Err(FileError::TooNew {
                path: path.to_path_buf(),
                found: v,
                supported: FORMAT_VERSION,
            });
        }
        v => {
            return Err(FileError::UnknownVersion {
                path: path.to_path_buf(),
                found: v,
                current: FORMAT_VERSION,
                backup: Default::default(),
            });
        }
    };
    plan.version = FORMAT_VERSION;
    normalize(&mut plan);
    plan.assign_ids();
    Ok(plan)
}

fn parse<T: serde::de::DeserializeOwned>(text: &str, path: &Path) -> Result<T, FileError> {
    let mut de = ron::Deserializer::from_str_with_options(text, &options())
        .map_err(|e| parse_error(text, path, e, None))?;
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        // serde_path_to_error writes "?" for a place it could not name.
        let field = e
            .path()
            .to_string()
            .trim_end_matches(".?")
            .trim_end_matches('?')
            .to_string();
        let code = e.into_inner();
        parse_error(text, path, de.span_error(code), Some(field))
    })?;
    de.end()
        .map_err(|code| parse_error(text, path, de.span_error(code), None))?;
    Ok(value)
}

/// A parse error with its place. An error where the text stops means the file
/// stops before the plan does: it was cut off, and says so.
fn parse_error(
    text: &str,
    path: &Path,
    e: ron::error::SpannedError,
    field: Option<String>,
) -> FileError {
    let cut = matches!(
        e.code,
        ron::Error::Eof | ron::Error::ExpectedStringEnd | ron::Error::UnclosedBlockComment
    ) || (may_mean_cut_off(&e.code) && e.span.end >= end_of_content(text));
    let message = match (&e.code, cut) {
        (ron::Error::ExpectedStringEnd, true) => {
            "tệp kết thúc giữa một chuỗi (chuỗi thiếu dấu nháy kép \" đóng)".to_string()
        }
        (ron::Error::UnclosedBlockComment, true) => {
            "tệp kết thúc giữa một ghi chú /* ... */".to_string()
        }
        (_, true) => ron_message(&ron::Error::Eof),
        (code, false) => ron_message(code),
    };
    FileError::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        field,
        message,
        advice: if cut { Advice::CopyAgain } else { Advice::Fix },
        backup: Default::default(),
    }
}

/// ron's position just after the last character that is not whitespace.
fn end_of_content(text: &str) -> ron::error::Position {
    let (line, col) = line_col(text.trim_end().as_bytes());
    ron::error::Position { line, col }
}

/// The `version: N` field. Written first by kehoach, so a short scan finds
/// it without parsing a large file twice; otherwise a lenient full parse.
fn read_version(text: &str, path: &Path) -> Result<u32, FileError> {
    if let Some(v) = scan_version(text) {
        return Ok(v);
    }
    // Named like the plan, so a misnamed top level reads "Plan" in the message.
    #[derive(serde::Deserialize)]
    #[serde(rename = "Plan")]
    struct Envelope {
        version: u32,
    }
    parse::<Envelope>(text, path).map(|e| e.version)
}

fn scan_version(text: &str) -> Option<u32> {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#!"));
    let first = lines.next()?;
    // "(" or "Plan(" opens the plan; the version must be its first field.
    let rest = first
        .strip_suffix('(')
        .or_else(|| first.strip_prefix('(').map(|_| ""))?;
    if !(rest.is_empty() || rest == "Plan" || first.starts_with('(')) {
        return None;
    }
    let line = if first.starts_with('(') && first.len() > 1 {
        first[1..].trim()
    } else {
        lines.next()?
    };
    let v = line
        .strip_prefix("version")?
        .trim_start()
        .strip_prefix(':')?
        .trim();
    let digits: String = v.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after = v[digits.len()..].trim();
    if digits.is_empty() || !(after.is_empty() || after.starts_with(',') || after.starts_with(')'))
    {
        return None;
    }
    digits.parse().ok()
}

/// Text may arrive decomposed (e + U+0302 + U+0301) from some input methods
/// and PDF copy-paste; the model keeps it composed (NFC) so that search,
/// fields and fonts see one character.
fn normalize(plan: &mut Plan) {
    crate::model::text_walk::for_each_string_mut(plan, &mut |s| {
        if !unicode_normalization::is_nfc_quick(s.chars())
            .eq(&unicode_normalization::IsNormalized::Yes)
        {
            *s = s.nfc().collect();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_version_at_the_top() {
        assert_eq!(
            scan_version("#![enable(implicit_some)]\n(\n    version: 2,\n"),
            Some(2)
        );
        assert_eq!(scan_version("Plan(\n  version: 1,"), Some(1));
        assert_eq!(scan_version("(version: 3, year: 2024)"), Some(3));
        assert_eq!(scan_version("(\n year: 2024,\n version: 2)"), None);
    }
}
