//! Rows copied in Excel pasted into the editor's tables: "Dán từ Excel…"
//! beside each table's "+ Thêm", the rows pasted into its box (Ctrl+V: a
//! paste event), shown under the table's columns, added as one step that
//! Ctrl+Z undoes; what cannot be read is said before anything is added.

use crate::common::editor::*;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::{Money, Plan};
use kehoach::ui::App;

/// Opens the paste window and pastes `text` into its box.
fn paste(h: &mut Harness<'_, App>, text: &str) {
    h.get_by_label("Dán từ Excel…").click();
    h.run();
    field(h, "Các dòng dán từ Excel", 0).click();
    h.run();
    h.event(egui::Event::Paste(text.into()));
    h.run();
}

#[test]
fn rows_from_excel_paste_into_every_table_as_one_step() {
    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    // Targets: into the group chosen (the first), the STT column left out.
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let before = plan(&h).targets[0].targets.len();
    paste(
        &mut h,
        "1\tChỉ tiêu mới A\t%\t80%\t100%\tSở Thông tin và Truyền thông\n2\tChỉ tiêu mới B\t%\t\t90%\t\n",
    );
    assert!(h.query_by_label_contains("Cột đầu là số thứ tự").is_some());
    assert!(
        h.query_all_by_label("Chỉ tiêu mới A").next().is_some(),
        "the preview"
    );
    h.get_by_label("Thêm 2 dòng").click();
    h.run();
    let added = |p: &Plan| p.targets[0].targets.len();
    assert_eq!(added(plan(&h)), before + 2);
    let t = &plan(&h).targets[0].targets[before];
    assert_eq!(t.name.as_str(), "Chỉ tiêu mới A");
    assert_eq!(t.target, "100%");
    assert_eq!(t.lead, ["so-thong-tin-va-truyen-thong"]);
    ctrl(&mut h, Key::Z);
    assert_eq!(added(plan(&h)), before, "one step, undone");

    // Tasks.
    h.get_by_label("Nhiệm vụ").click();
    h.run();
    let before = plan(&h).tasks[0].tasks.len();
    paste(
        &mut h,
        "Nhiệm vụ dán\tSở Thông tin và Truyền thông\t\tQuý IV\n",
    );
    h.get_by_label("Thêm 1 dòng").click();
    h.run();
    assert_eq!(plan(&h).tasks[0].tasks.len(), before + 1);
    assert_eq!(plan(&h).tasks[0].tasks[before].deadline, "Quý IV");

    // Projects: money the Vietnamese way; an unknown agency and a bad
    // figure are said before adding.
    h.get_by_label("Kinh phí").click();
    h.run();
    let before = plan(&h).budget.investment.len();
    paste(
        &mut h,
        "Dự án dán\tSở Không Có\t43.036\t1.770,5\nDự án hai\t\tnhiều\t\n",
    );
    assert!(
        h.query_by_label_contains("\"Sở Không Có\" không có trong danh mục")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("\"nhiều\" không phải số tiền")
            .is_some()
    );
    h.get_by_label("Thêm 2 dòng").click();
    h.run();
    let p = &plan(&h).budget.investment[before];
    assert_eq!(p.total, Money::from_millions(43036));
    assert_eq!(p.capital, Money::from_thousands(1_770_500));
    assert!(p.investor.is_empty());

    // Nothing pasted: nothing to add; Hủy closes.
    h.get_by_label("Dán từ Excel…").click();
    h.run();
    assert!(h.query_by_label("Thêm 0 dòng").is_some());
    h.get_by_label("Hủy").click();
    h.run();
    assert!(h.query_by_label("Các dòng dán từ Excel").is_none());
}

/// A sheet of a workbook imported into the projects: its title row
/// skipped, its columns taken in order after the STT, one column mapped by
/// hand, figures stored as numbers read as money.
#[test]
fn a_sheet_of_a_workbook_is_imported_with_its_columns_mapped() {
    let dir = tempfile::tempdir().unwrap();
    let book_path = dir.path().join("du-an.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Dự án").unwrap();
    for (c, t) in ["STT", "Tên dự án", "Chủ đầu tư", "Tổng mức", "Vốn"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *t).unwrap();
    }
    ws.write_number(1, 0, 1.0).unwrap();
    ws.write_string(1, 1, "Dự án từ tệp").unwrap();
    ws.write_string(1, 2, "Sở Y tế").unwrap();
    ws.write_number(1, 3, 43036.0).unwrap();
    ws.write_number(1, 4, 1770.5).unwrap();
    book.save(&book_path).unwrap();

    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    h.get_by_label("Kinh phí").click();
    h.run();
    let before = plan(&h).budget.investment.len();
    h.get_by_label("Dán từ Excel…").click();
    h.run();
    type_into(
        &mut h,
        "Hoặc đọc một trang của tệp Excel",
        0,
        book_path.to_str().unwrap(),
    );
    h.get_by_label("Đọc tệp").click();
    h.run();
    assert!(h.query_by_label("Tệp có 1 trang tính.").is_some());
    // The note takes the investor's column too.
    h.get_by_label("Ghi chú lấy từ").click();
    h.run();
    h.get_by_label("Cột C (Sở Y tế)").click();
    h.run();
    h.get_by_label("Thêm 1 dòng").click();
    h.run();
    let p = &plan(&h).budget.investment[before];
    assert_eq!(p.name.as_str(), "Dự án từ tệp");
    assert_eq!(p.total, Money::from_millions(43036));
    assert_eq!(p.capital, Money::from_thousands(1_770_500));
    assert_eq!(p.investor.len(), 1, "Sở Y tế found in the directory");
    assert_eq!(p.note.as_str(), "Sở Y tế");
}
