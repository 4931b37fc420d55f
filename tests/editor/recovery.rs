//! The editor and the files behind it: a plan changed on disk by another
//! program is not overwritten without asking; recovery copies are offered
//! after a crash, and can be discarded.

use crate::common::editor::{ctrl, harness, plan, type_into};
use egui::Key;
use egui_kittest::kittest::Queryable;
use kehoach::model::Plan;
use kehoach::ui::App;
use kehoach::ui::app::Dialog;

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chung.ron");
    kehoach::io::save_atomic(&path, &Plan::new(2025)).unwrap();
    let mut h = harness(App::default());
    h.state_mut().open_path(&path);
    h.run();
    type_into(&mut h, "Địa danh", 0, " A");
    // A colleague saves the same file meanwhile.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let mut theirs = Plan::new(2025);
    theirs.meta.place = "Bản của đồng nghiệp".into();
    kehoach::io::save_atomic(&path, &theirs).unwrap();
    ctrl(&mut h, Key::S);
    assert!(matches!(h.state().dialog, Some(Dialog::ChangedOnDisk(_))));
    assert_eq!(
        kehoach::io::load_path(&path).unwrap().meta.place,
        "Bản của đồng nghiệp",
        "not overwritten yet"
    );
    h.get_by_label("Hủy").click();
    h.run();
    assert!(h.state().is_dirty(), "still unsaved, nothing lost");
    ctrl(&mut h, Key::S);
    h.get_by_label("Ghi đè").click();
    h.run();
    assert_eq!(
        kehoach::io::load_path(&path).unwrap().meta.place,
        "Đồng Tháp A"
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn a_plan_is_recovered_after_the_editor_ended_without_a_clean_close() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let path = files.path().join("ke-hoach.ron");
    kehoach::io::save_atomic(&path, &Plan::new(2025)).unwrap();
    {
        let mut app = App::with_data_dir(data.path().to_path_buf());
        app.settings.recovery_delay = 0.0;
        let mut h = harness(app);
        h.state_mut().open_path(&path);
        h.run();
        type_into(&mut h, "Địa danh", 0, " (bản sửa)");
        h.run();
        h.state_mut().wait_for_recovery();
        assert_eq!(
            std::fs::read_dir(data.path()).unwrap().count(),
            1,
            "a recovery copy was written"
        );
        assert_eq!(
            kehoach::io::load_path(&path).unwrap().meta.place,
            "Đồng Tháp",
            "not over the file"
        );
        // The harness is dropped here: the editor "crashed" without closing cleanly.
    }
    let mut h = harness(App::with_data_dir(data.path().to_path_buf()));
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Recover)));
    assert!(
        h.query_by_label_contains("ke-hoach.ron (năm 2025)")
            .is_some(),
        "shows the file and the time"
    );
    h.get_by_label("Khôi phục").click();
    h.run();
    assert_eq!(plan(&h).meta.place, "Đồng Tháp (bản sửa)");
    assert!(h.state().is_dirty(), "restored edits still need saving");
    assert_eq!(
        h.state().doc.as_ref().unwrap().path.as_deref(),
        Some(path.as_path())
    );
    ctrl(&mut h, Key::S);
    assert_eq!(
        kehoach::io::load_path(&path).unwrap().meta.place,
        "Đồng Tháp (bản sửa)"
    );
    h.state_mut().wait_for_recovery();
    assert_eq!(
        std::fs::read_dir(data.path()).unwrap().count(),
        0,
        "saved: the copy is gone"
    );
}

#[test]
fn a_recovery_copy_can_be_discarded() {
    let data = tempfile::tempdir().unwrap();
    kehoach::ui::recovery::write(&data.path().join("x.ron"), None, &Plan::new(2026)).unwrap();
    let mut h = harness(App::with_data_dir(data.path().to_path_buf()));
    h.run();
    assert!(
        h.query_by_label_contains("kế hoạch chưa lưu (năm 2026)")
            .is_some()
    );
    h.get_by_label("Bỏ").click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert!(h.state().doc.is_none());
    assert_eq!(std::fs::read_dir(data.path()).unwrap().count(), 0);
}
