//! The editor driven as a user drives it (egui_kittest, no display, no GPU):
//! create a plan, fill it, undo and redo, insert rows while editing, save,
//! reopen, and be asked before losing work.

use crate::common::editor::{ctrl, field, harness, plan, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use kehoach::model::{EvaluationCounts, Id, Plan};
use kehoach::ui::App;
use kehoach::ui::app::{Dialog, View};

fn target_names(p: &Plan) -> Vec<String> {
    p.targets
        .iter()
        .flat_map(|g| g.targets.iter().map(|t| t.name.as_str().to_string()))
        .collect()
}

#[test]
fn create_a_plan_fill_it_and_add_targets_with_agencies() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    assert!(h.state().doc.is_some());
    assert_eq!(h.state().view, View::General);

    // Metadata.
    type_into(
        &mut h,
        "Trích yếu (dùng {năm} cho năm kế hoạch)",
        0,
        "Chuyển đổi số tỉnh Đồng Tháp năm {năm}",
    );
    type_into(&mut h, "Số văn bản (để trống khi dự thảo)", 0, "215");
    assert_eq!(
        plan(&h).meta.title.as_str(),
        "Chuyển đổi số tỉnh Đồng Tháp năm {năm}"
    );
    assert_eq!(plan(&h).meta.number, Some(215));
    let year = plan(&h).year;
    assert!(
        h.query_by_label_contains(&format!("Chuyển đổi số tỉnh Đồng Tháp năm {year}"))
            .is_some(),
        "the computed title is shown"
    );

    // A target group and three targets.
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    h.get_by_label("+ Thêm nhóm chỉ tiêu").click();
    h.run();
    for _ in 0..3 {
        h.get_by_label("+ Chỉ tiêu").click();
        h.run();
    }
    assert_eq!(plan(&h).targets.len(), 1);
    assert_eq!(plan(&h).targets[0].targets.len(), 3);
    let names = [
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
        "Tỷ lệ hộ gia đình có Internet cáp quang",
        "Số nền tảng số dùng chung",
    ];
    for (i, n) in names.iter().enumerate() {
        type_into(&mut h, "Tên chỉ tiêu", i, n);
    }
    type_into(&mut h, "Phấn đấu", 0, "80%");
    assert_eq!(target_names(plan(&h)), names);
    assert_eq!(plan(&h).targets[0].targets[0].target, "80%");

    // Agencies: a new one added from the cell, then picked from the directory with type-ahead.
    h.get_all_by_label("— chọn —").next().unwrap().click();
    h.run();
    h.get_by_label("Tìm cơ quan")
        .type_text("Sở Khoa học và Công nghệ");
    h.run();
    h.get_by_label("+ Thêm cơ quan mới: Sở Khoa học và Công nghệ")
        .click();
    h.run();
    assert_eq!(plan(&h).agencies.len(), 1);
    let key = plan(&h).agencies[0].key.clone();
    assert_eq!(plan(&h).targets[0].targets[0].lead, vec![key.clone()]);
    h.key_press(Key::Escape);
    h.run();
    // Second target's lead (after the first row's coordinating cell): type a
    // few letters without diacritics, tick the agency.
    h.get_all_by_label("— chọn —").nth(1).unwrap().click();
    h.run();
    h.get_by_label("Tìm cơ quan").type_text("khoa hoc");
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Sở Khoa học và Công nghệ")
        .click();
    h.run();
    assert_eq!(plan(&h).agencies.len(), 1, "no duplicate agency");
    assert_eq!(plan(&h).targets[0].targets[1].lead, vec![key]);

    // Undo and redo the last step, then the typing of a whole field.
    ctrl(&mut h, Key::Z);
    assert!(plan(&h).targets[0].targets[1].lead.is_empty());
    ctrl(&mut h, Key::Y);
    assert_eq!(plan(&h).targets[0].targets[1].lead.len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert!(
        !h.state().doc.as_ref().unwrap().history.can_redo(),
        "nothing left to redo"
    );
}

#[test]
fn undo_reverts_a_whole_field_edit_not_each_letter() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    type_into(&mut h, "Địa danh", 0, " mới");
    assert_eq!(plan(&h).meta.place, "Đồng Tháp mới");
    // Leave the field, then undo: the whole typing goes at once.
    h.key_press(Key::Escape);
    h.run();
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).meta.place, "Đồng Tháp");
    ctrl(&mut h, Key::Y);
    assert_eq!(plan(&h).meta.place, "Đồng Tháp mới");
}

