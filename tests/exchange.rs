//! `kehoach export` to Word and Excel as a person runs it: `-o OUT.xlsx`
//! the appendix tables (read back with calamine), `--tasks` the task list,
//! `-o OUT.docx` the document.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::*;

#[test]
fn export_to_a_workbook_names_its_sheets_and_writes_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("phu-luc.xlsx");
    let run = kehoach(&[
        "export",
        sample("ke-hoach-dti-2023.ron").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!(
            "Đã xuất 4 bảng vào {}: Phụ lục I, Phụ lục I (2), Phụ lục I (3), Phụ lục II",
            out.display()
        )),
        "{}",
        run.stdout
    );
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let ranking = book.worksheet_range("Phụ lục I").unwrap();
    // A free table's cells are text, as typed.
    assert!(
        ranking
            .rows()
            .any(|r| r.iter().any(|c| c == &Data::String("Đồng Tháp".into())))
    );
    // One appendix only, by its numeral.
    let one = dir.path().join("mot.xlsx");
    let run = kehoach(&[
        "export",
        sample("ke-hoach-dti-2023.ron").to_str().unwrap(),
        "--appendix",
        "II",
        "-o",
        one.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let book: Xlsx<_> = calamine::open_workbook(&one).unwrap();
    assert_eq!(book.sheet_names(), ["Phụ lục II"]);
}

#[test]
fn a_plan_without_appendix_tables_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("trong.ron");
    kehoach::io::save_atomic(&plan, &kehoach::model::Plan::new(2026)).unwrap();
    let out = dir.path().join("x.xlsx");
    let run = kehoach(&[
        "export",
        plan.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("không có bảng phụ lục nào"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
    // --document is for the PDF.
    let run = kehoach(&[
        "export",
        sample("ke-hoach-cds-2024.ron").to_str().unwrap(),
        "--document",
        "ke-hoach",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--document"), "{}", run.stderr);
}

#[test]
fn the_task_list_for_tracking_software() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nhiem-vu.xlsx");
    let kts = sample("ke-hoach-kts-xhs-2026.ron");
    let run = kehoach(&[
        "export",
        kts.to_str().unwrap(),
        "--tasks",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let count = kehoach::model::summary::task_count(&kehoach::io::load_path(&kts).unwrap());
    assert_eq!(
        run.stdout,
        format!("Đã xuất danh sách {count} nhiệm vụ vào {}\n", out.display())
    );
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    assert_eq!(book.sheet_names(), ["Nhiệm vụ"]);
    let sheet = book.worksheet_range("Nhiệm vụ").unwrap();
    assert!(sheet.rows().any(|r| {
        r.iter()
            .any(|c| c.to_string().contains("Sở Khoa học và Công nghệ"))
    }));
    // A PDF name is answered with the name it should have.
    let pdf = dir.path().join("nhiem-vu.pdf");
    let run = kehoach(&[
        "export",
        kts.to_str().unwrap(),
        "--tasks",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nhiem-vu.xlsx"), "{}", run.stderr);
    assert!(!pdf.exists());
}

#[test]
fn export_to_word_by_the_output_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ke-hoach.docx");
    let run = kehoach(&[
        "export",
        sample("ke-hoach-cds-2024.ron").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("Đã xuất tệp Word {}\n", out.display()));
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
}
