//! The plan's tasks as one sheet for the province's task-tracking software:
//! every task with its computed number, lead and coordinating agencies (full
//! names, as the directory writes them), deadline and expected result,
//! grouped as the plan groups them.

use super::book::{Error, Written};
use super::sheet::{Formats, Sheet};
use crate::compose::{self, AppendixHead, Block, Options, Text};
use crate::fonts::FontSet;
use crate::layout;
use crate::model::format::number_line;
use crate::model::table::{Column, DataTable, TaskColumn};
use crate::model::{Appendix, Block as PlanBlock, Orientation, Plan, Table};
use rust_xlsxwriter::Workbook;

/// The sheet's name.
pub const SHEET: &str = "Nhiệm vụ";

/// The task list of `plan` as an .xlsx file of one sheet.
pub fn task_list(plan: &Plan, fonts: &FontSet) -> Result<Written, Error> {
    if plan.tasks.iter().all(|g| g.tasks.is_empty()) {
        return Err(Error::NoTasks);
    }
    // The tasks as an appendix table of every column would print them.
    let mut p = plan.clone();
    p.appendices = vec![Appendix {
        key: "nhiem-vu".into(),
        title: "DANH SÁCH NHIỆM VỤ".into(),
        orientation: Orientation::Landscape,
        blocks: vec![PlanBlock::Table(Table::Tasks(DataTable {
            // Every column a task has.
            columns: <TaskColumn as Column>::ALL.to_vec(),
            ..Default::default()
        }))],
        ..Default::default()
    }];
    let doc = compose::compose(&p, &Options::appendices(None));
    let shapes = layout::shapes(&doc, &p, fonts).tables;
    let table = doc
        .parts
        .iter()
        .flat_map(|part| &part.blocks)
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .ok_or(Error::NoTasks)?;
    let head = AppendixHead {
        label: "DANH SÁCH NHIỆM VỤ".into(),
        title: Text::plain(format!("Kế hoạch {}", plan.meta.title.as_str())),
        attached: Text::plain(format!("({}, năm {})", number_line(&plan.meta), plan.year)),
        unit: None,
        place: table.place.clone(),
    };
    let formats = Formats::new(plan.settings.table_size);
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(SHEET)?;
    Sheet {
        ws,
        formats: &formats,
        head: Some(&head),
        table,
        shape: &shapes.first().cloned().unwrap_or_default(),
    }
    .write()?;
    Ok(Written {
        bytes: book.save_to_buffer()?,
        sheets: vec![SHEET.to_string()],
    })
}
