//! Nothing lost, nothing crashes, nothing fails silently: the editor's part,
//! each case driven as a user drives it (egui_kittest, no display) and
//! checked by what the user sees.

use crate::common::editor::{ctrl, field, harness, menu, open_sample, plan, type_into};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::Plan;
use kehoach::ui::App;
use kehoach::ui::app::{Dialog, Then, View};

const CDS: &str = "Kế hoạch chuyển đổi số năm 2024";

fn target_count(p: &Plan) -> usize {
    p.targets.iter().map(|g| g.targets.len()).sum()
}

#[test]
fn deleting_targets_from_the_row_menu_never_crashes() {
    let mut h = open_sample(CDS);
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let first_group = plan(&h).targets[0].targets.len();
    assert!(first_group >= 2);
    let before = target_count(plan(&h));
    // The last target of the first group: its menu is after the group's
    // own menu and the group's other targets' menus.
    let last = plan(&h).targets[0].targets[first_group - 1].id;
    menu(&mut h, first_group, "Xóa chỉ tiêu");
    assert_eq!(target_count(plan(&h)), before - 1);
    assert!(plan(&h).targets[0].targets.iter().all(|t| t.id != last));
    // Then the first one, twice in a row.
    for _ in 0..2 {
        let first = plan(&h).targets[0].targets[0].id;
        menu(&mut h, 1, "Xóa chỉ tiêu");
        assert!(plan(&h).targets[0].targets.iter().all(|t| t.id != first));
    }
    assert_eq!(target_count(plan(&h)), before - 3);
    assert!(
        h.query_all_by_label(&format!("{} chỉ tiêu", before - 3))
            .next()
            .is_some()
    );
    for _ in 0..3 {
        ctrl(&mut h, Key::Z);
    }
    assert_eq!(target_count(plan(&h)), before);
    assert_eq!(plan(&h).targets[0].targets[first_group - 1].id, last);
}

#[test]
fn undoing_past_the_kept_steps_never_looks_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    assert!(h.state_mut().save_as(&path));
    h.run();
    assert!(h.query_by_label("Đã lưu").is_some());
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let kept = kehoach::ui::history::LIMIT;
    for _ in 0..=kept {
        h.get_by_label("+ Thêm nhóm chỉ tiêu").click();
        h.run();
    }
    let added = plan(&h).targets.len();
    assert_eq!(added, kept + 1);
    for _ in 0..=kept {
        ctrl(&mut h, Key::Z);
    }
    // One edit could not be kept: it is still there, so the plan is unsaved.
    assert_eq!(plan(&h).targets.len(), 1);
    asks_before_closing(&mut h);
}

/// Closing an unsaved plan asks first, and nothing closes before the answer.
fn asks_before_closing(h: &mut Harness<'_, App>) {
    assert!(h.state().is_dirty(), "unsaved");
    assert!(h.query_by_label("Chưa lưu").is_some());
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Đóng kế hoạch").click();
    h.run();
    assert!(matches!(
        h.state().dialog,
        Some(Dialog::Unsaved(Then::Close))
    ));
    assert!(h.state().doc.is_some(), "nothing closed before the answer");
    h.get_by_label("Hủy").click();
    h.run();
    assert!(h.state().doc.is_some());
}

#[test]
fn plans_never_written_to_a_file_ask_before_closing() {
    // New, sample, template.
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    asks_before_closing(&mut h);

    let mut h = open_sample(CDS);
    asks_before_closing(&mut h);

    let mut h = harness(App::default());
    h.run();
    let template = kehoach::rollover::template::TEMPLATES[0].description;
    h.get_by_label(template).click();
    h.run();
    asks_before_closing(&mut h);

    // Next year's plan, made from a saved plan: its review work is unsaved.
    let dir = tempfile::tempdir().unwrap();
    let mut h = open_sample(CDS);
    assert!(h.state_mut().save_as(&dir.path().join("2024.ron")));
    h.run();
    crate::common::editor::roll_forward(&mut h);
    assert_eq!(plan(&h).year, 2025);
    asks_before_closing(&mut h);
    // Quitting asks too.
    let ctx = h.ctx.clone();
    h.state_mut().request(&ctx, Then::Quit);
    h.run();
    assert!(matches!(
        h.state().dialog,
        Some(Dialog::Unsaved(Then::Quit))
    ));
}

