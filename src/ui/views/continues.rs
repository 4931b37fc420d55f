//! Thông tin chung → the plan this one continues (last year's): its
//! number, date and title as its header said, printed wherever the text
//! cites it with {kh:trước}. Roll-over fills it; a draft's blanks are
//! filled here once the records office has numbered that plan.

use crate::model::PreviousPlan;
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use crate::ui::widgets::{form_row, opt_number, text};
use egui::Ui;
use std::rc::Rc;

/// The heading of the part, also its accessible name.
pub const HEADING: &str = "Kế hoạch năm trước (kế hoạch này tiếp nối)";

pub fn show(ui: &mut Ui, doc: &mut Doc) {
    ui.add_space(12.0);
    ui.strong(HEADING);
    let Some(cited) = doc.plan.continues.clone() else {
        ui.weak(
            "Chưa có. Kế hoạch tạo bằng \"Tạo kế hoạch năm sau\" tự điền phần này; muốn trích dẫn \
             kế hoạch năm trước trong văn bản, chuột phải vào đoạn văn → Chèn trường tính sẵn → \
             Kế hoạch năm trước.",
        );
        if ui.button("Thêm kế hoạch năm trước").clicked() {
            let access: Access<Option<PreviousPlan>> = Rc::new(|p| Some(&mut p.continues));
            let new = Some(blank(&doc.plan));
            doc.edit(Command::set("Thêm kế hoạch năm trước", access, None, new));
        }
        return;
    };
    egui::Grid::new("continues")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            form_row(ui, "Số (kế hoạch năm trước)", |ui| {
                opt_number::<u32>(
                    ui,
                    doc,
                    "Số kế hoạch năm trước",
                    "continues.number".into(),
                    Rc::new(|p| p.continues.as_mut().map(|c| &mut c.number)),
                    80.0,
                )
            });
            form_row(ui, "Ký hiệu (kế hoạch năm trước)", |ui| {
                text(
                    ui,
                    doc,
                    "Ký hiệu kế hoạch năm trước",
                    "continues.symbol".into(),
                    Rc::new(|p| p.continues.as_mut().map(|c| &mut c.symbol)),
                    160.0,
                    false,
                )
            });
            form_row(ui, "Ngày ban hành (kế hoạch năm trước)", |ui| {
                ui.horizontal(|ui| {
                    opt_number::<u8>(
                        ui,
                        doc,
                        "Ngày (kế hoạch năm trước)",
                        "continues.day".into(),
                        Rc::new(|p| p.continues.as_mut().map(|c| &mut c.date.day)),
                        40.0,
                    );
                    ui.label("/");
                    opt_number::<u8>(
                        ui,
                        doc,
                        "Tháng (kế hoạch năm trước)",
                        "continues.month".into(),
                        Rc::new(|p| p.continues.as_mut().map(|c| &mut c.date.month)),
                        40.0,
                    );
                    ui.label("/");
                    opt_number::<i32>(
                        ui,
                        doc,
                        "Năm ban hành (kế hoạch năm trước)",
                        "continues.year".into(),
                        Rc::new(|p| p.continues.as_mut().map(|c| &mut c.date.year)),
                        60.0,
                    )
                })
                .inner
            });
            form_row(ui, "Trích yếu (kế hoạch năm trước)", |ui| {
                text(
                    ui,
                    doc,
                    "Trích yếu kế hoạch năm trước",
                    "continues.title".into(),
                    Rc::new(|p| p.continues.as_mut().map(|c| &mut c.title)),
                    420.0,
                    false,
                )
            });
        });
    ui.label(format!("Trích dẫn: {}", cited.citation(&doc.plan.meta)))
        .on_hover_text("In ở mọi chỗ chèn trường \"Kế hoạch năm trước\"");
    if !cited.is_complete() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Chưa đủ số và ngày ban hành: bản in để trống chỗ đó.",
        );
    }
}

/// Last year's plan as far as this one can tell: the same issuer and kind,
/// the title with last year's year (a copy of the plan a year back; a
/// click's work).
fn blank(p: &crate::model::Plan) -> PreviousPlan {
    let mut last = p.clone();
    last.year = p.year - 1;
    let mut cited = PreviousPlan::of(&last);
    cited.number = None;
    cited.date = crate::model::DocDate {
        day: None,
        month: None,
        year: Some(p.year - 1),
    };
    cited
}
