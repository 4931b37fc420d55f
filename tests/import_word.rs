//! `kehoach import OLD.docx -o PLAN.ron` as an officer runs it on last
//! year's Word file: what it says it recognised, what it says to look at,
//! and a plan file that checks and exports like any other.

mod common;

use common::*;

fn fixture(name: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/word")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_plan_written_in_word_becomes_a_plan_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ke-hoach.ron");
    let out_s = out.to_str().unwrap();
    let run = kehoach(&[
        "import",
        &fixture("ke-hoach-cds-2024-tu-dong.docx"),
        "-o",
        out_s,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Chỉ tiêu: 44 trong 5 nhóm"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Dự án đầu tư: 15"), "{}", run.stdout);
    // The typed total that is not the sum of its rows is said.
    assert!(
        run.stdout.contains("319.944") && run.stdout.contains("319.925"),
        "{}",
        run.stdout
    );
    // The file checks like the bundled sample and prints.
    let check = kehoach(&["check", out_s]);
    assert!(
        check.stdout.contains("Dự án đầu tư công: 15 (tổng mức đầu tư 328.549 triệu đồng; vốn năm 2024 138.459 triệu đồng)"),
        "{}",
        check.stdout
    );
    let pdf = dir.path().join("ke-hoach.pdf");
    let export = kehoach(&["export", out_s, "-o", pdf.to_str().unwrap(), "--force"]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    // An existing file is not overwritten without --force.
    let again = kehoach(&[
        "import",
        &fixture("ke-hoach-cds-2024-tu-dong.docx"),
        "-o",
        out_s,
    ]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("đã tồn tại"), "{}", again.stderr);
}

#[test]
fn a_decision_file_becomes_a_dossier_and_a_broken_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ho-so.ron");
    let run = kehoach(&[
        "import",
        &fixture("quyet-dinh-kts-xhs-2026.docx"),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Quyết định ban hành kế hoạch: 3 điều"),
        "{}",
        run.stdout
    );
    let check = kehoach(&["check", out.to_str().unwrap()]);
    assert!(
        check.stdout.contains("Hồ sơ: Quyết định, Kế hoạch"),
        "{}",
        check.stdout
    );
    let broken = dir.path().join("hong.docx");
    std::fs::write(&broken, "xin chào").unwrap();
    let bad = dir.path().join("hong.ron");
    let run = kehoach(&[
        "import",
        broken.to_str().unwrap(),
        "-o",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("không phải tài liệu Word"),
        "{}",
        run.stderr
    );
    assert!(!bad.exists(), "nothing written");
}
