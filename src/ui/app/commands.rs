//! Every action of the editor, declared once: its Vietnamese label, its
//! keyboard shortcuts, its place in the menu bar and its toolbar button.
//! Shortcut handling, the menus and the toolbar all read this registry
//! (`menus.rs` draws them). A new action is added in this file only: its
//! variant, its place in `UiCommand::LISTED`, and its arms in `info` (label,
//! shortcuts, menu, toolbar), `enabled` and `App::run` (the compiler asks
//! for those three); the tests below check its shortcut against the others.
//!
//! A command chosen while a frame is drawn (a click, a key) is queued and
//! run after the frame (`App::run_queued`), like the plan's edits: nothing
//! the frame is drawing changes under it.

use super::dossier::Filing;
use super::nav::{VIEWS, View};
use super::{App, Dialog, FindState, Then};
use crate::ui::files::Purpose;
use crate::ui::preview::Zoom;
use crate::ui::rich_edit::{self, Action};
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    New,
    Open,
    /// A plan written in Word read into a new, unsaved document.
    ImportDocx,
    /// One of the recent files (Tệp → Mở gần đây).
    OpenRecent(PathBuf),
    Save,
    SaveAs,
    /// Asks the year of next year's plan made from the open one.
    RollForward,
    SaveTemplate,
    ExportPdf,
    ExportAppendices,
    /// The whole document as Word.
    ExportDocx,
    /// The appendix tables as an Excel workbook.
    ExportXlsx,
    /// The task list for tracking software, as a workbook.
    ExportTasks,
    /// Forms for the departments, and merging the returned ones.
    Collect,
    Close,
    Quit,
    Undo,
    Redo,
    Find,
    /// The list of the plan's problems, each a link to its place.
    Problems,
    /// One part of the plan in the central panel (the navigation panel).
    ShowView(View),
    /// Shows or hides the page preview beside the editors.
    TogglePreview,
    PreviewZoomIn,
    PreviewZoomOut,
    PreviewFitWidth,
    PreviewFitPage,
    /// Bold on the selection of the rich-text field the officer is in.
    Bold,
    Italic,
    /// A footnote at its cursor.
    Footnote,
    /// A computed field at its cursor (Định dạng → Chèn trường tính sẵn).
    InsertField(String),
    /// Hồ sơ: a decision or a submission added or removed, one exported
    /// (`dossier.rs`).
    Dossier(Filing),
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
    Format,
    Dossier,
}

impl Menu {
    pub const ALL: [Menu; 5] = [
        Menu::File,
        Menu::Edit,
        Menu::View,
        Menu::Format,
        Menu::Dossier,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "Tệp",
            Menu::Edit => "Sửa",
            Menu::View => "Xem",
            Menu::Format => "Định dạng",
            Menu::Dossier => "Hồ sơ",
        }
    }
}

/// Where an entry sits in the menu bar: its menu, and its group there
/// (groups are separated by a line). Within a group, commands keep the
/// order of `UiCommand::LISTED`, and the `Extra` entries follow them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub menu: Menu,
    pub group: u8,
}

/// A toolbar button: a short label, and its tooltip (to which the shortcut
/// is added).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    pub label: &'static str,
    pub tooltip: &'static str,
}

/// What the window shows of a command.
#[derive(Clone, Copy, Debug)]
pub struct Info {
    /// The menu entry's text (Undo and Redo add the step's name).
    pub label: &'static str,
    /// Every one runs the command; menus and tooltips show the first.
    pub shortcuts: &'static [KeyboardShortcut],
    /// None: not in the menu bar.
    pub place: Option<Place>,
    pub tool: Option<Tool>,
}

/// Menu entries that are not a command's button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extra {
    /// A submenu of the recent files, each an `OpenRecent` command.
    RecentFiles,
    /// The recovery delay setting, a number field.
    RecoveryDelay,
    /// The window's colours: as the system says, light or dark.
    Theme,
    /// A submenu of the computed fields with their values, each an
    /// `InsertField` command.
    Fields,
    /// A submenu of the directory's agencies, each an `InsertField`.
    Agencies,
}

impl Extra {
    pub const ALL: [Extra; 5] = [
        Extra::RecentFiles,
        Extra::RecoveryDelay,
        Extra::Theme,
        Extra::Fields,
        Extra::Agencies,
    ];

