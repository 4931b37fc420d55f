//! Every action of the editor, declared once: its Vietnamese label, its
//! keyboard shortcuts, its place in the menu bar and its toolbar button.
//! Shortcut handling, the menus and the toolbar all read this registry
//! (`menus.rs` draws them), so a new action is one variant here, its
//! `info`, and its arm in `App::run`.
//!
//! A command chosen while a frame is drawn (a click, a key) is queued and
//! run after the frame (`App::run_queued`), like the plan's edits: nothing
//! the frame is drawing changes under it.

use super::nav::{VIEWS, View};
use super::{App, Dialog, FindState, Then};
use crate::ui::files::Purpose;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    New,
    Open,
    /// One of the recent files (Tệp → Mở gần đây).
    OpenRecent(PathBuf),
    Save,
    SaveAs,
    /// Asks the year of next year's plan made from the open one.
    RollForward,
    SaveTemplate,
    ExportPdf,
    ExportAppendices,
    Close,
    Quit,
    Undo,
    Redo,
    Find,
    /// One part of the plan in the central panel (the navigation panel).
    ShowView(View),
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
}

impl Menu {
    pub const ALL: [Menu; 2] = [Menu::File, Menu::Edit];

    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "Tệp",
            Menu::Edit => "Sửa",
        }
    }
}

/// Where an entry sits in the menu bar: its menu, and its group there
/// (groups are separated by a line). Within a group, commands keep the
/// order of `Command::LISTED`, and the `Extra` entries follow them.
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
}

impl Extra {
    pub const ALL: [Extra; 2] = [Extra::RecentFiles, Extra::RecoveryDelay];

    pub fn place(self) -> Place {
        match self {
            Extra::RecentFiles => file(0),
            Extra::RecoveryDelay => edit(2),
        }
    }
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn file(group: u8) -> Place {
    Place {
        menu: Menu::File,
        group,
    }
}

const fn edit(group: u8) -> Place {
    Place {
        menu: Menu::Edit,
        group,
    }
}

impl Command {
    /// The commands that take no argument, in menu and toolbar order.
    pub const LISTED: [Command; 13] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::RollForward,
        Command::SaveTemplate,
        Command::ExportPdf,
        Command::ExportAppendices,
        Command::Close,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Find,
    ];

    /// Every command with a shortcut or a place: `LISTED`, then a view's.
    pub fn all() -> impl Iterator<Item = Command> {
        Command::LISTED
            .into_iter()
            .chain(VIEWS.iter().map(|d| Command::ShowView(d.view)))
    }

    pub fn info(&self) -> Info {
        let plain = |label, shortcuts, place| Info {
            label,
            shortcuts,
            place,
            tool: None,
        };
        match self {
            Command::New => Info {
                tool: Some(Tool {
                    label: "Mới",
                    tooltip: "Tạo kế hoạch mới",
                }),
                ..plain("Mới", &const { [cmd(Key::N)] }, Some(file(0)))
            },
            Command::Open => Info {
                tool: Some(Tool {
                    label: "Mở",
                    tooltip: "Mở kế hoạch",
                }),
                ..plain("Mở…", &const { [cmd(Key::O)] }, Some(file(0)))
            },
            // Listed by `Extra::RecentFiles`, under this label.
            Command::OpenRecent(_) => plain("Mở gần đây", &[], None),
            Command::Save => Info {
                tool: Some(Tool {
                    label: "Lưu",
                    tooltip: "Lưu",
                }),
                ..plain("Lưu", &const { [cmd(Key::S)] }, Some(file(1)))
            },
            Command::SaveAs => plain("Lưu thành…", &const { [cmd_shift(Key::S)] }, Some(file(1))),
            Command::RollForward => plain("Tạo kế hoạch năm sau…", &[], Some(file(1))),
            Command::SaveTemplate => plain("Lưu thành mẫu…", &[], Some(file(1))),
            Command::ExportPdf => Info {
                tool: Some(Tool {
                    label: "Xuất PDF",
                    tooltip: "Xuất PDF",
                }),
                ..plain("Xuất PDF…", &const { [cmd(Key::P)] }, Some(file(2)))
            },
            Command::ExportAppendices => plain("Xuất phụ lục…", &[], Some(file(2))),
            Command::Close => plain("Đóng kế hoạch", &[], Some(file(3))),
            Command::Quit => plain("Thoát", &[], Some(file(3))),
            Command::Undo => plain("Hoàn tác", &const { [cmd(Key::Z)] }, Some(edit(0))),
            Command::Redo => plain(
                "Làm lại",
                &const { [cmd(Key::Y), cmd_shift(Key::Z)] },
                Some(edit(0)),
            ),
            Command::Find => plain("Tìm…", &const { [cmd(Key::F)] }, Some(edit(1))),
            Command::ShowView(v) => plain(v.label(), v.def().shortcut.as_slice(), None),
        }
    }