#[test]
fn inserting_a_row_while_another_is_edited_keeps_text_in_its_row() {
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(
        kehoach::io::load_str(
            kehoach::ui::app::SAMPLES[1].1,
            std::path::Path::new("dti.ron"),
        )
        .unwrap(),
        None,
    ));
    app.view = View::Targets;
    let mut h = harness(app);
    h.run();
    let third: Id = plan(&h).targets[0].targets[2].id;
    let before = plan(&h).targets[0].targets[2].name.as_str().to_string();
    // Start typing in the third target's name.
    field(&h, "Tên chỉ tiêu", 2).click();
    h.run();
    h.key_press(Key::End);
    h.run();
    field(&h, "Tên chỉ tiêu", 2).type_text(" (A)");
    h.run();
    // Insert a row above the first target (the row menu of row 1).
    h.get_all_by_label("…").nth(1).unwrap().click();
    h.run();
    h.get_by_label("Chèn dòng phía trên").click();
    h.run();
    assert_eq!(plan(&h).targets[0].targets.len(), 10);
    // Keep typing: the text goes on in the same target, now the fourth row.
    field(&h, "Tên chỉ tiêu", 3).click();
    h.run();
    h.key_press(Key::End);
    h.run();
    field(&h, "Tên chỉ tiêu", 3).type_text("(B)");
    h.run();
    let t = plan(&h).targets[0]
        .targets
        .iter()
        .find(|t| t.id == third)
        .unwrap();
    assert_eq!(t.name.as_str(), format!("{before} (A)(B)"));
    assert_eq!(plan(&h).targets[0].targets[3].id, third);
    assert!(
        plan(&h).targets[0].targets[0].name.is_empty(),
        "the new row is empty"
    );
}

#[test]
fn save_reopen_and_find_every_value() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach-2026.ron");
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    type_into(
        &mut h,
        "Trích yếu (dùng {năm} cho năm kế hoạch)",
        0,
        "Phát triển kinh tế số năm {năm}",
    );
    h.get_by_label("Nơi nhận và chữ ký").click();
    h.run();
    type_into(&mut h, "Người ký", 0, "Huỳnh Minh Tuấn");
    h.get_by_label("+ Thêm nơi nhận").click();
    h.run();
    type_into(&mut h, "Nơi nhận", 0, "Bộ Khoa học và Công nghệ");
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    h.get_by_label("+ Thêm nhóm chỉ tiêu").click();
    h.run();
    h.get_by_label("+ Chỉ tiêu").click();
    h.run();
    type_into(
        &mut h,
        "Tên chỉ tiêu",
        0,
        "Tỷ trọng kinh tế số đạt 14,5% GRDP",
    );
    assert!(h.state().is_dirty());
    assert!(h.state_mut().save_as(&path), "{:?}", h.state().dialog);
    assert!(!h.state().is_dirty());
    h.run();
    assert!(
        h.query_by_label("Đã lưu").is_some(),
        "the status bar says saved"
    );

    let mut again = harness(App::default());
    again.state_mut().open_path(&path);
    again.run();
    let p = plan(&again);
    assert_eq!(p.meta.title.as_str(), "Phát triển kinh tế số năm {năm}");
    assert_eq!(p.signature.name, "Huỳnh Minh Tuấn");
    assert_eq!(p.recipients[0], "Bộ Khoa học và Công nghệ");
    assert_eq!(target_names(p), ["Tỷ trọng kinh tế số đạt 14,5% GRDP"]);
    assert!(
        again
            .state()
            .settings
            .recent
            .iter()
            .any(|r| r.ends_with("ke-hoach-2026.ron"))
    );
    // Ctrl+S on a file that has a path saves in place.
    again.get_by_label("Chỉ tiêu").click();
    again.run();
    type_into(&mut again, "Phấn đấu", 0, "14,5%");
    ctrl(&mut again, Key::S);
    assert!(!again.state().is_dirty());
    assert_eq!(
        kehoach::io::load_path(&path).unwrap().targets[0].targets[0].target,
        "14,5%"
    );
}

