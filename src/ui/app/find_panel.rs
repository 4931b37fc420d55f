//! The find window (Ctrl+F): a query, its hits, a click goes to the place.

use super::App;
use egui::Key;

#[derive(Default)]
pub struct FindState {
    pub query: String,
    pub hits: Vec<super::find::Hit>,
    pub(super) focus: bool,
}

impl App {
    pub(super) fn find_panel(&mut self, ctx: &egui::Context) {
        let Some(mut f) = self.find.take() else {
            return;
        };
        let mut open = true;
        let mut jump = None;
        egui::Window::new("Tìm trong kế hoạch")
            .open(&mut open)
            .default_width(420.0)
            .show(ctx, |ui| {
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut f.query)
                            .hint_text("Từ cần tìm (không cần dấu)")
                            .desired_width(400.0),
                    )
                    .accessible_name("Từ cần tìm");
                if f.focus {
                    r.request_focus();
                    f.focus = false;
                }
                if r.changed()
                    && let Some(d) = &self.doc
                {
                    f.hits = super::find::find(&d.plan, &f.query, 200);
                }
                if !f.query.trim().is_empty() {
                    ui.label(match f.hits.len() {
                        0 => "Không tìm thấy".to_string(),
                        200 => "Hơn 200 kết quả; hãy gõ cụ thể hơn".to_string(),
                        n => format!("{n} kết quả"),
                    });
                }
                egui::ScrollArea::vertical()
                    .max_height(360.0)
                    .show(ui, |ui| {
                        for h in &f.hits {
                            let label = format!("{}: {}", h.place.describe(), h.excerpt);
                            if ui.selectable_label(false, label).clicked() {
                                jump = Some(h.place.clone());
                            }
                        }
                    });
            });
        if let Some(place) = jump {
            self.go_to(&place);
        }
        if open && !ctx.input(|i| i.key_pressed(Key::Escape)) {
            self.find = Some(f);
        }
    }
}
