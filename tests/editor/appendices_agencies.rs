//! The agency directory and the appendices views driven as a user drives
//! them (egui_kittest, no display): add, rename, filter and delete agencies;
//! add appendices of every kind, choose and order columns, turn a page,
//! fill a free table, undo and redo; then lay the edited plan out.

use crate::common::editor::{ctrl, field, harness, plan, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::fonts::FontSet;
use kehoach::layout::{self, Options};
use kehoach::model::agency::join_names;
use kehoach::model::{
    NameForm, Orientation, Plan, Rich, RowKind, Table, Target, TargetColumn, TargetGroup,
};
use kehoach::ui::App;
use kehoach::ui::app::{SAMPLES, View};
use kehoach::ui::doc::Doc;
use kehoach::ui::views::appendices::{Kind, list_label};

fn fields<'t>(
    h: &'t Harness<'_, App>,
    label: &'t str,
) -> impl Iterator<Item = egui_kittest::Node<'t>> + 't {
    h.get_all_by(move |n| {
        matches!(n.role(), Role::TextInput | Role::MultilineTextInput)
            && n.label().as_deref() == Some(label)
    })
}

fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Opens a drop-down by its name and picks an entry.
fn pick(h: &mut Harness<'_, App>, combo: &str, entry: &str) {
    h.get_by_role_and_label(Role::ComboBox, combo).click();
    h.run();
    click(h, entry);
}

fn app_with(plan: Plan, view: View) -> App {
    let mut app = App::default();
    app.doc = Some(Doc::new(plan, None));
    app.view = view;
    app
}

fn sample(i: usize) -> Plan {
    kehoach::io::load_str(SAMPLES[i].1, std::path::Path::new("mau.ron")).unwrap()
}

#[test]
fn agencies_are_added_renamed_filtered_and_deleted_only_when_unused() {
    let mut p = Plan::new(2026);
    p.targets.push(TargetGroup {
        name: Rich::new("NHÓM CHỈ TIÊU"),
        targets: vec![Target {
            name: Rich::new("Số doanh nghiệp khoa học và công nghệ"),
            ..Default::default()
        }],
        ..Default::default()
    });
    let mut h = harness(app_with(p, View::Agencies));
    h.run();
    for name in ["Sở Khoa học và Công nghệ", "Sở Y tế", "Sở Tài chính"] {
        type_into(&mut h, "Tên cơ quan mới", 0, name);
        click(&mut h, "+ Thêm cơ quan");
    }
    let keys: Vec<&str> = plan(&h).agencies.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        ["so-khoa-hoc-va-cong-nghe", "so-y-te", "so-tai-chinh"]
    );
    let key = keys[0].to_string();

    // A target refers to it (picked in the targets view).
    click(&mut h, "Chỉ tiêu");
    h.get_all_by_label("— chọn —").next().unwrap().click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Sở Khoa học và Công nghệ")
        .click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(plan(&h).targets[0].targets[0].lead, vec![key.clone()]);

    // Rename: the target keeps the key and prints the new name.
    click(&mut h, "Danh mục cơ quan");
    let renamed = "Sở Khoa học, Công nghệ và Đổi mới sáng tạo";
    field(&h, "Tên đầy đủ", 0).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Tên đầy đủ", 0).type_text(renamed);
    h.run();
    type_into(&mut h, "Tên viết tắt", 0, "Sở KH,CN&ĐMST");
    h.key_press(Key::Escape);
    h.run();
    let p = plan(&h);
    assert_eq!(p.agencies[0].key, key, "the key is stable");
    assert_eq!(p.targets[0].targets[0].lead, vec![key.clone()]);
    assert_eq!(
        join_names(&p.agencies, &p.targets[0].targets[0].lead, NameForm::Full),
        renamed
    );
    assert_eq!(kehoach::model::agency::usage_count(p, &key), 1);
    click(&mut h, "Chỉ tiêu");
    assert!(
        h.query_by_label("Sở KH,CN&ĐMST").is_some(),
        "the target's cell follows the rename"
    );
    click(&mut h, "Danh mục cơ quan");

    // Filter without diacritics.
    type_into(&mut h, "Lọc", 0, "khoa hoc");
    assert_eq!(fields(&h, "Tên đầy đủ").count(), 1);
    assert_eq!(field(&h, "Tên đầy đủ", 0).value().as_deref(), Some(renamed));
    assert!(h.query_by_label("1 / 3 cơ quan").is_some());

    // The used agency cannot be deleted.
    h.get_all_by_label("…").next().unwrap().click();
    h.run();
    click(&mut h, "Xóa cơ quan");
    assert_eq!(plan(&h).agencies.len(), 3, "a used agency stays");

    // Clear the filter; delete the unused "Sở Y tế".
    h.key_press(Key::Escape);
    h.run();
    field(&h, "Lọc", 0).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.key_press(Key::Backspace);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(fields(&h, "Tên đầy đủ").count(), 3);
    h.get_all_by_label("…").nth(1).unwrap().click();
    h.run();
    click(&mut h, "Xóa cơ quan");
    let keys: Vec<&str> = plan(&h).agencies.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, [key.as_str(), "so-tai-chinh"]);

    // Undo brings it back in its place; redo deletes it again.
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).agencies[1].key, "so-y-te");
    ctrl(&mut h, Key::Y);
    assert_eq!(plan(&h).agencies.len(), 2);
    // Undo the short name, then the rename, as whole fields.
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).agencies[0].name, "Sở Khoa học và Công nghệ");
    assert!(plan(&h).agencies[0].short.is_empty());
}