    pub fn place(self) -> Place {
        match self {
            Extra::RecentFiles => file(0),
            Extra::RecoveryDelay => edit(2),
            Extra::Theme => edit(3),
            Extra::Fields | Extra::Agencies => format(1),
        }
    }
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn view(group: u8) -> Place {
    Place {
        menu: Menu::View,
        group,
    }
}

const fn file(group: u8) -> Place {
    Place {
        menu: Menu::File,
        group,
    }
}

const fn format(group: u8) -> Place {
    Place {
        menu: Menu::Format,
        group,
    }
}

const fn edit(group: u8) -> Place {
    Place {
        menu: Menu::Edit,
        group,
    }
}

impl UiCommand {
    /// The commands that take no argument, in menu and toolbar order.
    pub const LISTED: [UiCommand; 27] = [
        UiCommand::New,
        UiCommand::Open,
        UiCommand::ImportDocx,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::RollForward,
        UiCommand::SaveTemplate,
        UiCommand::ExportPdf,
        UiCommand::ExportAppendices,
        UiCommand::ExportDocx,
        UiCommand::ExportXlsx,
        UiCommand::ExportTasks,
        UiCommand::Collect,
        UiCommand::Close,
        UiCommand::Quit,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::Find,
        UiCommand::Problems,
        UiCommand::TogglePreview,
        UiCommand::PreviewZoomIn,
        UiCommand::PreviewZoomOut,
        UiCommand::PreviewFitWidth,
        UiCommand::PreviewFitPage,
        UiCommand::Bold,
        UiCommand::Italic,
        UiCommand::Footnote,
    ];

    /// Every command with a shortcut or a place: `LISTED`, the dossier's,
    /// then a view's.
    pub fn all() -> impl Iterator<Item = UiCommand> {
        UiCommand::LISTED
            .into_iter()
            .chain(Filing::ALL.map(UiCommand::Dossier))
            .chain(VIEWS.iter().map(|d| UiCommand::ShowView(d.view)))
    }

