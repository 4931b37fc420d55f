//! The menu bar and the toolbar, drawn from the command registry
//! (`commands.rs`): what they show and where is declared there; a click
//! queues the command.

use super::App;
use super::commands::{Extra, Menu, UiCommand};
use super::settings::RECOVERY_DELAYS;
use egui::Ui;

/// One entry of a menu: a command's button or an `Extra`.
enum Entry {
    UiCommand(UiCommand),
    Extra(Extra),
}

/// A menu's entries by group (separated by a line): in each group its
/// commands in registry order, then its extras.
fn entries(menu: Menu) -> Vec<(u8, Entry)> {
    let commands = UiCommand::all().filter_map(|c| {
        let place = c.info().place?;
        (place.menu == menu).then_some((place.group, Entry::UiCommand(c)))
    });
    let extras = Extra::ALL
        .into_iter()
        .filter(|e| e.place().menu == menu)
        .map(|e| (e.place().group, Entry::Extra(e)));
    let mut all: Vec<_> = commands.chain(extras).collect();
    // Stable: the order within a group is kept.
    all.sort_by_key(|(group, _)| *group);
    all
}

impl App {
    pub(super) fn menu(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.label(), |ui| self.menu_entries(ui, menu));
            }
            ui.separator();
            self.toolbar(ui);
        });
    }

    fn menu_entries(&mut self, ui: &mut Ui, menu: Menu) {
        let mut last_group = None;
        for (group, entry) in entries(menu) {
            if last_group.is_some_and(|g| g != group) {
                ui.separator();
            }
            last_group = Some(group);
            match entry {
                Entry::UiCommand(c) => self.menu_item(ui, c),
                Entry::Extra(Extra::RecentFiles) => self.recent_files(ui),
                Entry::Extra(Extra::RecoveryDelay) => self.recovery_delay(ui),
                Entry::Extra(Extra::Theme) => self.theme_menu(ui),
                Entry::Extra(Extra::Fields) => self.fields_menu(ui, false),
                Entry::Extra(Extra::Agencies) => self.fields_menu(ui, true),
            }
        }
    }

    /// Giao diện: as the system says, light or dark; kept in the settings.
    fn theme_menu(&mut self, ui: &mut Ui) {
        ui.menu_button("Giao diện", |ui| {
            for t in super::settings::Theme::ALL {
                if ui.radio(self.settings.theme == t, t.label()).clicked() {
                    self.settings.theme = t;
                    t.apply(ui.ctx());
                }
            }
        });
    }

    /// Định dạng → Chèn trường tính sẵn: every computed field with what it
    /// prints in this plan ("Năm kế hoạch: 2024"), or (`agencies`) Chèn
    /// tên cơ quan: every agency of the directory, for the field the
    /// officer is in.
    fn fields_menu(&mut self, ui: &mut Ui, agencies: bool) {
        use crate::ui::rich_edit;
        let probe = UiCommand::InsertField(String::new());
        let enabled = probe.enabled(self);
        let Some(doc) = self.doc.as_ref() else { return };
        let (title, fields) = if agencies {
            (rich_edit::AGENCY_MENU, rich_edit::agencies(&doc.plan))
        } else {
            (probe.info().label, rich_edit::fields(&doc.plan))
        };
        ui.add_enabled_ui(enabled, |ui| {
            ui.menu_button(title, |ui| {
                for (token, label) in fields {
                    if ui.button(label).clicked() {
                        self.queue(UiCommand::InsertField(token));
                    }
                }
            });
        });
    }

    /// A command's menu entry: its label, its shortcut in egui's words
    /// (Ctrl+S, or ⌘S on a Mac), enabled when it can do something.
    fn menu_item(&mut self, ui: &mut Ui, c: UiCommand) {
        let info = c.info();
        let label = match &c {
            // The step they would undo or redo, as the history names it.
            UiCommand::Undo | UiCommand::Redo => {
                let step = self.doc.as_ref().and_then(|d| match c {
                    UiCommand::Undo => d.history.undo_label(),
                    _ => d.history.redo_label(),
                });
                format!("{} {}", info.label, step.unwrap_or(""))
                    .trim_end()
                    .to_string()
            }
            _ => info.label.to_string(),
        };
        let mut button = egui::Button::new(label);
        if let Some(on) = c.checked(self) {
            button = button.selected(on);
        }
        if let Some(s) = info.shortcuts.first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(s));
        }
        if ui.add_enabled(c.enabled(self), button).clicked() {
            self.queue(c);
        }
    }

    /// Tệp → Mở gần đây: each recent file, opened by `OpenRecent`.
    fn recent_files(&mut self, ui: &mut Ui) {
        let title = UiCommand::OpenRecent(Default::default()).info().label;
        ui.menu_button(title, |ui| {
            if self.settings.recent.is_empty() {
                ui.label("Chưa có tệp nào");
            }
            for p in self.settings.recent.clone() {
                if ui.button(p.display().to_string()).clicked() {
                    self.queue(UiCommand::OpenRecent(p));
                }
            }
        });
    }

    /// Sửa → Lưu tạm sau: seconds between the last change and its recovery copy.
    fn recovery_delay(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label("Lưu tạm sau");
            ui.add(
                egui::DragValue::new(&mut self.settings.recovery_delay)
                    .range(RECOVERY_DELAYS)
                    .speed(0.5)
                    .suffix(" giây"),
            )
            .on_hover_text(
                "Khi có thay đổi chưa lưu, vài giây sau lần sửa cuối một bản lưu tạm được ghi \
                 vào thư mục dữ liệu của người dùng (không ghi đè tệp kế hoạch). Nếu kehoach \
                 bị tắt đột ngột, lần mở sau sẽ đề nghị khôi phục.",
            )
            .accessible_name("Lưu tạm sau (giây)");
        });
    }

    /// The frequent actions, one click away: the commands with a toolbar
    /// button, shown while they can do something.
    fn toolbar(&mut self, ui: &mut Ui) {
        for c in UiCommand::all() {
            let Some(tool) = c.info().tool else { continue };
            if !c.enabled(self) {
                continue;
            }
            let tip = match c.info().shortcuts.first() {
                Some(s) => format!("{} ({})", tool.tooltip, ui.ctx().format_shortcut(s)),
                None => tool.tooltip.to_string(),
            };
            let text = match c {
                UiCommand::Bold => egui::RichText::new(tool.label).strong(),
                UiCommand::Italic => egui::RichText::new(tool.label).italics(),
                _ => egui::RichText::new(tool.label),
            };
            if ui.button(text).on_hover_text(tip).clicked() {
                self.queue(c);
            }
        }
    }
}
