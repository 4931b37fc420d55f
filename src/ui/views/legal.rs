//! Căn cứ: the italic "Căn cứ ..." lines under the title, and the legal bases
//! list in groups ("VĂN BẢN TRUNG ƯƠNG"), numbered 1., 2. within each group.
//! Groups are addressed by their stable id; items by index inside the group.

use super::row_actions::{RowAction, markup_help, row_buttons};
use crate::model::{Id, LegalGroup, Plan, Rich};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::rich;
use egui::Ui;
use std::rc::Rc;

fn preamble_list() -> Access<Vec<Rich>> {
    Rc::new(|p: &mut Plan| Some(&mut p.preamble))
}

fn group_list() -> Access<Vec<LegalGroup>> {
    Rc::new(|p: &mut Plan| Some(&mut p.legal_bases))
}

fn items_of(gid: Id) -> Access<Vec<Rich>> {
    Rc::new(move |p: &mut Plan| p.legal_group_mut(gid).map(|g| &mut g.items))
}

/// Applies a row action to item `i` of the list found through `list`.
fn act(doc: &mut Doc, action: RowAction, list: Access<Vec<Rich>>, i: usize, what: &str) {
    let item = list(&mut doc.plan).and_then(|v| v.get(i).cloned());
    if let Some(item) = item {
        doc.edit(super::row_actions::command(action, list, i, item, what));
    }
}

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    super::note_view(doc, crate::model::place::Place::Preamble(0));
    ui.heading("Căn cứ");
    markup_help(ui);
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            preamble(ui, doc);
            ui.add_space(12.0);
            ui.separator();
            legal_bases(ui, doc);
        });
}

fn preamble(ui: &mut Ui, doc: &mut Doc) {
    ui.strong("Căn cứ ban hành");
    ui.label("Các dòng \"Căn cứ ...\" in nghiêng dưới trích yếu, mỗi dòng một đoạn.");
    rich_list(
        ui,
        doc,
        "pre",
        preamble_list(),
        "Dòng căn cứ",
        "căn cứ",
        "Căn cứ ",
    );
}

/// A list of rich lines, each with its move and delete buttons, and a
/// "+ Thêm …" button appending `new_text`.
pub fn rich_list(
    ui: &mut Ui,
    doc: &mut Doc,
    key: &str,
    list: Access<Vec<Rich>>,
    label: &str,
    what: &str,
    new_text: &str,
) {
    let n = list(&mut doc.plan).map_or(0, |l| l.len());
    for i in 0..n {
        let mut action = None;
        ui.horizontal(|ui| {
            let l = list.clone();
            let access: Access<Rich> = Rc::new(move |p| l(p)?.get_mut(i));
            let width = (ui.available_width() - 110.0).max(200.0);
            rich(ui, doc, label, format!("{key}.{i}"), access, width, true);
            action = row_buttons(ui, i, n, what);
        });
        if let Some(a) = action {
            act(doc, a, list.clone(), i, what);
            break;
        }
    }
    if ui.button(format!("+ Thêm {what}")).clicked() {
        doc.edit(Command::insert(
            format!("Thêm {what}"),
            list.clone(),
            n,
            Rich::new(new_text),
        ));
    }
}

fn legal_bases(ui: &mut Ui, doc: &mut Doc) {
    ui.strong("Danh mục văn bản căn cứ");
    ui.label(
        "Văn bản được đánh số 1., 2., ... trong từng nhóm; để trống tên nhóm nếu không chia nhóm.",
    );
    let groups: Vec<(Id, usize)> = doc
        .plan
        .legal_bases
        .iter()
        .map(|g| (g.id, g.items.len()))
        .collect();
    let count = groups.len();
    for (gi, (gid, n)) in groups.into_iter().enumerate() {
        ui.add_space(8.0);
        let mut group_action = None;
        ui.horizontal(|ui| {
            let access: Access<Rich> =
                Rc::new(move |p| p.legal_group_mut(gid).map(|g| &mut g.title));
            let width = (ui.available_width() - 110.0).max(200.0);
            rich(
                ui,
                doc,
                "Tên nhóm văn bản",
                format!("lg{}.title", gid.0),
                access,
                width,
                false,
            );
            group_action = row_buttons(ui, gi, count, "nhóm văn bản");
        });
        if let Some(a) = group_action {
            let what = "nhóm văn bản";
            if let Some(g) = doc.plan.legal_bases.get(gi).cloned() {
                doc.edit(match a {
                    RowAction::Up => {
                        Command::move_row(format!("Chuyển {what} lên"), group_list(), gid, -1)
                    }
                    RowAction::Down => {
                        Command::move_row(format!("Chuyển {what} xuống"), group_list(), gid, 1)
                    }
                    RowAction::Delete => {
                        Command::remove_row(format!("Xóa {what}"), group_list(), g)
                    }
                });
            }
            break;
        }
        let mut changed = false;
        ui.indent(("lg", gid.0), |ui| {
            for i in 0..n {
                let mut action = None;
                ui.horizontal(|ui| {
                    ui.label(format!("{}.", i + 1));
                    let access: Access<Rich> =
                        Rc::new(move |p| p.legal_group_mut(gid).and_then(|g| g.items.get_mut(i)));
                    let width = (ui.available_width() - 110.0).max(200.0);
                    rich(
                        ui,
                        doc,
                        "Văn bản căn cứ",
                        format!("lg{}.{i}", gid.0),
                        access,
                        width,
                        true,
                    );
                    action = row_buttons(ui, i, n, "văn bản");
                });
                if let Some(a) = action {
                    act(doc, a, items_of(gid), i, "văn bản");
                    changed = true;
                    break;
                }
            }
            if !changed && ui.button("+ Thêm văn bản").clicked() {
                doc.edit(Command::insert(
                    "Thêm văn bản căn cứ",
                    items_of(gid),
                    n,
                    Rich::default(),
                ));
                changed = true;
            }
        });
        if changed {
            break;
        }
    }
    ui.add_space(8.0);
    if ui.button("+ Thêm nhóm văn bản").clicked() {
        let id = doc.fresh_id();
        let n = doc.plan.legal_bases.len();
        doc.edit(Command::insert(
            "Thêm nhóm văn bản",
            group_list(),
            n,
            LegalGroup {
                id,
                title: Rich::new(if n == 0 {
                    "VĂN BẢN TRUNG ƯƠNG"
                } else {
                    "VĂN BẢN CỦA TỈNH"
                }),
                items: Vec::new(),
            },
        ));
    }
}
