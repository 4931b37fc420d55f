//! A free table (e.g. the DTI ranking): its columns (title, alignment, order)
//! and its rows in a virtualised grid. Rows carry stable ids so that typing
//! in a cell while rows move keeps the text in its row.

use super::appendix_table::choice;
use crate::model::{Align, FreeColumn, FreeRow, FreeTable, Id, Plan, Rich, RowKind};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, At, Command};
use crate::ui::widgets::{nfc, rich};
use egui::Ui;
use egui_extras::{Column, TableBuilder};
use std::rc::Rc;

fn whole(aid: Id, bi: usize) -> Access<FreeTable> {
    Rc::new(move |p: &mut Plan| p.appendix_free_table_mut(aid, bi))
}

fn rows(aid: Id, bi: usize) -> Access<Vec<FreeRow>> {
    Rc::new(move |p: &mut Plan| p.appendix_free_table_mut(aid, bi).map(|t| &mut t.rows))
}

/// A column change touches every row's cells too, so it replaces the table
/// as one undo step.
fn change(
    doc: &mut Doc,
    label: &str,
    aid: Id,
    bi: usize,
    old: &FreeTable,
    f: impl FnOnce(&mut FreeTable),
) {
    let mut new = old.clone();
    f(&mut new);
    doc.edit(Command::set(
        label.to_string(),
        whole(aid, bi),
        old.clone(),
        new,
    ));
}

pub fn show(ui: &mut Ui, doc: &mut Doc, aid: Id, bi: usize) {
    let Some(t) = doc.plan.appendix_free_table_mut(aid, bi).cloned() else {
        return;
    };
    let salt = |name: &str| format!("pl{}.b{bi}.{name}", aid.0);
    ui.add_space(4.0);
    ui.label("Các cột:");
    let n = t.columns.len();
    egui::Grid::new(salt("free-cols"))
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for ci in 0..n {
                ui.label(format!("Cột {}", ci + 1));
                ui.horizontal(|ui| {
                    rich(
                        ui,
                        doc,
                        &format!("Tiêu đề cột {}", ci + 1),
                        salt(&format!("c{ci}.title")),
                        Rc::new(move |p: &mut Plan| {
                            p.appendix_free_table_mut(aid, bi)
                                .and_then(|t| t.columns.get_mut(ci))
                                .map(|c| &mut c.title)
                        }),
                        260.0,
                        false,
                    );
                    choice(
                        ui,
                        doc,
                        &format!("Căn lề cột {}", ci + 1),
                        salt(&format!("c{ci}.align")),
                        Rc::new(move |p: &mut Plan| {
                            p.appendix_free_table_mut(aid, bi)
                                .and_then(|t| t.columns.get_mut(ci))
                                .map(|c| &mut c.align)
                        }),
                        &[
                            (Align::Left, "Trái"),
                            (Align::Center, "Giữa"),
                            (Align::Right, "Phải"),
                        ],
                    );
                });
                ui.horizontal(|ui| {
                    let left = ui
                        .add_enabled(ci > 0, egui::Button::new("Trái").small())
                        .accessible_name(format!("Chuyển cột {} sang trái", ci + 1));
                    if left.clicked() {
                        change(doc, "Chuyển cột", aid, bi, &t, |t| {
                            move_column(t, ci, ci - 1)
                        });
                    }
                    let right = ui
                        .add_enabled(ci + 1 < n, egui::Button::new("Phải").small())
                        .accessible_name(format!("Chuyển cột {} sang phải", ci + 1));
                    if right.clicked() {
                        change(doc, "Chuyển cột", aid, bi, &t, |t| {
                            move_column(t, ci, ci + 1)
                        });
                    }
                    let del = ui
                        .add_enabled(n > 1, egui::Button::new("Xóa").small())
                        .accessible_name(format!("Xóa cột {}", ci + 1))
                        .on_hover_text("Xóa cột và các ô của cột");
                    if del.clicked() {
                        change(doc, "Xóa cột", aid, bi, &t, |t| remove_column(t, ci));
                    }
                });
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if ui.button("+ Thêm cột").clicked() {
            change(doc, "Thêm cột", aid, bi, &t, |t| {
                let at = t.columns.len();
                t.columns.push(FreeColumn {
                    title: Rich::new(format!("Cột {}", at + 1)),
                    ..Default::default()
                });
                for r in &mut t.rows {
                    if r.cells.len() >= at {
                        r.cells.insert(at, Rich::default());
                    }
                }
            });
        }
        super::paste::button(
            ui,
            super::paste::Into::Free {
                appendix: aid,
                block: bi,
            },
        );
        if ui.button("+ Thêm dòng").clicked() {
            let id = doc.fresh_id();
            doc.edit(Command::insert_row(
                "Thêm dòng",
                rows(aid, bi),
                At::End,
                blank_row(id, n),
            ));
        }
        ui.label(format!("{} dòng", t.rows.len()));
    });
    // Wide tables (the DTI ranking has 12 columns) scroll sideways.
    egui::ScrollArea::horizontal()
        .id_salt(salt("free-rows-scroll"))
        .show(ui, |ui| grid(ui, doc, aid, bi, &t));
}