#[test]
fn appendices_of_every_kind_columns_orientation_and_a_free_table() {
    let mut h = harness(app_with(Plan::new(2026), View::Appendices));
    h.run();
    assert!(h.query_by_label_contains("chưa có phụ lục").is_some());
    for kind in Kind::ALL {
        click(&mut h, "+ Thêm phụ lục");
        click(&mut h, &kind.label(2026));
    }
    let p = plan(&h);
    assert_eq!(p.appendices.len(), 7);
    let first = list_label(p, 0);
    let second = list_label(p, 1);
    assert_eq!(first, "Phụ lục I — CÁC CHỈ TIÊU NĂM 2026");
    assert_eq!(
        second,
        "Phụ lục II — KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025"
    );
    assert!(h.query_by_label(&first).is_some());
    assert!(h.query_by_label(&second).is_some());
    assert!(h.query_by_label_contains("Phụ lục VII — BẢNG").is_some());
    match &p.appendices[1].blocks[0] {
        kehoach::model::Block::Table(Table::Targets(t)) => {
            assert_eq!(t, &kehoach::model::TargetsTable::evaluation())
        }
        other => panic!("evaluation table expected, got {other:?}"),
    }
    let keys: Vec<&str> = p.appendices.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "chi-tieu",
            "ket-qua",
            "phan-cong",
            "dau-tu",
            "thuong-xuyen",
            "can-cu",
            "bang"
        ]
    );

    // The targets appendix: drop "Ghi chú", move "Đơn vị phối hợp" up, retitle a column.
    click(&mut h, &first);
    assert!(h.query_by_label_contains("{pl:chi-tieu}").is_some());
    h.get_by_role_and_label(Role::CheckBox, "Ghi chú").click();
    h.run();
    click(&mut h, "Chuyển cột Đơn vị phối hợp lên");
    type_into(
        &mut h,
        "Tiêu đề riêng cho cột Phấn đấu năm 2026",
        0,
        "Mục tiêu năm {năm}",
    );
    h.key_press(Key::Escape);
    h.run();
    pick(&mut h, "Hướng trang", "Ngang");
    let targets = |p: &Plan| match &p.appendices[0].blocks[0] {
        kehoach::model::Block::Table(Table::Targets(t)) => t.clone(),
        _ => panic!("targets table"),
    };
    use TargetColumn::*;
    let t = targets(plan(&h));
    assert_eq!(
        t.columns,
        [No, Name, Baseline, Target, Coordinating, Lead],
        "Ghi chú removed, Đơn vị phối hợp before Đơn vị chủ trì"
    );
    assert_eq!(t.titles, [(Target, Rich::new("Mục tiêu năm {năm}"))]);
    assert_eq!(plan(&h).appendices[0].orientation, Orientation::Landscape);
    // Ticking a column again adds it at the end.
    h.get_by_role_and_label(Role::CheckBox, "Ghi chú").click();
    h.run();
    assert_eq!(targets(plan(&h)).columns.last(), Some(&Note));
    ctrl(&mut h, Key::Z);
    assert!(!targets(plan(&h)).columns.contains(&Note));

    // The free table: a third column, two rows, typed cells, a group row.
    let free_label = list_label(plan(&h), 6);
    click(&mut h, &free_label);
    click(&mut h, "+ Thêm cột");
    click(&mut h, "+ Thêm dòng");
    click(&mut h, "+ Thêm dòng");
    type_into(&mut h, "Ô dòng 1, cột 2", 0, "Chỉ số DTI");
    type_into(&mut h, "Ô dòng 2, cột 1", 0, "1");
    type_into(&mut h, "Ô dòng 2, cột 3", 0, "95,4");
    h.key_press(Key::Escape);
    h.run();
    pick(&mut h, "Loại dòng 1", "Nhóm");
    let free = |p: &Plan| match &p.appendices[6].blocks[0] {
        kehoach::model::Block::Table(Table::Free(t)) => t.clone(),
        _ => panic!("free table"),
    };
    let f = free(plan(&h));
    assert_eq!(f.columns.len(), 3);
    assert_eq!(f.rows.len(), 2);
    assert_ne!(f.rows[0].id, f.rows[1].id, "rows have their own ids");
    assert!(!f.rows[0].id.is_unset());
    assert_eq!(f.rows[0].kind, RowKind::Group);
    let cells = |i: usize| -> Vec<String> {
        f.rows[i]
            .cells
            .iter()
            .map(|c| c.as_str().to_string())
            .collect()
    };
    assert_eq!(cells(0), ["", "Chỉ số DTI", ""]);
    assert_eq!(cells(1), ["1", "", "95,4"]);

    // Undo the row kind and the last cell; redo them.
    ctrl(&mut h, Key::Z);
    assert_eq!(free(plan(&h)).rows[0].kind, RowKind::Normal);
    ctrl(&mut h, Key::Z);
    assert!(free(plan(&h)).rows[1].cells[2].is_empty());
    ctrl(&mut h, Key::Y);
    ctrl(&mut h, Key::Y);
    let f = free(plan(&h));
    assert_eq!(f.rows[1].cells[2].as_str(), "95,4");
    assert_eq!(f.rows[0].kind, RowKind::Group);

    // Delete the selected appendix: labels are recomputed.
    click(&mut h, "Xóa");
    assert_eq!(plan(&h).appendices.len(), 6);
    assert!(h.query_by_label_contains("Phụ lục VII").is_none());
    ctrl(&mut h, Key::Z);
    assert_eq!(plan(&h).appendices.len(), 7);
}

