//! The "Nhiệm vụ" and "Kinh phí" editors driven as a user drives them
//! (egui_kittest, no display): nested tasks with computed numbers, money typed
//! the Vietnamese way with totals that follow, invalid amounts refused, undo.

use crate::common::editor::{ctrl, field, harness, menu, plan, type_into};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::{Money, Plan};
use kehoach::ui::App;
use kehoach::ui::app::View;

/// Clicks a text field, selects all of it and types over it.
fn retype(h: &mut Harness<'_, App>, label: &str, nth: usize, text: &str) {
    field(h, label, nth).click();
    h.run();
    ctrl(h, Key::A);
    field(h, label, nth).type_text(text);
    h.run();
}

/// Leaves the focused field, which ends its undo step.
fn leave(h: &mut Harness<'_, App>) {
    h.key_press(Key::Escape);
    h.run();
}

fn new_plan(view: &str) -> Harness<'static, App> {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    h.get_by_label(view).click();
    h.run();
    h
}

fn has_label(h: &Harness<'_, App>, text: &str) -> bool {
    h.query_by_label(text).is_some()
}

#[test]
fn tasks_nest_with_computed_numbers_and_undo() {
    let mut h = new_plan("Nhiệm vụ");
    assert_eq!(h.state().view, View::Tasks);
    h.get_by_label("+ Thêm nhóm nhiệm vụ").click();
    h.run();
    retype(
        &mut h,
        "Tên nhóm nhiệm vụ",
        0,
        "TUYÊN TRUYỀN NÂNG CAO NHẬN THỨC SỐ",
    );
    leave(&mut h);
    for _ in 0..2 {
        h.get_by_label("+ Nhiệm vụ").click();
        h.run();
    }
    let names = [
        "Tuyên truyền các hoạt động chuyển đổi số",
        "Phát động phong trào bình dân học vụ số",
    ];
    for (i, n) in names.iter().enumerate() {
        type_into(&mut h, "Tên nhiệm vụ", i, n);
        leave(&mut h);
    }
    type_into(&mut h, "Thời gian", 0, "Cuối năm {năm}");
    leave(&mut h);
    let g = &plan(&h).tasks[0];
    assert_eq!(g.name.as_str(), "TUYÊN TRUYỀN NÂNG CAO NHẬN THỨC SỐ");
    assert_eq!(g.tasks.len(), 2);
    assert_eq!(g.tasks[0].name.as_str(), names[0]);
    assert_eq!(g.tasks[1].name.as_str(), names[1]);
    assert_eq!(g.tasks[0].deadline, "Cuối năm {năm}");
    assert!(has_label(&h, "I") && has_label(&h, "1") && has_label(&h, "2"));

    // Lead agency, created from the picker.
    h.get_all_by_label("— chọn —").next().unwrap().click();
    h.run();
    h.get_by_label("Tìm cơ quan")
        .type_text("Sở Thông tin và Truyền thông");
    h.run();
    h.get_by_label("+ Thêm cơ quan mới: Sở Thông tin và Truyền thông")
        .click();
    h.run();
    assert_eq!(plan(&h).agencies.len(), 1);
    let key = plan(&h).agencies[0].key.clone();
    assert_eq!(plan(&h).tasks[0].tasks[0].lead, vec![key]);
    h.key_press(Key::Escape);
    h.run();

    // Indent the second task under the first: it becomes 1.1.
    let second = plan(&h).tasks[0].tasks[1].id;
    menu(&mut h, 2, "Thụt vào (làm nhiệm vụ con)");
    let g = &plan(&h).tasks[0];
    assert_eq!(g.tasks.len(), 1);
    assert_eq!(g.tasks[0].subtasks.len(), 1);
    assert_eq!(g.tasks[0].subtasks[0].id, second);
    assert!(has_label(&h, "1.1"));
    assert!(!has_label(&h, "2"));
    // Its fields still edit the same task.
    type_into(&mut h, "Ghi chú", 1, "Cấp xã");
    leave(&mut h);
    assert_eq!(
        plan(&h).tasks[0].tasks[0].subtasks[0].note.as_str(),
        "Cấp xã"
    );
    ctrl(&mut h, Key::Z);
    assert!(plan(&h).tasks[0].tasks[0].subtasks[0].note.is_empty());

    // Undo the indent, redo it, then outdent.
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).tasks[0].tasks.len(), 2);
    assert_eq!(plan(&h).tasks[0].tasks[1].id, second);
    assert!(!has_label(&h, "1.1"));
    assert!(has_label(&h, "2"));
    ctrl(&mut h, Key::Y);
    assert_eq!(plan(&h).tasks[0].tasks[0].subtasks[0].id, second);
    assert!(has_label(&h, "1.1"));
    menu(&mut h, 2, "Đưa ra (ngang cấp nhiệm vụ cha)");
    assert_eq!(plan(&h).tasks[0].tasks.len(), 2);
    assert_eq!(plan(&h).tasks[0].tasks[1].id, second);
    assert!(plan(&h).tasks[0].tasks[0].subtasks.is_empty());

    // A second group: numbers run on across groups; move a task there.
    h.get_by_label("+ Thêm nhóm nhiệm vụ").click();
    h.run();
    h.get_all_by_label("…").nth(2).unwrap().click();
    h.run();
    h.get_by_label("Chuyển sang nhóm").click();
    h.run();
    h.get_by_label("II. NHÓM NHIỆM VỤ 2").click();
    h.run();
    assert_eq!(plan(&h).tasks[0].tasks.len(), 1);
    assert_eq!(plan(&h).tasks[1].tasks[0].id, second);
    assert!(has_label(&h, "II") && has_label(&h, "2"));
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).tasks[0].tasks.len(), 2);

    // Duplicating a task copies its subtasks with fresh ids.
    menu(&mut h, 2, "Thụt vào (làm nhiệm vụ con)");
    let first = plan(&h).tasks[0].tasks[0].id;
    menu(&mut h, 1, "Nhân bản");
    let g = &plan(&h).tasks[0];
    assert_eq!(g.tasks.len(), 2);
    assert_eq!(g.tasks[1].name, g.tasks[0].name);
    assert_ne!(g.tasks[1].id, first);
    assert_eq!(g.tasks[1].subtasks.len(), 1);
    assert_ne!(g.tasks[1].subtasks[0].id, second);
    assert!(has_label(&h, "2.1"));
    // Deleting a task takes its subtasks; undo brings them back.
    menu(&mut h, 1, "Xóa nhiệm vụ và các nhiệm vụ con");
    assert_eq!(plan(&h).tasks[0].tasks.len(), 1);
    assert_ne!(plan(&h).tasks[0].tasks[0].id, first);
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).tasks[0].tasks[0].id, first);
    assert_eq!(plan(&h).tasks[0].tasks[0].subtasks[0].id, second);
}

