//! The blocks directly inside the selected part or section, in order, each
//! with its editor: text for paragraphs and bullets, a target group picker,
//! a description of a table, a link to a child section.

use super::body::{State, children};
use super::body_tree::caption;
use super::row_actions::row_buttons;
use crate::model::numbering::roman;
use crate::model::{Block, Id, Rewrite, Rich, Table, TextKind};

/// The accessible name (and hint) of a text of the year under review to
/// write anew.
pub const REWRITE_LABEL: &str = "Đoạn đánh giá viết mới";
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::rich;
use egui::Ui;
use std::collections::HashMap;
use std::rc::Rc;

/// The three kinds of text block, which can be turned into one another.
const KINDS: [(TextKind, &str); 3] = [
    (TextKind::Paragraph, "Đoạn văn"),
    (TextKind::Bullet, "Gạch đầu dòng (-)"),
    (TextKind::SubBullet, "Gạch đầu dòng cấp 2 (+)"),
];

/// The kind and text of a block of running text (a text to rewrite
/// included), or None for other blocks.
fn running(b: &Block) -> Option<(TextKind, &Rich)> {
    match b {
        Block::Paragraph(r) => Some((TextKind::Paragraph, r)),
        Block::Bullet(r) => Some((TextKind::Bullet, r)),
        Block::SubBullet(r) => Some((TextKind::SubBullet, r)),
        Block::Rewrite(x) => Some((x.kind, &x.text)),
        _ => None,
    }
}

/// `b` printed as `kind` instead: a text to rewrite stays one.
fn with_kind(b: &Block, kind: TextKind) -> Block {
    match b {
        Block::Rewrite(x) => Block::Rewrite(Rewrite { kind, ..x.clone() }),
        _ => kind.block(running(b).map(|(_, r)| r.clone()).unwrap_or_default()),
    }
}

fn kind_name(kind: TextKind) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, n)| *n)
        .unwrap_or("")
}

/// The running text of the block at `i` of `parent`'s children.
fn text_of(parent: Option<Id>, i: usize) -> Access<Rich> {
    Rc::new(move |p| match p.body_children_mut(parent)?.get_mut(i)? {
        Block::Paragraph(r) | Block::Bullet(r) | Block::SubBullet(r) => Some(r),
        Block::Rewrite(x) => Some(&mut x.text),
        _ => None,
    })
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
                if let Some((kind, _)) = running(b) {
                    let mut k = kind;
                    egui::ComboBox::from_id_salt(("b.kind", salt, i))
                        .selected_text(kind_name(kind))
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
                            with_kind(b, k),
                        ));
                        changed = true;
                    }
                } else {
                    other_block(ui, doc, state, b, labels, parent, i);
                }
            });
            if let Some((kind, _)) = running(b) {
                let label = match b {
                    Block::Rewrite(_) => REWRITE_LABEL,
                    _ => kind_name(kind),
                };
                let w = ui.available_width();
                rich(
                    ui,
                    doc,
                    label,
                    format!("b{salt}.{i}"),
                    text_of(parent, i),
                    w,
                    true,
                );
            }
            if let Block::Rewrite(x) = b {
                super::rewrite::reference(ui, doc, x, text_of(parent, i), ("b.ref", salt, i));
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
        Block::Paragraph(_) | Block::Bullet(_) | Block::SubBullet(_) | Block::Rewrite(_) => {}
    }
}
