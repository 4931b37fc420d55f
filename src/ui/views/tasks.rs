//! Nhiệm vụ: task groups and their (nested) tasks as one virtualised table.
//! Numbers are computed (1, 2 … across groups; 1.1, 1.2 for subtasks), and
//! every command finds its list through the owner's id (`TaskParent`), so an
//! undo after a reorder or an indent edits the right list.

use super::row_menu::{self, Position};
use super::targets::agencies;
use super::wide_table::{Width, wide_table};
use crate::model::numbering::roman;
use crate::model::{Id, Plan, Rich, Task, TaskGroup, TaskParent};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, At, Command};
use crate::ui::widgets::{rich, text};
use egui::Ui;
use std::rc::Rc;

#[derive(Default)]
pub struct State {
    /// Scroll to this task on the next frame (after an insert).
    pub scroll_to: Option<Id>,
}

/// Left margin per nesting level of a task name.
const INDENT: f32 = 18.0;

fn group_list() -> Access<Vec<TaskGroup>> {
    Rc::new(|p: &mut Plan| Some(&mut p.tasks))
}

fn list(parent: TaskParent) -> Access<Vec<Task>> {
    Rc::new(move |p: &mut Plan| p.task_list_mut(parent))
}

/// Picks one text of a task.
type TextOf = fn(&mut Task) -> &mut String;

fn field(id: Id, f: TextOf) -> Access<String> {
    Rc::new(move |p: &mut Plan| p.task_mut(id).map(f))
}

#[derive(Clone)]
enum Row {
    Group {
        gi: usize,
    },
    Task {
        gi: usize,
        parent: TaskParent,
        index: usize,
        depth: usize,
        number: String,
    },
}

/// Flattens a list of tasks depth first, numbering as the printed table does.
fn push_tasks(
    rows: &mut Vec<Row>,
    tasks: &[Task],
    at: (usize, TaskParent),
    prefix: Option<&str>,
    depth: usize,
    counter: &mut usize,
) {
    let (gi, parent) = at;
    for (index, t) in tasks.iter().enumerate() {
        let number = match prefix {
            None => {
                *counter += 1;
                counter.to_string()
            }
            Some(p) => format!("{p}.{}", index + 1),
        };
        rows.push(Row::Task {
            gi,
            parent,
            index,
            depth,
            number: number.clone(),
        });
        push_tasks(
            rows,
            &t.subtasks,
            (gi, TaskParent::Task(t.id)),
            Some(&number),
            depth + 1,
            counter,
        );
    }
}

fn rows_of(plan: &Plan) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut counter = 0;
    for (gi, g) in plan.tasks.iter().enumerate() {
        rows.push(Row::Group { gi });
        push_tasks(
            &mut rows,
            &g.tasks,
            (gi, TaskParent::Group(g.id)),
            None,
            0,
            &mut counter,
        );
    }
    rows
}

