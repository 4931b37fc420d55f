//! Every entry of every row menu, in every table view, clicked as a user
//! clicks it on the 2024 sample, with what it did to the plan; then all of it
//! undone back to the plan as opened.

use crate::common::editor::{ctrl, menu, open_sample, plan};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kehoach::model::{Id, Plan};
use kehoach::ui::App;

fn undo_all(h: &mut Harness<'_, App>, original: &Plan) {
    while h.state().doc.as_ref().is_some_and(|d| d.history.can_undo()) {
        ctrl(h, Key::Z);
    }
    assert!(plan(h) == original, "everything undone");
}

fn target_ids(p: &Plan, g: usize) -> Vec<Id> {
    p.targets[g].targets.iter().map(|t| t.id).collect()
}

#[test]
fn every_target_row_and_group_action() {
    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    let original = plan(&h).clone();
    h.get_by_label("Chỉ tiêu").click();
    h.run();
    let ids = target_ids(plan(&h), 0);
    let n = ids.len();
    // Menu 0 is group I's, menu 1 its first target's.
    menu(&mut h, 1, "Chèn dòng phía trên");
    assert_eq!(target_ids(plan(&h), 0).len(), n + 1);
    assert!(plan(&h).targets[0].targets[0].name.is_empty());
    assert_eq!(target_ids(plan(&h), 0)[1], ids[0]);
    menu(&mut h, 2, "Chèn dòng phía dưới");
    assert_eq!(target_ids(plan(&h), 0)[1], ids[0]);
    assert!(plan(&h).targets[0].targets[2].name.is_empty());
    menu(&mut h, 2, "Nhân bản");
    let copy = &plan(&h).targets[0].targets[2];
    assert_eq!(copy.name, original.targets[0].targets[0].name);
    assert_ne!(copy.id, ids[0]);
    menu(&mut h, 2, "Chuyển xuống");
    assert_eq!(target_ids(plan(&h), 0)[2], ids[0]);
    menu(&mut h, 3, "Chuyển lên");
    assert_eq!(target_ids(plan(&h), 0)[1], ids[0]);
    menu(&mut h, 2, "Xóa chỉ tiêu");
    assert!(!target_ids(plan(&h), 0).contains(&ids[0]));
    // To another group: the target goes to the end of group II.
    let second = target_ids(plan(&h), 0)[1];
    h.get_all_by_label("…").nth(2).unwrap().click();
    h.run();
    h.get_by_label("Chuyển sang nhóm").click();
    h.run();
    let g2 = format!("II. {}", original.targets[1].name.as_str());
    h.get_by_label(&g2).click();
    h.run();
    assert_eq!(plan(&h).targets[1].targets.last().unwrap().id, second);
    // Groups.
    let groups: Vec<Id> = plan(&h).targets.iter().map(|g| g.id).collect();
    menu(&mut h, 0, "Chuyển nhóm xuống");
    assert_eq!(plan(&h).targets[1].id, groups[0]);
    ctrl(&mut h, Key::Z);
    menu(&mut h, 0, "Xóa nhóm và các chỉ tiêu của nhóm");
    assert_eq!(plan(&h).targets.len(), groups.len() - 1);
    assert_eq!(plan(&h).targets[0].id, groups[1]);
    // Group II is now first: move it back up after moving it down.
    menu(&mut h, 0, "Chuyển nhóm xuống");
    let at = plan(&h).targets[0].targets.len() + 1;
    menu(&mut h, at, "Chuyển nhóm lên");
    assert_eq!(plan(&h).targets[0].id, groups[1]);
    undo_all(&mut h, &original);
}

/// Which "…" of the tasks table belongs to task `id`: rows run group,
/// its tasks depth first, next group.
fn task_menu(p: &Plan, id: Id) -> usize {
    fn walk(tasks: &[kehoach::model::Task], id: Id, n: &mut usize) -> bool {
        for t in tasks {
            if t.id == id {
                return true;
            }
            *n += 1;
            if walk(&t.subtasks, id, n) {
                return true;
            }
        }
        false
    }
    let mut n = 0;
    for g in &p.tasks {
        n += 1;
        if walk(&g.tasks, id, &mut n) {
            return n;
        }
    }
    panic!("no task {id}")
}

