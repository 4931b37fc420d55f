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

/// A file dragged from the file manager onto the window.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'_, App>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_path_buf())));
    h.run();
}

/// A Word file dropped on the window is imported as Tệp → Nhập từ Word
/// does, after asking about the open plan's unsaved changes; a plan file
/// dropped opens; anything else is refused in words.
#[test]
fn a_word_file_dropped_on_the_window_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("cds.ron");
    let mut h = sample_saved_as(&saved);
    // An unsaved change: the drop asks first.
    type_into(&mut h, "Địa danh", 0, " Mới");
    assert!(h.state().is_dirty());
    drop_file(&mut h, &fixture("word/van-ban-goc-dti-2023.docx"));
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved(_))));
    h.get_by_label("Không lưu").click();
    h.run();
    let targets: usize = plan(&h).targets.iter().map(|g| g.targets.len()).sum();
    assert_eq!(targets, 96);
    assert!(h.state().doc.as_ref().expect("open").path.is_none());
    assert!(h.query_by_label("Đã nhập từ Word").is_some());
    h.get_by_label("Đóng").click();
    h.run();

    // Something else: a message, and the imported plan stays.
    let text = dir.path().join("ghi-chu.txt");
    std::fs::write(&text, "x").unwrap();
    drop_file(&mut h, &text);
    assert!(
        h.query_by_label_contains("Không mở được ghi-chu.txt")
            .is_some()
    );
    assert_eq!(
        plan(&h)
            .targets
            .iter()
            .map(|g| g.targets.len())
            .sum::<usize>(),
        96
    );
}

/// `kehoach OLD.docx` (or "Open with kehoach" on a Word file): imported.
#[test]
fn a_word_file_given_on_the_command_line_is_imported() {
    let mut app = App::default();
    app.open_path(&fixture("word/van-ban-goc-kts-xhs-2026.docx"));
    let mut h = harness(app);
    h.run();
    assert!(h.query_by_label("Đã nhập từ Word").is_some());
    let doc = h.state().doc.as_ref().expect("a plan is open");
    assert!(doc.path.is_none());
    assert_eq!(
        doc.plan.tasks.iter().map(|g| g.tasks.len()).sum::<usize>(),
        21
    );
}

/// The start screen offers the first year's way in: last year's Word file.
#[test]
fn the_start_screen_offers_to_import_last_years_word_file() {
    let mut h = harness(App::default());
    h.state_mut().native_dialogs = false;
    h.run();
    assert!(
        h.query_by_label_contains("kéo một tệp kế hoạch (.ron) hay tệp Word (.docx)")
            .is_some()
    );
    h.get_by_label("Nhập kế hoạch năm trước từ Word…").click();
    h.run();
    assert!(
        h.query_by_label("Nhập từ Word").is_some(),
        "the dialog shows"
    );
}
