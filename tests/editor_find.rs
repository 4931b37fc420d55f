//! Find (Ctrl+F) and the status bar, driven as a person would: a hit opens
//! the view and row that hold the text.

mod common;

use common::editor::{ctrl, field, harness};
use egui::Key;
use egui_kittest::kittest::Queryable;
use kehoach::ui::App;
use kehoach::ui::app::View;

#[test]
fn find_jumps_to_the_target_that_holds_the_text() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch cải thiện chỉ số DTI năm 2023")
        .click();
    h.run();
    ctrl(&mut h, Key::F);
    field(&h, "Từ cần tìm", 0).type_text("nen tang so ung dung AI");
    h.run();
    assert!(
        h.query_by_label("1 kết quả").is_some() || h.query_by_label_contains("kết quả").is_some()
    );
    h.get_by_label_contains("Chỉ tiêu 9 của nhóm III").click();
    h.run();
    assert_eq!(h.state().view, View::Targets);
    h.run();
    assert!(
        h.query_all_by_value("Số lượng nền tảng số ứng dụng AI đã triển khai")
            .next()
            .is_some(),
        "the row is on screen"
    );
}

#[test]
fn find_opens_tasks_budget_and_body() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    ctrl(&mut h, Key::F);
    field(&h, "Từ cần tìm", 0).type_text("Kien truc chinh quyen dien tu tinh Dong Thap 2.0 len");
    h.run();
    h.get_all_by_label_contains("Nhiệm vụ, nhóm II")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().view, View::Tasks);
    let f = &mut h.state_mut().find.as_mut().unwrap().query;
    f.clear();
    use kehoach::model::{Leaf, Period, Place};
    h.state_mut()
        .go_to(&Place::Recurrent(Period::Plan, 3, Leaf::Field("name")));
    h.run();
    assert_eq!(h.state().view, View::Budget);
    h.state_mut()
        .go_to(&Place::Body(vec![1, 2, 0], Leaf::Field("text")));
    h.run();
    assert_eq!(h.state().view, View::Body);
    h.state_mut().go_to(&Place::LegalItem(0, 2));
    assert_eq!(h.state().view, View::Legal);
}

#[test]
fn the_status_bar_counts_the_plan() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    assert!(h.query_by_label("44 chỉ tiêu").is_some());
    assert!(h.query_by_label("40 nhiệm vụ").is_some());
    assert!(h.query_by_label("Kinh phí 202.663 triệu đồng").is_some());
    assert!(h.query_by_label("Không có vấn đề").is_some());
    // A sample is not a file of the officer's: it is unsaved until written.
    assert!(h.query_by_label("Chưa lưu").is_some() && h.query_by_label("Đã lưu").is_none());
}
