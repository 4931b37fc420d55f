//! RON files as a user meets them: saving and reopening, old files, files
//! from a newer kehoach, and broken files, through the library and the CLI.

mod common;

use common::*;
use kehoach::io::{self, FileError};
use kehoach::model::*;
use std::path::Path;

fn small_plan() -> Plan {
    kehoach::generate::plan(
        kehoach::generate::Size {
            targets: 40,
            tasks: 20,
            projects: 5,
            recurrent: 5,
        },
        2025,
        3,
    )
}

#[test]
fn save_then_open_gives_the_same_plan_and_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let plan = small_plan();
    io::save_atomic(&path, &plan).unwrap();
    let first = std::fs::read_to_string(&path).unwrap();
    let back = io::load_path(&path).unwrap();
    assert_eq!(back, plan);
    io::save_atomic(&path, &back).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        first,
        "saving is stable, so versions diff well"
    );
    assert!(first.starts_with("#![enable(implicit_some)]"));
    assert!(
        first.contains("    version: 2,\n    year: 2025,"),
        "version first, then the year"
    );
}

#[test]
fn saving_keeps_the_previous_file_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let mut plan = small_plan();
    io::save_atomic(&path, &plan).unwrap();
    let before = std::fs::read_to_string(&path).unwrap();
    plan.meta.number = Some(215);
    io::save_atomic(&path, &plan).unwrap();
    let bak = io::backup_path(&path);
    assert_eq!(bak.file_name().unwrap(), "ke-hoach.ron.bak");
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), before);
    assert_eq!(io::load_path(&path).unwrap().meta.number, Some(215));
    // No temporary files are left beside it.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_version_1_file_is_migrated() {
    let plan = io::load_path(&fixture("v1-plan.ron")).unwrap();
    assert_eq!(plan.version, FORMAT_VERSION);
    assert_eq!(plan.meta.number, Some(215));
    assert_eq!(
        plan.meta.date,
        DocDate {
            day: Some(7),
            month: Some(9),
            year: Some(2025)
        }
    );
    assert_eq!(
        format::place_date_line(&plan.meta),
        "Đồng Tháp, ngày 07 tháng 9 năm 2025"
    );
    assert_eq!(format::number_line(&plan.meta), "Số: 215/KH-UBND");
    assert_eq!(plan.targets[0].targets[0].baseline, "75,35%");
    assert!(
        plan.targets[0].targets[0].id.0 > 0,
        "ids are assigned on load"
    );
    // And saving writes the current version.
    let text = io::to_ron_string(&plan).unwrap();
    assert!(text.contains("version: 2,"));
    let run = kehoach(&["check", path_str(&fixture("v1-plan.ron"))]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("Kế hoạch năm 2025: Chuyển đổi số tỉnh Đồng Tháp năm 2025")
    );
}

