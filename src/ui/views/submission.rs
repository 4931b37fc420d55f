//! Tờ trình: the department's submission proposing the plan (and the
//! decision). Its header, "Kính gửi", its body, the closing sentence,
//! recipients and signature, and whether the drafts it carries print
//! "DỰ THẢO".

use super::closing::{DEPARTMENT, form};
use super::items::{self, ItemsOf};
use super::row_actions::markup_help;
use crate::model::place::{Filed, Place};
use crate::model::{DocKind, Level, Plan, Submission};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, rich, text};
use egui::Ui;
use std::rc::Rc;

fn submission(p: &mut Plan) -> Option<&mut Submission> {
    p.submission.as_mut()
}

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    if doc.plan.submission.is_none() {
        ui.heading("Tờ trình");
        ui.label("Hồ sơ này chưa có tờ trình. Chọn Hồ sơ → Thêm tờ trình.");
        return;
    }
    super::note_view(doc, Place::Filed(DocKind::Submission, Filed::Meta("title")));
    ui.heading("Tờ trình đề nghị ban hành");
    markup_help(ui);
    egui::ScrollArea::vertical()
        .id_salt("submission")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            super::header_form::summary(ui, doc, |p| Some(&mut submission(p)?.meta));
            super::header_form::section(ui, "submission.meta", |ui| {
                egui::Grid::new("submission.meta")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        super::header_form::rows(ui, doc, "submission.meta", |p| {
                            Some(&mut submission(p)?.meta)
                        });
                        form_row(ui, "Kính gửi", |ui| {
                            text(
                                ui,
                                doc,
                                "Kính gửi",
                                "submission.addressee".into(),
                                Rc::new(|p| Some(&mut submission(p)?.addressee)),
                                420.0,
                                false,
                            )
                        });
                    });
            });
            let on = doc.plan.submission.as_ref().is_some_and(|s| s.mark_drafts);
            let mut now = on;
            if ui
                .checkbox(
                    &mut now,
                    "In dấu DỰ THẢO trên quyết định và kế hoạch khi chưa có số",
                )
                .changed()
            {
                let access: Access<bool> = Rc::new(|p| Some(&mut submission(p)?.mark_drafts));
                doc.edit(Command::set("Đổi dấu dự thảo", access, on, now));
            }
            ui.add_space(12.0);
            ui.strong("Nội dung");
            ui.label(
                "Số liệu của kế hoạch dùng trường tính sẵn (chuột phải): {ct:kế hoạch} chỉ \
                 tiêu, {nv:tổng} nhiệm vụ, {kp:tổng} kinh phí — tự cập nhật khi kế hoạch đổi.",
            );
            let body: ItemsOf = Rc::new(|p| Some(&mut submission(p)?.body));
            items::show(
                ui,
                doc,
                "submission.body",
                body,
                &Level::ALL,
                Level::Paragraph,
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label("Câu kết");
                let w = ui.available_width().max(200.0);
                rich(
                    ui,
                    doc,
                    "Câu kết",
                    "submission.closing".into(),
                    Rc::new(|p| Some(&mut submission(p)?.closing)),
                    w,
                    true,
                );
            });
            ui.add_space(12.0);
            form(
                ui,
                doc,
                "submission.sig",
                |p| Some(&mut submission(p)?.recipients),
                |p| Some(&mut submission(p)?.signature),
                &DEPARTMENT,
            );
        });
}
