//! Nơi nhận và chữ ký: the recipients and the signature block.

use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, text};
use egui::Ui;
use std::rc::Rc;

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    super::note_view(doc, crate::model::place::Place::Signature("name"));
    ui.heading("Nơi nhận và chữ ký");
    ui.add_space(8.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.strong("Chữ ký");
        egui::Grid::new("signature")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                form_row(ui, "Thay mặt", |ui| {
                    text(
                        ui,
                        doc,
                        "Thay mặt",
                        "sig.on_behalf".into(),
                        Rc::new(|p| Some(&mut p.signature.on_behalf)),
                        300.0,
                        false,
                    )
                });
                form_row(ui, "Ký thay (nếu có)", |ui| {
                    text(
                        ui,
                        doc,
                        "Ký thay",
                        "sig.deputy".into(),
                        Rc::new(|p| Some(&mut p.signature.deputy_for)),
                        300.0,
                        false,
                    )
                });
                form_row(ui, "Chức vụ", |ui| {
                    text(
                        ui,
                        doc,
                        "Chức vụ",
                        "sig.title".into(),
                        Rc::new(|p| Some(&mut p.signature.title)),
                        300.0,
                        false,
                    )
                });
                form_row(ui, "Người ký", |ui| {
                    text(
                        ui,
                        doc,
                        "Người ký",
                        "sig.name".into(),
                        Rc::new(|p| Some(&mut p.signature.name)),
                        300.0,
                        false,
                    )
                });
            });
        ui.add_space(12.0);
        ui.strong("Nơi nhận");
        ui.label("Mỗi dòng một nơi nhận, không cần gạch đầu dòng; dấu \";\" được thêm khi in.");
        let list: Access<Vec<String>> = Rc::new(|p| Some(&mut p.recipients));
        let n = doc.plan.recipients.len();
        for i in 0..n {
            ui.horizontal(|ui| {
                let access: Access<String> = Rc::new(move |p| p.recipients.get_mut(i));
                text(
                    ui,
                    doc,
                    "Nơi nhận",
                    format!("recipient.{i}"),
                    access,
                    420.0,
                    false,
                );
                if let Some(a) = super::row_actions::row_buttons(ui, i, n, "nơi nhận")
                    && let Some(item) = doc.plan.recipients.get(i).cloned()
                {
                    doc.edit(super::row_actions::command(
                        a,
                        list.clone(),
                        i,
                        item,
                        "nơi nhận",
                    ));
                }
            });
            if doc.plan.recipients.len() != n {
                break;
            }
        }
        if ui.button("+ Thêm nơi nhận").clicked() {
            // Before "Lưu: VT ...", which stays last.
            let at = doc
                .plan
                .recipients
                .iter()
                .position(|r| r.trim_start().starts_with("Lưu"))
                .unwrap_or(doc.plan.recipients.len());
            doc.edit(Command::insert("Thêm nơi nhận", list, at, String::new()));
        }
    });
}
