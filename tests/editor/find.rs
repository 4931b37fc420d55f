//! Find (Ctrl+F) and the status bar, driven as a person would: a hit opens
//! the view and row that hold the text.

use crate::common::editor::{ctrl, field, harness};
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

#[test]
fn the_problems_panel_lists_a_missing_agency_and_jumps_to_it() {
    use kehoach::model::{Target, TargetGroup};
    let mut p = kehoach::model::Plan::new(2026);
    p.meta.title = "Chuyển đổi số năm {năm}".into();
    p.signature.name = "Nguyễn Văn A".into();
    let filler = |name: &str| Target {
        name: name.into(),
        ..Default::default()
    };
    p.targets.push(TargetGroup {
        name: "NHÓM MỘT".into(),
        targets: vec![filler("Chỉ tiêu một")],
        ..Default::default()
    });
    let mut second: Vec<Target> = (1..=40).map(|i| filler(&format!("Chỉ tiêu {i}"))).collect();
    second[39].lead = vec!["so-khong-co".into()];
    p.targets.push(TargetGroup {
        name: "NHÓM HAI".into(),
        targets: second,
        ..Default::default()
    });
    p.assign_ids();
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(p, None));
    let mut h = harness(app);
    h.run();
    // The status bar counts it; its count opens the list.
    h.get_by_label("1 lỗi").click();
    h.run();
    let line = "Chỉ tiêu 40 của nhóm II: cơ quan \"so-khong-co\" không có trong danh mục cơ quan";
    let shown =
        |h: &egui_kittest::Harness<'_, App>| h.query_all_by_value("Chỉ tiêu 40").next().is_some();
    assert!(!shown(&h));
    h.get_by_label(line).click();
    h.run();
    assert_eq!(h.state().view, View::Targets);
    // The row is on screen: its name field shows.
    assert!(shown(&h), "the targets view scrolled to the row");
    // F8 closes the panel and opens it again.
    h.key_press(Key::F8);
    h.run();
    assert!(h.query_by_label(line).is_none());
    h.key_press(Key::F8);
    h.run();
    assert!(h.query_by_label(line).is_some());
    // The panel follows the plan: with the agency's key removed, nothing is listed.
    let fix = kehoach::ui::history::Command::set(
        "Bỏ cơ quan",
        std::rc::Rc::new(|p: &mut kehoach::model::Plan| {
            p.targets
                .get_mut(1)?
                .targets
                .get_mut(39)
                .map(|t| &mut t.lead)
        }),
        vec!["so-khong-co".to_string()],
        Vec::new(),
    );
    h.state_mut().doc.as_mut().unwrap().edit(fix);
    for _ in 0..4 {
        h.run();
    }
    assert!(h.query_by_label(line).is_none());
    assert!(h.query_by_label("Không có vấn đề.").is_some());
}

#[test]
fn a_cell_too_narrow_for_its_text_shows_it_whole_on_hover() {
    let mut h = crate::common::editor::open_sample("Kế hoạch chuyển đổi số năm 2024");
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let full = crate::common::editor::plan(&h).targets[0].targets[0]
        .name
        .as_str()
        .to_string();
    assert!(full.chars().count() > 80, "a long name: {full}");
    field(&h, "Tên chỉ tiêu", 0).hover();
    for _ in 0..6 {
        h.run();
    }
    assert!(
        h.query_all_by_label(&full).next().is_some(),
        "the whole name shows on hover"
    );
}
