//! `kehoach render FILE.ron --page N [--dpi D] -o OUT.png` as a user runs
//! it: a PNG of the page's paper size, pages counted as in the exported
//! PDF, and failures that exit 2 with a message and leave nothing behind.

mod common;

use common::*;
use std::path::Path;

/// Width and height from a PNG's header, after checking its signature.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} is not a PNG",
        path.display()
    );
    assert_eq!(&bytes[12..16], b"IHDR", "the first chunk is the header");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

fn render(plan: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["render", path_str(plan), "-o", path_str(out)];
    args.extend_from_slice(extra);
    kehoach(&args)
}

#[test]
fn page_one_of_each_sample_is_a_png_of_a4_at_96_dpi() {
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        let out = dir.path().join(format!("{name}.png"));
        let run = render(&sample(name), &out, &["--page", "1"]);
        assert_eq!(run.code, 0, "{name}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stdout.starts_with("Đã vẽ trang 1/") && run.stdout.contains("96 dpi"),
            "{}",
            run.stdout
        );
        // A4 portrait, 210 x 297 mm at 96 dpi, rounded to whole pixels.
        assert_eq!(png_size(&out), (794, 1123), "{name}");
    }
}

#[test]
fn pages_count_as_in_the_exported_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample("ke-hoach-cds-2024.ron");
    // Page 29 of the 2024 sample's PDF is its first landscape appendix
    // page (Phụ lục II; Phụ lục I prints portrait, as the original does).
    let out = dir.path().join("p29.png");
    let run = render(&plan, &out, &["--page", "29", "--dpi", "60"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Đã vẽ trang 29/43"), "{}", run.stdout);
    assert_eq!(png_size(&out), (702, 496));
    let last = dir.path().join("p43.png");
    let run = render(&plan, &last, &["--page", "43", "--dpi", "10"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The last page, the last landscape appendix.
    assert_eq!(png_size(&last), (117, 83));
    let run = render(&plan, &last, &["--page", "24", "--dpi", "10"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(png_size(&last), (83, 117), "the plan's last page, portrait");
}

#[test]
fn a_page_that_does_not_exist_exits_2_and_names_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    for page in ["9999", "0", "44"] {
        let run = render(&sample("ke-hoach-cds-2024.ron"), &out, &["--page", page]);
        assert_eq!(run.code, 2, "{page}: {}", run.stdout);
        assert_eq!(
            run.stderr.trim_end(),
            format!(
                "Không có trang {page}: tài liệu của kế hoạch (kể cả phụ lục) có 43 trang. Hãy chọn một trang từ 1 đến 43."
            )
        );
        assert!(!out.exists(), "nothing written for page {page}");
    }
}

#[test]
fn dpi_outside_its_bounds_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    for dpi in ["5", "601", "NaN", "inf"] {
        let run = render(
            &sample("ke-hoach-dti-2023.ron"),
            &out,
            &["--page", "1", "--dpi", dpi],
        );
        assert_eq!(run.code, 2, "{dpi}");
        assert!(
            run.stderr
                .contains("nằm ngoài khoảng cho phép (10 đến 600 dpi)"),
            "{dpi}: {}",
            run.stderr
        );
        assert!(!out.exists());
    }
    // The bounds themselves are allowed.
    let run = render(
        &sample("ke-hoach-dti-2023.ron"),
        &out,
        &["--page", "1", "--dpi", "10"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(png_size(&out), (83, 117));
}

/// Broken files and unwritable outputs: the messages and exit code of
/// `kehoach export`, and no file left behind.
#[test]
fn failures_say_what_export_says_and_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("hong.ron");
    std::fs::write(&broken, "(\n    version: 2,\n    year: \"hai nghìn\",\n)").unwrap();
    let png = dir.path().join("x.png");
    let pdf = dir.path().join("x.pdf");
    let run = render(&broken, &png, &["--page", "1"]);
    let export = kehoach(&["export", path_str(&broken), "-o", path_str(&pdf)]);
    assert_eq!((run.code, export.code), (2, 2));
    assert!(!run.stderr.trim().is_empty());
    assert_eq!(run.stderr, export.stderr, "the same message as export");
    assert!(!png.exists() && !pdf.exists());

    let missing = dir.path().join("khong-co.ron");
    let run = render(&missing, &png, &["--page", "1"]);
    let export = kehoach(&["export", path_str(&missing), "-o", path_str(&pdf)]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, export.stderr);
    assert!(!png.exists());

    // An output folder that does not exist.
    let nowhere = dir.path().join("khong-co").join("x.png");
    let run = render(
        &sample("ke-hoach-kts-xhs-2026.ron"),
        &nowhere,
        &["--page", "1"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("Không ghi được tệp ảnh PNG"),
        "{}",
        run.stderr
    );
    // A folder as output.
    let run = render(
        &sample("ke-hoach-kts-xhs-2026.ron"),
        dir.path(),
        &["--page", "1"],
    );
    assert_eq!(run.code, 2);
    assert!(!run.stderr.trim().is_empty());

    // Never onto the plan itself.
    let plan = dir.path().join("ke-hoach.ron");
    std::fs::copy(sample("ke-hoach-kts-xhs-2026.ron"), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let run = render(&plan, &plan, &["--page", "1"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "Tệp kết quả {} chính là tệp kế hoạch đang vẽ; ghi ảnh PNG vào đó sẽ mất kế hoạch. Hãy chọn tên khác cho tệp ảnh PNG, ví dụ {}.",
            plan.display(),
            plan.with_extension("png").display()
        )
    );
    assert_eq!(
        std::fs::read(&plan).unwrap(),
        before,
        "the plan is untouched"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".png") || n.starts_with(".kehoach-"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn another_font_family_from_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let fonts = dir.path().join("phong");
    std::fs::create_dir(&fonts).unwrap();
    let out = dir.path().join("x.png");
    // An empty folder: the font set's message, as export gives it.
    let run = render(
        &sample("ke-hoach-kts-xhs-2026.ron"),
        &out,
        &["--page", "1", "--font-dir", path_str(&fonts)],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("thiếu phông chữ"), "{}", run.stderr);
    assert!(!out.exists());
    // The bundled faces copied there draw the same page.
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    for face in ["Regular", "Bold", "Italic", "BoldItalic"] {
        let file = format!("LiberationSerif-{face}.ttf");
        std::fs::copy(bundled.join(&file), fonts.join(&file)).unwrap();
    }
    let run = render(
        &sample("ke-hoach-kts-xhs-2026.ron"),
        &out,
        &["--page", "1", "--font-dir", path_str(&fonts)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let again = dir.path().join("y.png");
    let run = render(
        &sample("ke-hoach-kts-xhs-2026.ron"),
        &again,
        &["--page", "1"],
    );
    assert_eq!(run.code, 0);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&again).unwrap());
}