fn task_action(h: &mut Harness<'_, App>, id: Id, item: &str) {
    let nth = task_menu(plan(h), id);
    menu(h, nth, item);
}

#[test]
fn every_task_row_action_with_indent_and_outdent() {
    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    let original = plan(&h).clone();
    h.get_by_label("Nhiệm vụ").click();
    h.run();
    // A group with at least two tasks, and another group to move to.
    let gi = original
        .tasks
        .iter()
        .position(|g| g.tasks.len() >= 2)
        .expect("a group of two tasks");
    let other = if gi == 0 { 1 } else { 0 };
    let ids: Vec<Id> = plan(&h).tasks[gi].tasks.iter().map(|t| t.id).collect();
    let (a, b) = (ids[0], ids[1]);
    task_action(&mut h, b, "Thụt vào (làm nhiệm vụ con)");
    assert_eq!(plan(&h).tasks[gi].tasks[0].subtasks.last().unwrap().id, b);
    task_action(&mut h, b, "Đưa ra (ngang cấp nhiệm vụ cha)");
    assert_eq!(plan(&h).tasks[gi].tasks[1].id, b);
    task_action(&mut h, b, "Thụt vào (làm nhiệm vụ con)");
    task_action(&mut h, a, "Nhân bản");
    let copy = plan(&h).tasks[gi].tasks[1].clone();
    assert_eq!(copy.name, plan(&h).tasks[gi].tasks[0].name);
    assert_eq!(
        copy.subtasks.len(),
        plan(&h).tasks[gi].tasks[0].subtasks.len()
    );
    assert!(copy.subtasks.iter().all(|s| s.id != b), "fresh ids");
    task_action(&mut h, a, "Xóa nhiệm vụ và các nhiệm vụ con");
    assert_eq!(plan(&h).tasks[gi].tasks[0].id, copy.id);
    task_action(&mut h, copy.id, "Chèn dòng phía trên");
    assert!(plan(&h).tasks[gi].tasks[0].name.is_empty());
    task_action(&mut h, copy.id, "Chèn dòng phía dưới");
    assert!(plan(&h).tasks[gi].tasks[2].name.is_empty());
    task_action(&mut h, copy.id, "Chuyển xuống");
    assert_eq!(plan(&h).tasks[gi].tasks[2].id, copy.id);
    task_action(&mut h, copy.id, "Chuyển lên");
    assert_eq!(plan(&h).tasks[gi].tasks[1].id, copy.id);
    let blank = plan(&h).tasks[gi].tasks[0].id;
    task_action(&mut h, blank, "Xóa nhiệm vụ");
    assert_eq!(plan(&h).tasks[gi].tasks[0].id, copy.id);
    h.get_all_by_label("…")
        .nth(task_menu(plan(&h), copy.id))
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Chuyển sang nhóm").click();
    h.run();
    let g2 = format!(
        "{}. {}",
        kehoach::model::numbering::roman(other + 1),
        original.tasks[other].name.as_str()
    );
    h.get_by_label(&g2).click();
    h.run();
    assert_eq!(plan(&h).tasks[other].tasks.last().unwrap().id, copy.id);
    menu(&mut h, 0, "Chuyển nhóm xuống");
    assert_eq!(plan(&h).tasks[1].id, original.tasks[0].id);
    ctrl(&mut h, Key::Z);
    menu(&mut h, 0, "Xóa nhóm và các nhiệm vụ của nhóm");
    assert_eq!(plan(&h).tasks.len(), original.tasks.len() - 1);
    undo_all(&mut h, &original);
}

