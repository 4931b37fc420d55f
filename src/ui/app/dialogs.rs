//! The modal questions and messages: unsaved changes, errors, roll-over
//! year, recovery, a file changed on disk, errors before export, export done,
//! what an import from Word recognised.

use super::{App, Then};
use crate::ui::doc::Doc;
use crate::ui::files::Purpose;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Lưu / Không lưu / Hủy" before `Then` loses unsaved changes.
    Unsaved(Then),
    Error(String),
    Exported(PathBuf),
    /// What an import from Word recognised, a line each.
    Imported(Vec<String>),
    /// Asks the year of the plan to create from the open one.
    RollForward(i32),
    /// The file changed on disk since it was opened: overwrite it?
    ChangedOnDisk(PathBuf),
    /// Recovery copies left by a session that did not close cleanly.
    Recover,
    /// The plan has errors that print wrong: export anyway?
    ExportErrors(Purpose, Vec<(crate::model::Place, String)>),
}

impl App {
    pub(super) fn dialogs(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("dialog")).show(ctx, |ui| match &dialog {
            Dialog::Unsaved(then) => {
                let name = self.doc.as_ref().map(Doc::name).unwrap_or_default();
                ui.heading("Lưu thay đổi?");
                ui.label(format!(
                    "Kế hoạch \"{name}\" có thay đổi chưa lưu. Lưu trước khi tiếp tục?"
                ));
                ui.horizontal(|ui| {
                    if ui.button("Lưu").clicked() {
                        self.dialog = None;
                        let has_path = self.doc.as_ref().is_some_and(|d| d.path.is_some());
                        if has_path {
                            if self.save() {
                                self.perform(ctx, then.clone());
                            }
                        } else {
                            self.after_save = Some(then.clone());
                            self.pick(Purpose::SaveAs);
                        }
                    }
                    if ui.button("Không lưu").clicked() {
                        // The changes stay in the document until `then` really
                        // replaces it: a cancelled Open dialog loses nothing.
                        self.dialog = None;
                        self.perform(ctx, then.clone());
                    }
                    if ui.button("Hủy").clicked() {
                        self.dialog = None;
                    }
                });
            }
            Dialog::Error(msg) => {
                ui.heading("Không thực hiện được");
                ui.label(msg);
                if ui.button("Đóng").clicked() {
                    self.dialog = None;
                }
            }
            Dialog::RollForward(year) => {
                let mut y = *year;
                ui.heading("Tạo kế hoạch năm sau");
                ui.label("Kế hoạch mới lấy kế hoạch đang mở làm gốc: chuyển năm, đưa kết quả thành giá trị năm trước, giữ nhiệm vụ, dự án chuyển tiếp, nơi nhận và chữ ký, và liệt kê những mục cần xem lại.");
                ui.horizontal(|ui| {
                    ui.label("Năm của kế hoạch mới");
                    ui.add(egui::DragValue::new(&mut y).range(1945..=2200)).accessible_name("Năm của kế hoạch mới");
                });
                if y != *year {
                    self.dialog = Some(Dialog::RollForward(y));
                }
                ui.horizontal(|ui| {
                    if ui.button("Tạo").clicked() {
                        self.dialog = None;
                        self.request(ctx, Then::RollForward(y));
                    }
                    if ui.button("Hủy").clicked() {
                        self.dialog = None;
                    }
                });
            }
            Dialog::Recover => {
                ui.heading("Khôi phục bản lưu tạm?");
                ui.label("Lần trước kehoach không đóng bình thường. Có bản lưu tạm của các kế hoạch sau:");
                let mut act = None;
                for (i, r) in self.recovered.iter().enumerate() {
                    let whose = r.path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "kế hoạch chưa lưu".into());
                    ui.horizontal(|ui| {
                        ui.label(format!("Lưu tạm lúc {} — {whose} (năm {})", r.time, r.plan.year));
                        if ui.button("Khôi phục").clicked() {
                            act = Some((i, true));
                        }
                        if ui.button("Bỏ").clicked() {
                            act = Some((i, false));
                        }
                    });
                }
                if let Some((i, restore)) = act {
                    let r = self.recovered.remove(i);
                    if restore {
                        // The copy stays until the restored plan is saved or closed.
                        self.set_doc(Doc::recovered(r.plan, r.path));
                        self.recovery_file = Some(r.file);
                        self.notice = Some(format!("Đã khôi phục bản lưu tạm lúc {}; hãy lưu kế hoạch", r.time));
                    } else {
                        super::recovery::remove(&r.file);
                    }
                }
                if self.recovered.is_empty() || (act.is_some_and(|(_, restore)| restore)) {
                    self.dialog = None;
                }
            }
            Dialog::ChangedOnDisk(path) => {
                ui.heading("Tệp đã bị thay đổi");
                ui.label(format!(
                    "Tệp {} đã bị chương trình khác thay đổi hoặc xóa sau khi kehoach mở nó. Ghi đè sẽ mất những thay đổi đó (bản cũ vẫn được giữ ở tệp .bak).",
                    path.display()
                ));
                ui.horizontal(|ui| {
                    if ui.button("Ghi đè").clicked() {
                        self.dialog = None;
                        self.save_as(&path.clone());
                    }
                    if ui.button("Lưu thành tệp khác…").clicked() {
                        self.dialog = None;
                        self.pick(Purpose::SaveAs);
                    }
                    if ui.button("Hủy").clicked() {
                        self.dialog = None;
                    }
                });
            }
            Dialog::ExportErrors(purpose, errors) => {
                ui.heading("Kế hoạch còn lỗi");
                ui.label(format!(
                    "Kế hoạch có {} lỗi; nếu xuất bây giờ, các chỗ này sẽ in sai. Bấm vào một lỗi để đến chỗ đó.",
                    errors.len()
                ));
                let mut go = None;
                egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
                    for (place, message) in errors.iter().take(100) {
                        let at = place.describe();
                        if ui.link(format!("{at}: {message}")).clicked() {
                            go = Some(place.clone());
                        }
                    }
                });
                ui.horizontal(|ui| {
                    if ui.button("Vẫn xuất…").clicked() {
                        self.dialog = None;
                        self.pick(*purpose);
                    }
                    if ui.button("Hủy").clicked() {
                        self.dialog = None;
                    }
                });
                if let Some(place) = go {
                    self.dialog = None;
                    self.go_to(&place);
                }
            }
            Dialog::Imported(lines) => {
                ui.heading("Đã nhập từ Word");
                for l in lines {
                    ui.label(l);
                }
                ui.label("Kế hoạch chưa được lưu: bấm Lưu (Ctrl+S) để chọn nơi lưu tệp kế hoạch.");
                if ui.button("Đóng").clicked() {
                    self.dialog = None;
                }
            }
            Dialog::Exported(path) => {
                let kind = file_kind(path);
                ui.heading(format!("Đã xuất {kind}"));
                ui.label(path.display().to_string());
                ui.horizontal(|ui| {
                    if ui.button(format!("Mở tệp {kind}")).clicked() {
                        self.dialog = None;
                        self.open_externally(path);
                    }
                    if ui.button("Đóng").clicked() {
                        self.dialog = None;
                    }
                });
            }
        });
        if modal.should_close()
            && !matches!(
                dialog,
                Dialog::Unsaved(_)
                    | Dialog::RollForward(_)
                    | Dialog::ChangedOnDisk(_)
                    | Dialog::ExportErrors(..)
            )
        {
            self.dialog = None;
        }
    }
}

/// "PDF" or "Excel": what an exported file is, by its extension.
pub(super) fn file_kind(path: &std::path::Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("xlsx") => "Excel",
        Some(e) if e.eq_ignore_ascii_case("docx") => "Word",
        _ => "PDF",
    }
}