#[test]
fn the_sample_lists_seven_appendices_and_an_edited_one_prints_landscape() {
    let mut h = harness(app_with(sample(0), View::Appendices));
    h.run();
    assert_eq!(plan(&h).appendices.len(), 7);
    assert!(h.query_by_label_contains("Phụ lục VII").is_some());
    let i = plan(&h)
        .appendix_index("can-cu")
        .expect("the legal bases appendix");
    let fonts = FontSet::bundled().unwrap();
    let only = |p: &Plan| layout::document(p, &fonts, &Options::appendices(Some(vec![i])));
    let before = only(plan(&h));
    assert!(
        before.pages.iter().all(|pg| !pg.is_landscape()),
        "a list of legal bases fits portrait pages"
    );
    let label = list_label(plan(&h), i);
    click(&mut h, &label);
    pick(&mut h, "Hướng trang", "Ngang");
    assert_eq!(plan(&h).appendices[i].orientation, Orientation::Landscape);
    let after = only(plan(&h));
    assert!(!after.pages.is_empty());
    assert!(after.pages.iter().all(|pg| pg.is_landscape()));
    // The whole document: the plan stays portrait, that appendix is landscape.
    let whole = layout::document(plan(&h), &fonts, &Options::default());
    assert!(!whole.pages[0].is_landscape());
    assert!(whole.pages.iter().any(|pg| pg.is_landscape()));
}

