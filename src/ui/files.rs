//! Native file dialogs off the UI thread (the window never freezes while a
//! dialog is open), and the list of recent files.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// What a dialog was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ExportPdf,
    ExportAppendices,
    SaveTemplate,
}

pub struct Picking {
    pub purpose: Purpose,
    rx: Receiver<Option<PathBuf>>,
}

impl Picking {
    /// Opens the dialog on its own thread; poll `result` every frame.
    pub fn start(purpose: Purpose, suggested: Option<PathBuf>) -> Picking {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut d = rfd::AsyncFileDialog::new();
            if let Some(dir) = suggested.as_ref().and_then(|p| p.parent()) {
                d = d.set_directory(dir);
            }
            let name = |ext: &str| {
                suggested
                    .as_ref()
                    .and_then(|p| p.file_stem())
                    .map(|s| format!("{}.{ext}", s.to_string_lossy()))
            };
            let fut = match purpose {
                Purpose::Open => {
                    let d = d
                        .add_filter("Kế hoạch (RON)", &["ron"])
                        .set_title("Mở kế hoạch");
                    pollster::block_on(d.pick_file())
                }
                Purpose::SaveAs => {
                    let d = d
                        .add_filter("Kế hoạch (RON)", &["ron"])
                        .set_title("Lưu kế hoạch")
                        .set_file_name(name("ron").unwrap_or_else(|| "ke-hoach.ron".into()));
                    pollster::block_on(d.save_file())
                }
                Purpose::SaveTemplate => {
                    let d = d
                        .add_filter("Mẫu kế hoạch (RON)", &["ron"])
                        .set_title("Lưu thành mẫu")
                        .set_file_name("mau-ke-hoach.ron");
                    pollster::block_on(d.save_file())
                }
                Purpose::ExportPdf | Purpose::ExportAppendices => {
                    let default = if purpose == Purpose::ExportPdf {
                        "ke-hoach.pdf".to_string()
                    } else {
                        "phu-luc.pdf".to_string()
                    };
                    let d = d
                        .add_filter("PDF", &["pdf"])
                        .set_title("Xuất PDF")
                        .set_file_name(name("pdf").unwrap_or(default));
                    pollster::block_on(d.save_file())
                }
            };
            let _ = tx.send(fut.map(|h| h.path().to_path_buf()));
        });
        Picking { purpose, rx }
    }

    /// Some(result) once the dialog has closed (None inside: cancelled).
    pub fn result(&self) -> Option<Option<PathBuf>> {
        self.rx.try_recv().ok()
    }
}

/// Most recent first, without duplicates, at most ten.
pub fn remember(recent: &mut Vec<PathBuf>, path: &std::path::Path) {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    recent.retain(|p| p != &abs);
    recent.insert(0, abs);
    recent.truncate(10);
}
