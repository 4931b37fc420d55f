//! The editor window: menu and toolbar, navigation, the selected part's
//! editor, status bar; files, shortcuts, and the questions asked before
//! losing unsaved changes.

use super::doc::Doc;
use super::files::{self, Picking, Purpose};
use super::views;
use crate::fonts::FontSet;
use crate::model::{Plan, Summary};
use egui::{Key, KeyboardShortcut, Modifiers, Ui};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// The parts of the plan the navigation panel offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    General,
    Targets,
    Tasks,
    Budget,
    Closing,
}

impl View {
    pub const ALL: [View; 5] = [
        View::General,
        View::Targets,
        View::Tasks,
        View::Budget,
        View::Closing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::General => "Thông tin chung",
            View::Targets => "Chỉ tiêu",
            View::Tasks => "Nhiệm vụ",
            View::Budget => "Kinh phí",
            View::Closing => "Nơi nhận và chữ ký",
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
    Close,
    Quit,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Lưu / Không lưu / Hủy" before `Then` loses unsaved changes.
    Unsaved(Then),
    Error(String),
    Exported(PathBuf),
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

pub struct App {
    pub doc: Option<Doc>,
    pub view: View,
    pub recent: Vec<PathBuf>,
    pub dialog: Option<Dialog>,
    picking: Option<Picking>,
    /// Set when "Lưu" in the unsaved-changes question needed a Save-as first.
    after_save: Option<Then>,
    exporting: Option<Receiver<Result<PathBuf, String>>>,
    allow_close: bool,
    /// A short message in the status bar (e.g. "Đã lưu").
    pub notice: Option<String>,
    pub targets: views::targets::State,
    pub tasks: views::tasks::State,
    pub budget: views::budget::State,
    title: String,
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
            after_save: None,
            exporting: None,
            allow_close: false,
            notice: None,
            targets: Default::default(),
            tasks: Default::default(),
            budget: Default::default(),
            title: String::new(),
        }
    }

