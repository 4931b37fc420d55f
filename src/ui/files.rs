//! File dialogs: the desktop's own off the UI thread (the window never
//! freezes while one is open), or kehoach's own where the desktop has none;
//! and the list of recent files.

use super::file_dialog::{Answer, FileDialog};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// What a dialog was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    /// A plan written in Word, read into a new document.
    ImportDocx,
    SaveAs,
    ExportPdf,
    ExportAppendices,
    /// One document of the dossier (the plan: with its appendices).
    ExportDocument(crate::model::DocKind),
    /// The whole document as Word.
    ExportDocx,
    /// The appendix tables as an Excel workbook.
    ExportXlsx,
    /// The task list for tracking software.
    ExportTasks,
    SaveTemplate,
}

/// A file dialog being shown: the desktop's own on a thread, or kehoach's.
pub struct Picking {
    pub purpose: Purpose,
    kind: Kind,
}

enum Kind {
    Native {
        rx: Receiver<Option<PathBuf>>,
        started: Instant,
    },
    InApp(Box<FileDialog>),
}

/// What a dialog answered so far.
#[derive(Debug, PartialEq)]
pub enum Poll {
    Waiting,
    /// Closed: the path chosen, or None when cancelled.
    Done(Option<PathBuf>),
    /// The desktop dialog answered before anyone could have seen it, or its
    /// thread died: there is no dialog service here.
    NoService,
}

/// Nobody cancels a dialog faster than this: an answer this quick means the
/// desktop has no dialog to show.
const TOO_QUICK: Duration = Duration::from_millis(300);

/// The name proposed when saving.
fn default_name(purpose: Purpose, suggested: Option<&Path>) -> String {
    let ext = purpose.extension();
    let stem = suggested
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned());
    match (purpose, stem) {
        (Purpose::SaveTemplate, _) => "mau-ke-hoach.ron".into(),
        (Purpose::ExportDocument(k), Some(s)) => format!("{s}-{}.{ext}", k.cli_name()),
        (Purpose::ExportDocument(k), None) => format!("{}.{ext}", k.cli_name()),
        (Purpose::ExportTasks, Some(s)) => format!("{s}-nhiem-vu.{ext}"),
        (_, Some(s)) => format!("{s}.{ext}"),
        (Purpose::ExportAppendices, None) => "phu-luc.pdf".into(),
        (Purpose::ExportXlsx, None) => "phu-luc.xlsx".into(),
        (Purpose::ExportTasks, None) => "nhiem-vu.xlsx".into(),
        (_, None) => format!("ke-hoach.{ext}"),
    }
}

impl Picking {
    /// The desktop's dialog on its own thread (poll every frame), or
    /// kehoach's own when `native` is false.
    pub fn start(purpose: Purpose, suggested: Option<PathBuf>, native: bool) -> Picking {
        if !native {
            return Picking::in_app(purpose, suggested.as_deref(), None);
        }
        let (tx, rx) = channel();
        let name = default_name(purpose, suggested.as_deref());
        std::thread::spawn(move || {
            let mut d = rfd::AsyncFileDialog::new().set_title(purpose.title());
            if let Some(dir) = suggested.as_ref().and_then(|p| p.parent()) {
                d = d.set_directory(dir);
            }
            let filter = match purpose {
                Purpose::Open | Purpose::SaveAs => "Kế hoạch (RON)",
                Purpose::ImportDocx => "Tài liệu Word",
                Purpose::SaveTemplate => "Mẫu kế hoạch (RON)",
                Purpose::ExportPdf | Purpose::ExportAppendices | Purpose::ExportDocument(_) => {
                    "PDF"
                }
                Purpose::ExportXlsx | Purpose::ExportTasks => "Excel (XLSX)",
                Purpose::ExportDocx => "Word (DOCX)",
            };
            let d = d.add_filter(filter, &[purpose.extension()]);
            let picked = if purpose.saves() {
                pollster::block_on(d.set_file_name(name).save_file())
            } else {
                pollster::block_on(d.pick_file())
            };
            let _ = tx.send(picked.map(|h| h.path().to_path_buf()));
        });
        Picking {
            purpose,
            kind: Kind::Native {
                rx,
                started: Instant::now(),
            },
        }
    }

    /// kehoach's own dialog; `reason` says why at its top.
    pub fn in_app(purpose: Purpose, suggested: Option<&Path>, reason: Option<String>) -> Picking {
        let mut d = FileDialog::new(purpose, suggested, &default_name(purpose, suggested));
        d.reason = reason;
        Picking {
            purpose,
            kind: Kind::InApp(Box::new(d)),
        }
    }

    pub fn is_in_app(&self) -> bool {
        matches!(self.kind, Kind::InApp(_))
    }

    /// Draws kehoach's dialog, or looks whether the desktop's has answered.
    pub fn poll(&mut self, ctx: &egui::Context) -> Poll {
        match &mut self.kind {
            Kind::InApp(d) => match d.show(ctx) {
                Some(Answer::Chosen(p)) => Poll::Done(Some(p)),
                Some(Answer::Cancelled) => Poll::Done(None),
                None => Poll::Waiting,
            },
            Kind::Native { rx, started } => match rx.try_recv() {
                Ok(None) if started.elapsed() < TOO_QUICK => Poll::NoService,
                Ok(answer) => Poll::Done(answer),
                Err(TryRecvError::Empty) => Poll::Waiting,
                Err(TryRecvError::Disconnected) => Poll::NoService,
            },
        }
    }
}

/// Whether to try the desktop's dialogs at all: on Linux and the BSDs they
/// need a D-Bus session (xdg-desktop-portal) or zenity. KEHOACH_FILE_DIALOG=kehoach
/// always uses kehoach's own.
pub fn native_available() -> bool {
    if let Some(v) = std::env::var_os("KEHOACH_FILE_DIALOG") {
        return v != "kehoach";
    }
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    bus || on_path("zenity")
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
}

/// Most recent first, without duplicates, at most ten.
pub fn remember(recent: &mut Vec<PathBuf>, path: &std::path::Path) {
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    recent.retain(|p| p != &abs);
    recent.insert(0, abs);
    recent.truncate(10);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn native(answer: Option<Option<PathBuf>>, age: Duration) -> Picking {
        let (tx, rx) = channel();
        if let Some(a) = answer {
            let _ = tx.send(a);
        }
        Picking {
            purpose: Purpose::Open,
            kind: Kind::Native {
                rx,
                started: Instant::now() - age,
            },
        }
    }

    #[test]
    fn a_dialog_that_answers_at_once_or_dies_means_no_dialog_service() {
        let ctx = egui::Context::default();
        let quick = native(Some(None), Duration::ZERO);
        assert_eq!(quick.poll_for_test(&ctx), Poll::NoService);
        let dead = native(None, Duration::ZERO);
        assert_eq!(dead.poll_for_test(&ctx), Poll::NoService);
        let cancelled = native(Some(None), Duration::from_secs(3));
        assert_eq!(cancelled.poll_for_test(&ctx), Poll::Done(None));
        let chosen = native(Some(Some("/tmp/a.ron".into())), Duration::ZERO);
        assert_eq!(
            chosen.poll_for_test(&ctx),
            Poll::Done(Some("/tmp/a.ron".into()))
        );
    }

    impl Picking {
        fn poll_for_test(mut self, ctx: &egui::Context) -> Poll {
            self.poll(ctx)
        }
    }
}
