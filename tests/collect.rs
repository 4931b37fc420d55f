//! `kehoach form` and `kehoach merge` as an officer runs them: a form per
//! department, filled and returned, merged into a new plan file with the
//! report on the terminal; conflicts and refusals stop the merge.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::*;
use std::path::Path;

const TTTT: &str = "so-thong-tin-va-truyen-thong";

/// The department's answer: the form with its progress cell filled for the
/// task with id `key` (rewritten as Excel saves a file).
fn fill_progress(form: &Path, key: &str, progress: &str, out: &Path) {
    let mut xlsx: Xlsx<_> = calamine::open_workbook(form).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).unwrap();
        let ws = book.add_worksheet();
        ws.set_name(&name).unwrap();
        for (r, row) in range.rows().enumerate() {
            let last = row.len().saturating_sub(1);
            for (c, cell) in row.iter().enumerate() {
                let mine = row.first().is_some_and(|k| *k == key) && c == last;
                let text = if mine {
                    progress.to_string()
                } else {
                    cell.to_string()
                };
                match cell {
                    Data::Float(f) if !mine => {
                        ws.write_number(r as u32, c as u16, *f).unwrap();
                    }
                    Data::Empty if !mine => {}
                    _ => {
                        ws.write_string(r as u32, c as u16, text).unwrap();
                    }
                }
            }
        }
    }
    book.save(out).unwrap();
}

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
    fill_progress(&form, &key, "Đã hoàn thành", &a);
    fill_progress(&form, &key, "Đang thực hiện", &b);
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