/// The task a row shows, found again this frame.
fn row_task(plan: &mut Plan, parent: TaskParent, index: usize) -> Option<Task> {
    plan.task_list_mut(parent)?.get(index).cloned()
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State) {
    ui.horizontal(|ui| {
        ui.heading("Nhiệm vụ");
    });
    ui.horizontal(|ui| {
        super::paste::button(ui, super::paste::Into::Tasks);
        if ui.button("+ Thêm nhóm nhiệm vụ").clicked() {
            let id = doc.fresh_id();
            let n = doc.plan.tasks.len();
            let g = TaskGroup {
                id,
                name: Rich::new(format!("NHÓM NHIỆM VỤ {}", n + 1)),
                tasks: Vec::new(),
            };
            doc.edit(Command::insert_row(
                "Thêm nhóm nhiệm vụ",
                group_list(),
                At::End,
                g,
            ));
        }
        let count: usize = doc
            .plan
            .tasks
            .iter()
            .flat_map(|g| &g.tasks)
            .map(Task::count)
            .sum();
        ui.label(format!("{} nhóm, {count} nhiệm vụ", doc.plan.tasks.len()));
    });
    ui.add_space(4.0);

    let rows = rows_of(&doc.plan);
    let scroll_row = state.scroll_to.take().and_then(|id| {
        let found = doc.plan.task_position(id)?;
        rows.iter().position(
            |r| matches!(r, Row::Task { parent, index, .. } if (*parent, *index) == found),
        )
    });
    let cols = [
        Width::Exact(48.0),
        Width::Rest(220.0),
        Width::Exact(140.0),
        Width::Exact(140.0),
        Width::Exact(110.0),
        Width::Exact(160.0),
        Width::Exact(120.0),
        Width::Exact(130.0),
        Width::Exact(34.0),
    ];
    wide_table(ui, "tasks", &cols, |table| {
        let mut table = table.id_salt("tasks").striped(true);
        if let Some(r) = scroll_row {
            table = table.scroll_to_row(r, Some(egui::Align::Center));
        }
        table
            .header(22.0, |mut h| {
                for t in [
                    "STT",
                    "Tên nhiệm vụ",
                    "Đơn vị chủ trì",
                    "Đơn vị phối hợp",
                    "Thời gian",
                    "Dự kiến kết quả",
                    "Ghi chú",
                    "Tiến độ",
                    "",
                ] {
                    h.col(|ui| {
                        ui.strong(t);
                    });
                }
            })
            .body(|body| {
                body.rows(26.0, rows.len(), |mut row| {
                    let Some(r) = rows.get(row.index()).cloned() else {
                        return;
                    };
                    match r {
                        Row::Group { gi } => group_row(&mut row, doc, state, gi),
                        Row::Task {
                            gi,
                            parent,
                            index,
                            depth,
                            number,
                        } => {
                            let Some(t) = row_task(&mut doc.plan, parent, index) else {
                                return;
                            };
                            let at = Place { gi, parent, index };
                            task_row(&mut row, doc, state, at, &t, depth, &number);
                        }
                    }
                });
            });
    });
}

fn group_row(row: &mut egui_extras::TableRow<'_, '_>, doc: &mut Doc, state: &mut State, gi: usize) {
    let Some(g) = doc.plan.tasks.get(gi).cloned() else {
        return;
    };
    let gid = g.id;
    let count = doc.plan.tasks.len();
    row.col(|ui| {
        ui.strong(roman(gi + 1));
    });
    row.col(|ui| {
        let access: Access<Rich> =
            Rc::new(move |p: &mut Plan| p.task_group_mut(gid).map(|g| &mut g.name));
        rich(
            ui,
            doc,
            "Tên nhóm nhiệm vụ",
            format!("tg{}.name", gid.0),
            access,
            ui.available_width(),
            false,
        );
    });
    for _ in 0..5 {
        row.col(|_| {});
    }
    row.col(|ui| {
        let added = row_menu::add_button(
            ui,
            doc,
            list(TaskParent::Group(gid)),
            "+ Nhiệm vụ",
            Some("Thêm nhiệm vụ vào cuối nhóm"),
        );
        if added.is_some() {
            state.scroll_to = added;
        }
    });
    row.col(|ui| {
        row_menu::group_menu(
            ui,
            doc,
            group_list(),
            Position {
                index: gi,
                len: count,
            },
            &g,
            "nhóm nhiệm vụ",
            "Xóa nhóm và các nhiệm vụ của nhóm",
        );
    });
}

/// Where a task row sits this frame.
#[derive(Clone, Copy)]
struct Place {
    gi: usize,
    parent: TaskParent,
    index: usize,
}

fn task_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    doc: &mut Doc,
    state: &mut State,
    at: Place,
    t: &Task,
    depth: usize,
    number: &str,
) {
    let id = t.id;
    let key = |name: &str| format!("k{}.{name}", id.0);
    row.col(|ui| {
        ui.label(number);
    });
    row.col(|ui| {
        // Cells stack vertically; the indent needs a horizontal run.
        ui.horizontal(|ui| {
            ui.add_space(INDENT * depth as f32);
            text(
                ui,
                doc,
                "Tên nhiệm vụ",
                key("name"),
                field(id, |t| &mut t.name.0),
                ui.available_width(),
                false,
            );
        });
    });
    row.col(|ui| {
        agencies(
            ui,
            doc,
            "Đơn vị chủ trì",
            &key("lead"),
            Rc::new(move |p: &mut Plan| p.task_mut(id).map(|t| &mut t.lead)),
        );
    });
    row.col(|ui| {
        agencies(
            ui,
            doc,
            "Đơn vị phối hợp",
            &key("coord"),
            Rc::new(move |p: &mut Plan| p.task_mut(id).map(|t| &mut t.coordinating)),
        );
    });
    let cells: [(&str, &str, TextOf); 4] = [
        ("Thời gian", "deadline", |t| &mut t.deadline),
        ("Dự kiến kết quả", "result", |t| &mut t.result.0),
        ("Ghi chú", "note", |t| &mut t.note.0),
        ("Tiến độ", "progress", |t| &mut t.progress),
    ];
    for (label, name, f) in cells {
        row.col(|ui| {
            text(
                ui,
                doc,
                label,
                key(name),
                field(id, f),
                ui.available_width(),
                false,
            );
        });
    }
    row.col(|ui| {
        let n = doc.plan.task_list_mut(at.parent).map_or(0, |l| l.len());
        let pos = Position {
            index: at.index,
            len: n,
        };
        let nest = |ui: &mut Ui, doc: &mut Doc| nest_entries(ui, doc, state, at, t);
        let created = row_menu::show(ui, doc, list(at.parent), pos, t, nest);
        if created.is_some() {
            state.scroll_to = created;
        }
    });
    super::note_focus(doc, &row.response(), id);
}