#[test]
fn every_budget_row_action_in_both_tables() {
    let mut h = open_sample("Kế hoạch chuyển đổi số năm 2024");
    let original = plan(&h).clone();
    h.get_by_label("Kinh phí").click();
    h.run();
    for (section, delete) in [
        ("Đầu tư công năm 2024", "Xóa dự án"),
        ("Chi thường xuyên năm 2024", "Xóa nhiệm vụ chi"),
    ] {
        h.get_by_label(section).click();
        h.run();
        let names = |p: &Plan| -> Vec<String> {
            if delete == "Xóa dự án" {
                p.budget
                    .investment
                    .iter()
                    .map(|x| x.name.as_str().to_string())
                    .collect()
            } else {
                p.budget
                    .recurrent
                    .iter()
                    .map(|x| x.name.as_str().to_string())
                    .collect()
            }
        };
        let before = names(plan(&h));
        menu(&mut h, 0, "Chèn dòng phía trên");
        assert_eq!(names(plan(&h))[0], "");
        menu(&mut h, 0, delete);
        assert_eq!(names(plan(&h)), before);
        menu(&mut h, 0, "Nhân bản");
        assert_eq!(names(plan(&h))[1], before[0]);
        menu(&mut h, 0, "Chèn dòng phía dưới");
        assert_eq!(names(plan(&h))[1], "");
        menu(&mut h, 0, "Chuyển xuống");
        assert_eq!(names(plan(&h))[1], before[0]);
        menu(&mut h, 1, "Chuyển lên");
        assert_eq!(names(plan(&h))[0], before[0]);
    }
    undo_all(&mut h, &original);
}

/// A plan with one appendix holding a 12-column free table of three rows
/// (as wide as the DTI ranking), opened in the appendix view.
fn wide_free_table() -> Harness<'static, App> {
    use kehoach::model::{Appendix, Block, FreeColumn, FreeRow, FreeTable, Rich, RowKind, Table};
    let mut p = Plan::new(2026);
    let columns = (1..=12)
        .map(|i| FreeColumn {
            title: Rich::new(format!("Cột {i}")),
            ..Default::default()
        })
        .collect();
    let rows = (1..=3)
        .map(|r| FreeRow {
            id: Id(100 + r),
            kind: RowKind::Normal,
            cells: vec![Rich::new(format!("dòng {r}")); 12],
        })
        .collect();
    p.appendices.push(Appendix {
        key: "bang".into(),
        title: Rich::new("BẢNG"),
        blocks: vec![Block::Table(Table::Free(FreeTable {
            columns,
            rows,
            ..Default::default()
        }))],
        ..Default::default()
    });
    p.assign_ids();
    let mut app = App::default();
    app.doc = Some(kehoach::ui::doc::Doc::new(p, None));
    app.view = kehoach::ui::app::View::Appendices;
    let mut h = crate::common::editor::harness(app);
    h.run();
    h
}

fn free_rows(p: &Plan) -> Vec<(Id, String)> {
    match p.appendices[0].blocks.first() {
        Some(kehoach::model::Block::Table(kehoach::model::Table::Free(t))) => t
            .rows
            .iter()
            .map(|r| {
                let first = r.cells.first().map(|c| c.as_str().to_string());
                (r.id, first.unwrap_or_default())
            })
            .collect(),
        other => panic!("a free table, not {other:?}"),
    }
}

#[test]
fn every_free_table_row_action_even_in_a_wide_table() {
    let mut h = wide_free_table();
    let original = plan(&h).clone();
    let ids: Vec<Id> = free_rows(&original).iter().map(|r| r.0).collect();
    let names = |h: &Harness<'_, App>| -> Vec<String> {
        free_rows(plan(h)).into_iter().map(|r| r.1).collect()
    };
    // Each row's menu is on screen, however many columns the table has.
    assert_eq!(h.get_all_by_label("…").count(), 3);
    menu(&mut h, 0, "Chèn dòng phía trên");
    assert_eq!(names(&h), ["", "dòng 1", "dòng 2", "dòng 3"]);
    menu(&mut h, 1, "Chèn dòng phía dưới");
    assert_eq!(names(&h), ["", "dòng 1", "", "dòng 2", "dòng 3"]);
    menu(&mut h, 1, "Nhân bản");
    assert_eq!(names(&h)[2], "dòng 1");
    assert_ne!(free_rows(plan(&h))[2].0, ids[0], "a copy has its own id");
    menu(&mut h, 1, "Chuyển xuống");
    assert_eq!(free_rows(plan(&h))[2].0, ids[0]);
    menu(&mut h, 2, "Chuyển lên");
    assert_eq!(free_rows(plan(&h))[1].0, ids[0]);
    menu(&mut h, 1, "Xóa dòng");
    assert!(free_rows(plan(&h)).iter().all(|r| r.0 != ids[0]));
    undo_all(&mut h, &original);
}