#[test]
fn asked_before_losing_unsaved_changes() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    type_into(&mut h, "Địa danh", 0, " Mới");
    ctrl(&mut h, Key::N);
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved(_))));
    assert!(h.query_by_label("Lưu thay đổi?").is_some());
    h.get_by_label("Hủy").click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert_eq!(plan(&h).meta.place, "Đồng Tháp Mới", "nothing lost");
    // Closing the window asks too.
    h.event(egui::Event::Key {
        key: Key::Escape,
        physical_key: None,
        pressed: false,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    h.state_mut()
        .request(&egui::Context::default(), kehoach::ui::app::Then::Quit);
    assert!(matches!(
        h.state().dialog,
        Some(Dialog::Unsaved(kehoach::ui::app::Then::Quit))
    ));
    h.run();
    h.get_by_label("Hủy").click();
    h.run();
    // "Không lưu" really discards.
    ctrl(&mut h, Key::N);
    h.get_by_label("Không lưu").click();
    h.run();
    assert_eq!(plan(&h).meta.place, "Đồng Tháp");
    assert!(h.state().is_dirty(), "a new plan is unsaved until written");
}

#[test]
fn vietnamese_typed_composed_or_decomposed_is_stored_composed() {
    use unicode_normalization::UnicodeNormalization;
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    let composed = "Ủy ban nhân dân tỉnh Đồng Tháp";
    let decomposed: String = composed.nfd().collect();
    assert_ne!(decomposed, composed);
    // Replace the field's content with the decomposed form, as some input methods send it.
    field(&h, "Tên cơ quan trong câu văn", 0).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Tên cơ quan trong câu văn", 0).type_text(&decomposed);
    h.run();
    assert_eq!(plan(&h).meta.issuer, composed);
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("ạ".into())));
    h.run();
    assert!(
        plan(&h).meta.issuer.ends_with('ạ'),
        "{}",
        plan(&h).meta.issuer
    );
}

#[test]
fn errors_are_shown_in_the_window_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("hong.ron");
    std::fs::write(&bad, "(version: 2, year: \"hai nghìn\")").unwrap();
    let mut h = harness(App::default());
    h.state_mut().open_path(&bad);
    h.run();
    assert!(h.state().doc.is_none());
    assert!(h.query_by_label("Không thực hiện được").is_some());
    assert!(
        h.query_by_label_contains("hong.ron:1:").is_some(),
        "line and column shown"
    );
    h.get_by_label("Đóng").click();
    h.run();
    assert!(h.state().dialog.is_none());
}

#[test]
fn export_from_the_editor_writes_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kts.pdf");
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch kinh tế số, xã hội số năm 2026")
        .click();
    h.run();
    h.state_mut().export_to(out.clone(), Default::default());
    h.state_mut().wait_for_export();
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Exported(_))));
    assert!(h.query_by_label("Mở tệp PDF").is_some());
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn roll_forward_from_the_editor_and_walk_the_review_list() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch cải thiện chỉ số DTI năm 2023")
        .click();
    h.run();
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Tạo kế hoạch năm sau…").click();
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::RollForward(2024))));
    h.get_by_label("Tạo").click();
    h.run();
    // The sample was never saved: asked first.
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved(_))));
    h.get_by_label("Không lưu").click();
    h.run();
    assert_eq!(plan(&h).year, 2024);
    assert!(
        h.state().doc.as_ref().unwrap().path.is_none(),
        "a new file, the old one untouched"
    );
    assert_eq!(h.state().view, View::Review);
    let n = h.state().review.left();
    assert!(n > 90, "every target is listed: {n}");
    assert_eq!(n, plan(&h).to_review.len());
    assert!(h.query_by_label(&format!("Cần xem lại ({n})")).is_some());
    // Undo is per document: the roll-over itself is the new document's start.
    assert!(!h.state().doc.as_ref().unwrap().history.can_undo());
    // Grouped by what they ask, each group with its action.
    assert!(
        h.query_by_label_contains("Mức phấn đấu năm 2024 (")
            .is_some()
    );
    // Walk: a target's item opens the targets table.
    h.get_by_label_contains("Các mục: mức phấn đấu năm 2024")
        .click();
    h.run();
    h.get_all_by_label_contains("Chỉ tiêu 1 của nhóm I:")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().view, View::Targets);
    // Back to the list; tick one item off (one undo step), then undo it.
    h.get_by_label(&format!("Cần xem lại ({n})")).click();
    h.run();
    h.get_all_by_label("Đã xem").next().unwrap().click();
    h.run();
    assert_eq!(h.state().review.left(), n - 1);
    ctrl(&mut h, Key::Z);
    assert_eq!(h.state().review.left(), n);
    // A whole group at once.
    let before = h.state().review.left();
    h.get_all_by_label("Đã xem cả nhóm").next().unwrap().click();
    h.run();
    assert!(h.state().review.left() < before);
}

