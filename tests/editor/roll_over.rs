//! Next year's plan made in the editor from the 2024 sample: the year under
//! review left to write beside last year's text, and Cần xem lại grouped,
//! each group's action opening the right place, kept in the saved file.

use crate::common::editor::{field, open_sample, plan};
use crate::common::rewrites;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::ui::App;
use kehoach::ui::app::View;
use kehoach::ui::views::{body_blocks, rewrite, targets};

/// The 2024 sample rolled to 2025 through Tệp → Tạo kế hoạch năm sau.
fn rolled() -> Harness<'static, App> {
    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    crate::common::editor::roll_forward(&mut h);
    h.get_by_label("Không lưu").click();
    h.run();
    assert_eq!(plan(&h).year, 2025);
    assert_eq!(h.state().view, View::Review);
    h
}

#[test]
fn the_results_group_opens_the_rows_still_missing() {
    let mut h = rolled();
    h.get_by_label("Nhập kết quả năm 2024 cho 44 chỉ tiêu")
        .click();
    h.run();
    assert_eq!(h.state().view, View::Targets);
    assert_eq!(h.state().targets.source, targets::Source::Review);
    assert!(h.state().targets.missing_only);
    // Typing a result: one row fewer is missing.
    field(&h, "Kết quả thực hiện", 0).click();
    h.run();
    field(&h, "Kết quả thực hiện", 0).type_text("85%");
    h.run();
    h.get_by_label_contains("Cần xem lại (").click();
    h.run();
    assert!(
        h.query_by_label("Nhập kết quả năm 2024 cho 43 chỉ tiêu")
            .is_some(),
        "the action counts what is still missing"
    );
}

#[test]
fn the_evaluation_is_written_beside_last_years_text() {
    let mut h = rolled();
    let before = rewrites(&plan(&h).body).len();
    assert!(before > 50);
    h.get_by_label("Viết phần đánh giá năm 2024").click();
    h.run();
    assert_eq!(h.state().view, View::Body);
    // A section of the evaluation: its texts wait to be written.
    h.get_all_by_label_contains("Kết quả đạt được")
        .next()
        .expect("a section of the evaluation")
        .click();
    h.run();
    assert_eq!(
        field(&h, body_blocks::REWRITE_LABEL, 0)
            .value()
            .unwrap_or_default(),
        ""
    );
    let reference = field(&h, rewrite::REFERENCE_LABEL, 0)
        .value()
        .unwrap_or_default();
    assert!(!reference.is_empty());
    // Taking last year's text: it is the new text, to edit; it prints now.
    h.get_all_by_label(rewrite::TAKE_LABEL)
        .next()
        .expect("the take button")
        .click();
    h.run();
    let taken = rewrites(&plan(&h).body)
        .into_iter()
        .filter(|r| !r.text.is_blank())
        .count();
    assert_eq!(taken, 1);
    let r = rewrites(&plan(&h).body)
        .into_iter()
        .find(|r| !r.text.is_blank())
        .cloned()
        .expect("a text taken");
    assert_eq!(r.text, r.reference, "years as they printed");
}

#[test]
fn the_list_is_saved_with_the_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ke-hoach-2025.ron");
    let mut h = rolled();
    let n = h.state().review.left();
    h.get_all_by_label("Đã xem")
        .next()
        .expect("an item")
        .click();
    h.run();
    assert!(h.state_mut().save_as(&path), "{:?}", h.state().dialog);
    h.run();
    let mut again = crate::common::editor::harness(App::default());
    again.state_mut().open_path(&path);
    again.run();
    let left = again.state().review.left();
    assert_eq!(left, n - 1, "the list and what was done survive reopening");
}
