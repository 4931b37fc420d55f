//! `kehoach export` refusing what it must not do, as a user meets it: an
//! unwritable or missing place, a plan with errors (unless `--force`), its own
//! plan file, a folder or a device as output; each failure exits with a
//! message and leaves nothing behind.

mod common;

use common::*;
const PLAN_WITH_ERRORS: &str = r#"(
    version: 2,
    year: 2025,
    meta: (title: "Kế hoạch có lỗi"),
    body: [Paragraph("Chi tiết tại {pl:khong-co}.")],
    targets: [(name: "NHÓM", targets: [(name: "Chỉ tiêu", lead: ["so-khong-co"])])],
    signature: (name: "Nguyễn Văn A"),
)"#;

#[test]
fn failures_exit_2_and_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    // Output folder does not exist.
    let out = dir.path().join("khong-co").join("x.pdf");
    let run = kehoach(&[
        "export",
        path_str(&sample("ke-hoach-kts-xhs-2026.ron")),
        "-o",
        path_str(&out),
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Không ghi được tệp PDF"),
        "{}",
        run.stderr
    );
    // Input cannot be read.
    let out = dir.path().join("y.pdf");
    let run = kehoach(&["export", "/khong/co.ron", "-o", path_str(&out)]);
    assert_eq!(run.code, 2);
    assert!(!out.exists());
    // A font folder without the four faces.
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    std::fs::write(fonts.join("Broken-Regular.ttf"), b"not a font").unwrap();
    let run = kehoach(&[
        "export",
        path_str(&sample("ke-hoach-kts-xhs-2026.ron")),
        "-o",
        path_str(&out),
        "--font-dir",
        path_str(&fonts),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("phông chữ"), "{}", run.stderr);
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "only the font folder: {leftovers:?}");
}

#[test]
fn a_plan_with_errors_is_not_exported_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("co-loi.ron");
    std::fs::write(&plan, PLAN_WITH_ERRORS).unwrap();
    let pdf = dir.path().join("co-loi.pdf");
    assert_eq!(kehoach(&["check", path_str(&plan)]).code, 1);

    let run = kehoach(&["export", path_str(&plan), "-o", path_str(&pdf)]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(
        run.stderr,
        format!(
            "Kế hoạch có 2 lỗi nên chưa xuất PDF (không ghi tệp nào):\n  lỗi: cơ quan \"so-khong-co\" không có trong danh mục cơ quan [targets[0].targets[0].lead]\n  lỗi: trường tự động {{pl:khong-co}} không hợp lệ [body[0].text]\nHãy sửa các lỗi trên (kehoach check {} liệt kê cả các cảnh báo), hoặc thêm --force để vẫn xuất.\n",
            plan.display()
        )
    );
    assert!(!pdf.exists(), "nothing written");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let run = kehoach(&["export", path_str(&plan), "-o", path_str(&pdf), "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Cảnh báo: kế hoạch có 2 lỗi, vẫn xuất vì có --force:\n  lỗi: cơ quan"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Đã xuất 1 trang vào"), "{}", run.stdout);
    assert!(pdf.exists());
}

#[test]
fn export_never_writes_onto_its_plan_nor_over_a_folder_or_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ke-hoach.ron");
    std::fs::copy(sample("ke-hoach-kts-xhs-2026.ron"), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let sub = dir.path().join("thu-muc");
    std::fs::create_dir(&sub).unwrap();
    let same_file_spellings = vec![plan.clone(), sub.join("..").join("ke-hoach.ron"), {
        let link = dir.path().join("lien-ket-cung.ron");
        std::fs::hard_link(&plan, &link).unwrap();
        link
    }];
    for out in &same_file_spellings {
        let run = kehoach(&["export", path_str(&plan), "-o", path_str(out), "--force"]);
        assert_eq!(run.code, 2, "{}", out.display());
        assert_eq!(
            run.stderr.trim_end(),
            format!(
                "Tệp kết quả {} chính là tệp kế hoạch đang xuất; ghi PDF vào đó sẽ mất kế hoạch. Hãy chọn tên khác cho tệp PDF, ví dụ {}.",
                out.display(),
                plan.with_extension("pdf").display()
            )
        );
    }
    assert_eq!(
        std::fs::read(&plan).unwrap(),
        before,
        "the plan is untouched"
    );

    let run = kehoach(&["export", path_str(&plan), "-o", path_str(&sub)]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "Không ghi vào {} được: đó là một thư mục, không phải một tệp thông thường. Hãy chọn tên tệp khác.",
            sub.display()
        )
    );
    #[cfg(unix)]
    {
        let run = kehoach(&["export", path_str(&plan), "-o", "/dev/null"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("/dev/null được: đó là một thiết bị"),
            "{}",
            run.stderr
        );
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["ke-hoach.ron", "lien-ket-cung.ron", "thu-muc"]);
}
