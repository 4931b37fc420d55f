//! Exchange with Word and Excel from the editor, through kehoach's own file
//! dialog: the appendix tables and the task list as workbooks, the document
//! as Word, figures collected from departments and merged as one step.

use crate::common::editor::*;
use calamine::{Data, Reader, Xlsx};
use egui_kittest::kittest::Queryable;
use kehoach::ui::app::Dialog;

#[test]
fn the_appendix_tables_export_to_excel_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_saved_as(&dir.path().join("cds.ron"));
    h.state_mut().native_dialogs = false;
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Xuất bảng phụ lục ra Excel…").click();
    h.run();
    assert!(h.query_by_label("Xuất bảng phụ lục ra Excel").is_some());
    // The name offered is the plan's, as a workbook, in the plan's folder.
    h.get_by_label("Lưu tệp").click();
    h.run();
    h.state_mut().wait_for_export();
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Exported(_))));
    assert!(h.query_by_label("Đã xuất Excel").is_some());
    assert!(h.query_by_label("Mở tệp Excel").is_some());
    let out = dir.path().join("cds.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    assert_eq!(book.sheet_names().len(), 6);
    let first = book.worksheet_range("Phụ lục II").unwrap();
    assert!(
        first
            .rows()
            .any(|r| r.first() == Some(&Data::String("TỔNG CỘNG".into())))
    );
}

#[test]
fn the_task_list_exports_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_saved_as(&dir.path().join("cds.ron"));
    h.state_mut().native_dialogs = false;
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Xuất danh sách nhiệm vụ ra Excel…").click();
    h.run();
    assert!(
        h.query_by_label("Xuất danh sách nhiệm vụ ra Excel")
            .is_some()
    );
    h.get_by_label("Lưu tệp").click();
    h.run();
    h.state_mut().wait_for_export();
    h.run();
    assert!(h.query_by_label("Đã xuất Excel").is_some());
    let out = dir.path().join("cds-nhiem-vu.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let sheet = book.worksheet_range("Nhiệm vụ").unwrap();
    let first = plan(&h).tasks[0].tasks[0].name.as_str().to_string();
    assert!(
        sheet
            .rows()
            .any(|r| r.get(1).is_some_and(|c| c.to_string() == first))
    );
}

/// Tệp → Thu thập số liệu: a form for the department ticked, written into
/// the plan's folder; its answer, returned into that folder, read into a
/// list of changes and applied as one step, undone by Ctrl+Z.
#[test]
fn figures_are_collected_from_a_department_and_merged_as_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_saved_as(&dir.path().join("cds.ron"));
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Thu thập số liệu…").click();
    h.run();
    h.get_by_label_contains("Sở Thông tin và Truyền thông (")
        .click();
    h.run();
    h.get_by_label("Tạo 1 biểu mẫu").click();
    h.run();
    let form = dir.path().join("so-thong-tin-va-truyen-thong.xlsx");
    assert!(form.is_file());
    assert!(h.query_by_label_contains("Đã tạo 1 biểu mẫu").is_some());
    // The department fills in the progress of its first task and returns it.
    let task = plan(&h)
        .tasks
        .iter()
        .flat_map(|g| &g.tasks)
        .find(|t| t.lead.iter().any(|l| l == "so-thong-tin-va-truyen-thong"))
        .unwrap()
        .clone();
    let answer = dir.path().join("tra-loi.xlsx");
    crate::common::fill_last_column(
        &form,
        &format!("nv-{}", task.id.0),
        "Đã hoàn thành",
        &answer,
    );
    h.get_by_label("Làm mới").click();
    h.run();
    h.get_by_label("tra-loi.xlsx").click();
    h.run();
    h.get_by_label("Xem các thay đổi").click();
    h.run();
    assert!(
        h.query_by_label_contains("Tiến độ thực hiện: \"\" → \"Đã hoàn thành\"")
            .is_some()
    );
    h.get_by_label("Áp dụng 1 thay đổi").click();
    h.run();
    let progress = |h: &egui_kittest::Harness<'_, kehoach::ui::App>| {
        plan(h)
            .tasks
            .iter()
            .flat_map(|g| &g.tasks)
            .find(|t| t.id == task.id)
            .map(|t| t.progress.clone())
            .unwrap_or_default()
    };
    assert_eq!(progress(&h), "Đã hoàn thành");
    assert!(h.state().is_dirty());
    // The Nhiệm vụ view shows it in its Tiến độ column (the window closed
    // with its ×, which egui draws without a name).
    h.state_mut().collect = None;
    h.run();
    h.get_by_label("Nhiệm vụ").click();
    h.run();
    assert!(h.query_all_by_value("Đã hoàn thành").next().is_some());
    ctrl(&mut h, egui::Key::Z);
    assert_eq!(progress(&h), "", "one step, undone");
}

#[test]
fn the_document_exports_to_word_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_saved_as(&dir.path().join("cds.ron"));
    h.state_mut().native_dialogs = false;
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Xuất Word…").click();
    h.run();
    h.get_by_label("Lưu tệp").click();
    h.run();
    h.state_mut().wait_for_export();
    h.run();
    assert!(h.query_by_label("Đã xuất Word").is_some());
    assert!(h.query_by_label("Mở tệp Word").is_some());
    let bytes = std::fs::read(dir.path().join("cds.docx")).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip package");
}
