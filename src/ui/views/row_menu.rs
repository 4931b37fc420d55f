//! The "…" menu of a table row (targets, tasks, projects, recurrent items,
//! free-table rows): insert above or below, duplicate, move up or down, the
//! view's own entries, delete. Every command names its row by stable id and
//! finds it when it runs, so a row deleted, moved or inserted earlier never
//! makes an action hit the wrong row.

use crate::model::{Id, Keyed, Project, RecurrentItem, Target, Task};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, At, Command};
use egui::Ui;

/// A row with a stable id that the menu can create, copy and remove.
pub trait Item: Keyed + Clone + Default + 'static {
    /// "dự án", used in the labels.
    const NOUN: &'static str;
    fn set_id(&mut self, id: Id);
    /// Gives a copy fresh ids all the way down: ids must stay unique.
    fn renew_ids(&mut self, doc: &mut Doc) {
        self.set_id(doc.fresh_id());
    }
    /// The delete entry, which says what goes with the row.
    fn delete_label(&self) -> String {
        format!("Xóa {}", Self::NOUN)
    }
}

impl Item for Project {
    const NOUN: &'static str = "dự án";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Item for RecurrentItem {
    const NOUN: &'static str = "nhiệm vụ chi";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Item for Target {
    const NOUN: &'static str = "chỉ tiêu";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Item for Task {
    const NOUN: &'static str = "nhiệm vụ";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn renew_ids(&mut self, doc: &mut Doc) {
        self.id = doc.fresh_id();
        for s in &mut self.subtasks {
            s.renew_ids(doc);
        }
    }
    fn delete_label(&self) -> String {
        if self.subtasks.is_empty() {
            "Xóa nhiệm vụ".into()
        } else {
            "Xóa nhiệm vụ và các nhiệm vụ con".into()
        }
    }
}

impl Item for crate::model::FreeRow {
    const NOUN: &'static str = "dòng";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Item for crate::model::Item {
    const NOUN: &'static str = "đoạn";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Item for crate::model::Article {
    const NOUN: &'static str = "điều";
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn renew_ids(&mut self, doc: &mut Doc) {
        self.id = doc.fresh_id();
        for it in &mut self.items {
            it.id = doc.fresh_id();
        }
    }
    fn delete_label(&self) -> String {
        if self.items.is_empty() {
            "Xóa điều".into()
        } else {
            "Xóa điều và các khoản, điểm của nó".into()
        }
    }
}

/// Where the row sits this frame: only to enable "up" and "down".
#[derive(Clone, Copy)]
pub struct Position {
    pub index: usize,
    pub len: usize,
}

/// The menu of `item`, a row of `list`. `extra` adds the view's own entries
/// (move to another group, indent) before the delete. Returns the id of a row
/// it created, so the table can scroll to it.
pub fn show<T: Item>(
    ui: &mut Ui,
    doc: &mut Doc,
    list: Access<Vec<T>>,
    at: Position,
    item: &T,
    extra: impl FnOnce(&mut Ui, &mut Doc),
) -> Option<Id> {
    let mut created = None;
    ui.menu_button("…", |ui| {
        created = inserts_and_moves(ui, doc, &list, at, item);
        extra(ui, doc);
        ui.separator();
        if ui.button(item.delete_label()).clicked() {
            doc.edit(Command::remove_row(
                format!("Xóa {}", T::NOUN),
                list.clone(),
                item.clone(),
            ));
        }
    })
    .response
    .on_hover_text("Chèn, nhân bản, chuyển, xóa");
    created
}

fn inserts_and_moves<T: Item>(
    ui: &mut Ui,
    doc: &mut Doc,
    list: &Access<Vec<T>>,
    at: Position,
    item: &T,
) -> Option<Id> {
    let noun = T::NOUN;
    let id = item.row_id();
    let mut created = None;
    let inserts = [
        ("Chèn dòng phía trên", At::Before(id), false),
        ("Chèn dòng phía dưới", At::After(id), false),
        ("Nhân bản", At::After(id), true),
    ];
    for (label, place, copy) in inserts {
        if ui.button(label).clicked() {
            let row = if copy {
                let mut c = item.clone();
                c.renew_ids(doc);
                c
            } else {
                let mut c = T::default();
                c.set_id(doc.fresh_id());
                c
            };
            let what = if copy { "Nhân bản" } else { "Chèn" };
            created = Some(row.row_id());
            doc.edit(Command::insert_row(
                format!("{what} {noun}"),
                list.clone(),
                place,
                row,
            ));
        }
    }
    let moves = [
        ("Chuyển lên", "lên", -1, at.index > 0),
        ("Chuyển xuống", "xuống", 1, at.index + 1 < at.len),
    ];
    for (label, dir, by, enabled) in moves {
        if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
            doc.edit(Command::move_row(
                format!("Chuyển {noun} {dir}"),
                list.clone(),
                id,
                by,
            ));
        }
    }
    created
}

/// A "+ …" button that appends a blank row to `list`; returns its id once clicked.
pub fn add_button<T: Item>(
    ui: &mut Ui,
    doc: &mut Doc,
    list: Access<Vec<T>>,
    label: &str,
    hover: Option<&str>,
) -> Option<Id> {
    let mut r = ui.button(label);
    if let Some(h) = hover {
        r = r.on_hover_text(h);
    }
    if !r.clicked() {
        return None;
    }
    let mut row = T::default();
    row.set_id(doc.fresh_id());
    let id = row.row_id();
    doc.edit(Command::insert_row(
        format!("Thêm {}", T::NOUN),
        list,
        At::End,
        row,
    ));
    Some(id)
}

/// Moves `item` from `from` to the end of (or `at` a place in) `to`, as one step.
pub fn move_between<T: Item>(
    label: impl Into<String>,
    from: Access<Vec<T>>,
    to: Access<Vec<T>>,
    at: At,
    item: &T,
) -> Command {
    Command::batch(
        label,
        vec![
            Command::remove_row("", from, item.clone()),
            Command::insert_row("", to, at, item.clone()),
        ],
    )
}

/// The menu of a group row (targets, tasks): move the group, delete it with its rows.
pub fn group_menu<G: crate::model::Keyed + Clone + 'static>(
    ui: &mut Ui,
    doc: &mut Doc,
    list: Access<Vec<G>>,
    at: Position,
    group: &G,
    what: &str,
    delete_label: &str,
) {
    ui.menu_button("…", |ui| {
        let id = group.row_id();
        if ui
            .add_enabled(at.index > 0, egui::Button::new("Chuyển nhóm lên"))
            .clicked()
        {
            doc.edit(Command::move_row("Chuyển nhóm lên", list.clone(), id, -1));
        }
        if ui
            .add_enabled(
                at.index + 1 < at.len,
                egui::Button::new("Chuyển nhóm xuống"),
            )
            .clicked()
        {
            doc.edit(Command::move_row("Chuyển nhóm xuống", list.clone(), id, 1));
        }
        ui.separator();
        if ui.button(delete_label).clicked() {
            doc.edit(Command::remove_row(
                format!("Xóa {what}"),
                list.clone(),
                group.clone(),
            ));
        }
    })
    .response
    .on_hover_text("Thao tác với nhóm");
}
