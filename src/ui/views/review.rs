//! Cần xem lại: what a roll-over left for the officer, each item a link to
//! its place; ticked items leave the list.

use crate::rollover::Report;
use egui::Ui;

/// Shows the list; returns the path of an item the officer clicked.
pub fn show(ui: &mut Ui, report: Option<&mut Report>) -> Option<crate::model::Place> {
    ui.heading("Cần xem lại");
    let Some(report) = report else {
        ui.label("Không còn mục nào cần xem lại.");
        return None;
    };
    ui.label("Kế hoạch mới đã được tạo từ kế hoạch năm trước. Bấm vào một mục để mở chỗ cần sửa; đánh dấu \"Đã xem\" khi xong.");
    ui.add_space(6.0);
    let mut go = None;
    let mut done = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, f) in report.flags.iter().enumerate() {
            ui.horizontal(|ui| {
                if ui
                    .button("Đã xem")
                    .on_hover_text("Bỏ mục này khỏi danh sách")
                    .clicked()
                {
                    done = Some(i);
                }
                let text = format!("{}: {}", f.place.describe(), f.message);
                if ui.link(text).clicked() {
                    go = Some(f.place.clone());
                }
            });
        }
    });
    if let Some(i) = done {
        report.flags.remove(i);
    }
    go
}