fn recovery_copies(dir: &std::path::Path) -> Vec<Plan> {
    kehoach::ui::recovery::list(dir)
        .into_iter()
        .map(|r| r.plan)
        .collect()
}

#[test]
fn the_recovery_copy_follows_the_last_edit_within_seconds() {
    let data = tempfile::tempdir().unwrap();
    let mut h = harness(App::with_data_dir(data.path().to_path_buf()));
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    assert_eq!(h.state().settings.recovery_delay, 2.0);
    let place = plan(&h).meta.place.clone();
    type_into(&mut h, "Địa danh", 0, " (sửa)");
    // Each step of the harness is a quarter of a second: two seconds after
    // the last key the copy is written, with that key in it.
    for _ in 0..12 {
        h.step();
    }
    h.state_mut().wait_for_recovery();
    let copies = recovery_copies(data.path());
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].meta.place, format!("{place} (sửa)"));
    // Nothing changed: nothing is written again.
    let file = std::fs::read_dir(data.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let written = std::fs::metadata(&file).unwrap().modified().unwrap();
    for _ in 0..20 {
        h.step();
    }
    h.state_mut().wait_for_recovery();
    assert_eq!(
        std::fs::metadata(&file).unwrap().modified().unwrap(),
        written
    );
}

#[test]
fn without_a_dialog_service_the_editor_opens_and_saves_with_its_own_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("ke-hoach cũ.ron");
    let mut p = Plan::new(2026);
    p.meta.place = "Đồng Tháp".into();
    kehoach::io::save_atomic(&src, &p).unwrap();

    let mut app = App::default();
    app.native_dialogs = false;
    let mut h = harness(app);
    h.run();
    ctrl(&mut h, Key::O);
    assert!(
        h.query_by_label("Mở kế hoạch").is_some(),
        "the dialog shows"
    );
    // Go to the folder by typing it, pick the file from the list.
    field(&h, "Thư mục", 0).click();
    h.run();
    ctrl(&mut h, Key::A);
    field(&h, "Thư mục", 0).type_text(&dir.path().display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("ke-hoach cũ.ron").click();
    h.run();
    h.get_by_label("Mở tệp").click();
    h.run();
    assert_eq!(plan(&h).meta.place, "Đồng Tháp");

    // Save as, under a new name typed without its extension.
    ctrl(&mut h, Key::S);
    h.run();
    let s = Key::S;
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, s);
    h.run();
    assert!(h.query_by_label("Lưu kế hoạch").is_some());
    field(&h, "Tên tệp", 0).click();
    h.run();
    ctrl(&mut h, Key::A);
    field(&h, "Tên tệp", 0).type_text("bản mới");
    h.run();
    h.get_by_label("Lưu tệp").click();
    h.run();
    let saved = dir.path().join("bản mới.ron");
    assert_eq!(
        kehoach::io::load_path(&saved).unwrap().meta.place,
        "Đồng Tháp"
    );
    assert!(!h.state().is_dirty());

    // A folder that does not exist is a message in the dialog, not a crash.
    ctrl(&mut h, Key::O);
    field(&h, "Thư mục", 0).click();
    h.run();
    ctrl(&mut h, Key::A);
    field(&h, "Thư mục", 0).type_text("/khong/co/thu-muc");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        h.query_by_label_contains("Không có thư mục /khong/co/thu-muc")
            .is_some()
    );
    h.get_by_label("Hủy").click();
    h.run();
    assert!(h.query_by_label("Mở kế hoạch").is_none());
}