#[test]
fn a_template_starts_a_plan_and_a_plan_saves_as_a_template() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(App::default());
    h.run();
    h.get_by_label_contains("Kế hoạch chuyển đổi số hằng năm")
        .click();
    h.run();
    let p = plan(&h);
    assert!(
        p.targets
            .iter()
            .flat_map(|g| &g.targets)
            .all(|t| t.target.is_empty())
    );
    assert!(p.year >= 2027, "next year");
    let out = dir.path().join("mau.ron");
    h.state_mut().save_template(&out);
    let t = kehoach::io::load_path(&out).unwrap();
    assert_eq!(t.appendices.len(), 7);
    assert!(t.signature.name.is_empty());
}

#[test]
fn merge_an_agency_from_the_directory() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    h.get_by_label("Danh mục cơ quan").click();
    h.run();
    type_into(&mut h, "Lọc", 0, "thong tin va truyen");
    h.get_all_by_label("…").next().unwrap().click();
    h.run();
    h.get_by_label("Gộp vào cơ quan khác…").click();
    h.run();
    assert!(
        h.query_by_label_contains("Gộp \"Sở Thông tin và Truyền thông\" vào cơ quan")
            .is_some()
    );
    h.get_by_label("→ Sở Khoa học và Công nghệ").scroll_to_me();
    h.run();
    h.get_by_label("→ Sở Khoa học và Công nghệ").click();
    h.run();
    let old = "so-thong-tin-va-truyen-thong";
    assert!(plan(&h).agency(old).is_none());
    let text = kehoach::io::to_ron_string(plan(&h)).unwrap();
    assert!(
        !text.contains(&format!("\"{old}\"")),
        "no row names the old agency"
    );
    assert!(
        !text.contains(&format!("{{cq:{old}")),
        "the text's names follow"
    );
    // The old name still written (last year's events) is listed to look at.
    let listed = plan(&h)
        .to_review
        .iter()
        .filter(|it| it.message.contains("Sở Thông tin và Truyền thông"))
        .count();
    assert!(listed > 0);
    assert!(h.query_by_label_contains("Cần xem lại (").is_some());
    ctrl(&mut h, Key::Z);
    assert!(
        plan(&h).agency(old).is_some(),
        "one undo step brings it back"
    );
}

#[test]
fn last_years_results_are_evaluated_in_the_targets_view() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    // The tab (the plan-year table has a column of the same name, after it).
    h.get_all_by_label("Kết quả năm 2023")
        .next()
        .unwrap()
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("đạt và vượt 43/51 chỉ tiêu")
            .is_some(),
        "counts of the review"
    );
    assert_eq!(
        plan(&h).review.targets[0].targets[0].evaluation,
        kehoach::model::Evaluation::Met
    );
    // Change the first evaluation from Đạt to Vượt: the counts follow.
    h.get_all_by_role_and_label(Role::ComboBox, "Đánh giá")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Vượt").click();
    h.run();
    let c = EvaluationCounts::of(&plan(&h).review.targets);
    assert_eq!((c.exceeded, c.met), (18, 25));
    assert!(
        h.query_by_label_contains("đạt và vượt 43/51 chỉ tiêu, trong đó 18 vượt, 25 đạt")
            .is_some()
    );
}

