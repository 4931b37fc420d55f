//! The editor window: menu and toolbar, navigation, the selected part's
//! editor, status bar; files, shortcuts, and the questions asked before
//! losing unsaved changes.

use super::doc::Doc;
use super::files::{self, Picking, Poll, Purpose};
use super::views;
use crate::fonts::FontSet;
use crate::model::{Plan, Summary};
use egui::{Key, KeyboardShortcut, Modifiers, Ui};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// The parts of the plan the navigation panel offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    General,
    Legal,
    Body,
    Targets,
    Tasks,
    Budget,
    Appendices,
    Agencies,
    Closing,
    /// What a roll-over left to look at (only while there is something).
    Review,
}

impl View {
    pub const ALL: [View; 9] = [
        View::General,
        View::Legal,
        View::Body,
        View::Targets,
        View::Tasks,
        View::Budget,
        View::Appendices,
        View::Agencies,
        View::Closing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::General => "Thông tin chung",
            View::Legal => "Căn cứ",
            View::Body => "Nội dung",
            View::Targets => "Chỉ tiêu",
            View::Tasks => "Nhiệm vụ",
            View::Budget => "Kinh phí",
            View::Appendices => "Phụ lục",
            View::Agencies => "Danh mục cơ quan",
            View::Closing => "Nơi nhận và chữ ký",
            View::Review => "Cần xem lại",
        }
    }
}

/// What to do once the current document may be closed.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    New,
    /// Open a file; None asks for one with a dialog.
    Open(Option<PathBuf>),
    /// One of the bundled samples.
    Sample(usize),
    /// A plan for a year from one of the bundled templates.
    Template(usize, i32),
    /// Next year's plan from the open one.
    RollForward(i32),
    Close,
    Quit,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Lưu / Không lưu / Hủy" before `Then` loses unsaved changes.
    Unsaved(Then),
    Error(String),
    Exported(PathBuf),
    /// Asks the year of the plan to create from the open one.
    RollForward(i32),
    /// The file changed on disk since it was opened: overwrite it?
    ChangedOnDisk(PathBuf),
    /// Recovery copies left by a session that did not close cleanly.
    Recover,
    /// The plan has errors that print wrong: export anyway?
    ExportErrors(Purpose, Vec<(crate::model::Place, String)>),
}

/// The bundled samples: real plans to start from or look at.
pub const SAMPLES: [(&str, &str); 3] = [
    (
        "Kế hoạch chuyển đổi số năm 2024",
        include_str!("../../assets/samples/ke-hoach-cds-2024.ron"),
    ),
    (
        "Kế hoạch cải thiện chỉ số DTI năm 2023",
        include_str!("../../assets/samples/ke-hoach-dti-2023.ron"),
    ),
    (
        "Kế hoạch kinh tế số, xã hội số năm 2026",
        include_str!("../../assets/samples/ke-hoach-kts-xhs-2026.ron"),
    ),
];

const RECENT_KEY: &str = "kehoach.recent";
const RECOVERY_DELAY_KEY: &str = "kehoach.recovery_delay";
/// While typing goes on without a pause, a recovery copy is still written this often.
const RECOVERY_MAX_WAIT: f64 = 30.0;

pub struct App {
    pub doc: Option<Doc>,
    pub view: View,
    pub recent: Vec<PathBuf>,
    pub dialog: Option<Dialog>,
    picking: Option<Picking>,
    /// Whether to try the desktop's file dialogs; false once they proved absent.
    pub native_dialogs: bool,
    /// The program that opens an exported PDF (xdg-open, open, explorer).
    pub opener: PathBuf,
    /// An "open the PDF" running: its failure comes back here.
    opening: Option<Receiver<Result<(), String>>>,
    /// Set when "Lưu" in the unsaved-changes question needed a Save-as first.
    after_save: Option<Then>,
    exporting: Option<Receiver<Result<PathBuf, String>>>,
    allow_close: bool,
    /// A short message in the status bar (e.g. "Đã lưu").
    pub notice: Option<String>,
    pub targets: views::targets::State,
    pub tasks: views::tasks::State,
    pub budget: views::budget::State,
    pub appendices: views::appendices::State,
    pub agencies: views::agencies::State,
    pub body: views::body::State,
    title: String,
    /// Counts the documents opened: part of every editor widget's id.
    doc_serial: u64,
    /// Where recovery copies go (None: nowhere to write them).
    data_dir: Option<PathBuf>,
    /// Seconds after the last change before a recovery copy is written.
    pub recovery_delay: f64,
    recovery: Autosave,
    /// The current document's recovery copy, once one was asked for.
    recovery_file: Option<PathBuf>,
    /// Copies found at start, offered in the Recover dialog.
    pub recovered: Vec<super::recovery::Recovered>,
    /// What the last roll-over left for the officer to look at.
    pub review: Option<crate::rollover::Report>,
    /// The find panel (Ctrl+F), when open.
    pub find: Option<FindState>,
    /// Problems of the plan: (version checked, errors, warnings), and when
    /// the plan last changed (checks wait for a pause in typing: a large plan
    /// takes longer to check than a frame may).
    problems: (u64, usize, usize),
    /// Characters the document font cannot print, with where they are.
    unprintable: Vec<String>,
    fonts: Option<FontSet>,
    changed_at: (u64, f64),
}

