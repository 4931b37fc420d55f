//! Files and documents: new, open, samples, templates, roll-over, save,
//! save as, and the file dialogs that lead to them. Whatever replaces the
//! open document first asks about unsaved changes (`request`).

use super::{App, Dialog, View};
use crate::layout::Options;
use crate::model::Plan;
use crate::ui::doc::Doc;
use crate::ui::files::{self, Picking, Poll, Purpose};
use std::path::{Path, PathBuf};

/// What to do once the current document may be closed.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    New,
    /// Open a file; None asks for one with a dialog.
    Open(Option<PathBuf>),
    /// Ask for a Word file and read it into a new document.
    ImportDocx,
    /// One of the bundled samples.
    Sample(usize),
    /// A plan for a year from one of the bundled templates.
    Template(usize, i32),
    /// Next year's plan from the open one.
    RollForward(i32),
    Close,
    Quit,
}

/// The bundled samples: real plans to start from or look at.
pub const SAMPLES: [(&str, &str); 3] = [
    (
        "Kế hoạch chuyển đổi số năm 2024",
        include_str!("../../../assets/samples/ke-hoach-cds-2024.ron"),
    ),
    (
        "Kế hoạch cải thiện chỉ số DTI năm 2023",
        include_str!("../../../assets/samples/ke-hoach-dti-2023.ron"),
    ),
    (
        "Kế hoạch kinh tế số, xã hội số năm 2026",
        include_str!("../../../assets/samples/ke-hoach-kts-xhs-2026.ron"),
    ),
];

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(ext))
}

/// A Word file, imported rather than opened.
fn is_word(path: &Path) -> bool {
    has_extension(path, "docx")
}

/// A plan file (or its backup), opened.
fn is_plan(path: &Path) -> bool {
    has_extension(path, "ron") || has_extension(path, "bak")
}