/// Indent, outdent and move to another group: the task takes its subtasks along.
fn nest_entries(ui: &mut Ui, doc: &mut Doc, state: &mut State, at: Place, t: &Task) {
    let Place { gi, parent, index } = at;
    let here = list(parent);
    ui.separator();
    // Indent: the task becomes the last subtask of the task just above it.
    let above = index
        .checked_sub(1)
        .and_then(|i| doc.plan.task_list_mut(parent)?.get(i).map(|s| s.id));
    if ui
        .add_enabled(
            above.is_some(),
            egui::Button::new("Thụt vào (làm nhiệm vụ con)"),
        )
        .on_hover_text("Làm nhiệm vụ con của nhiệm vụ ngay phía trên")
        .clicked()
        && let Some(prev) = above
    {
        doc.edit(row_menu::move_between(
            "Thụt nhiệm vụ vào",
            here.clone(),
            list(TaskParent::Task(prev)),
            At::End,
            t,
        ));
        state.scroll_to = Some(t.id);
    }
    // Outdent: the task follows its parent, in the parent's list.
    let outer = match parent {
        TaskParent::Task(pid) => doc.plan.task_position(pid).map(|(grand, _)| (grand, pid)),
        TaskParent::Group(_) => None,
    };
    if ui
        .add_enabled(
            outer.is_some(),
            egui::Button::new("Đưa ra (ngang cấp nhiệm vụ cha)"),
        )
        .on_hover_text("Đưa lên cùng cấp, ngay sau nhiệm vụ cha")
        .clicked()
        && let Some((grand, pid)) = outer
    {
        doc.edit(row_menu::move_between(
            "Đưa nhiệm vụ ra",
            here.clone(),
            list(grand),
            At::After(pid),
            t,
        ));
        state.scroll_to = Some(t.id);
    }
    let others: Vec<(usize, Id, String)> = doc
        .plan
        .tasks
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != gi || matches!(parent, TaskParent::Task(_)))
        .map(|(i, g)| (i, g.id, g.name.as_str().to_string()))
        .collect();
    if !others.is_empty() {
        ui.menu_button("Chuyển sang nhóm", |ui| {
            for (i, to, name) in others {
                if ui.button(format!("{}. {}", roman(i + 1), name)).clicked() {
                    doc.edit(row_menu::move_between(
                        "Chuyển nhiệm vụ sang nhóm khác",
                        here.clone(),
                        list(TaskParent::Group(to)),
                        At::End,
                        t,
                    ));
                    state.scroll_to = Some(t.id);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_run_across_groups_and_nest() {
        let mut p = Plan::new(2025);
        let task = |id: u32, subtasks: Vec<Task>| Task {
            id: Id(id),
            subtasks,
            ..Default::default()
        };
        p.tasks = vec![
            TaskGroup {
                id: Id(1),
                tasks: vec![task(
                    2,
                    vec![task(3, vec![task(4, vec![])]), task(5, vec![])],
                )],
                ..Default::default()
            },
            TaskGroup {
                id: Id(6),
                tasks: vec![task(7, vec![])],
                ..Default::default()
            },
        ];
        let numbers: Vec<String> = rows_of(&p)
            .into_iter()
            .map(|r| match r {
                Row::Group { gi } => roman(gi + 1),
                Row::Task { number, .. } => number,
            })
            .collect();
        assert_eq!(numbers, ["I", "1", "1.1", "1.1.1", "1.2", "II", "2"]);
    }
}