    pub fn info(&self) -> Info {
        let plain = |label, shortcuts, place| Info {
            label,
            shortcuts,
            place,
            tool: None,
        };
        match self {
            UiCommand::New => Info {
                tool: Some(Tool {
                    label: "Mới",
                    tooltip: "Tạo kế hoạch mới",
                }),
                ..plain("Mới", &const { [cmd(Key::N)] }, Some(file(0)))
            },
            UiCommand::Open => Info {
                tool: Some(Tool {
                    label: "Mở",
                    tooltip: "Mở kế hoạch",
                }),
                ..plain("Mở…", &const { [cmd(Key::O)] }, Some(file(0)))
            },
            // Word's own key for opening is Ctrl+O; Shift marks "from another format".
            UiCommand::ImportDocx => plain(
                "Nhập từ Word…",
                &const { [cmd_shift(Key::O)] },
                Some(file(0)),
            ),
            // Listed by `Extra::RecentFiles`, under this label.
            UiCommand::OpenRecent(_) => plain("Mở gần đây", &[], None),
            UiCommand::Save => Info {
                tool: Some(Tool {
                    label: "Lưu",
                    tooltip: "Lưu",
                }),
                ..plain("Lưu", &const { [cmd(Key::S)] }, Some(file(1)))
            },
            UiCommand::SaveAs => plain("Lưu thành…", &const { [cmd_shift(Key::S)] }, Some(file(1))),
            UiCommand::RollForward => plain("Tạo kế hoạch năm sau…", &[], Some(file(1))),
            UiCommand::SaveTemplate => plain("Lưu thành mẫu…", &[], Some(file(1))),
            UiCommand::ExportPdf => Info {
                tool: Some(Tool {
                    label: "Xuất PDF",
                    tooltip: "Xuất PDF",
                }),
                ..plain("Xuất PDF…", &const { [cmd(Key::P)] }, Some(file(2)))
            },
            UiCommand::ExportAppendices => plain("Xuất phụ lục…", &[], Some(file(2))),
            UiCommand::ExportDocx => plain("Xuất Word…", &[], Some(file(2))),
            UiCommand::ExportXlsx => plain("Xuất bảng phụ lục ra Excel…", &[], Some(file(2))),
            UiCommand::ExportTasks => {
                plain("Xuất danh sách nhiệm vụ ra Excel…", &[], Some(file(2)))
            }
            UiCommand::Collect => plain("Thu thập số liệu…", &[], Some(file(2))),
            UiCommand::Close => plain("Đóng kế hoạch", &[], Some(file(3))),
            UiCommand::Quit => plain("Thoát", &[], Some(file(3))),
            UiCommand::Undo => plain("Hoàn tác", &const { [cmd(Key::Z)] }, Some(edit(0))),
            UiCommand::Redo => plain(
                "Làm lại",
                &const { [cmd(Key::Y), cmd_shift(Key::Z)] },
                Some(edit(0)),
            ),
            UiCommand::Find => plain("Tìm…", &const { [cmd(Key::F)] }, Some(edit(1))),
            UiCommand::Problems => plain(
                "Danh sách vấn đề",
                &const { [KeyboardShortcut::new(Modifiers::NONE, Key::F8)] },
                Some(edit(1)),
            ),
            UiCommand::ShowView(v) => plain(v.label(), v.def().shortcut.as_slice(), None),
            // Word's key for the print preview.
            UiCommand::TogglePreview => Info {
                tool: Some(Tool {
                    label: "Xem trang in",
                    tooltip: "Hiện hoặc ẩn trang in bên cạnh",
                }),
                ..plain(
                    "Xem trước trang in",
                    &const { [cmd(Key::F2)] },
                    Some(view(0)),
                )
            },
            UiCommand::PreviewZoomIn => plain("Phóng to trang", &[], Some(view(1))),
            UiCommand::PreviewZoomOut => plain("Thu nhỏ trang", &[], Some(view(1))),
            UiCommand::PreviewFitWidth => plain("Vừa chiều rộng", &[], Some(view(1))),
            UiCommand::PreviewFitPage => plain("Vừa trang", &[], Some(view(1))),
            UiCommand::Bold => Info {
                tool: Some(Tool {
                    label: "Đậm",
                    tooltip: "In đậm chữ đang chọn",
                }),
                ..plain("In đậm", &const { [rich_edit::BOLD] }, Some(format(0)))
            },
            UiCommand::Italic => Info {
                tool: Some(Tool {
                    label: "Nghiêng",
                    tooltip: "In nghiêng chữ đang chọn",
                }),
                ..plain(
                    "In nghiêng",
                    &const { [rich_edit::ITALIC] },
                    Some(format(0)),
                )
            },
            UiCommand::Footnote => Info {
                tool: Some(Tool {
                    label: "Chú thích",
                    tooltip: "Chèn chú thích cuối trang tại con trỏ",
                }),
                ..plain(
                    "Chèn chú thích cuối trang",
                    &const { [rich_edit::FOOTNOTE] },
                    Some(format(0)),
                )
            },
            // Listed by `Extra::Fields`, each with its value.
            UiCommand::InsertField(_) => plain("Chèn trường tính sẵn", &[], None),
            UiCommand::Dossier(f) => plain(f.label(), &[], Some(f.place())),
        }
    }

    /// What a formatting command does to the field's text.
    fn format_action(&self) -> Option<Action> {
        match self {
            UiCommand::Bold => Some(Action::Style("**")),
            UiCommand::Italic => Some(Action::Style("*")),
            UiCommand::Footnote => Some(Action::Footnote),
            UiCommand::InsertField(token) => Some(Action::Field(token.clone())),
            _ => None,
        }
    }

    /// For a command that switches something on and off, whether it is on
    /// (its menu entry shows it).
    pub fn checked(&self, app: &App) -> Option<bool> {
        match self {
            UiCommand::TogglePreview => Some(app.settings.preview.open),
            _ => None,
        }
    }

