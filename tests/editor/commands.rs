//! The command registry as a user meets it: every command in its menu with
//! its shortcut as egui writes it (Ctrl+S here, ⌘S on a Mac), enabled when it
//! can act; the toolbar shows what can act; a command chosen during a frame
//! runs after it.

use crate::common::editor::{ctrl, harness, open_sample};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kehoach::ui::App;
use kehoach::ui::app::{Dialog, Menu, Then, UiCommand, View};

const KTS: &str = "Kế hoạch kinh tế số, xã hội số năm 2026";

/// What a command's menu entry says: its label, then its first shortcut.
fn entry(h: &Harness<'_, App>, c: &UiCommand) -> String {
    let info = c.info();
    match info.shortcuts.first() {
        Some(s) => format!("{} {}", info.label, h.ctx.format_shortcut(s)),
        None => info.label.to_string(),
    }
}

#[test]
fn every_menu_lists_its_commands_with_their_shortcuts() {
    let mut h = open_sample(KTS);
    for menu in Menu::ALL {
        h.get_by_label(menu.label()).click();
        h.run();
        for c in UiCommand::all().filter(|c| c.info().place.is_some_and(|p| p.menu == menu)) {
            let name = entry(&h, &c);
            let node = h.get_by_label(&name);
            assert_eq!(
                node.accesskit_node().is_disabled(),
                !c.enabled(h.state()),
                "{name}"
            );
        }
        h.key_press(Key::Escape);
        h.run();
    }
    // The hard-coded "\tCtrl+S" of old is gone: egui writes the shortcut.
    h.get_by_label("Tệp").click();
    h.run();
    assert!(h.query_by_label("Lưu Ctrl+S").is_some());
    assert!(h.query_by_label("Lưu thành… Ctrl+Shift+S").is_some());
    assert!(h.query_by_label("Xuất phụ lục…").is_some());
}

#[test]
fn the_toolbar_shows_what_can_act() {
    let mut h = harness(App::default());
    h.run();
    assert!(h.query_by_label("Mới").is_some());
    assert!(h.query_by_label("Mở").is_some());
    assert!(h.query_by_label("Lưu").is_none(), "no plan to save");
    assert!(h.query_by_label("Xuất PDF").is_none(), "no plan to export");
    h.get_by_label(KTS).click();
    h.run();
    assert!(h.query_by_label("Lưu").is_some());
    assert!(h.query_by_label("Xuất PDF").is_some());
}

#[test]
fn a_command_runs_after_the_frame_that_chose_it() {
    let mut h = open_sample(KTS);
    assert_eq!(h.state().view, View::General);
    h.state_mut().queue(UiCommand::ShowView(View::Budget));
    assert_eq!(h.state().view, View::General, "queued, not run");
    h.run();
    assert_eq!(h.state().view, View::Budget);

    // The navigation panel is a command too.
    h.get_by_label("Nhiệm vụ").click();
    h.run();
    assert_eq!(h.state().view, View::Tasks);

    // A shortcut: Ctrl+F opens find.
    assert!(h.state().find.is_none());
    ctrl(&mut h, Key::F);
    assert!(h.state().find.is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().find.is_none());

    // A menu entry: Tệp → Đóng kế hoạch asks about the sample's unsaved
    // state, then closes it.
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Đóng kế hoạch").click();
    h.run();
    assert_eq!(h.state().dialog, Some(Dialog::Unsaved(Then::Close)));
    h.get_by_label("Không lưu").click();
    h.run();
    assert!(h.state().doc.is_none());
}

#[test]
fn without_a_plan_the_commands_that_need_one_do_nothing() {
    let mut h = harness(App::default());
    h.run();
    for c in [
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::RollForward,
        UiCommand::SaveTemplate,
        UiCommand::ExportPdf,
        UiCommand::ExportAppendices,
        UiCommand::Close,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::Find,
        UiCommand::ShowView(View::Targets),
    ] {
        assert!(!c.enabled(h.state()), "{c:?}");
        h.state_mut().queue(c.clone());
        h.run();
        assert!(h.state().doc.is_none(), "{c:?}");
        assert!(h.state().dialog.is_none(), "{c:?}");
        assert!(h.state().find.is_none(), "{c:?}");
        assert_eq!(h.state().view, View::General, "{c:?}");
    }
    // Ctrl+S with nothing open opens no dialog either.
    ctrl(&mut h, Key::S);
    assert!(h.query_by_label("Lưu tệp").is_none());
}

#[test]
fn the_window_is_light_unless_the_officer_picks_dark() {
    let mut h = harness(App::default());
    h.run();
    // No system setting in a test: the document editor's light look.
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    h.get_by_label("Sửa").click();
    h.run();
    h.get_by_label("Giao diện").click();
    h.run();
    h.get_by_label("Tối").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_eq!(
        h.state().settings.theme,
        kehoach::ui::app::Theme::Dark,
        "kept for the next session"
    );
}
