//! A list of numbered items (a decision's article, a submission's body):
//! each row its computed label ("1.", "a)"), its kind, its rich text and the
//! row menu (insert, duplicate, move, indent, outdent, delete). Rows are
//! found by stable id when an action runs.

use super::row_menu::{self, Position};
use crate::model::items::labels;
use crate::model::{Id, Item, Level};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::rich;
use egui::Ui;
use std::rc::Rc;

/// Finds the list an editor edits.
pub type ItemsOf = Access<Vec<Item>>;

/// The items of `list`; `levels` are the kinds offered; `key` salts the
/// fields. A new item takes `default` as its kind.
pub fn show(
    ui: &mut Ui,
    doc: &mut Doc,
    key: &str,
    list: ItemsOf,
    levels: &[Level],
    default: Level,
) {
    let items = list(&mut doc.plan).cloned().unwrap_or_default();
    let access = list.clone();
    let n = items.len();
    for (i, (it, label)) in items.iter().zip(labels(&items)).enumerate() {
        let id = it.id;
        ui.horizontal(|ui| {
            // The menu first, so a long text never pushes it away.
            row_menu::show(
                ui,
                doc,
                access.clone(),
                Position { index: i, len: n },
                it,
                |ui, doc| indent_entries(ui, doc, &access, it),
            );
            level_picker(ui, doc, &access, it, levels, key);
            ui.label(egui::RichText::new(shown(&label)).strong());
            let text: Access<crate::model::Rich> = {
                let list = list.clone();
                Rc::new(move |p| {
                    list(p)?
                        .iter_mut()
                        .find(|x| x.id == id)
                        .map(|x| &mut x.text)
                })
            };
            let w = ui.available_width().max(200.0);
            rich(
                ui,
                doc,
                it.level.name(),
                format!("{key}.{}", id.0),
                text,
                w,
                true,
            );
        });
    }
    if ui.button("+ Thêm đoạn").clicked() {
        let row = Item {
            id: doc.fresh_id(),
            level: default,
            text: Default::default(),
        };
        doc.edit(Command::insert_row(
            "Thêm đoạn",
            access,
            crate::ui::history::At::End,
            row,
        ));
    }
}

fn shown(label: &str) -> String {
    match label {
        "-" => "–".into(),
        other => other.to_string(),
    }
}

fn set_level(doc: &mut Doc, list: &Access<Vec<Item>>, it: &Item, level: Level, what: &str) {
    let id: Id = it.id;
    let list = list.clone();
    let access: Access<Level> = Rc::new(move |p| {
        list(p)?
            .iter_mut()
            .find(|x| x.id == id)
            .map(|x| &mut x.level)
    });
    doc.edit(Command::set(what, access, it.level, level));
}

fn level_picker(
    ui: &mut Ui,
    doc: &mut Doc,
    list: &Access<Vec<Item>>,
    it: &Item,
    levels: &[Level],
    key: &str,
) {
    let mut chosen = it.level;
    egui::ComboBox::from_id_salt((key, "level", it.id.0))
        .selected_text(it.level.name())
        .width(130.0)
        .show_ui(ui, |ui| {
            for l in levels {
                ui.selectable_value(&mut chosen, *l, l.name());
            }
        })
        .response
        .accessible_name("Loại đoạn");
    if chosen != it.level {
        set_level(doc, list, it, chosen, "Đổi loại đoạn");
    }
}

fn indent_entries(ui: &mut Ui, doc: &mut Doc, list: &Access<Vec<Item>>, it: &Item) {
    let deeper = it.level.deeper();
    let shallower = it.level.shallower();
    if ui
        .add_enabled(deeper.is_some(), egui::Button::new("Thụt vào (cấp dưới)"))
        .clicked()
        && let Some(l) = deeper
    {
        set_level(doc, list, it, l, "Thụt vào");
    }
    if ui
        .add_enabled(shallower.is_some(), egui::Button::new("Lùi ra (cấp trên)"))
        .clicked()
        && let Some(l) = shallower
    {
        set_level(doc, list, it, l, "Lùi ra");
    }
}
