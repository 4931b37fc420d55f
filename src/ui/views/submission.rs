//! Tờ trình: the department's submission proposing the plan (and the
//! decision). Its header, "Kính gửi", its body, the closing sentence,
//! recipients and signature, and whether the drafts it carries print
//! "DỰ THẢO".

use super::closing::{DEPARTMENT, form};
use super::header_form::{FiledPage, filed_page};
use super::items::{self, ItemsOf};
use crate::model::{DocKind, Level, Plan, Submission};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, rich, text};
use egui::Ui;
use std::rc::Rc;

fn submission(p: &mut Plan) -> Option<&mut Submission> {
    p.submission.as_mut()
}

const PAGE: FiledPage = FiledPage {
    kind: DocKind::Submission,
    heading: "Tờ trình đề nghị ban hành",
    missing: "Hồ sơ này chưa có tờ trình. Chọn Hồ sơ → Thêm tờ trình.",
    key: "submission.meta",
    meta: |p| Some(&mut submission(p)?.meta),
    rows: |ui, doc| {
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
    },
};

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    filed_page(ui, doc, &PAGE, |ui, doc| {
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
            "Số liệu của kế hoạch (số chỉ tiêu, số nhiệm vụ, tổng kinh phí): chuột phải → \
                 Chèn trường tính sẵn; chúng tự cập nhật khi kế hoạch thay đổi.",
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
