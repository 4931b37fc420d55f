//! The "…" menu of a row in a flat list (projects, recurrent items): insert
//! above or below, duplicate, move up or down, delete. Commands reach the list
//! through an `Access`, and new rows get fresh ids.

use crate::model::{Id, Project, RecurrentItem};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use egui::Ui;

/// A row with a stable id that the menu can create, copy and remove.
pub trait Item: Clone + Default + 'static {
    /// "dự án", used in the undo labels.
    const NOUN: &'static str;
    fn set_id(&mut self, id: Id);
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

/// The menu of row `index` of `len` rows, showing `item`. Returns the id of a
/// row it created, so the table can scroll to it.
pub fn show<T: Item>(
    ui: &mut Ui,
    doc: &mut Doc,
    list: Access<Vec<T>>,
    index: usize,
    len: usize,
    item: &T,
) -> Option<Id> {
    let mut created = None;
    let noun = T::NOUN;
    ui.menu_button("…", |ui| {
        let inserts = [
            ("Chèn dòng phía trên", index, false),
            ("Chèn dòng phía dưới", index + 1, false),
            ("Nhân bản", index + 1, true),
        ];
        for (label, at, copy) in inserts {
            if ui.button(label).clicked() {
                let id = doc.fresh_id();
                let mut row = if copy { item.clone() } else { T::default() };
                row.set_id(id);
                let what = if copy { "Nhân bản" } else { "Chèn" };
                doc.apply(Command::insert(
                    format!("{what} {noun}"),
                    list.clone(),
                    at,
                    row,
                ));
                created = Some(id);
            }
        }
        if ui
            .add_enabled(index > 0, egui::Button::new("Chuyển lên"))
            .clicked()
        {
            doc.apply(Command::shift(
                format!("Chuyển {noun} lên"),
                list.clone(),
                index,
                index - 1,
            ));
        }
        if ui
            .add_enabled(index + 1 < len, egui::Button::new("Chuyển xuống"))
            .clicked()
        {
            doc.apply(Command::shift(
                format!("Chuyển {noun} xuống"),
                list.clone(),
                index,
                index + 1,
            ));
        }
        ui.separator();
        if ui.button(format!("Xóa {noun}")).clicked() {
            doc.apply(Command::remove(
                format!("Xóa {noun}"),
                list.clone(),
                index,
                item.clone(),
            ));
        }
    })
    .response
    .on_hover_text("Chèn, nhân bản, chuyển, xóa");
    created
}
