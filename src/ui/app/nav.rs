//! The parts of the plan the navigation panel offers, and the editor of the
//! part selected.

use super::App;
use crate::ui::views;
use egui::Ui;

/// The parts of the plan the navigation panel offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    General,
    Legal,
    Body,
    Targets,
    Tasks,
    Budget,
    Appendices,
    Agencies,
    Closing,
    /// What a roll-over left to look at (only while there is something).
    Review,
}

impl View {
    pub const ALL: [View; 9] = [
        View::General,
        View::Legal,
        View::Body,
        View::Targets,
        View::Tasks,
        View::Budget,
        View::Appendices,
        View::Agencies,
        View::Closing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::General => "Thông tin chung",
            View::Legal => "Căn cứ",
            View::Body => "Nội dung",
            View::Targets => "Chỉ tiêu",
            View::Tasks => "Nhiệm vụ",
            View::Budget => "Kinh phí",
            View::Appendices => "Phụ lục",
            View::Agencies => "Danh mục cơ quan",
            View::Closing => "Nơi nhận và chữ ký",
            View::Review => "Cần xem lại",
        }
    }
}

impl App {
    pub(super) fn nav(&mut self, ui: &mut Ui) {
        ui.add_space(6.0);
        for v in View::ALL {
            if ui.selectable_label(self.view == v, v.label()).clicked() {
                self.view = v;
            }
        }
        if let Some(r) = &self.review {
            ui.separator();
            let left = r.flags.len();
            if ui
                .selectable_label(self.view == View::Review, format!("Cần xem lại ({left})"))
                .clicked()
            {
                self.view = View::Review;
            }
        }
    }

    pub(super) fn editor(&mut self, ui: &mut Ui) {
        ui.push_id(self.doc_serial, |ui| self.view_editor(ui));
    }

    fn view_editor(&mut self, ui: &mut Ui) {
        let Some(doc) = self.doc.as_mut() else { return };
        match self.view {
            View::General => views::general::show(ui, doc),
            View::Legal => views::legal::show(ui, doc),
            View::Body => views::body::show(ui, doc, &mut self.body),
            View::Targets => views::targets::show(ui, doc, &mut self.targets),
            View::Tasks => views::tasks::show(ui, doc, &mut self.tasks),
            View::Budget => views::budget::show(ui, doc, &mut self.budget),
            View::Appendices => views::appendices::show(ui, doc, &mut self.appendices),
            View::Agencies => views::agencies::show(ui, doc, &mut self.agencies),
            View::Closing => views::closing::show(ui, doc),
            View::Review => {
                if let Some(path) = views::review::show(ui, self.review.as_mut()) {
                    self.go_to(&path);
                }
            }
        }
    }
}
