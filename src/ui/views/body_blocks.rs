//! The blocks directly inside the selected part or section, in order, each
//! with its editor: text for paragraphs and bullets, a target group picker,
//! a description of a table, a link to a child section.

use super::body::{State, children};
use super::body_tree::caption;
use super::row_actions::row_buttons;
use crate::model::numbering::roman;
use crate::model::{Block, Id, Rich, Table};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::rich;
use egui::Ui;
use std::collections::HashMap;
use std::rc::Rc;

/// The three kinds of text block, which can be turned into one another.
const KINDS: [(Kind, &str); 3] = [
    (Kind::Paragraph, "Đoạn văn"),
    (Kind::Bullet, "Gạch đầu dòng (-)"),
    (Kind::SubBullet, "Gạch đầu dòng cấp 2 (+)"),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Bullet,
    SubBullet,
}

impl Kind {
    fn of(b: &Block) -> Option<(Kind, &Rich)> {
        match b {
            Block::Paragraph(r) => Some((Kind::Paragraph, r)),
            Block::Bullet(r) => Some((Kind::Bullet, r)),
            Block::SubBullet(r) => Some((Kind::SubBullet, r)),
            _ => None,
        }
    }

    fn make(self, r: Rich) -> Block {
        match self {
            Kind::Paragraph => Block::Paragraph(r),
            Kind::Bullet => Block::Bullet(r),
            Kind::SubBullet => Block::SubBullet(r),
        }
    }

    fn name(self) -> &'static str {
        KINDS
            .iter()
            .find(|(k, _)| *k == self)
            .map(|(_, n)| *n)
            .unwrap_or("")
    }
}

fn table_name(t: &Table) -> &'static str {
    match t {
        Table::Targets(_) => "chỉ tiêu",
        Table::Tasks(_) => "nhiệm vụ",
        Table::Investment(_) => "vốn đầu tư",
        Table::Recurrent(_) => "kinh phí thường xuyên",
        Table::LegalBases => "văn bản căn cứ",
        Table::Free(_) => "tự do",
    }
}

pub fn show(ui: &mut Ui, doc: &mut Doc, state: &mut State, labels: &HashMap<Id, String>) {
    let parent = state.selected;
    let Some(blocks) = doc.plan.body_children_mut(parent).cloned() else {
        return;
    };
    if blocks.is_empty() {
        ui.label("Chưa có nội dung. Dùng các nút phía trên để thêm mục con, đoạn văn.");
    }
    let n = blocks.len();
    let salt = parent.map_or(0, |p| p.0);
    for (i, b) in blocks.iter().enumerate() {
        let mut action = None;
        let mut changed = false;
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                // The buttons first, so a long caption never pushes them away.
                action = row_buttons(ui, i, n, "đoạn");
                if let Some((kind, r)) = Kind::of(b) {
                    let mut k = kind;
                    egui::ComboBox::from_id_salt(("b.kind", salt, i))
                        .selected_text(kind.name())
                        .show_ui(ui, |ui| {
                            for (v, l) in KINDS {
                                ui.selectable_value(&mut k, v, l);
                            }
                        })
                        .response
                        .accessible_name("Loại đoạn")
                        .on_hover_text("Đổi loại đoạn");
                    if k != kind {
                        let at: Access<Block> =
                            Rc::new(move |p| p.body_children_mut(parent)?.get_mut(i));
                        doc.edit(Command::set(
                            "Đổi loại đoạn",
                            at,
                            b.clone(),
                            k.make(r.clone()),
                        ));
                        changed = true;
                    }
                } else {
                    other_block(ui, doc, state, b, labels, parent, i);
                }
            });
            if let Some((kind, _)) = Kind::of(b) {
                let access: Access<Rich> =
                    Rc::new(move |p| match p.body_children_mut(parent)?.get_mut(i)? {
                        Block::Paragraph(r) | Block::Bullet(r) | Block::SubBullet(r) => Some(r),
                        _ => None,
                    });
                let w = ui.available_width();
                rich(
                    ui,
                    doc,
                    kind.name(),
                    format!("b{salt}.{i}"),
                    access,
                    w,
                    true,
                );
            }
        });
        if let Some(a) = action {
            doc.edit(super::row_actions::command(
                a,
                children(parent),
                i,
                b.clone(),
                "đoạn",
            ));
            changed = true;
        }
        if changed || state.selected != parent {
            break;
        }
    }
}

/// The header row of a block that is not text: a child section, a target
/// list, a table.
fn other_block(
    ui: &mut Ui,
    doc: &mut Doc,
    state: &mut State,
    b: &Block,
    labels: &HashMap<Id, String>,
    parent: Option<Id>,
    i: usize,
) {
    match b {
        Block::Part(_) | Block::Section(_) => {
            if ui.button("Mở").on_hover_text("Sửa mục này").clicked() {
                state.selected = b.id();
            }
            let text = match b {
                Block::Part(_) => caption(b, labels),
                _ => format!("Mục con: {}", caption(b, labels)),
            };
            ui.add(egui::Label::new(text).truncate());
        }
        Block::Targets(list) => {
            ui.label("Danh sách chỉ tiêu của nhóm:");
            let groups: Vec<(Id, String)> = doc
                .plan
                .targets
                .iter()
                .enumerate()
                .map(|(gi, g)| (g.id, format!("{}. {}", roman(gi + 1), g.name.as_str())))
                .collect();
            let current = list.group;
            let shown = groups
                .iter()
                .find(|(id, _)| *id == current)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| "— chưa chọn nhóm —".into());
            let mut chosen = current;
            egui::ComboBox::from_id_salt(("b.targets", parent.map_or(0, |p| p.0), i))
                .selected_text(shown)
                .width(320.0)
                .show_ui(ui, |ui| {
                    for (id, name) in &groups {
                        ui.selectable_value(&mut chosen, *id, name);
                    }
                })
                .response
                .accessible_name("Nhóm chỉ tiêu");
            if chosen != current {
                let at: Access<Id> =
                    Rc::new(move |p| match p.body_children_mut(parent)?.get_mut(i)? {
                        Block::Targets(t) => Some(&mut t.group),
                        _ => None,
                    });
                doc.edit(Command::set("Chọn nhóm chỉ tiêu", at, current, chosen));
            }
        }
        Block::Table(t) => {
            ui.label(format!(
                "Bảng {} (sửa trong mục Phụ lục/Chỉ tiêu)",
                table_name(t)
            ));
        }
        Block::Paragraph(_) | Block::Bullet(_) | Block::SubBullet(_) => {}
    }
}
