//! Export to PDF or Excel off the UI thread (the window stays responsive while a
//! large plan is laid out), and opening the exported file with the
//! desktop's viewer.

use super::{App, Dialog};
use crate::fonts::FontSet;
use crate::ui::files::Purpose;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{TryRecvError, channel};

impl App {
    /// Xuất PDF: a plan with errors would print them wrong, so first say
    /// which and ask; then choose the file.
    pub fn start_export(&mut self, purpose: Purpose) {
        let Some(doc) = self.doc.as_mut() else { return };
        doc.flush();
        let errors: Vec<_> = crate::validate::errors(&doc.plan)
            .into_iter()
            .map(|p| (p.place, p.message))
            .collect();
        if errors.is_empty() {
            self.pick(purpose);
        } else {
            self.dialog = Some(Dialog::ExportErrors(purpose, errors));
        }
    }

    /// Writes the PDF off the UI thread; the window stays responsive.
    pub fn export_to(&mut self, path: PathBuf, opts: crate::layout::Options) {
        self.export_with(path, "Đang xuất PDF…", move |plan, fonts| {
            let pdf = crate::layout::document(plan, fonts, &opts);
            crate::pdf::write(&pdf, fonts).map_err(|e| e.to_string())
        });
    }

    /// Writes the appendix tables as an Excel workbook, off the UI thread.
    pub fn export_xlsx_to(&mut self, path: PathBuf) {
        self.export_with(path, "Đang xuất Excel…", |plan, fonts| {
            let opts = crate::layout::Options::appendices(None);
            crate::xlsx::appendix_tables(plan, fonts, &opts)
                .map(|w| w.bytes)
                .map_err(|e| e.to_string())
        });
    }

    /// Writes the document as Word, off the UI thread.
    pub fn export_docx_to(&mut self, path: PathBuf) {
        self.export_with(path, "Đang xuất Word…", |plan, fonts| {
            crate::docx::write(plan, fonts, &crate::layout::Options::default())
                .map_err(|e| e.to_string())
        });
    }

    /// Writes the task list for tracking software, off the UI thread.
    pub fn export_tasks_to(&mut self, path: PathBuf) {
        self.export_with(path, "Đang xuất Excel…", |plan, fonts| {
            crate::xlsx::task_list(plan, fonts)
                .map(|w| w.bytes)
                .map_err(|e| e.to_string())
        });
    }

    /// Makes a file's bytes from a snapshot of the plan on a worker thread
    /// and writes them whole; the poll shows the result.
    fn export_with(
        &mut self,
        path: PathBuf,
        busy: &str,
        make: impl FnOnce(&crate::model::Plan, &FontSet) -> Result<Vec<u8>, String> + Send + 'static,
    ) {
        let Some(doc) = self.doc.as_mut() else { return };
        doc.flush();
        let plan = doc.snapshot();
        let (tx, rx) = channel();
        // A thread that cannot start drops `tx`: the poll says the export failed.
        let _ = crate::ui::background::spawn("kehoach-export", move || {
            let work = || -> Result<PathBuf, String> {
                let fonts = FontSet::bundled().map_err(|e| e.to_string())?;
                let bytes = make(&plan, &fonts)?;
                crate::io::save::write_atomic(&path, &bytes).map_err(|e| e.to_string())?;
                Ok(path)
            };
            // A panic in the export ends in a message, never in a status
            // that says "Đang xuất PDF…" forever.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .unwrap_or_else(|_| Err(EXPORT_CRASHED.to_string()));
            let _ = tx.send(result);
        });
        self.exporting = Some(rx);
        self.notice = Some(busy.into());
    }

    /// Waits for a running export (tests; the window polls instead).
    pub fn wait_for_export(&mut self) {
        if let Some(rx) = self.exporting.take() {
            let result = rx.recv().unwrap_or_else(|_| Err(EXPORT_CRASHED.into()));
            self.finish_export(result);
        }
    }

    fn finish_export(&mut self, result: Result<PathBuf, String>) {
        match result {
            Ok(path) => {
                self.notice = Some(format!("Đã xuất {}", path.display()));
                self.dialog = Some(Dialog::Exported(path));
            }
            Err(e) => self.dialog = Some(Dialog::Error(e)),
        }
    }

    /// Opens a file with the desktop's program for it, off the UI thread; a
    /// failure (no PDF viewer) comes back as a message in the window.
    pub fn open_externally(&mut self, path: &Path) {
        let (tx, rx) = channel();
        let opener = self.opener.clone();
        let path = path.to_path_buf();
        let kind = super::dialogs::file_kind(&path);
        std::thread::spawn(move || {
            let name = opener.display().to_string();
            let r = match std::process::Command::new(&opener).arg(&path).status() {
                Ok(s) if s.success() => Ok(()),
                Ok(s) => Err(format!(
                    "Không mở được {}: {name} báo lỗi{}. Có thể máy chưa có chương trình mở tệp {kind}. \
                     Tệp {kind} vẫn được lưu ở đó; hãy mở nó bằng chương trình khác.",
                    path.display(),
                    s.code().map(|c| format!(" (mã {c})")).unwrap_or_default()
                )),
                Err(e) => Err(format!(
                    "Không mở được {}: không chạy được {name} ({}). Tệp {kind} vẫn được lưu ở đó; \
                     hãy mở nó bằng chương trình mở tệp {kind}.",
                    path.display(),
                    crate::io::error::io_reason(&e)
                )),
            };
            let _ = tx.send(r);
        });
        self.opening = Some(rx);
    }

    /// Waits for "open the PDF" to finish or fail (tests).
    pub fn wait_for_opening(&mut self) {
        if let Some(rx) = self.opening.take()
            && let Ok(Err(e)) = rx.recv()
        {
            self.dialog = Some(Dialog::Error(e));
        }
    }

    /// Collects a finished export or a failed "open the PDF".
    pub(super) fn poll_export(&mut self) {
        if let Some(rx) = &self.exporting {
            match rx.try_recv() {
                Ok(result) => {
                    self.exporting = None;
                    self.finish_export(result);
                }
                Err(TryRecvError::Disconnected) => {
                    self.exporting = None;
                    self.finish_export(Err(EXPORT_CRASHED.into()));
                }
                Err(TryRecvError::Empty) => {}
            }
        }
        if let Some(rx) = &self.opening {
            match rx.try_recv() {
                Ok(r) => {
                    self.opening = None;
                    if let Err(e) = r {
                        self.dialog = Some(Dialog::Error(e));
                    }
                }
                Err(TryRecvError::Disconnected) => self.opening = None,
                Err(TryRecvError::Empty) => {}
            }
        }
    }
}

/// The desktop's program that opens a file with its default application.
pub(super) fn default_opener() -> &'static str {
    if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

const EXPORT_CRASHED: &str = "Xuất PDF bị dừng giữa chừng do một lỗi không mong đợi; \
     không có tệp nào bị ghi đè. Hãy lưu kế hoạch và thử xuất lại.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_thread_that_died_ends_in_a_message() {
        let mut app = App::default();
        let (tx, rx) = channel::<Result<PathBuf, String>>();
        drop(tx);
        app.exporting = Some(rx);
        app.notice = Some("Đang xuất PDF…".into());
        app.poll(&egui::Context::default());
        assert!(app.exporting.is_none());
        assert_eq!(app.dialog, Some(Dialog::Error(EXPORT_CRASHED.into())));
    }
}
