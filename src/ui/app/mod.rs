//! The editor window: menu and toolbar, navigation, the selected part's
//! editor, status bar; files, shortcuts, and the questions asked before
//! losing unsaved changes.
//!
//! One concept per file:
//! - `commands`: every action (label, shortcuts, menu place, toolbar
//!   button), queued while a frame is drawn and run after it;
//! - `nav`: the views (label, editor) and the navigation panel;
//! - `menus`: the menu bar and toolbar, drawn from `commands`;
//! - `document`: new, open, save, templates, roll-over, file dialogs;
//! - `export`: PDF off the UI thread, opening the result;
//! - `autosave`: when recovery copies are written and dropped;
//! - `preview_panel`: the page preview beside the editors (`ui::preview`);
//! - `dialogs`, `find_panel`, `go_to`, `status`, `start`;
//! - `settings`: what is kept between sessions.
//!
//! This file holds the window's state and the order of a frame (`show`).

mod autosave;
mod collect;
mod commands;
mod dialogs;
mod document;
mod dossier;
mod export;
mod find_panel;
mod go_to;
mod menus;
mod nav;
mod preview_panel;
mod problems_panel;
mod settings;
mod start;
mod status;

pub use commands::{Menu, UiCommand};
pub use dialogs::Dialog;
pub use document::{SAMPLES, Then};
pub use find_panel::FindState;
pub use nav::{VIEWS, View};
pub use settings::{PreviewSettings, Settings, Theme};

use crate::fonts::FontSet;
use crate::ui::doc::Doc;
use crate::ui::files::{self, Picking};
use crate::ui::views;
// Named here so the modules below say `super::find` and `super::recovery`.
use crate::ui::{find, recovery};
use autosave::Autosave;
use egui::Ui;
use export::default_opener;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// The window. Apart from `settings`, everything here lives only while
/// the editor runs (the document, dialogs, threads, pickers, views' state).
pub struct App {
    pub doc: Option<Doc>,
    pub view: View,
    /// What is kept between sessions (recent files, recovery delay).
    pub settings: Settings,
    pub dialog: Option<Dialog>,
    /// Commands chosen during the frame (menus, toolbar, shortcuts,
    /// navigation), run after it.
    queued: Vec<UiCommand>,
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
    // The views' own state (`nav::VIEWS` draws them).
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
    recovery: Autosave,
    /// The current document's recovery copy, once one was asked for.
    recovery_file: Option<PathBuf>,
    /// Copies found at start, offered in the Recover dialog.
    pub recovered: Vec<recovery::Recovered>,
    /// What the last roll-over left for the officer to look at.
    /// Cần xem lại: the open items of the plan's list, kept up to date.
    pub review: crate::ui::views::review::State,
    /// The page preview's runtime state (its settings are in `settings`).
    pub preview: crate::ui::preview::Preview,
    /// The find panel (Ctrl+F), when open.
    pub find: Option<FindState>,
    /// Problems of the plan: (version checked, errors, warnings), and when
    /// the plan last changed (checks wait for a pause in typing: a large plan
    /// takes longer to check than a frame may).
    problems: (u64, usize, usize),
    /// The problems themselves, as last checked (the problems panel lists them).
    problem_list: Vec<crate::validate::Problem>,
    /// Whether the problems panel is open.
    pub problems_open: bool,
    /// Tệp → Thu thập số liệu, while its window is open.
    pub collect: Option<collect::Collect>,
    /// Dán từ Excel, while its window is open.
    pub paste: Option<views::paste::Paste>,
    /// Characters the document font cannot print, with where they are.
    unprintable: Vec<String>,
    fonts: Option<Arc<FontSet>>,
    /// A check of a large plan running on a thread: the version it checks.
    checking: Option<(u64, Receiver<status::Checked>)>,
    changed_at: (u64, f64),
    /// The settings' theme is given to egui in the first frame.
    theme_applied: bool,
}