fn project_names(p: &Plan) -> Vec<String> {
    p.budget
        .investment
        .iter()
        .map(|x| x.name.as_str().to_string())
        .collect()
}

#[test]
fn budget_money_in_vietnamese_form_totals_and_undo() {
    let mut h = new_plan("Kinh phí");
    assert_eq!(h.state().view, View::Budget);
    let year = plan(&h).year;
    for _ in 0..2 {
        h.get_by_label("+ Thêm dự án").click();
        h.run();
    }
    assert_eq!(plan(&h).budget.investment.len(), 2);
    let ids: Vec<_> = plan(&h).budget.investment.iter().map(|x| x.id).collect();
    assert_ne!(ids[0], ids[1], "rows get their own ids");
    type_into(&mut h, "Tên dự án", 0, "Kho dữ liệu dùng chung");
    leave(&mut h);
    type_into(
        &mut h,
        "Tên dự án",
        1,
        "Trung tâm giám sát an toàn thông tin",
    );
    leave(&mut h);
    type_into(&mut h, "Tổng mức đầu tư", 0, "43.036");
    leave(&mut h);
    type_into(&mut h, "Tổng mức đầu tư", 1, "1.770,5");
    leave(&mut h);
    let capital = format!("Vốn năm {year}");
    type_into(&mut h, &capital, 0, "34.000");
    leave(&mut h);
    let inv = &plan(&h).budget.investment;
    assert_eq!(inv[0].total, Money::from_millions(43_036));
    assert_eq!(inv[1].total, Money::from_thousands(1_770_500));
    assert_eq!(inv[0].capital, Money::from_millions(34_000));
    assert!(
        h.query_by_label_contains("Tổng mức đầu tư: 44.806,5 triệu đồng")
            .is_some()
    );
    assert!(
        h.query_by_label_contains(&format!("Vốn năm {year}: 34.000 triệu đồng"))
            .is_some()
    );
    assert!(h.query_by_label_contains("34 tỷ đồng").is_some());

    // Invalid and negative amounts change nothing.
    let before = plan(&h).clone();
    let version = h.state().doc.as_ref().unwrap().history.version();
    retype(&mut h, "Tổng mức đầu tư", 0, "abc");
    assert_eq!(plan(&h), &before);
    assert!(h.query_by_label_contains("44.806,5").is_some());
    retype(&mut h, "Tổng mức đầu tư", 0, "-5");
    assert_eq!(plan(&h), &before);
    leave(&mut h);
    assert_eq!(
        h.state().doc.as_ref().unwrap().history.version(),
        version,
        "no undo step for refused input"
    );

    // Years and status.
    type_into(&mut h, "Từ năm", 0, "2022");
    leave(&mut h);
    assert_eq!(plan(&h).budget.investment[0].start_year, Some(2022));
    h.get_all_by(|n| n.role() == Role::ComboBox && n.label().as_deref() == Some("Tính chất"))
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Khởi công mới").click();
    h.run();
    assert_eq!(
        plan(&h).budget.investment[0].status,
        kehoach::model::ProjectStatus::New
    );
    ctrl(&mut h, Key::Z);
    assert!(plan(&h).budget.investment[0].status.is_unspecified());

    // Move the second project up; undo and redo with the keyboard.
    let names = project_names(plan(&h));
    menu(&mut h, 1, "Chuyển lên");
    assert_eq!(
        project_names(plan(&h)),
        [names[1].clone(), names[0].clone()]
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(project_names(plan(&h)), names);
    ctrl(&mut h, Key::Y);
    assert_eq!(
        project_names(plan(&h)),
        [names[1].clone(), names[0].clone()]
    );
    // Undo goes back through the typed amounts too, one field at a time.
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).budget.investment[0].start_year, None);
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).budget.investment[0].capital, Money::ZERO);
    assert!(
        h.query_by_label_contains(&format!("Vốn năm {year}: 0 triệu đồng"))
            .is_some()
    );

    // Recurrent spending.
    h.get_by_label(&format!("Chi thường xuyên năm {year}"))
        .click();
    h.run();
    h.get_by_label("+ Thêm nhiệm vụ chi").click();
    h.run();
    type_into(&mut h, "Danh mục", 0, "Duy trì hệ thống họp trực tuyến");
    leave(&mut h);
    type_into(&mut h, "Kinh phí", 0, "1.250,75");
    leave(&mut h);
    type_into(&mut h, "Nguồn kinh phí", 0, "SNKT");
    leave(&mut h);
    // An item carried out over several years has its period.
    type_into(&mut h, "Từ năm", 0, &year.to_string());
    leave(&mut h);
    type_into(&mut h, "Đến năm", 0, &(year + 2).to_string());
    leave(&mut h);
    let r = &plan(&h).budget.recurrent[0];
    assert_eq!(r.amount, Money::from_thousands(1_250_750));
    assert_eq!(r.source, "SNKT");
    assert_eq!(r.period_text(), format!("{year} - {}", year + 2));
    assert!(
        h.query_by_label_contains("Tổng chi thường xuyên: 1.250,75 triệu đồng")
            .is_some()
    );
    menu(&mut h, 0, "Nhân bản");
    assert_eq!(plan(&h).budget.recurrent.len(), 2);
    assert_eq!(plan(&h).budget.recurrent[1].amount, r_amount(&h, 0));
    assert!(
        h.query_by_label_contains("Tổng chi thường xuyên: 2.501,5 triệu đồng")
            .is_some()
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).budget.recurrent.len(), 1);
}

