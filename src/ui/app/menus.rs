//! The menu bar and toolbar, and the keyboard shortcuts.

use super::{App, Dialog, FindState, Then};
use crate::ui::files::Purpose;
use egui::{Key, KeyboardShortcut, Modifiers, Ui};

impl App {
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        let cmd = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
        let cmd_shift = |k| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, k);
        // Consumed before any text field sees them, so Ctrl+Z is the plan's
        // undo everywhere, not the field's own.
        let (redo, undo, save_as, save, open, new, export, find) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&cmd_shift(Key::Z)) || i.consume_shortcut(&cmd(Key::Y)),
                i.consume_shortcut(&cmd(Key::Z)),
                i.consume_shortcut(&cmd_shift(Key::S)),
                i.consume_shortcut(&cmd(Key::S)),
                i.consume_shortcut(&cmd(Key::O)),
                i.consume_shortcut(&cmd(Key::N)),
                i.consume_shortcut(&cmd(Key::P)),
                i.consume_shortcut(&cmd(Key::F)),
            )
        });
        if find && self.doc.is_some() {
            let f = self.find.get_or_insert_with(FindState::default);
            f.focus = true;
        }
        if let Some(doc) = self.doc.as_mut() {
            if undo {
                doc.request_undo();
            }
            if redo {
                doc.request_redo();
            }
        }
        if save_as && self.doc.is_some() {
            self.pick(Purpose::SaveAs);
        } else if save && self.doc.is_some() {
            self.save();
        }
        if open {
            self.request(ctx, Then::Open(None));
        }
        if new {
            self.request(ctx, Then::New);
        }
        if export && self.doc.is_some() {
            self.start_export(Purpose::ExportPdf);
        }
    }

    pub(super) fn menu(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("Tệp", |ui| {
                if ui.button("Mới\tCtrl+N").clicked() {
                    self.request(&ctx, Then::New);
                }
                if ui.button("Mở…\tCtrl+O").clicked() {
                    self.request(&ctx, Then::Open(None));
                }
                ui.menu_button("Mở gần đây", |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label("Chưa có tệp nào");
                    }
                    for p in self.settings.recent.clone() {
                        if ui.button(p.display().to_string()).clicked() {
                            self.request(&ctx, Then::Open(Some(p)));
                        }
                    }
                });
                ui.separator();
                let has = self.doc.is_some();
                if ui
                    .add_enabled(has, egui::Button::new("Lưu\tCtrl+S"))
                    .clicked()
                {
                    self.save();
                }
                if ui
                    .add_enabled(has, egui::Button::new("Lưu thành…\tCtrl+Shift+S"))
                    .clicked()
                {
                    self.pick(Purpose::SaveAs);
                }
                if ui
                    .add_enabled(has, egui::Button::new("Tạo kế hoạch năm sau…"))
                    .clicked()
                    && let Some(d) = &self.doc
                {
                    self.dialog = Some(Dialog::RollForward(d.plan.year + 1));
                }
                if ui
                    .add_enabled(has, egui::Button::new("Lưu thành mẫu…"))
                    .clicked()
                {
                    self.pick(Purpose::SaveTemplate);
                }
                ui.separator();
                if ui
                    .add_enabled(has, egui::Button::new("Xuất PDF…\tCtrl+P"))
                    .clicked()
                {
                    self.start_export(Purpose::ExportPdf);
                }
                let has_appendices = self
                    .doc
                    .as_ref()
                    .is_some_and(|d| !d.plan.appendices.is_empty());
                if ui
                    .add_enabled(has_appendices, egui::Button::new("Xuất phụ lục…"))
                    .clicked()
                {
                    self.start_export(Purpose::ExportAppendices);
                }
                ui.separator();
                if ui
                    .add_enabled(has, egui::Button::new("Đóng kế hoạch"))
                    .clicked()
                {
                    self.request(&ctx, Then::Close);
                }
                if ui.button("Thoát").clicked() {
                    self.request(&ctx, Then::Quit);
                }
            });
            ui.menu_button("Sửa", |ui| {
                let (can_undo, can_redo, ul, rl) = match &self.doc {
                    Some(d) => (
                        d.history.can_undo(),
                        d.history.can_redo(),
                        d.history.undo_label().unwrap_or("").to_string(),
                        d.history.redo_label().unwrap_or("").to_string(),
                    ),
                    None => (false, false, String::new(), String::new()),
                };
                if ui
                    .add_enabled(
                        can_undo,
                        egui::Button::new(format!("Hoàn tác {ul}\tCtrl+Z")),
                    )
                    .clicked()
                    && let Some(d) = self.doc.as_mut()
                {
                    d.request_undo();
                }
                if ui
                    .add_enabled(can_redo, egui::Button::new(format!("Làm lại {rl}\tCtrl+Y")))
                    .clicked()
                    && let Some(d) = self.doc.as_mut()
                {
                    d.request_redo();
                }
                ui.separator();
                if ui.add_enabled(self.doc.is_some(), egui::Button::new("Tìm…\tCtrl+F")).clicked() {
                    self.find.get_or_insert_with(FindState::default).focus = true;
                }
                ui.separator();
                ui.horizontal(|ui| {
                    ui.label("Lưu tạm sau");
                    ui.add(egui::DragValue::new(&mut self.settings.recovery_delay).range(super::settings::RECOVERY_DELAYS).speed(0.5).suffix(" giây"))
                        .on_hover_text("Khi có thay đổi chưa lưu, vài giây sau lần sửa cuối một bản lưu tạm được ghi vào thư mục dữ liệu của người dùng (không ghi đè tệp kế hoạch). Nếu kehoach bị tắt đột ngột, lần mở sau sẽ đề nghị khôi phục.")
                        .accessible_name("Lưu tạm sau (giây)");
                });
            });
            ui.separator();
            // Toolbar: the frequent actions, one click away.
            if ui
                .button("Mới")
                .on_hover_text("Tạo kế hoạch mới (Ctrl+N)")
                .clicked()
            {
                self.request(&ctx, Then::New);
            }
            if ui
                .button("Mở")
                .on_hover_text("Mở kế hoạch (Ctrl+O)")
                .clicked()
            {
                self.request(&ctx, Then::Open(None));
            }
            if self.doc.is_some() {
                if ui.button("Lưu").on_hover_text("Lưu (Ctrl+S)").clicked() {
                    self.save();
                }
                if ui
                    .button("Xuất PDF")
                    .on_hover_text("Xuất PDF (Ctrl+P)")
                    .clicked()
                {
                    self.start_export(Purpose::ExportPdf);
                }
            }
        });
    }
}