impl Default for App {
    fn default() -> Self {
        App::new(Settings::default())
    }
}

impl App {
    pub fn new(settings: Settings) -> App {
        App {
            doc: None,
            view: View::General,
            settings,
            dialog: None,
            queued: Vec::new(),
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
            preview: Default::default(),
            review: Default::default(),
            data_dir: None,
            recovery: Autosave::default(),
            recovery_file: None,
            recovered: Vec::new(),
            problems: (u64::MAX, 0, 0),
            problem_list: Vec::new(),
            problems_open: false,
            collect: None,
            paste: None,
            unprintable: Vec::new(),
            fonts: None,
            checking: None,
            changed_at: (u64::MAX, 0.0),
            theme_applied: false,
        }
    }

    /// Created by eframe: recent files and settings come from its storage.
    pub fn from_storage(storage: Option<&dyn eframe::Storage>) -> App {
        let mut app = App::new(storage.map(Settings::load).unwrap_or_default());
        app.data_dir = recovery::default_dir();
        app.look_for_recovery();
        app
    }

    /// An editor whose recovery copies live in `dir` (tests; other profiles).
    pub fn with_data_dir(dir: PathBuf) -> App {
        let mut app = App::new(Settings::default());
        app.data_dir = Some(dir);
        app.look_for_recovery();
        app
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Doc::is_dirty)
    }

    fn set_doc(&mut self, doc: Doc) {
        self.drop_recovery();
        self.doc = Some(doc);
        // Nothing of the last document carries over: its notice, its views'
        // selections, and (through the serial in every widget id) the scroll
        // positions and field states egui keeps.
        self.notice = None;
        self.doc_serial += 1;
        self.review = Default::default();
        self.problems.0 = u64::MAX;
        // A check of the last document still running must not be taken
        // for this one's (the versions of two documents can be equal).
        self.checking = None;
        self.view = View::General;
        self.reset_views();
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
        if !self.theme_applied {
            self.settings.theme.apply(&ctx);
            self.theme_applied = true;
        }
        self.poll(&ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Then::Quit));
        }
        // Taken before any field sees them; run after the frame, as clicks are.
        self.shortcuts(&ctx);
        self.dropped(&ctx);
        self.autosave(&ctx);
        self.window_title(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status(ui));
        if self.doc.is_some() {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(190.0)
                .show(ui, |ui| self.nav(ui));
            let clicked = self.preview_panel(ui);
            egui::CentralPanel::default().show(ui, |ui| self.editor(ui));
            if let Some(d) = self.doc.as_mut() {
                d.format.end_frame();
            }
            if let Some(place) = clicked {
                self.go_to(&place);
            }
        } else {
            egui::CentralPanel::default().show(ui, |ui| self.start(ui));
        }
        self.find_panel(&ctx);
        self.problems_panel(&ctx);
        self.collect_window(&ctx);
        if let Some(into) = views::paste::take_request(&ctx) {
            self.paste = Some(views::paste::Paste::new(into));
        }
        if let (Some(p), Some(doc)) = (self.paste.as_mut(), self.doc.as_mut())
            && !views::paste::window(&ctx, doc, p)
        {
            self.paste = None;
        }
        self.dialogs(&ctx);
        // The frame's edits first, so a command sees the plan as drawn (Lưu
        // writes it, Mới asks about its unsaved changes); then the commands
        // chosen during the frame, and the undo or redo they asked for.
        self.flush_edits(&ctx);
        self.run_queued(&ctx);
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

    fn poll(&mut self, ctx: &egui::Context) {
        self.poll_picking(ctx);
        self.poll_export();
        let native_picking = self.picking.as_ref().is_some_and(|p| !p.is_in_app());
        if native_picking || self.exporting.is_some() || self.opening.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

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
        self.settings.save(storage);
    }

    /// A clean close: no recovery copy is needed any more.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.drop_recovery();
        self.wait_for_recovery();
    }
}
