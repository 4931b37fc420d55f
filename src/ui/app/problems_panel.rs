//! The problems panel (F8, or the counts in the status bar): every problem
//! of the plan in words, errors first, each a link to the place it is about.
//! It follows the plan: the list is the one the status bar counted.

use super::App;
use crate::validate::Severity;

/// At most this many are listed; the rest are counted.
const SHOWN: usize = 300;

impl App {
    pub(super) fn problems_panel(&mut self, ctx: &egui::Context) {
        if !self.problems_open || self.doc.is_none() {
            return;
        }
        let mut open = true;
        let mut go = None;
        egui::Window::new("Vấn đề của kế hoạch")
            .open(&mut open)
            .default_width(520.0)
            .default_pos(ctx.content_rect().right_bottom() - egui::vec2(560.0, 360.0))
            .show(ctx, |ui| {
                if self.problem_list.is_empty() {
                    ui.label("Không có vấn đề.");
                    return;
                }
                ui.label("Bấm vào một vấn đề để đến chỗ đó.");
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for p in self.problem_list.iter().take(SHOWN) {
                            let (kind, color) = match p.severity {
                                Severity::Error => ("Lỗi", ui.visuals().error_fg_color),
                                Severity::Warning => ("Cảnh báo", ui.visuals().warn_fg_color),
                            };
                            ui.horizontal_wrapped(|ui| {
                                ui.colored_label(color, kind);
                                let text = format!("{}: {}", p.place.describe(), p.message);
                                if ui.link(text).clicked() {
                                    go = Some(p.place.clone());
                                }
                            });
                        }
                        let more = self.problem_list.len().saturating_sub(SHOWN);
                        if more > 0 {
                            ui.label(format!("… và {more} vấn đề khác"));
                        }
                    });
            });
        if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.problems_open = false;
        }
        if let Some(place) = go {
            self.go_to(&place);
        }
    }
}