    /// Created by eframe: recent files come from its storage.
    pub fn from_storage(storage: Option<&dyn eframe::Storage>) -> App {
        let recent: Vec<PathBuf> = storage
            .and_then(|s| eframe::get_value(s, RECENT_KEY))
            .unwrap_or_default();
        App::new(recent.into_iter().filter(|p| p.exists()).collect())
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
                let year = chrono::Local::now()
                    .date_naive()
                    .format("%Y")
                    .to_string()
                    .parse::<i32>()
                    .unwrap_or(2026)
                    + 1;
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
            Then::Close => self.doc = None,
            Then::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn set_doc(&mut self, doc: Doc) {
        self.doc = Some(doc);
        self.view = View::General;
        self.targets = Default::default();
        self.tasks = Default::default();
        self.budget = Default::default();
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
        self.save_as(&path)
    }

    /// What the Save-as dialog does with its answer.
    pub fn save_as(&mut self, path: &Path) -> bool {
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        match doc.save_to(path) {
            Ok(()) => {
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

    fn pick(&mut self, purpose: Purpose) {
        if self.picking.is_some() {
            return; // one dialog at a time
        }
        let suggested = self.doc.as_ref().and_then(|d| d.path.clone());
        self.picking = Some(Picking::start(purpose, suggested));
    }

    /// Writes the PDF off the UI thread; the window stays responsive.
    pub fn export_to(&mut self, path: PathBuf, appendices_only: bool) {
        let Some(doc) = &self.doc else { return };
        let plan = doc.plan.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let result = (|| {
                let fonts = FontSet::bundled().map_err(|e| e.to_string())?;
                let opts = crate::layout::Options {
                    plan: !appendices_only,
                    appendices: None,
                };
                let pdf = crate::layout::document(&plan, &fonts, &opts);
                let bytes = crate::pdf::write(&pdf, &fonts).map_err(|e| e.to_string())?;
                crate::io::save::write_atomic(&path, &bytes).map_err(|e| e.to_string())?;
                Ok(path)
            })();
            let _ = tx.send(result);
        });
        self.exporting = Some(rx);
        self.notice = Some("Đang xuất PDF…".into());
    }

    /// Waits for a running export (tests; the window polls instead).
    pub fn wait_for_export(&mut self) {
        if let Some(rx) = self.exporting.take() {
            let result = rx
                .recv()
                .unwrap_or_else(|_| Err("Xuất PDF bị gián đoạn".into()));
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
        if let Some(p) = &self.picking
            && let Some(answer) = p.result()
        {
            let purpose = p.purpose;
            self.picking = None;
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
                (_, None) => self.after_save = None,
            }
        }
        if let Some(rx) = &self.exporting
            && let Ok(result) = rx.try_recv()
        {
            self.exporting = None;
            self.finish_export(result);
        }
        if self.picking.is_some() || self.exporting.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let cmd = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
        let cmd_shift = |k| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, k);
        // Consumed before any text field sees them, so Ctrl+Z is the plan's
        // undo everywhere, not the field's own.
        let (redo, undo, save_as, save, open, new, export) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&cmd_shift(Key::Z)) || i.consume_shortcut(&cmd(Key::Y)),
                i.consume_shortcut(&cmd(Key::Z)),
                i.consume_shortcut(&cmd_shift(Key::S)),
                i.consume_shortcut(&cmd(Key::S)),
                i.consume_shortcut(&cmd(Key::O)),
                i.consume_shortcut(&cmd(Key::N)),
                i.consume_shortcut(&cmd(Key::P)),
            )
        });
        if let Some(doc) = self.doc.as_mut() {
            if undo && !doc.undo() {
                self.notice = Some("Không còn gì để hoàn tác".into());
            }
            if redo && !doc.redo() {
                self.notice = Some("Không còn gì để làm lại".into());
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
            self.pick(Purpose::ExportPdf);
        }
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
        self.dialogs(&ctx);
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
                ui.separator();
                if ui
                    .add_enabled(has, egui::Button::new("Xuất PDF…\tCtrl+P"))
                    .clicked()
                {
                    self.pick(Purpose::ExportPdf);
                }
                let has_appendices = self
                    .doc
                    .as_ref()
                    .is_some_and(|d| !d.plan.appendices.is_empty());
                if ui
                    .add_enabled(has_appendices, egui::Button::new("Xuất phụ lục…"))
                    .clicked()
                {
                    self.pick(Purpose::ExportAppendices);
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
                    d.undo();
                }
                if ui
                    .add_enabled(can_redo, egui::Button::new(format!("Làm lại {rl}\tCtrl+Y")))
                    .clicked()
                    && let Some(d) = self.doc.as_mut()
                {
                    d.redo();
                }
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
                    self.pick(Purpose::ExportPdf);
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
    }

    fn editor(&mut self, ui: &mut Ui) {
        let Some(doc) = self.doc.as_mut() else { return };
        match self.view {
            View::General => views::general::show(ui, doc),
            View::Targets => views::targets::show(ui, doc, &mut self.targets),
            View::Tasks => views::tasks::show(ui, doc, &mut self.tasks),
            View::Budget => views::budget::show(ui, doc, &mut self.budget),
            View::Closing => views::closing::show(ui, doc),
        }
    }

    fn status(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| match &self.doc {
            Some(d) => {
                ui.label(d.name());
                ui.separator();
                ui.label(if d.is_dirty() {
                    "Chưa lưu"
                } else {
                    "Đã lưu"
                });
                ui.separator();
                let s = Summary::of(&d.plan);
                ui.label(format!("Năm {}", s.year));
                ui.label(format!("{} chỉ tiêu", s.targets));
                ui.label(format!("{} nhiệm vụ", s.tasks));
                ui.label(format!(
                    "Kinh phí {} triệu đồng",
                    crate::model::format::millions(s.budget.year_total())
                ));
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
            Dialog::Exported(path) => {
                ui.heading("Đã xuất PDF");
                ui.label(path.display().to_string());
                ui.horizontal(|ui| {
                    if ui.button("Mở tệp PDF").clicked() {
                        open_externally(path);
                        self.dialog = None;
                    }
                    if ui.button("Đóng").clicked() {
                        self.dialog = None;
                    }
                });
            }
        });
        if modal.should_close() && !matches!(dialog, Dialog::Unsaved(_)) {
            self.dialog = None;
        }
    }
}

/// Opens a file with the desktop's default program.
fn open_externally(path: &Path) {
    let opener = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener).arg(path).spawn();
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
    }
}