fn r_amount(h: &Harness<'_, App>, i: usize) -> Money {
    plan(h).budget.recurrent[i].amount
}

#[test]
fn the_cds_2024_sample_shows_its_tasks_and_budget_totals() {
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(
        kehoach::io::load_str(
            kehoach::ui::app::SAMPLES[0].1,
            std::path::Path::new("cds.ron"),
        )
        .unwrap(),
        None,
    ));
    app.view = View::Tasks;
    let mut h = harness(app);
    h.run();
    assert!(h.query_by_label("10 nhóm, 40 nhiệm vụ").is_some());
    assert!(h.query_by_label("I").is_some());

    h.get_by_label("Kinh phí").click();
    h.run();
    assert_eq!(plan(&h).budget.investment.len(), 15);
    assert_eq!(plan(&h).budget.recurrent.len(), 31);
    assert!(h.query_by_label_contains("328.549").is_some());
    assert!(h.query_by_label_contains("138.459").is_some());
    assert!(h.query_by_label_contains("202,663 tỷ đồng").is_some());
    h.get_by_label("Chi thường xuyên năm 2024").click();
    h.run();
    assert!(h.query_by_label_contains("64.204").is_some());
    // Last year's budget is the other source.
    h.get_by_label("Thực hiện năm 2023").click();
    h.run();
    assert!(h.query_by_label("Chi thường xuyên năm 2023").is_some());
}