impl App {
    /// Does `then` now, or first asks what to do with unsaved changes.
    pub fn request(&mut self, ctx: &egui::Context, then: Then) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            self.perform(ctx, then);
        }
    }

    pub(super) fn perform(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                let year = next_year();
                self.set_doc(Doc::new(Plan::new(year), None));
            }
            Then::Open(Some(path)) => self.open_path(&path),
            Then::Open(None) => self.pick(Purpose::Open),
            Then::ImportDocx => self.pick(Purpose::ImportDocx),
            Then::Sample(i) => {
                if let Some((_, text)) = SAMPLES.get(i) {
                    match crate::io::load_str(text, Path::new("mau.ron")) {
                        Ok(plan) => self.set_doc(Doc::new(plan, None)),
                        Err(e) => self.dialog = Some(Dialog::Error(e.to_string())),
                    }
                }
            }
            Then::Template(i, year) => {
                let Some(t) = crate::rollover::template::TEMPLATES.get(i) else {
                    return;
                };
                match crate::rollover::template::instantiate(t, year) {
                    Ok(plan) => self.set_doc(Doc::new(plan, None)),
                    Err(e) => self.dialog = Some(Dialog::Error(e.to_string())),
                }
            }
            Then::RollForward(year) => {
                let Some(doc) = self.doc.as_mut() else { return };
                doc.flush();
                let (plan, _) = crate::rollover::roll_forward(&doc.plan, year);
                let n = plan.to_review.len();
                self.set_doc(Doc::new(plan, None));
                if n > 0 {
                    self.view = View::Review;
                }
                self.notice = Some(format!("Đã tạo kế hoạch năm {year}; {n} mục cần xem lại"));
            }
            Then::Close => {
                self.drop_recovery();
                self.doc = None;
            }
            Then::Quit => {
                self.drop_recovery();
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// A file dropped on the window: a plan opens, a Word file is imported,
    /// as Mở and Nhập từ Word do (asking first about unsaved changes).
    pub(super) fn dropped(&mut self, ctx: &egui::Context) {
        let Some(file) = ctx.input(|i| i.raw.dropped_files.first().cloned()) else {
            return;
        };
        let path = file.path();
        if is_plan(path) || is_word(path) {
            self.request(ctx, Then::Open(Some(path.to_path_buf())));
        } else {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            self.dialog = Some(Dialog::Error(format!(
                "Không mở được {name}: kéo vào đây một tệp kế hoạch (.ron) để mở, \
                 hoặc một tệp Word (.docx) để nhập."
            )));
        }
    }

    /// Opens a file (from the command line, the dialog, the recent list or a
    /// drop); a Word file is imported into a new document instead.
    pub fn open_path(&mut self, path: &Path) {
        if is_word(path) {
            self.import_docx(path);
            return;
        }
        match Doc::open(path) {
            Ok(doc) => {
                files::remember(&mut self.settings.recent, path);
                self.set_doc(doc);
                self.notice = Some(format!("Đã mở {}", path.display()));
            }
            Err(e) => self.dialog = Some(Dialog::Error(e.to_string())),
        }
    }

    /// Reads a Word file into a new document without a path, so that it is
    /// saved as a plan file only where the officer chooses (Ctrl+S asks),
    /// never over the .docx. A file that cannot be read leaves the open
    /// document as it was.
    pub fn import_docx(&mut self, path: &Path) {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.dialog = Some(Dialog::Error(format!(
                    "Không đọc được tệp {}: {}",
                    path.display(),
                    crate::io::error::io_reason(&e)
                )));
                return;
            }
        };
        let imported = match crate::io::word::import(&bytes) {
            Ok(i) => i,
            Err(e) => {
                self.dialog = Some(Dialog::Error(e.to_string()));
                return;
            }
        };
        let notes = imported.report.notes.len();
        let mut lines = imported.summary();
        lines.push(if notes > 0 {
            format!("Cần xem lại {notes} chỗ (danh sách Cần xem lại)")
        } else {
            "Không có chỗ nào phải đoán.".into()
        });
        self.set_doc(Doc::new(imported.plan, None));
        if notes > 0 {
            self.view = View::Review;
        }
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        self.notice = Some(if notes > 0 {
            format!("Đã nhập từ Word {name}; cần xem lại {notes} chỗ")
        } else {
            format!("Đã nhập từ Word {name}")
        });
        self.dialog = Some(Dialog::Imported(lines));
    }

    /// Ctrl+S: to the document's file, or Save-as when it has none.
    /// Returns whether the plan is saved now.
    pub fn save(&mut self) -> bool {
        let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else {
            self.pick(Purpose::SaveAs);
            return false;
        };
        if self.doc.as_ref().is_some_and(Doc::changed_on_disk) {
            // Someone else changed the file: ask before overwriting their work.
            self.dialog = Some(Dialog::ChangedOnDisk(path));
            return false;
        }
        self.save_as(&path)
    }

    /// What the Save-as dialog does with its answer.
    pub fn save_as(&mut self, path: &Path) -> bool {
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        match doc.save_to(path) {
            Ok(()) => {
                self.drop_recovery();
                files::remember(&mut self.settings.recent, path);
                self.notice = Some(format!("Đã lưu {}", path.display()));
                true
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error(e.to_string()));
                false
            }
        }
    }

    /// Writes the open plan's structure, without its figures, as a template.
    pub fn save_template(&mut self, path: &Path) {
        let Some(doc) = &self.doc else { return };
        let t = crate::rollover::template::from_plan(&doc.plan);
        match crate::io::save_atomic(path, &t) {
            Ok(()) => self.notice = Some(format!("Đã lưu mẫu {}", path.display())),
            Err(e) => self.dialog = Some(Dialog::Error(e.to_string())),
        }
    }

    pub(super) fn pick(&mut self, purpose: Purpose) {
        if self.picking.is_some() {
            return; // one dialog at a time
        }
        let suggested = self.doc.as_ref().and_then(|d| d.path.clone());
        self.picking = Some(Picking::start(purpose, suggested, self.native_dialogs));
    }

    /// What a file dialog's answer leads to.
    fn picked(&mut self, ctx: &egui::Context, purpose: Purpose, answer: Option<PathBuf>) {
        match (purpose, answer) {
            (Purpose::Open, Some(path)) => self.open_path(&path),
            (Purpose::ImportDocx, Some(path)) => self.import_docx(&path),
            (Purpose::SaveAs, Some(path)) => {
                if self.save_as(&path)
                    && let Some(then) = self.after_save.take()
                {
                    self.perform(ctx, then);
                }
            }
            (Purpose::ExportPdf, Some(path)) => self.export_to(path, Options::default()),
            (Purpose::ExportAppendices, Some(path)) => {
                self.export_to(path, Options::appendices(None))
            }
            (Purpose::ExportDocument(kind), Some(path)) => {
                self.export_to(path, Options::document(kind))
            }
            (Purpose::ExportXlsx, Some(path)) => self.export_xlsx_to(path),
            (Purpose::ExportDocx, Some(path)) => self.export_docx_to(path),
            (Purpose::ExportTasks, Some(path)) => self.export_tasks_to(path),
            (Purpose::SaveTemplate, Some(path)) => self.save_template(&path),
            (_, None) => self.after_save = None,
        }
    }

    /// Follows the open file dialog: its answer, or kehoach's own dialog
    /// when the desktop turned out to have none.
    pub(super) fn poll_picking(&mut self, ctx: &egui::Context) {
        if let Some(p) = self.picking.as_mut() {
            let purpose = p.purpose;
            match p.poll(ctx) {
                Poll::Waiting => {}
                Poll::NoService => {
                    self.native_dialogs = false;
                    let suggested = self.doc.as_ref().and_then(|d| d.path.clone());
                    self.picking = Some(Picking::in_app(
                        purpose,
                        suggested.as_deref(),
                        Some(NO_DIALOG_SERVICE.into()),
                    ));
                }
                Poll::Done(answer) => {
                    self.picking = None;
                    self.picked(ctx, purpose, answer);
                }
            }
        }
    }
}

/// Plans are drafted for the coming year.
pub(super) fn next_year() -> i32 {
    use chrono::Datelike;
    chrono::Local::now().date_naive().year() + 1
}

const NO_DIALOG_SERVICE: &str = "Máy này không có hộp thoại chọn tệp của hệ thống \
     (xdg-desktop-portal hoặc zenity), nên kehoach dùng hộp thoại riêng.";
