//! The workbook of a plan's appendix tables: which tables, their sheets'
//! names, the bytes.

use super::sheet::{Formats, Sheet};
use crate::compose::{self, AppendixHead, Block, Options};
use crate::fonts::FontSet;
use crate::layout;
use crate::model::Plan;
use rust_xlsxwriter::{Workbook, XlsxError};
use std::fmt;

/// Why no workbook was made.
#[derive(Debug)]
pub enum Error {
    /// The plan (or the appendices chosen) has no table to write.
    NoTable,
    /// The plan has no task for a task list.
    NoTasks,
    /// A form for an agency not in the directory: the key, and the
    /// directory's entries as lines.
    UnknownAgency(String, String),
    /// The agency leads nothing a form would ask about.
    NothingToFill(String),
    /// A workbook that could not be read.
    Unreadable(String),
    /// The writer refused (a table beyond Excel's limits, say).
    Writer(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoTable => write!(
                f,
                "Kế hoạch không có bảng phụ lục nào để xuất ra Excel (chỉ các bảng của phụ lục được xuất)."
            ),
            Error::NoTasks => write!(f, "Kế hoạch chưa có nhiệm vụ nào để xuất danh sách."),
            Error::UnknownAgency(key, list) => write!(
                f,
                "Không có cơ quan \"{key}\" trong danh mục của kế hoạch. Các cơ quan:\n{list}"
            ),
            Error::NothingToFill(name) => write!(
                f,
                "{name} không chủ trì chỉ tiêu, nhiệm vụ, dự án hay nhiệm vụ chi nào của kế hoạch: biểu mẫu không có gì để điền."
            ),
            Error::Writer(e) => write!(f, "Không tạo được tệp Excel: {e}"),
            Error::Unreadable(e) => write!(f, "Không đọc được tệp Excel: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<XlsxError> for Error {
    fn from(e: XlsxError) -> Error {
        Error::Writer(e.to_string())
    }
}

/// A workbook written: its bytes and its sheets' names.
pub struct Written {
    pub bytes: Vec<u8>,
    pub sheets: Vec<String>,
}

/// The appendix tables of `plan` (those `opts` selects) as an .xlsx file:
/// one sheet per table, named after its appendix ("Phụ lục II", "Phụ lục
/// II (2)" for a second table of the same appendix).
pub fn appendix_tables(plan: &Plan, fonts: &FontSet, opts: &Options) -> Result<Written, Error> {
    let opts = Options {
        plan: false,
        decision: false,
        submission: false,
        ..opts.clone()
    };
    let doc = compose::compose(plan, &opts);
    let shapes = layout::shapes(&doc, plan, fonts).tables;
    let formats = Formats::new(plan.settings.table_size);
    let mut book = Workbook::new();
    let mut tables = 0;
    let mut names: Vec<String> = Vec::new();
    for part in &doc.parts {
        let mut head: Option<&AppendixHead> = None;
        let mut in_part = 0;
        for block in &part.blocks {
            match block {
                Block::AppendixHead(h) => head = Some(h),
                Block::Table(t) => {
                    let shape = shapes.get(tables).cloned().unwrap_or_default();
                    tables += 1;
                    in_part += 1;
                    let base = head.map_or("Bảng".to_string(), |h| h.label.clone());
                    let name = unique(&names, &sheet_name(&base, in_part));
                    names.push(name.clone());
                    let ws = book.add_worksheet();
                    ws.set_name(&name)?;
                    Sheet {
                        ws,
                        formats: &formats,
                        // The title rows once, over the appendix's first table.
                        head: head.filter(|_| in_part == 1),
                        table: t,
                        shape: &shape,
                    }
                    .write()?;
                }
                _ => {}
            }
        }
    }
    if tables == 0 {
        return Err(Error::NoTable);
    }
    Ok(Written {
        bytes: book.save_to_buffer()?,
        sheets: names,
    })
}

/// "Phụ lục II", "Phụ lục II (2)": within Excel's 31 characters, without
/// the characters a sheet name cannot hold.
fn sheet_name(base: &str, n: usize) -> String {
    let clean: String = base
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let suffix = if n > 1 {
        format!(" ({n})")
    } else {
        String::new()
    };
    let room = 31usize.saturating_sub(suffix.chars().count());
    let mut name: String = clean.trim().chars().take(room).collect();
    if name.is_empty() {
        name = "Bảng".into();
    }
    name + &suffix
}

/// A name no sheet has yet (Excel compares them ignoring case).
fn unique(taken: &[String], name: &str) -> String {
    let free = |n: &str| !taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    if free(name) {
        return name.to_string();
    }
    (2..)
        .map(|k| {
            let suffix = format!(" ({k})");
            let keep = 31usize.saturating_sub(suffix.chars().count());
            name.chars().take(keep).collect::<String>() + &suffix
        })
        .find(|n| free(n))
        .unwrap_or_else(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        assert_eq!(sheet_name("Phụ lục II", 1), "Phụ lục II");
        assert_eq!(sheet_name("Phụ lục II", 2), "Phụ lục II (2)");
        assert_eq!(sheet_name("a/b[c]", 1), "a-b-c-");
        assert!(sheet_name(&"x".repeat(40), 3).chars().count() <= 31);
        assert_eq!(sheet_name("  ", 1), "Bảng");
        let taken = vec!["Bảng".to_string()];
        assert_eq!(unique(&taken, "bảng"), "bảng (2)");
    }
}