/// Agencies named literally in the text are offered to link; linked, the
/// text follows a rename. An agency is inserted in any text from Định dạng.
#[test]
fn agencies_in_text_are_linked_and_inserted_from_the_directory() {
    let mut h = crate::common::editor::harness(App::default());
    h.run();
    h.get_by_label("Kế hoạch chuyển đổi số năm 2024").click();
    h.run();
    // A literal mention, as an officer would have typed it.
    let mut p = h.state().doc.as_ref().expect("a plan").plan.clone();
    p.body
        .push(kehoach::model::Block::Paragraph(kehoach::model::Rich::new(
            "Giao Sở Tài chính tham mưu bố trí kinh phí.",
        )));
    h.state_mut().doc = Some(kehoach::ui::doc::Doc::new(p, None));
    h.run();
    h.get_by_label("Danh mục cơ quan").click();
    h.run();
    h.get_by_label(kehoach::ui::views::agencies::LINK_LABEL)
        .click();
    h.run();
    let last = |h: &egui_kittest::Harness<'_, App>| match crate::common::editor::plan(h).body.last()
    {
        Some(kehoach::model::Block::Paragraph(r)) => r.as_str().to_string(),
        other => panic!("{other:?}"),
    };
    assert!(last(&h).starts_with("Giao {cq:"), "{}", last(&h));
    // One undo step.
    crate::common::editor::ctrl(&mut h, egui::Key::Z);
    assert!(last(&h).starts_with("Giao Sở Tài chính"));

    // Định dạng → Chèn tên cơ quan, at the cursor of the title.
    h.get_by_label("Thông tin chung").click();
    h.run();
    crate::common::editor::field(&h, "Trích yếu (dùng {năm} cho năm kế hoạch)", 0).click();
    h.run();
    crate::common::editor::ctrl(&mut h, egui::Key::End);
    h.get_by_label("Định dạng").click();
    h.run();
    h.get_by_label(kehoach::ui::rich_edit::AGENCY_MENU).click();
    h.run();
    h.get_by_label("Sở Tài chính").click();
    h.run();
    let title = crate::common::editor::plan(&h).meta.title.0.clone();
    assert!(title.ends_with("{cq:so-tai-chinh}"), "{title}");
}