fn move_column(t: &mut FreeTable, from: usize, to: usize) {
    if from >= t.columns.len() || to >= t.columns.len() {
        return;
    }
    let c = t.columns.remove(from);
    t.columns.insert(to, c);
    for r in &mut t.rows {
        let n = t.columns.len();
        r.cells.resize(r.cells.len().max(n), Rich::default());
        let c = r.cells.remove(from);
        r.cells.insert(to, c);
    }
    // Header spans name columns by index; they no longer fit a moved column.
    t.spans
        .retain(|s| s.first + s.count <= from.min(to) || s.first > from.max(to));
}

fn remove_column(t: &mut FreeTable, at: usize) {
    if at >= t.columns.len() {
        return;
    }
    t.columns.remove(at);
    for r in &mut t.rows {
        if at < r.cells.len() {
            r.cells.remove(at);
        }
    }
    t.spans.retain(|s| at < s.first || at >= s.first + s.count);
    for s in &mut t.spans {
        if s.first > at {
            s.first -= 1;
        }
    }
}

fn blank_row(id: Id, columns: usize) -> FreeRow {
    FreeRow {
        id,
        kind: RowKind::Normal,
        cells: vec![Rich::default(); columns],
    }
}

fn grid(ui: &mut Ui, doc: &mut Doc, aid: Id, bi: usize, t: &FreeTable) {
    if t.rows.is_empty() {
        return;
    }
    let n = t.columns.len();
    let mut table = TableBuilder::new(ui)
        .id_salt(("free-rows", aid.0, bi))
        .striped(true)
        .max_scroll_height(420.0)
        .column(Column::exact(36.0))
        // The row menu next to the number: a wide table never pushes it out of view.
        .column(Column::exact(34.0))
        .column(Column::exact(90.0));
    for _ in 0..n {
        table = table.column(
            Column::initial(170.0)
                .at_least(60.0)
                .resizable(true)
                .clip(true),
        );
    }
    table
        .header(22.0, |mut h| {
            h.col(|ui| {
                ui.strong("#");
            });
            h.col(|_| {});
            h.col(|ui| {
                ui.strong("Loại dòng");
            });
            for c in &t.columns {
                h.col(|ui| {
                    ui.strong(c.title.as_str());
                });
            }
        })
        .body(|body| {
            body.rows(26.0, t.rows.len(), |mut row| {
                let ri = row.index();
                let Some(r) = t.rows.get(ri) else { return };
                let rid = r.id;
                row.col(|ui| {
                    ui.label((ri + 1).to_string());
                });
                row.col(|ui| row_menu(ui, doc, aid, bi, t, ri));
                row.col(|ui| {
                    choice(
                        ui,
                        doc,
                        &format!("Loại dòng {}", ri + 1),
                        format!("fr{}.kind", rid.0),
                        Rc::new(move |p: &mut Plan| {
                            p.appendix_free_row_mut(aid, bi, rid).map(|r| &mut r.kind)
                        }),
                        &[
                            (RowKind::Normal, "Thường"),
                            (RowKind::Group, "Nhóm"),
                            (RowKind::Bold, "Đậm"),
                        ],
                    );
                });
                for ci in 0..n {
                    row.col(|ui| cell(ui, doc, aid, bi, r, ri, ci));
                }
            });
        });
}

/// A cell editor. Rows may hold fewer cells than there are columns (files
/// written by hand); typing in a missing cell fills the row up to it.
fn cell(ui: &mut Ui, doc: &mut Doc, aid: Id, bi: usize, r: &FreeRow, ri: usize, ci: usize) {
    let rid = r.id;
    let old = doc
        .plan
        .appendix_free_row_mut(aid, bi, rid)
        .map(|r| r.cells.clone())
        .unwrap_or_default();
    let current = old
        .get(ci)
        .map(|c| c.as_str().to_string())
        .unwrap_or_default();
    let mut buf = current.clone();
    let key = format!("fr{}.c{ci}", rid.0);
    let label = format!("Ô dòng {}, cột {}", ri + 1, ci + 1);
    let resp = ui
        .add(
            egui::TextEdit::singleline(&mut buf)
                .desired_width(ui.available_width())
                .id_salt(&key),
        )
        .accessible_name(&label);
    if resp.changed() {
        let typed = nfc(&buf);
        if typed != current {
            let mut new = old.clone();
            if new.len() <= ci {
                new.resize(ci + 1, Rich::default());
            }
            new[ci] = Rich::new(typed);
            let access: Access<Vec<Rich>> = Rc::new(move |p: &mut Plan| {
                p.appendix_free_row_mut(aid, bi, rid).map(|r| &mut r.cells)
            });
            doc.edit(Command::set("Sửa ô", access, old, new).merging(key));
        }
    }
    if resp.lost_focus() {
        doc.seal();
    }
}

fn row_menu(ui: &mut Ui, doc: &mut Doc, aid: Id, bi: usize, t: &FreeTable, ri: usize) {
    let Some(r) = t.rows.get(ri) else { return };
    let at = super::row_menu::Position {
        index: ri,
        len: t.rows.len(),
    };
    super::row_menu::show(ui, doc, rows(aid, bi), at, r, |_, _| {});
}
