//! The start screen, while no plan is open: new plan, open, import from
//! Word, recent files, samples and templates.

use super::document::next_year;
use super::{App, SAMPLES, Then};
use egui::Ui;

impl App {
    /// The start screen: new plan, open, recent files, samples.
    pub(super) fn start(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.heading("kehoach: soạn Kế hoạch của Ủy ban nhân dân tỉnh");
            ui.add_space(20.0);
            if ui.button("Tạo kế hoạch mới").clicked() {
                self.perform(&ctx, Then::New);
            }
            if ui.button("Mở tệp kế hoạch…").clicked() {
                self.perform(&ctx, Then::Open(None));
            }
            // The first year: last year's plan exists only as a Word file.
            if ui.button("Nhập kế hoạch năm trước từ Word…").clicked() {
                self.perform(&ctx, Then::ImportDocx);
            }
            ui.weak("Hoặc kéo một tệp kế hoạch (.ron) hay tệp Word (.docx) vào cửa sổ này.");
            ui.add_space(16.0);
            if !self.settings.recent.is_empty() {
                ui.label("Mở gần đây");
                for p in self.settings.recent.clone() {
                    if ui.link(p.display().to_string()).clicked() {
                        self.perform(&ctx, Then::Open(Some(p)));
                    }
                }
                ui.add_space(16.0);
            }
            ui.label("Kế hoạch mẫu");
            for (i, (name, _)) in SAMPLES.iter().enumerate() {
                if ui.link(*name).clicked() {
                    self.perform(&ctx, Then::Sample(i));
                }
            }
            ui.add_space(16.0);
            let year = next_year();
            ui.label(format!("Bắt đầu kế hoạch năm {year} từ mẫu"));
            for (i, t) in crate::rollover::template::TEMPLATES.iter().enumerate() {
                if ui.link(t.description).clicked() {
                    self.perform(&ctx, Then::Template(i, year));
                }
            }
        });
    }
}