#[test]
fn the_edited_cell_keeps_its_focus_while_the_table_scrolls() {
    let mut app = App::default();
    let p = kehoach::generate::plan(
        kehoach::generate::Size {
            targets: 600,
            tasks: 0,
            projects: 0,
            recurrent: 0,
        },
        2026,
        4,
    );
    app.doc = Some(kehoach::ui::doc::Doc::new(p, None));
    app.view = View::Targets;
    let mut h = harness(app);
    h.run();
    let id = plan(&h).targets[0].targets[2].id;
    field(&h, "Tên chỉ tiêu", 2).click();
    h.run();
    h.key_press(Key::End);
    h.run();
    let at = field(&h, "Tên chỉ tiêu", 2).rect().center();
    h.hover_at(at);
    let wheel = |dy: f32| egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    };
    for _ in 0..20 {
        h.event(wheel(-400.0));
        h.step();
    }
    h.run();
    for _ in 0..20 {
        h.event(wheel(400.0));
        h.step();
    }
    h.run();
    h.event(egui::Event::Text(" (sửa)".into()));
    h.run();
    let t = plan(&h).targets[0]
        .targets
        .iter()
        .find(|t| t.id == id)
        .unwrap();
    assert!(t.name.as_str().ends_with(" (sửa)"), "{}", t.name.as_str());
}

#[test]
fn the_editor_reports_characters_the_font_cannot_print() {
    let mut h = crate::common::editor::harness_tofu(App::default());
    h.run();
    h.get_by_label("Tạo kế hoạch mới").click();
    h.run();
    type_into(
        &mut h,
        "Trích yếu (dùng {năm} cho năm kế hoạch)",
        0,
        "Kế hoạch ∰ năm {năm}",
    );
    h.run_steps(60);
    h.run();
    assert!(h.query_by_label("1 ký tự không in được").is_some());
}

#[test]
fn the_edit_menu_has_find_and_the_recovery_interval() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch kinh tế số, xã hội số năm 2026")
        .click();
    h.run();
    h.get_by_label("Sửa").click();
    h.run();
    assert!(h.query_by_label("Lưu tạm sau (giây)").is_some());
    h.get_by_label("Tìm… Ctrl+F").click();
    h.run();
    assert!(h.state().find.is_some());
    assert!(h.query_by_label("Từ cần tìm").is_some());
}

#[test]
fn a_plan_over_several_years_shows_its_period() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    assert!(h.query_by_label("Năm 2024").is_some());
    last_year(&mut h, "2030");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(plan(&h).until, Some(2030));
    assert!(h.query_by_label("Giai đoạn 2024 - 2030").is_some());
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).until, None, "one undo step");
}

#[test]
fn milestone_years_get_a_column_of_target_values() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    last_year(&mut h, "2030");
    type_into(
        &mut h,
        "Các mốc năm của chỉ tiêu (ví dụ 2027, 2030)",
        0,
        "2030, 2027",
    );
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(plan(&h).milestones, vec![2027, 2030], "sorted");
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    type_into(&mut h, "Đến năm 2030", 0, "100%");
    let first = &plan(&h).targets[0].targets[0];
    assert_eq!(first.milestones.get(1), "100%");
    ctrl(&mut h, Key::Z);
    let first = &plan(&h).targets[0].targets[0];
    assert!(first.milestones.is_blank(), "one undo step");
}

#[test]
fn a_plan_over_several_years_budgets_each_year() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    last_year(&mut h, "2026");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("Kinh phí").click();
    h.run();
    type_into(&mut h, "Năm 2025", 0, "1.500");
    h.key_press(Key::Enter);
    h.run();
    let first = &plan(&h).budget.investment[0];
    assert_eq!(
        first.by_year.get(1),
        kehoach::model::Money::from_millions(1500)
    );
    assert_eq!(first.by_year.get(0), kehoach::model::Money::ZERO);
    ctrl(&mut h, Key::Z);
    assert!(
        plan(&h).budget.investment[0].by_year.is_blank(),
        "one undo step"
    );
}

#[test]
fn the_five_year_template_starts_a_plan_over_several_years() {
    let mut h = harness(App::default());
    h.run();
    h.get_by_label_contains("Kế hoạch giai đoạn 5 năm").click();
    h.run();
    let p = plan(&h);
    assert!(p.is_multi_year());
    assert_eq!(p.milestones.len(), 2);
    assert_eq!(p.last_year(), p.year + 4);
    let period = format!("Giai đoạn {} - {}", p.year, p.last_year());
    assert!(h.query_by_label(&period).is_some(), "{period}");
}

/// Thông tin chung → Năm cuối: the plan runs to `year`.
fn last_year(h: &mut egui_kittest::Harness<'_, App>, year: &str) {
    type_into(
        h,
        "Năm cuối (kế hoạch nhiều năm; để trống nếu một năm)",
        0,
        year,
    );
}