#[test]
fn a_file_from_a_newer_kehoach_is_refused_clearly() {
    let err = io::load_str(
        "(\n    version: 99,\n    year: 2030,\n    hologram: true,\n)",
        Path::new("moi.ron"),
    )
    .unwrap_err();
    assert!(
        matches!(err, FileError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("phiên bản kehoach mới hơn"),
        "{err}"
    );
    let err = io::load_str("(version: 0, year: 2024)", Path::new("x.ron")).unwrap_err();
    assert!(
        matches!(err, FileError::UnknownVersion { found: 0, .. }),
        "{err:?}"
    );
}

/// Writes `content` to a temporary file and runs `kehoach check` on it.
fn check_bytes(content: &[u8]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hong.ron");
    std::fs::write(&path, content).unwrap();
    kehoach(&["check", path_str(&path)])
}

fn assert_refused_with_position(run: &Run, line: usize) {
    assert_eq!(
        run.code, 2,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(
        run.stdout.is_empty(),
        "nothing is printed as if the plan were fine"
    );
    assert!(
        run.stderr.contains(&format!("hong.ron:{line}:")),
        "line {line} named in: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn a_truncated_file_names_where_it_ends() {
    let text = io::to_ron_string(&small_plan()).unwrap();
    // Cut where a copy interrupted at a line end would stop.
    let cut = &text[..text[..text.len() / 2].rfind('\n').unwrap() + 1];
    let lines = cut.trim_end().lines().count();
    let run = check_bytes(cut.as_bytes());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("kết thúc đột ngột"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("hong.ron:{lines}:")),
        "{}",
        run.stderr
    );

    // Cut mid-word: still refused, still pointing at the end.
    let mut at = text.len() / 3;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let cut = &text[..at];
    let run = check_bytes(cut.as_bytes());
    assert_refused_with_position(&run, cut.trim_end().lines().count());
}

#[test]
fn a_wrong_type_names_the_line_column_and_field() {
    let text = "(\n    version: 2,\n    year: 2025,\n    budget: (\n        investment: [\n            (name: \"Dự án\", total: 43036),\n        ],\n    ),\n)";
    let run = check_bytes(text.as_bytes());
    assert_refused_with_position(&run, 6);
    assert!(
        run.stderr.contains("budget.investment[0].total"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("cần một chuỗi"), "{}", run.stderr);
}

#[test]
fn money_written_vietnamese_style_in_the_file_is_refused() {
    let text = "(\n    version: 2,\n    year: 2025,\n    budget: (recurrent: [(name: \"X\", amount: \"43.036.5\")]),\n)";
    let run = check_bytes(text.as_bytes());
    assert_refused_with_position(&run, 4);
    assert!(
        run.stderr.contains("số tiền không hợp lệ"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_field_is_named() {
    let text = "(\n    version: 2,\n    year: 2025,\n    meta: (tittle: \"Sai chính tả\"),\n)";
    let run = check_bytes(text.as_bytes());
    assert_refused_with_position(&run, 4);
    assert!(run.stderr.contains("\"tittle\""), "{}", run.stderr);
}

#[test]
fn not_ron_at_all() {
    let run =
        check_bytes("Kế hoạch chuyển đổi số năm 2025\nđây là văn bản Word dán vào".as_bytes());
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("hong.ron:"), "{}", run.stderr);
}

#[test]
fn an_empty_file() {
    let run = check_bytes(b"  \n\n");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("trống"), "{}", run.stderr);
}

#[test]
fn a_binary_file() {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend((0..=255u8).cycle().take(4096));
    let run = check_bytes(&bytes);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nhị phân"), "{}", run.stderr);
}

#[test]
fn invalid_utf8_names_its_position() {
    let run = check_bytes(b"(\n    version: 2,\n    year: \xff\xfe,\n)");
    assert_refused_with_position(&run, 3);
    assert!(run.stderr.contains("UTF-8"), "{}", run.stderr);
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let mut text = String::from("(\n    version: 2,\n    year: 2025,\n    body: [");
    for _ in 0..5000 {
        text.push_str("Section(blocks: [");
    }
    let run = check_bytes(text.as_bytes());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("lồng nhau quá sâu"), "{}", run.stderr);
}

#[test]
fn a_missing_file_and_a_folder() {
    let run = kehoach(&["check", "/khong/co/tep/nay.ron"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("không tìm thấy"), "{}", run.stderr);
    let dir = tempfile::tempdir().unwrap();
    let run = kehoach(&["check", path_str(dir.path())]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("thư mục"), "{}", run.stderr);
}

#[test]
fn decomposed_vietnamese_is_composed_on_load() {
    use unicode_normalization::UnicodeNormalization;
    let title: String = "Chuyển đổi số tỉnh Đồng Tháp năm {năm}".nfd().collect();
    let text = format!("(\n    version: 2,\n    year: 2025,\n    meta: (title: \"{title}\"),\n)");
    let plan = io::load_str(&text, Path::new("x.ron")).unwrap();
    assert_eq!(
        plan.meta.title.as_str(),
        "Chuyển đổi số tỉnh Đồng Tháp năm {năm}"
    );
    assert_eq!(
        fields::plain(&plan, &plan.meta.title),
        "Chuyển đổi số tỉnh Đồng Tháp năm 2025"
    );
}

#[test]
fn an_unwritable_folder_fails_clearly_and_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("khong-co-thu-muc").join("ke-hoach.ron");
    let err = io::save_atomic(&path, &small_plan()).unwrap_err();
    assert!(matches!(err, FileError::Write { .. }), "{err:?}");
    assert!(err.to_string().contains("Không ghi được tệp"), "{err}");
}

#[test]
fn check_reports_characters_the_font_cannot_print() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ky-tu.ron");
    let mut plan = Plan::new(2025);
    plan.meta.title = "Chuyển đổi số 😀 năm {năm}".into();
    plan.body.push(Block::Paragraph("Ký hiệu ∰ lạ".into()));
    io::save_atomic(&path, &plan).unwrap();
    let run = kehoach(&["check", path_str(&path)]);
    assert!(
        run.stdout.contains("Phông chữ không in được 2 ký tự"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("'😀' (U+1F600) tại meta.title"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("'∰' (U+2230) tại body[0].text"),
        "{}",
        run.stdout
    );
    // Export still works and says so.
    let pdf = dir.path().join("x.pdf");
    let run = kehoach(&["export", path_str(&path), "-o", path_str(&pdf)]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("phông chữ không có các ký tự sau"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_save_into_a_read_only_place_fails_and_changes_nothing() {
    // /proc refuses new files even to root: a read-only folder for any user.
    let err = io::save_atomic(
        Path::new("/proc/kehoach-khong-ghi-duoc/ke-hoach.ron"),
        &small_plan(),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Không ghi được tệp /proc/kehoach-khong-ghi-duoc/ke-hoach.ron"),
        "{err}"
    );
    assert!(err.to_string().contains("Tệp cũ vẫn còn nguyên"), "{err}");
}

#[test]
fn a_crash_between_writing_and_renaming_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let plan = small_plan();
    io::save_atomic(&path, &plan).unwrap();
    // What a process killed mid-save leaves: a half-written temporary file beside.
    let text = io::to_ron_string(&plan).unwrap();
    std::fs::write(
        dir.path().join(".kehoach-crash.tmp"),
        &text[..text.len() / 2],
    )
    .unwrap();
    assert_eq!(
        io::load_path(&path).unwrap(),
        plan,
        "the file itself is untouched"
    );
    // And the next save still works beside the leftover.
    io::save_atomic(&path, &plan).unwrap();
    assert_eq!(io::load_path(&path).unwrap(), plan);
}

#[test]
fn a_huge_file_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("qua-lon.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(io::MAX_FILE_SIZE + 1).unwrap(); // sparse: no disk used
    let run = kehoach(&["check", path_str(&path)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("quá lớn"), "{}", run.stderr);
}

#[test]
fn a_plan_breaking_the_models_rules_loads_with_its_problems_listed() {
    let text = r#"(
    version: 2,
    year: 0,
    targets: [(id: 5, name: "NHÓM", targets: [(id: 5, name: "Chỉ tiêu", lead: ["so-khong-co"])])],
    budget: (recurrent: [(name: "Chi âm", amount: "-12")]),
)"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sai.ron");
    std::fs::write(&path, text).unwrap();
    let run = kehoach(&["check", path_str(&path)]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    for expected in [
        "năm kế hoạch 0 không hợp lệ",
        "cơ quan \"so-khong-co\" không có trong danh mục cơ quan",
        "mã định danh #5 bị trùng",
        "có số tiền âm",
    ] {
        assert!(
            run.stdout.contains(expected),
            "'{expected}' in {}",
            run.stdout
        );
    }
}

/// A plan over several years says its period; its fields name the first and
/// last year; a last year before the first is an error.
#[test]
fn a_plan_over_several_years_is_checked_with_its_period() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("giai-doan.ron");
    let mut plan = kehoach::model::Plan::new(2026);
    plan.until = Some(2030);
    plan.meta.title = kehoach::model::Rich::new(
        "Chuyển đổi số tỉnh Đồng Tháp giai đoạn {giai đoạn}, định hướng đến năm {năm cuối}",
    );
    io::save_atomic(&path, &plan).unwrap();
    let run = kehoach(&["check", path_str(&path)]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(
            "Kế hoạch giai đoạn 2026 - 2030: Chuyển đổi số tỉnh Đồng Tháp giai đoạn 2026 - 2030, định hướng đến năm 2030"
        ),
        "{}",
        run.stdout
    );
    let reloaded = io::load_path(&path).unwrap();
    assert_eq!(reloaded.until, Some(2030));

    plan.until = Some(2025);
    io::save_atomic(&path, &plan).unwrap();
    let run = kehoach(&["check", path_str(&path)]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("năm cuối của giai đoạn (2025) phải sau năm đầu (2026)")
    );
}
