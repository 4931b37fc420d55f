//! Tệp → Nhập từ Word…: a plan typed in Word read into a new, unsaved
//! document through kehoach's own file dialog, and a file that is not Word
//! refused without touching the open plan.

use crate::common::editor::*;
use crate::common::fixture;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::ui::App;
use kehoach::ui::app::{Dialog, View};
use std::path::Path;

/// Tệp → Nhập từ Word…, then the file at `path` picked in the dialog as a
/// person does: its folder typed, its name clicked, "Mở tệp".
fn import_through_menu(h: &mut Harness<'_, App>, path: &Path) {
    h.state_mut().native_dialogs = false;
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label_contains("Nhập từ Word…").click();
    h.run();
    assert!(
        h.query_by_label("Nhập từ Word").is_some(),
        "the dialog shows"
    );
    field(h, "Thư mục", 0).click();
    h.run();
    ctrl(h, Key::A);
    let dir = path.parent().expect("a folder");
    field(h, "Thư mục", 0).type_text(&dir.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let name = path.file_name().expect("a name").to_string_lossy();
    h.get_by_label(&name).click();
    h.run();
    h.get_by_label("Mở tệp").click();
    h.run();
}

#[test]
fn a_plan_typed_in_word_is_imported_into_a_new_unsaved_document() {
    let mut h = harness(App::default());
    h.run();
    import_through_menu(&mut h, &fixture("word/ke-hoach-dti-2023-go-tay.docx"));

    let doc = h.state().doc.as_ref().expect("a plan is open");
    assert!(doc.path.is_none(), "never saved over the .docx");
    assert!(h.state().is_dirty());
    let targets: usize = plan(&h).targets.iter().map(|g| g.targets.len()).sum();
    assert_eq!(targets, 96);
    // What was recognised, in the window.
    assert!(h.query_by_label("Đã nhập từ Word").is_some());
    assert!(h.query_by_label_contains("Chỉ tiêu: 96").is_some());
    assert!(
        h.query_by_label_contains("Không có chỗ nào phải đoán")
            .is_some()
    );
    h.get_by_label("Đóng").click();
    h.run();
    // Nothing was guessed: the editor opens on Thông tin chung.
    assert_eq!(h.state().view, View::General);
    let title = "Cải thiện chỉ số chuyển đổi số (DTI)";
    assert!(
        h.query_all_by(|n| {
            n.value().is_some_and(|v| v.contains(title))
                || n.label().is_some_and(|l| l.contains(title))
        })
        .next()
        .is_some(),
        "the title shows in Thông tin chung"
    );
    // Ctrl+S asks where to save it, as a plan file.
    ctrl(&mut h, Key::S);
    assert!(h.query_by_label("Lưu kế hoạch").is_some());
}

#[test]
fn a_file_that_is_not_word_is_refused_and_the_open_plan_stays() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("cds.ron");
    let mut h = sample_saved_as(&saved);
    let before = plan(&h).clone();
    let not_word = dir.path().join("x.docx");
    std::fs::write(&not_word, "xin chào").unwrap();

    import_through_menu(&mut h, &not_word);

    match &h.state().dialog {
        Some(Dialog::Error(msg)) => assert!(msg.contains("không phải tài liệu Word"), "{msg}"),
        other => panic!("{other:?}"),
    }
    assert!(
        h.query_by_label_contains("không phải tài liệu Word")
            .is_some()
    );
    let doc = h.state().doc.as_ref().expect("the plan stays open");
    assert_eq!(doc.path.as_deref(), Some(saved.as_path()));
    assert_eq!(plan(&h), &before);
    assert!(!h.state().is_dirty());
}

/// What the importer had to guess is listed in Cần xem lại, which the editor
/// opens on, saying the plan came from Word.
#[test]
fn what_the_import_guessed_opens_in_the_review_list() {
    let mut h = harness(App::default());
    h.run();
    import_through_menu(&mut h, &fixture("word/ke-hoach-cds-2024-tu-dong.docx"));
    assert!(h.query_by_label_contains("Cần xem lại 1 chỗ").is_some());
    h.get_by_label("Đóng").click();
    h.run();
    assert_eq!(h.state().view, View::Review);
    assert!(
        h.query_by_label_contains("Kế hoạch được nhập từ tệp Word")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Nhập từ Word: chưa nhận ra hoặc phải đoán (1)")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("cần xem lại 1 chỗ").is_some(),
        "the status line"
    );
}