/// When the recovery thread was last asked for a copy.
#[derive(Default)]
struct Autosave {
    writer: super::recovery::Writer,
    /// The history version last sent to the writer.
    sent: Option<u64>,
    /// The current version and when it was first seen (the last change).
    seen: (Option<u64>, f64),
    /// When the oldest change not yet sent was seen.
    pending_since: Option<f64>,
}

#[derive(Default)]
pub struct FindState {
    pub query: String,
    pub hits: Vec<super::find::Hit>,
    focus: bool,
}

impl Default for App {
    fn default() -> Self {
        App::new(Vec::new())
    }
}

impl App {
    pub fn new(recent: Vec<PathBuf>) -> App {
        App {
            doc: None,
            view: View::General,
            recent,
            dialog: None,
            picking: None,
            native_dialogs: files::native_available(),
            opener: PathBuf::from(default_opener()),
            opening: None,
            after_save: None,
            exporting: None,
            allow_close: false,
            notice: None,
            targets: Default::default(),
            tasks: Default::default(),
            budget: Default::default(),
            appendices: Default::default(),
            agencies: Default::default(),
            body: Default::default(),
            title: String::new(),
            doc_serial: 0,
            find: None,
            review: None,
            data_dir: None,
            recovery_delay: 2.0,
            recovery: Autosave::default(),
            recovery_file: None,
            recovered: Vec::new(),
            problems: (u64::MAX, 0, 0),
            unprintable: Vec::new(),
            fonts: None,
            changed_at: (u64::MAX, 0.0),
        }
    }

    /// Created by eframe: recent files and settings come from its storage.
    pub fn from_storage(storage: Option<&dyn eframe::Storage>) -> App {
        let recent: Vec<PathBuf> = storage
            .and_then(|s| eframe::get_value(s, RECENT_KEY))
            .unwrap_or_default();
        let mut app = App::new(recent.into_iter().filter(|p| p.exists()).collect());
        app.data_dir = super::recovery::default_dir();
        if let Some(secs) = storage.and_then(|s| eframe::get_value::<f64>(s, RECOVERY_DELAY_KEY)) {
            app.recovery_delay = secs.clamp(1.0, 60.0);
        }
        app.look_for_recovery();
        app
    }

    /// An editor whose recovery copies live in `dir` (tests; other profiles).
    pub fn with_data_dir(dir: PathBuf) -> App {
        let mut app = App::new(Vec::new());
        app.data_dir = Some(dir);
        app.look_for_recovery();
        app
    }

    fn look_for_recovery(&mut self) {
        if let Some(dir) = &self.data_dir {
            self.recovered = super::recovery::list(dir);
            if !self.recovered.is_empty() {
                self.dialog = Some(Dialog::Recover);
            }
        }
    }

