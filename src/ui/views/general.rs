//! Thông tin chung: the header of the document and the plan year.

use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, opt_number, years};
use egui::Ui;
use std::rc::Rc;

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    super::note_view(doc, crate::model::place::Place::Meta("title"));
    ui.heading("Thông tin chung");
    ui.add_space(8.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("general")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                form_row(
                    ui,
                    "Năm kế hoạch (năm đầu nếu nhiều năm)",
                    |ui| year(ui, doc),
                );
                form_row(
                    ui,
                    "Năm cuối (kế hoạch nhiều năm; để trống nếu một năm)",
                    |ui| {
                        opt_number::<i32>(
                            ui,
                            doc,
                            "Năm cuối",
                            "until".into(),
                            Rc::new(|p| Some(&mut p.until)),
                            60.0,
                        )
                    },
                );
                form_row(
                    ui,
                    "Các mốc năm của chỉ tiêu (ví dụ 2027, 2030)",
                    |ui| {
                        years(
                            ui,
                            doc,
                            "Các mốc năm",
                            "milestones".into(),
                            Rc::new(|p| Some(&mut p.milestones)),
                            160.0,
                        )
                    },
                );
                let dated = !doc.plan.is_attached();
                super::header_form::rows(ui, doc, "meta", |p| Some(&mut p.meta), dated);
            });
        ui.add_space(12.0);
        if doc.plan.is_attached() {
            ui.label(
                "Kế hoạch này được ban hành kèm theo Quyết định: số và ngày ban hành in trên \
                 quyết định (mục Quyết định), không in trên kế hoạch.",
            );
        }
        let preview = crate::model::fields::plain(&doc.plan, &doc.plan.meta.title);
        match &doc.plan.decision {
            Some(d) => ui.label(format!(
                "Sẽ in: {} — {}",
                preview,
                crate::model::format::issued_line(&d.meta)
            )),
            None => ui.label(format!(
                "Sẽ in: {} — {} — {}",
                crate::model::format::number_line(&doc.plan.meta),
                crate::model::format::place_date_line(&doc.plan.meta),
                preview
            )),
        };
        super::continues::show(ui, doc);
    });
}

fn year(ui: &mut Ui, doc: &mut Doc) -> egui::Response {
    let mut y = doc.plan.year;
    let r = ui.add(egui::DragValue::new(&mut y).range(1945..=2200).speed(0.1));
    if r.changed() && y != doc.plan.year {
        let access: Access<i32> = Rc::new(|p| Some(&mut p.year));
        doc.edit(Command::set("Đổi năm kế hoạch", access, doc.plan.year, y).merging("year"));
    }
    if r.lost_focus() || r.drag_stopped() {
        doc.seal();
    }
    r
}
