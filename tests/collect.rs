//! `kehoach form` and `kehoach merge` as an officer runs them: a form per
//! department, filled and returned, merged into a new plan file with the
//! report on the terminal; conflicts and refusals stop the merge.

mod common;

use common::*;

const TTTT: &str = "so-thong-tin-va-truyen-thong";

#[test]
fn forms_go_out_and_come_back_merged_with_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = sample("ke-hoach-cds-2024.ron");
    let plan = kehoach::io::load_path(&plan_path).unwrap();
    let form = dir.path().join("tttt.xlsx");
    let run = kehoach(&[
        "form",
        plan_path.to_str().unwrap(),
        "--agency",
        TTTT,
        "-o",
        form.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Đã tạo biểu mẫu"), "{}", run.stdout);
    let task = plan
        .tasks
        .iter()
        .flat_map(|g| &g.tasks)
        .find(|t| t.lead.iter().any(|l| l == TTTT))
        .unwrap();
    let key = format!("nv-{}", task.id.0);
    let a = dir.path().join("a.xlsx");
    let b = dir.path().join("b.xlsx");
    fill_last_column(&form, &key, "Đã hoàn thành", &a);
    fill_last_column(&form, &key, "Đang thực hiện", &b);
    let out = dir.path().join("gop.ron");
    // Two answers for one cell: a conflict, nothing written.
    let run = kehoach(&[
        "merge",
        plan_path.to_str().unwrap(),
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Xung đột"), "{}", run.stdout);
    assert!(run.stderr.contains("chưa ghi"), "{}", run.stderr);
    assert!(!out.exists());
    // One answer: the change is reported and written.
    let run = kehoach(&[
        "merge",
        plan_path.to_str().unwrap(),
        a.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("Tiến độ thực hiện: \"\" → \"Đã hoàn thành\""),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Tổng cộng: 1 thay đổi, 0 xung đột, 0 chỗ không nhận.")
    );
    let merged = kehoach::io::load_path(&out).unwrap();
    let got = merged
        .tasks
        .iter()
        .flat_map(|g| &g.tasks)
        .find(|t| t.id == task.id)
        .unwrap();
    assert_eq!(got.progress, "Đã hoàn thành");
    // The plan the merge read is never its output.
    let run = kehoach(&[
        "merge",
        plan_path.to_str().unwrap(),
        a.to_str().unwrap(),
        "-o",
        plan_path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
}