/// "Các sở, ban, ngành, UBND các xã, phường" as the original wrote it: a
/// table joins its agencies with a comma when the officer says so, and the
/// printed cell follows.
#[test]
fn a_table_joins_its_agencies_with_the_mark_the_officer_picks() {
    let mut p = sample(2);
    p.appendices.clear();
    let mut h = harness(app_with(p, View::Appendices));
    h.run();
    click(&mut h, "+ Thêm phụ lục");
    click(&mut h, &Kind::Tasks.label(2026));
    let label = list_label(plan(&h), 0);
    click(&mut h, &label);
    let joined = |p: &Plan| {
        let d = kehoach::compose::compose(p, &kehoach::layout::Options::appendices(None));
        d.parts
            .iter()
            .flat_map(|part| &part.blocks)
            .find_map(|b| match b {
                kehoach::compose::Block::Table(t) => Some(t.clone()),
                _ => None,
            })
            .into_iter()
            .flat_map(|t| t.rows)
            .find_map(|r| match r {
                kehoach::compose::Row::Cells { cells, .. } => {
                    cells.into_iter().find_map(|c| match c {
                        kehoach::compose::Cell::Agencies(names, joiner) if names.len() > 1 => {
                            Some(names.join(joiner.separator()))
                        }
                        _ => None,
                    })
                }
                _ => None,
            })
            .expect("a cell of several agencies")
    };
    assert!(joined(plan(&h)).contains("; "));
    pick(
        &mut h,
        "Ngăn cách các cơ quan trong một ô",
        "Dấu phẩy (Sở A, Sở B)",
    );
    let t = joined(plan(&h));
    assert!(t.contains(", ") && !t.contains("; "), "{t}");
    ctrl(&mut h, Key::Z);
    assert!(joined(plan(&h)).contains("; "));
    // The task column gets a width of its own, typed.
    h.get_by_label("Độ rộng cột Tên nhiệm vụ").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Độ rộng cột Tên nhiệm vụ").type_text("90");
    h.key_press(Key::Enter);
    h.run();
    let widths = match &plan(&h).appendices[0].blocks[0] {
        kehoach::model::Block::Table(Table::Tasks(t)) => t.widths.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(widths, [(kehoach::model::TaskColumn::Name, 90.0)]);
}

/// Projects grouped by funding source and, under it, by continuing or new,
/// with the sums of each group: chosen in the table's settings, the source
/// typed in Kinh phí.
#[test]
fn a_money_table_is_grouped_from_its_settings() {
    use kehoach::model::GroupBy;
    let mut p = sample(0);
    p.appendices.clear();
    let mut h = harness(app_with(p, View::Appendices));
    h.run();
    click(&mut h, "+ Thêm phụ lục");
    click(&mut h, &Kind::Investment.label(2024));
    let label = list_label(plan(&h), 0);
    click(&mut h, &label);
    pick(&mut h, "Nhóm các dòng, cấp 1", "Nguồn vốn");
    pick(
        &mut h,
        "Nhóm các dòng, cấp 2",
        "Tính chất (chuyển tiếp, khởi công mới)",
    );
    h.get_by_role_and_label(Role::CheckBox, "In số cộng của từng nhóm")
        .click();
    h.run();
    let table = |p: &Plan| match &p.appendices[0].blocks[0] {
        kehoach::model::Block::Table(Table::Investment(t)) => t.clone(),
        other => panic!("{other:?}"),
    };
    let t = table(plan(&h));
    assert_eq!(t.grouping, [GroupBy::Source, GroupBy::Status]);
    assert!(t.subtotals);
    // "Không nhóm" at the first level drops both levels; undo brings them back.
    pick(&mut h, "Nhóm các dòng, cấp 1", "Không nhóm");
    assert!(table(plan(&h)).grouping.is_empty());
    ctrl(&mut h, Key::Z);
    assert_eq!(table(plan(&h)).grouping, [GroupBy::Source, GroupBy::Status]);
    // The first project's funding source, typed in Kinh phí.
    h.state_mut().view = View::Budget;
    h.run();
    type_into(&mut h, "Nguồn vốn", 0, "Nguồn vốn đầu tư");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(plan(&h).budget.investment[0].source, "Nguồn vốn đầu tư");
    let d = kehoach::compose::compose(plan(&h), &kehoach::layout::Options::appendices(None));
    let groups: Vec<String> = d
        .parts
        .iter()
        .flat_map(|part| &part.blocks)
        .filter_map(|b| match b {
            kehoach::compose::Block::Table(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| &t.rows)
        .filter_map(|r| match r {
            kehoach::compose::Row::Cells {
                cells, bold: true, ..
            } => match (&cells[0], &cells[1]) {
                (kehoach::compose::Cell::Text(l), kehoach::compose::Cell::Text(n)) => {
                    Some(format!("{} {}", l.to_plain(), n.to_plain()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(
        groups.first().map(String::as_str),
        Some("A NGUỒN VỐN ĐẦU TƯ"),
        "{groups:?}"
    );
}