#[test]
fn opening_the_pdf_without_a_viewer_says_so_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ke-hoach.pdf");
    let mut app = App::default();
    app.native_dialogs = false;
    app.opener = "/khong/co/xdg-open".into();
    let mut h = harness(app);
    h.run();
    h.get_by_label("Kế hoạch kinh tế số, xã hội số năm 2026")
        .click();
    h.run();
    h.state_mut().export_to(pdf.clone(), Default::default());
    h.state_mut().wait_for_export();
    h.run();
    assert!(pdf.is_file());
    h.get_by_label("Mở tệp PDF").click();
    h.run();
    h.state_mut().wait_for_opening();
    h.run();
    match &h.state().dialog {
        Some(Dialog::Error(m)) => {
            assert!(m.starts_with("Không mở được"), "{m}");
            assert!(m.contains("ke-hoach.pdf"), "{m}");
        }
        other => panic!("expected an error in the window, got {other:?}"),
    }
    assert!(h.query_by_label("Không thực hiện được").is_some());
}

#[test]
fn a_new_document_starts_at_the_top_with_no_old_notice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = open_sample(CDS);
    assert!(h.state_mut().save_as(&path));
    h.state_mut().open_path(&path);
    h.run();
    assert!(h.state().notice.as_deref().unwrap().starts_with("Đã mở"));
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let first = plan(&h).targets[0].targets[0].name.as_str().to_string();
    assert!(h.query_all_by_value(&first).next().is_some());
    // Go to the last target: the table scrolls, the first row leaves the view.
    let g = plan(&h).targets.len() - 1;
    let t = plan(&h).targets[g].targets.len() - 1;
    use kehoach::model::{Leaf, Period, Place};
    h.state_mut()
        .go_to(&Place::Target(Period::Plan, g, t, Leaf::Field("name")));
    h.run();
    assert!(
        h.query_all_by_value(&first).next().is_none(),
        "scrolled away"
    );
    // Another document: its table starts at the top, no old notice.
    let ctx = h.ctx.clone();
    h.state_mut().request(&ctx, Then::Sample(1));
    h.run();
    if matches!(h.state().dialog, Some(Dialog::Unsaved(_))) {
        h.get_by_label("Không lưu").click();
        h.run();
    }
    assert_eq!(h.state().notice, None);
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let first = plan(&h).targets[0].targets[0].name.as_str().to_string();
    assert!(
        h.query_all_by_value(&first).next().is_some(),
        "the new table is at its top"
    );
}

#[test]
fn the_settings_keep_only_what_is_needed() {
    #[derive(Default)]
    struct Store(std::collections::HashMap<String, String>);
    impl eframe::Storage for Store {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_string(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }
    let mut h = open_sample(CDS);
    for v in [View::Targets, View::Tasks, View::Budget, View::Body] {
        h.state_mut().view = v;
        h.run();
    }
    let mut store = Store::default();
    eframe::App::save(h.state_mut(), &mut store);
    assert!(!eframe::App::persist_egui_memory(h.state()));
    let size: usize = store.0.iter().map(|(k, v)| k.len() + v.len()).sum();
    assert!(
        size < 4096,
        "settings are {size} bytes: {:?}",
        store.0.keys()
    );
}

#[test]
fn export_of_a_plan_with_errors_lists_them_and_asks() {
    let mut h = open_sample(CDS);
    h.state_mut().native_dialogs = false;
    // An unknown agency: the plan prints it wrong.
    h.state_mut().doc.as_mut().unwrap().plan.targets[0].targets[0].lead = vec!["khong-co".into()];
    h.run();
    ctrl(&mut h, Key::P);
    let Some(Dialog::ExportErrors(_, errors)) = h.state().dialog.clone() else {
        panic!("expected the errors, got {:?}", h.state().dialog);
    };
    assert!(errors.iter().any(|(_, m)| m.contains("khong-co")));
    assert!(h.query_by_label("Kế hoạch còn lỗi").is_some());
    // A click on an error goes to its place.
    let (_, message) = &errors[0];
    h.get_by_label_contains(message).click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert_eq!(h.state().view, View::Targets);
    // Asked again, the user may export anyway: then the file dialog opens.
    ctrl(&mut h, Key::P);
    h.get_by_label("Vẫn xuất…").click();
    h.run();
    assert!(
        h.query_all_by_label("Tên tệp").next().is_some(),
        "the file dialog"
    );
    h.get_by_label("Hủy").click();
    h.run();
}