    /// Asks for a recovery copy a moment after the last change (or at the
    /// latest `RECOVERY_MAX_WAIT` after the first unsaved one); the copy is
    /// written on the recovery thread, the frame only clones the plan.
    fn autosave(&mut self, ctx: &egui::Context) {
        for r in self.recovery.writer.finished() {
            if let Err(e) = r {
                self.notice = Some(format!("Không ghi được bản lưu tạm: {e}"));
            }
        }
        let (Some(doc), Some(dir)) = (&self.doc, &self.data_dir) else {
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
        let wait = (self.recovery_delay - (now - self.recovery.seen.1))
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
            .write(file.clone(), doc.path.clone(), doc.plan.clone())
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
    fn drop_recovery(&mut self) {
        if let Some(f) = self.recovery_file.take() {
            self.recovery.writer.remove(f);
        }
        self.recovery.sent = None;
        self.recovery.seen = (None, 0.0);
        self.recovery.pending_since = None;
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Doc::is_dirty)
    }

    /// Does `then` now, or first asks what to do with unsaved changes.
    pub fn request(&mut self, ctx: &egui::Context, then: Then) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            self.perform(ctx, then);
        }
    }

    fn perform(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                let year = next_year();
                self.set_doc(Doc::new(Plan::new(year), None));
            }
            Then::Open(Some(path)) => self.open_path(&path),
            Then::Open(None) => self.pick(Purpose::Open),
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
                let (plan, report) = crate::rollover::roll_forward(&doc.plan, year);
                let n = report.flags.len();
                self.set_doc(Doc::new(plan, None));
                if n > 0 {
                    self.review = Some(report);
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

    fn set_doc(&mut self, doc: Doc) {
        self.drop_recovery();
        self.doc = Some(doc);
        // Nothing of the last document carries over: its notice, its views'
        // selections, and (through the serial in every widget id) the scroll
        // positions and field states egui keeps.
        self.notice = None;
        self.doc_serial += 1;
        self.review = None;
        self.problems.0 = u64::MAX;
        self.view = View::General;
        self.targets = Default::default();
        self.tasks = Default::default();
        self.budget = Default::default();
        self.appendices = Default::default();
        self.agencies = Default::default();
        self.body = Default::default();
    }

    /// Opens a file (from the command line, the dialog or the recent list).
    pub fn open_path(&mut self, path: &Path) {
        match Doc::open(path) {
            Ok(doc) => {
                files::remember(&mut self.recent, path);
                self.set_doc(doc);
                self.notice = Some(format!("Đã mở {}", path.display()));
            }
            Err(e) => self.dialog = Some(Dialog::Error(e.to_string())),
        }
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
                files::remember(&mut self.recent, path);
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

    fn pick(&mut self, purpose: Purpose) {
        if self.picking.is_some() {
            return; // one dialog at a time
        }
        let suggested = self.doc.as_ref().and_then(|d| d.path.clone());
        self.picking = Some(Picking::start(purpose, suggested, self.native_dialogs));
    }

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
    pub fn export_to(&mut self, path: PathBuf, appendices_only: bool) {
        let Some(doc) = self.doc.as_mut() else { return };
        doc.flush();
        let plan = doc.plan.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let work = || -> Result<PathBuf, String> {
                let fonts = FontSet::bundled().map_err(|e| e.to_string())?;
                let opts = crate::layout::Options {
                    plan: !appendices_only,
                    appendices: None,
                };
                let pdf = crate::layout::document(&plan, &fonts, &opts);
                let bytes = crate::pdf::write(&pdf, &fonts).map_err(|e| e.to_string())?;
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
        self.notice = Some("Đang xuất PDF…".into());
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

    fn poll(&mut self, ctx: &egui::Context) {
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
        let native_picking = self.picking.as_ref().is_some_and(|p| !p.is_in_app());
        if native_picking || self.exporting.is_some() || self.opening.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// What a file dialog's answer leads to.
    fn picked(&mut self, ctx: &egui::Context, purpose: Purpose, answer: Option<PathBuf>) {
        match (purpose, answer) {
            (Purpose::Open, Some(path)) => self.open_path(&path),
            (Purpose::SaveAs, Some(path)) => {
                if self.save_as(&path)
                    && let Some(then) = self.after_save.take()
                {
                    self.perform(ctx, then);
                }
            }
            (Purpose::ExportPdf, Some(path)) => self.export_to(path, false),
            (Purpose::ExportAppendices, Some(path)) => self.export_to(path, true),
            (Purpose::SaveTemplate, Some(path)) => self.save_template(&path),
            (_, None) => self.after_save = None,
        }
    }

    /// Opens a file with the desktop's program for it, off the UI thread; a
    /// failure (no PDF viewer) comes back as a message in the window.
    pub fn open_externally(&mut self, path: &Path) {
        let (tx, rx) = channel();
        let opener = self.opener.clone();
        let path = path.to_path_buf();
        std::thread::spawn(move || {
            let name = opener.display().to_string();
            let r = match std::process::Command::new(&opener).arg(&path).status() {
                Ok(s) if s.success() => Ok(()),
                Ok(s) => Err(format!(
                    "Không mở được {}: {name} báo lỗi{}. Có thể máy chưa có chương trình xem PDF. \
                     Tệp PDF vẫn được lưu ở đó; hãy mở nó bằng chương trình khác.",
                    path.display(),
                    s.code().map(|c| format!(" (mã {c})")).unwrap_or_default()
                )),
                Err(e) => Err(format!(
                    "Không mở được {}: không chạy được {name} ({}). Tệp PDF vẫn được lưu ở đó; \
                     hãy mở nó bằng chương trình xem PDF.",
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

    fn shortcuts(&mut self, ctx: &egui::Context) {
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

    fn find_panel(&mut self, ctx: &egui::Context) {
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
        if let Some(path) = jump {
            self.go_to(&path);
        }
        if open && !ctx.input(|i| i.key_pressed(Key::Escape)) {
            self.find = Some(f);
        }
    }

    /// (errors, warnings) of the plan, recomputed after an edit once typing pauses.
    fn problem_counts(&mut self, ctx: &egui::Context) -> (usize, usize) {
        const PAUSE: f64 = 0.4;
        let Some(d) = &self.doc else { return (0, 0) };
        let v = d.history.version() ^ (d.plan.year as u64) << 48;
        let now = ctx.input(|i| i.time);
        if self.changed_at.0 != v {
            self.changed_at = (v, now);
        }
        let first = self.problems.0 == u64::MAX;
        if self.problems.0 != v && !first && now - self.changed_at.1 < PAUSE {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(PAUSE));
        } else if self.problems.0 != v {
            let p = crate::validate::validate(&d.plan);
            let errors = p
                .iter()
                .filter(|x| x.severity == crate::validate::Severity::Error)
                .count();
            self.problems = (v, errors, p.len() - errors);
            if self.fonts.is_none() {
                self.fonts = FontSet::bundled().ok();
            }
            self.unprintable = match &self.fonts {
                Some(f) => crate::validate::font_coverage(&d.plan, f),
                None => Vec::new(),
            };
        }
        (self.problems.1, self.problems.2)
    }

    fn window_title(&mut self, ctx: &egui::Context) {
        let title = match &self.doc {
            Some(d) => format!(
                "{}{} — kehoach",
                if d.is_dirty() { "● " } else { "" },
                d.name()
            ),
            None => "kehoach".to_string(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The whole window's content.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.poll(&ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Then::Quit));
        }
        self.shortcuts(&ctx);
        self.autosave(&ctx);
        self.window_title(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status(ui));
        if self.doc.is_some() {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(190.0)
                .show(ui, |ui| self.nav(ui));
            egui::CentralPanel::default().show(ui, |ui| self.editor(ui));
        } else {
            egui::CentralPanel::default().show(ui, |ui| self.start(ui));
        }
        self.find_panel(&ctx);
        self.dialogs(&ctx);
        self.flush_edits(&ctx);
    }

    /// Applies the edits the frame asked for, now that it is drawn.
    fn flush_edits(&mut self, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_mut() else { return };
        let done = doc.flush();
        if done.nothing_to_undo {
            self.notice = Some("Không còn gì để hoàn tác".into());
        }
        if done.nothing_to_redo {
            self.notice = Some("Không còn gì để làm lại".into());
        }
        if done.changed {
            ctx.request_repaint();
        }
    }

    fn menu(&mut self, ui: &mut Ui) {
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
                    if self.recent.is_empty() {
                        ui.label("Chưa có tệp nào");
                    }
                    for p in self.recent.clone() {
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
                    ui.add(egui::DragValue::new(&mut self.recovery_delay).range(1.0..=60.0).speed(0.5).suffix(" giây"))
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

    fn nav(&mut self, ui: &mut Ui) {
        ui.add_space(6.0);
        for v in View::ALL {
            if ui.selectable_label(self.view == v, v.label()).clicked() {
                self.view = v;
            }
        }
        if let Some(r) = &self.review {
            ui.separator();
            let left = r.flags.len();
            if ui
                .selectable_label(self.view == View::Review, format!("Cần xem lại ({left})"))
                .clicked()
            {
                self.view = View::Review;
            }
        }
    }

    fn editor(&mut self, ui: &mut Ui) {
        ui.push_id(self.doc_serial, |ui| self.view_editor(ui));
    }

    fn view_editor(&mut self, ui: &mut Ui) {
        let Some(doc) = self.doc.as_mut() else { return };
        match self.view {
            View::General => views::general::show(ui, doc),
            View::Legal => views::legal::show(ui, doc),
            View::Body => views::body::show(ui, doc, &mut self.body),
            View::Targets => views::targets::show(ui, doc, &mut self.targets),
            View::Tasks => views::tasks::show(ui, doc, &mut self.tasks),
            View::Budget => views::budget::show(ui, doc, &mut self.budget),
            View::Appendices => views::appendices::show(ui, doc, &mut self.appendices),
            View::Agencies => views::agencies::show(ui, doc, &mut self.agencies),
            View::Closing => views::closing::show(ui, doc),
            View::Review => {
                if let Some(place) = views::review::show(ui, self.review.as_mut()) {
                    self.go_to(&place);
                }
            }
        }
    }

    fn status(&mut self, ui: &mut Ui) {
        let problems = self.problem_counts(&ui.ctx().clone());
        let doc = self
            .doc
            .as_ref()
            .map(|d| (d.name(), d.is_dirty(), Summary::of(&d.plan)));
        ui.horizontal(|ui| match doc {
            Some((name, dirty, s)) => {
                ui.label(name);
                ui.separator();
                ui.label(if dirty { "Chưa lưu" } else { "Đã lưu" });
                ui.separator();
                ui.label(format!("Năm {}", s.year));
                ui.label(format!("{} chỉ tiêu", s.targets));
                ui.label(format!("{} nhiệm vụ", s.tasks));
                ui.label(format!(
                    "Kinh phí {} triệu đồng",
                    crate::model::format::millions(s.budget.year_total())
                ));
                ui.separator();
                if problems.0 > 0 {
                    ui.colored_label(ui.visuals().error_fg_color, format!("{} lỗi", problems.0));
                }
                ui.label(if problems.0 + problems.1 == 0 {
                    "Không có vấn đề".to_string()
                } else {
                    format!("{} cảnh báo", problems.1)
                });
                if !self.unprintable.is_empty() {
                    let n = self.unprintable.len();
                    let list = self
                        .unprintable
                        .iter()
                        .take(20)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("\n");
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!("{n} ký tự không in được"),
                    )
                    .on_hover_text(format!(
                        "Phông chữ của văn bản không có các ký tự này; chúng sẽ in sai:\n{list}"
                    ));
                }
                if let Some(n) = &self.notice {
                    ui.separator();
                    ui.label(n);
                }
            }
            None => {
                ui.label("Chưa mở kế hoạch nào");
                if let Some(n) = &self.notice {
                    ui.separator();
                    ui.label(n);
                }
            }
        });
    }

    /// The start screen: new plan, open, recent files, samples.
    fn start(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        ui.vertical_centered(|ui| {
            ui.add_space(30.0);
            ui.heading("kehoach: soạn Kế hoạch của Ủy ban nhân dân tỉnh");
            ui.add_space(20.0);
            if ui.button("Tạo kế hoạch mới").clicked() {
                self.perform(&ctx, Then::New);
            }
            if ui.button("Mở tệp kế hoạch…").clicked() {
                self.perform(&ctx, Then::Open(None));
            }
            ui.add_space(16.0);
            if !self.recent.is_empty() {
                ui.label("Mở gần đây");
                for p in self.recent.clone() {
                    if ui.link(p.display().to_string()).clicked() {
                        self.perform(&ctx, Then::Open(Some(p)));
                    }
                }
                ui.add_space(16.0);
            }
            ui.label("Kế hoạch mẫu");
            for (i, (name, _)) in SAMPLES.iter().enumerate() {
                if ui.link(*name).clicked() {
                    self.perform(&ctx, Then::Sample(i));
                }
            }
            ui.add_space(16.0);
            let year = next_year();
            ui.label(format!("Bắt đầu kế hoạch năm {year} từ mẫu"));
            for (i, t) in crate::rollover::template::TEMPLATES.iter().enumerate() {
                if ui.link(t.description).clicked() {
                    self.perform(&ctx, Then::Template(i, year));
                }
            }
        });
    }

    fn dialogs(&mut self, ctx: &egui::Context) {
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
            Dialog::Exported(path) => {
                ui.heading("Đã xuất PDF");
                ui.label(path.display().to_string());
                ui.horizontal(|ui| {
                    if ui.button("Mở tệp PDF").clicked() {
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

/// The task a path like `tasks[1].tasks[2].subtasks[0].name` points at.
/// Plans are drafted for the coming year.
fn next_year() -> i32 {
    use chrono::Datelike;
    chrono::Local::now().date_naive().year() + 1
}

/// The desktop's program that opens a file with its default application.
fn default_opener() -> &'static str {
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

const NO_DIALOG_SERVICE: &str = "Máy này không có hộp thoại chọn tệp của hệ thống \
     (xdg-desktop-portal hoặc zenity), nên kehoach dùng hộp thoại riêng.";

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// egui's memory holds every field's and table's state: persisted, the
    /// settings file grew by hundreds of KB an hour. Only what `save` writes is kept.
    fn persist_egui_memory(&self) -> bool {
        false
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, RECOVERY_DELAY_KEY, &self.recovery_delay);
    }

    /// A clean close: no recovery copy is needed any more.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.drop_recovery();
        self.recovery.writer.sync();
    }
}

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
