//! Thông tin chung: the header of the document and the plan year.

use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, opt_number, rich, text, years};
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
                form_row(ui, "Cơ quan ban hành (mỗi dòng một dòng in)", |ui| {
                    lines(
                        ui,
                        doc,
                        "Cơ quan ban hành",
                        "meta.authority",
                        Rc::new(|p| Some(&mut p.meta.authority)),
                    )
                });
                form_row(ui, "Cơ quan chủ quản (nếu có)", |ui| {
                    lines(
                        ui,
                        doc,
                        "Cơ quan chủ quản",
                        "meta.parent",
                        Rc::new(|p| Some(&mut p.meta.parent_authority)),
                    )
                });
                form_row(ui, "Tên cơ quan trong câu văn", |ui| {
                    text(
                        ui,
                        doc,
                        "Tên cơ quan",
                        "meta.issuer".into(),
                        Rc::new(|p| Some(&mut p.meta.issuer)),
                        420.0,
                        false,
                    )
                });
                form_row(ui, "Số văn bản (để trống khi dự thảo)", |ui| {
                    opt_number::<u32>(
                        ui,
                        doc,
                        "Số văn bản",
                        "meta.number".into(),
                        Rc::new(|p| Some(&mut p.meta.number)),
                        80.0,
                    )
                });
                form_row(ui, "Ký hiệu", |ui| {
                    text(
                        ui,
                        doc,
                        "Ký hiệu",
                        "meta.symbol".into(),
                        Rc::new(|p| Some(&mut p.meta.symbol)),
                        160.0,
                        false,
                    )
                });
                form_row(ui, "Địa danh", |ui| {
                    text(
                        ui,
                        doc,
                        "Địa danh",
                        "meta.place".into(),
                        Rc::new(|p| Some(&mut p.meta.place)),
                        200.0,
                        false,
                    )
                });
                form_row(ui, "Ngày ban hành (ngày / tháng / năm)", |ui| {
                    ui.horizontal(|ui| {
                        opt_number::<u8>(
                            ui,
                            doc,
                            "Ngày",
                            "meta.day".into(),
                            Rc::new(|p| Some(&mut p.meta.date.day)),
                            40.0,
                        );
                        ui.label("/");
                        opt_number::<u8>(
                            ui,
                            doc,
                            "Tháng",
                            "meta.month".into(),
                            Rc::new(|p| Some(&mut p.meta.date.month)),
                            40.0,
                        );
                        ui.label("/");
                        opt_number::<i32>(
                            ui,
                            doc,
                            "Năm ban hành",
                            "meta.date.year".into(),
                            Rc::new(|p| Some(&mut p.meta.date.year)),
                            60.0,
                        )
                    })
                    .inner
                });
                form_row(ui, "Loại văn bản", |ui| {
                    text(
                        ui,
                        doc,
                        "Loại văn bản",
                        "meta.doc_type".into(),
                        Rc::new(|p| Some(&mut p.meta.doc_type)),
                        200.0,
                        false,
                    )
                });
                form_row(
                    ui,
                    "Trích yếu (dùng {năm} cho năm kế hoạch)",
                    |ui| {
                        rich(
                            ui,
                            doc,
                            "Trích yếu",
                            "meta.title".into(),
                            Rc::new(|p| Some(&mut p.meta.title)),
                            420.0,
                            true,
                        )
                    },
                );
                form_row(ui, "Đóng dấu \"DỰ THẢO\" khi chưa có số", |ui| {
                    let mut on = doc.plan.meta.draft_mark;
                    let r = ui.checkbox(&mut on, "In dấu DỰ THẢO");
                    if r.changed() {
                        let access: Access<bool> = Rc::new(|p| Some(&mut p.meta.draft_mark));
                        doc.edit(Command::set("Đổi dấu dự thảo", access, !on, on));
                    }
                    r
                });
            });
        ui.add_space(12.0);
        let preview = crate::model::fields::plain(&doc.plan, &doc.plan.meta.title);
        ui.label(format!(
            "Sẽ in: {} — {} — {}",
            crate::model::format::number_line(&doc.plan.meta),
            crate::model::format::place_date_line(&doc.plan.meta),
            preview
        ));
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

/// A list of lines edited as one multi-line text.
fn lines(
    ui: &mut Ui,
    doc: &mut Doc,
    label: &str,
    key: &str,
    access: Access<Vec<String>>,
) -> egui::Response {
    let current = access(&mut doc.plan).cloned().unwrap_or_default();
    let mut buf = current.join("\n");
    let r = ui.add(
        egui::TextEdit::multiline(&mut buf)
            .hint_text(label)
            .desired_rows(2)
            .desired_width(420.0)
            .id_salt(key),
    );
    if r.changed() {
        let new: Vec<String> = buf.lines().map(crate::ui::widgets::nfc).collect();
        if new != current {
            doc.edit(
                Command::set(
                    format!("Sửa {}", label.to_lowercase()),
                    access,
                    current,
                    new,
                )
                .merging(key.to_string()),
            );
        }
    }
    if r.lost_focus() {
        doc.seal();
    }
    r
}
