//! Beside a text of the year under review to write anew: last year's text,
//! as it printed, to read and copy from; "Dùng lại" takes it whole (one
//! undo step). It never prints by itself.

use crate::model::{Rewrite, Rich};
use crate::ui::doc::Doc;
use crate::ui::history::{Access, Command};
use egui::Ui;
use std::hash::Hash;

/// The accessible name of the reference's text.
pub const REFERENCE_LABEL: &str = "Đoạn năm trước (tham khảo)";
/// The button that takes last year's text.
pub const TAKE_LABEL: &str = "Dùng lại đoạn năm trước";

pub fn reference(
    ui: &mut Ui,
    doc: &mut Doc,
    x: &Rewrite,
    text: Access<Rich>,
    salt: impl Hash + std::fmt::Debug,
) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.weak(format!(
                    "Đoạn của kế hoạch năm {} (tham khảo, không in; năm ghi đúng như đã in):",
                    x.reference_year
                ));
                let take = ui
                    .add_enabled(x.text.is_blank(), egui::Button::new(TAKE_LABEL))
                    .on_hover_text("Chép đoạn năm trước vào ô bên trên để sửa lại cho năm nay")
                    .on_disabled_hover_text("Đoạn mới đã có nội dung");
                if take.clicked() {
                    doc.edit(Command::set(
                        TAKE_LABEL,
                        text,
                        x.text.clone(),
                        x.reference.clone(),
                    ));
                }
            });
            // Read-only but selectable, drawn as it printed.
            let mut shown = x.reference.as_str();
            let mut layouter = |ui: &Ui, t: &dyn egui::TextBuffer, wrap: f32| {
                crate::ui::rich_edit::galley(ui, t.as_str(), wrap)
            };
            ui.add(
                egui::TextEdit::multiline(&mut shown)
                    .id_salt(salt)
                    .desired_rows(1)
                    .desired_width(f32::INFINITY)
                    .layouter(&mut layouter),
            )
            .accessible_name(REFERENCE_LABEL);
        });
}
