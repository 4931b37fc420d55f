//! Wiring of recovery copies (`ui::recovery`) into the window: when to ask
//! the writer thread for a copy, and when a copy is no longer needed.

use super::{App, Dialog};

/// While typing goes on without a pause, a recovery copy is still written this often.
const RECOVERY_MAX_WAIT: f64 = 30.0;

/// When the recovery thread was last asked for a copy.
#[derive(Default)]
pub(super) struct Autosave {
    writer: super::recovery::Writer,
    /// The history version last sent to the writer.
    sent: Option<u64>,
    /// The current version and when it was first seen (the last change).
    seen: (Option<u64>, f64),
    /// When the oldest change not yet sent was seen.
    pending_since: Option<f64>,
}

impl App {
    pub(super) fn look_for_recovery(&mut self) {
        if let Some(dir) = &self.data_dir {
            self.recovered = super::recovery::list(dir);
            if !self.recovered.is_empty() {
                self.dialog = Some(Dialog::Recover);
            }
        }
    }

    /// Asks for a recovery copy a moment after the last change (or at the
    /// latest `RECOVERY_MAX_WAIT` after the first unsaved one); the copy is
    /// written on the recovery thread from the plan's shared snapshot.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        for r in self.recovery.writer.finished() {
            if let Err(e) = r {
                self.notice = Some(format!("Không ghi được bản lưu tạm: {e}"));
            }
        }
        let (Some(doc), Some(dir)) = (self.doc.as_mut(), &self.data_dir) else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let v = doc.history.version();
        if !doc.is_dirty() || self.recovery.sent == Some(v) {
            return;
        }
        if self.recovery.seen.0 != Some(v) {
            self.recovery.seen = (Some(v), now);
        }
        let since = *self.recovery.pending_since.get_or_insert(now);
        let wait = (self.settings.recovery_delay - (now - self.recovery.seen.1))
            .min(RECOVERY_MAX_WAIT - (now - since));
        if wait > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        let file = super::recovery::file_for(dir, doc.path.as_deref());
        // A restored copy, or the copy made before a Save-as: one copy per document.
        if let Some(old) = self.recovery_file.take_if(|old| *old != file) {
            self.recovery.writer.remove(old);
        }
        if self
            .recovery
            .writer
            .write(file.clone(), doc.path.clone(), doc.snapshot())
        {
            self.recovery_file = Some(file);
        } else {
            self.notice = Some("Không ghi được bản lưu tạm: luồng ghi đã dừng".into());
        }
        self.recovery.sent = Some(v);
        self.recovery.pending_since = None;
    }

    /// Waits until the recovery copies asked for are written (tests).
    pub fn wait_for_recovery(&mut self) {
        self.recovery.writer.sync();
    }

    /// The document is saved or closed: its recovery copy is no longer needed.
    pub(super) fn drop_recovery(&mut self) {
        if let Some(f) = self.recovery_file.take() {
            self.recovery.writer.remove(f);
        }
        self.recovery.sent = None;
        self.recovery.seen = (None, 0.0);
        self.recovery.pending_since = None;
    }
}