    /// Whether the command can do something now: its menu entry is enabled
    /// and its toolbar button shown. A shortcut runs it anyway (undo with
    /// nothing to undo says so in the status bar).
    pub fn enabled(&self, app: &App) -> bool {
        let doc = app.doc.as_ref();
        match self {
            UiCommand::New
            | UiCommand::Open
            | UiCommand::ImportDocx
            | UiCommand::OpenRecent(_)
            | UiCommand::Quit => true,
            UiCommand::Save
            | UiCommand::SaveAs
            | UiCommand::RollForward
            | UiCommand::SaveTemplate
            | UiCommand::ExportPdf
            | UiCommand::Close
            | UiCommand::Find
            | UiCommand::Problems
            | UiCommand::ShowView(_) => doc.is_some(),
            UiCommand::ExportAppendices | UiCommand::ExportXlsx => {
                doc.is_some_and(|d| !d.plan.appendices.is_empty())
            }
            UiCommand::ExportTasks => {
                doc.is_some_and(|d| d.plan.tasks.iter().any(|g| !g.tasks.is_empty()))
            }
            UiCommand::Collect | UiCommand::ExportDocx => doc.is_some(),
            UiCommand::TogglePreview => doc.is_some(),
            UiCommand::PreviewZoomIn
            | UiCommand::PreviewZoomOut
            | UiCommand::PreviewFitWidth
            | UiCommand::PreviewFitPage => doc.is_some() && app.settings.preview.open,
            UiCommand::Bold
            | UiCommand::Italic
            | UiCommand::Footnote
            | UiCommand::InsertField(_) => doc.is_some_and(|d| d.format.has_field()),
            UiCommand::Dossier(f) => f.enabled(app),
            UiCommand::Undo => doc.is_some_and(|d| d.history.can_undo()),
            UiCommand::Redo => doc.is_some_and(|d| d.history.can_redo()),
        }
    }
}

/// Every (shortcut, command) pair, the most specific shortcuts first: egui
/// matches Ctrl+S when Ctrl+Shift+S is pressed, so Lưu thành… must take
/// its keys before Lưu looks.
fn shortcuts() -> Vec<(KeyboardShortcut, UiCommand)> {
    let mut all: Vec<_> = UiCommand::all()
        .flat_map(|c| {
            c.info()
                .shortcuts
                .iter()
                .map(move |s| (*s, c.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    all.sort_by_key(|(s, _)| {
        std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt))
    });
    all
}

impl App {
    /// Asks for a command: it runs after the frame being drawn.
    pub fn queue(&mut self, cmd: UiCommand) {
        self.queued.push(cmd);
    }

    /// Takes this frame's shortcuts before any text field sees them, so
    /// Ctrl+Z is the plan's undo everywhere, not the field's own.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        // egui matches Ctrl+F when Ctrl+Alt+F is pressed: a key held with
        // Alt is left to whoever asked for Alt (Ctrl+Alt+F, a footnote).
        let alt = ctx.input(|i| i.modifiers.alt);
        for (shortcut, cmd) in shortcuts() {
            if alt && !shortcut.modifiers.alt {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.queue(cmd);
            }
        }
    }

    /// Runs the commands chosen during the frame, in order.
    pub(super) fn run_queued(&mut self, ctx: &egui::Context) {
        let queued = std::mem::take(&mut self.queued);
        if queued.is_empty() {
            return;
        }
        for cmd in queued {
            self.run(ctx, cmd);
        }
        // What they changed (a view, a document, a dialog) shows in the next frame.
        ctx.request_repaint();
    }

    fn run(&mut self, ctx: &egui::Context, cmd: UiCommand) {
        // Menus offer only what is enabled; shortcuts come at any time, so
        // what needs a plan checks for one.
        let has_doc = self.doc.is_some();
        match cmd {
            UiCommand::New => self.request(ctx, Then::New),
            UiCommand::Open => self.request(ctx, Then::Open(None)),
            UiCommand::OpenRecent(path) => self.request(ctx, Then::Open(Some(path))),
            UiCommand::ImportDocx => self.request(ctx, Then::ImportDocx),
            UiCommand::Save => {
                if has_doc {
                    // Without a file yet, this asks where (Save-as).
                    self.save();
                }
            }
            UiCommand::SaveAs => {
                if has_doc {
                    self.pick(Purpose::SaveAs);
                }
            }
            UiCommand::RollForward => {
                if let Some(d) = &self.doc {
                    self.dialog = Some(Dialog::RollForward(d.plan.year + 1));
                }
            }
            UiCommand::SaveTemplate => {
                if has_doc {
                    self.pick(Purpose::SaveTemplate);
                }
            }
            UiCommand::ExportPdf => self.start_export(Purpose::ExportPdf),
            UiCommand::ExportAppendices => self.start_export(Purpose::ExportAppendices),
            UiCommand::ExportDocx => self.start_export(Purpose::ExportDocx),
            UiCommand::ExportXlsx => self.start_export(Purpose::ExportXlsx),
            UiCommand::ExportTasks => self.start_export(Purpose::ExportTasks),
            UiCommand::Collect => self.open_collect(),
            UiCommand::Close => {
                if has_doc {
                    self.request(ctx, Then::Close);
                }
            }
            UiCommand::Quit => self.request(ctx, Then::Quit),
            UiCommand::Undo => {
                if let Some(d) = self.doc.as_mut() {
                    d.request_undo();
                }
            }
            UiCommand::Redo => {
                if let Some(d) = self.doc.as_mut() {
                    d.request_redo();
                }
            }
            UiCommand::Find => {
                if has_doc {
                    self.find.get_or_insert_with(FindState::default).focus = true;
                }
            }
            UiCommand::Problems => self.problems_open = has_doc && !self.problems_open,
            UiCommand::ShowView(v) => {
                if has_doc {
                    self.view = v;
                }
            }
            UiCommand::TogglePreview => {
                if has_doc {
                    self.settings.preview.open = !self.settings.preview.open;
                }
            }
            UiCommand::PreviewZoomIn | UiCommand::PreviewZoomOut => {
                if let Some(scale) = self.preview.scale() {
                    let up = cmd == UiCommand::PreviewZoomIn;
                    self.settings.preview.zoom = Zoom::step(scale, up);
                }
            }
            UiCommand::PreviewFitWidth => self.settings.preview.zoom = Zoom::FitWidth,
            UiCommand::PreviewFitPage => self.settings.preview.zoom = Zoom::FitPage,
            UiCommand::Dossier(f) => self.file(f),
            UiCommand::Bold
            | UiCommand::Italic
            | UiCommand::Footnote
            | UiCommand::InsertField(_) => {
                let (Some(d), Some(action)) = (self.doc.as_mut(), cmd.format_action()) else {
                    return;
                };
                if !d.format.request(action) {
                    self.notice = Some(
                        "Hãy đặt con trỏ vào một đoạn văn bản (nội dung, trích yếu, nhiệm vụ…) \
                         rồi định dạng."
                            .into(),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Event;

    /// A shortcut's keys as egui matches them: Ctrl and UiCommand are one
    /// modifier (`Modifiers::COMMAND` is Ctrl off a Mac, ⌘ on one).
    fn keys(s: &KeyboardShortcut) -> (Key, bool, bool, bool) {
        let m = s.modifiers;
        (
            s.logical_key,
            m.ctrl || m.command || m.mac_cmd,
            m.shift,
            m.alt,
        )
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::HashMap::new();
        for c in UiCommand::all() {
            for s in c.info().shortcuts {
                if let Some(other) = seen.insert(keys(s), c.clone()) {
                    panic!("{c:?} and {other:?} share {s:?}");
                }
            }
        }
        assert!(seen.len() >= 9, "{seen:?}");
    }

    /// Presses `shortcut` in a frame and returns the commands it queued.
    fn press(shortcut: &KeyboardShortcut) -> Vec<UiCommand> {
        let mut app = App::default();
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            events: vec![Event::Key {
                key: shortcut.logical_key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: shortcut.modifiers,
            }],
            ..Default::default()
        };
        let mut out = ctx.run_ui(input, |ui| app.shortcuts(ui.ctx()));
        // Nothing is painted here (egui asks that the font atlas be handled).
        out.textures_delta.clear();
        app.queued
    }

    #[test]
    fn every_shortcut_queues_its_own_command_only() {
        for c in UiCommand::all() {
            for s in c.info().shortcuts {
                assert_eq!(press(s), vec![c.clone()], "{s:?}");
            }
        }
    }

    #[test]
    fn every_menu_has_its_commands_and_labels_once() {
        for menu in Menu::ALL {
            let labels: Vec<_> = UiCommand::all()
                .filter(|c| c.info().place.is_some_and(|p| p.menu == menu))
                .map(|c| c.info().label)
                .collect();
            assert!(!labels.is_empty(), "{menu:?}");
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{labels:?}");
        }
    }
}