    /// Whether the command can do something now: its menu entry is enabled
    /// and its toolbar button shown. A shortcut runs it anyway (undo with
    /// nothing to undo says so in the status bar).
    pub fn enabled(&self, app: &App) -> bool {
        let doc = app.doc.as_ref();
        match self {
            Command::New | Command::Open | Command::OpenRecent(_) | Command::Quit => true,
            Command::Save
            | Command::SaveAs
            | Command::RollForward
            | Command::SaveTemplate
            | Command::ExportPdf
            | Command::Close
            | Command::Find
            | Command::ShowView(_) => doc.is_some(),
            Command::ExportAppendices => doc.is_some_and(|d| !d.plan.appendices.is_empty()),
            Command::Undo => doc.is_some_and(|d| d.history.can_undo()),
            Command::Redo => doc.is_some_and(|d| d.history.can_redo()),
        }
    }
}

/// Every (shortcut, command) pair, the most specific shortcuts first: egui
/// matches Ctrl+S when Ctrl+Shift+S is pressed, so Lưu thành… must take
/// its keys before Lưu looks.
fn shortcuts() -> Vec<(KeyboardShortcut, Command)> {
    let mut all: Vec<_> = Command::all()
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
    pub fn queue(&mut self, cmd: Command) {
        self.queued.push(cmd);
    }

    /// Takes this frame's shortcuts before any text field sees them, so
    /// Ctrl+Z is the plan's undo everywhere, not the field's own.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        for (shortcut, cmd) in shortcuts() {
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

    fn run(&mut self, ctx: &egui::Context, cmd: Command) {
        // Menus offer only what is enabled; shortcuts come at any time, so
        // what needs a plan checks for one.
        let has_doc = self.doc.is_some();
        match cmd {
            Command::New => self.request(ctx, Then::New),
            Command::Open => self.request(ctx, Then::Open(None)),
            Command::OpenRecent(path) => self.request(ctx, Then::Open(Some(path))),
            Command::Save => {
                if has_doc {
                    // Without a file yet, this asks where (Save-as).
                    self.save();
                }
            }
            Command::SaveAs => {
                if has_doc {
                    self.pick(Purpose::SaveAs);
                }
            }
            Command::RollForward => {
                if let Some(d) = &self.doc {
                    self.dialog = Some(Dialog::RollForward(d.plan.year + 1));
                }
            }
            Command::SaveTemplate => {
                if has_doc {
                    self.pick(Purpose::SaveTemplate);
                }
            }
            Command::ExportPdf => self.start_export(Purpose::ExportPdf),
            Command::ExportAppendices => self.start_export(Purpose::ExportAppendices),
            Command::Close => {
                if has_doc {
                    self.request(ctx, Then::Close);
                }
            }
            Command::Quit => self.request(ctx, Then::Quit),
            Command::Undo => {
                if let Some(d) = self.doc.as_mut() {
                    d.request_undo();
                }
            }
            Command::Redo => {
                if let Some(d) = self.doc.as_mut() {
                    d.request_redo();
                }
            }
            Command::Find => {
                if has_doc {
                    self.find.get_or_insert_with(FindState::default).focus = true;
                }
            }
            Command::ShowView(v) => {
                if has_doc {
                    self.view = v;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Event;

    /// A shortcut's keys as egui matches them: Ctrl and Command are one
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
        for c in Command::all() {
            for s in c.info().shortcuts {
                if let Some(other) = seen.insert(keys(s), c.clone()) {
                    panic!("{c:?} and {other:?} share {s:?}");
                }
            }
        }
        assert!(seen.len() >= 9, "{seen:?}");
    }

    /// Presses `shortcut` in a frame and returns the commands it queued.
    fn press(shortcut: &KeyboardShortcut) -> Vec<Command> {
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
        for c in Command::all() {
            for s in c.info().shortcuts {
                assert_eq!(press(s), vec![c.clone()], "{s:?}");
            }
        }
    }

    #[test]
    fn every_menu_has_its_commands_and_labels_once() {
        for menu in Menu::ALL {
            let labels: Vec<_> = Command::all()
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
