//! Files that are not plans, as `kehoach check` meets them: every message is
//! Vietnamese, says what the file is (cut off, UTF-16, a device) and ends
//! with what to do; special files are refused without being read.

mod common;

use common::*;
const CUT: &str = "Có vẻ tệp bị cắt ngang (thường do sao chép, tải về hoặc lưu bị gián đoạn). Hãy chép lại tệp từ nơi gốc.";

/// `kehoach check` on `bytes` saved as `hong.ron` in a fresh folder.
fn check(bytes: &[u8]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hong.ron");
    std::fs::write(&path, bytes).unwrap();
    kehoach(&["check", path_str(&path)])
}

/// The message of a refused file, without the folder it sat in.
fn refusal(bytes: &[u8]) -> String {
    let run = check(bytes);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let line = run.stderr.trim_end();
    let at = line.find("hong.ron").expect("the file is named");
    line[at..].to_string()
}

#[test]
fn a_file_cut_off_says_it_ends_too_early_and_what_to_do() {
    let head = "(\n    version: 2,\n    year: 2025,\n    meta: (\n        title: \"Chuyển đổi số";
    assert_eq!(
        refusal(head.as_bytes()),
        format!(
            "hong.ron:5:16: tệp kết thúc giữa một chuỗi (chuỗi thiếu dấu nháy kép \" đóng) (tại trường meta.title). {CUT}"
        )
    );
    assert_eq!(
        refusal(b"(\n    version: 2,\n    year: 20"),
        format!("hong.ron:3:11: tệp kết thúc đột ngột (thiếu phần cuối của kế hoạch). {CUT}")
    );
    // "Chuyển" cut inside the three bytes of "ể".
    let mut bytes =
        b"(\n    version: 2,\n    year: 2025,\n    meta: (\n        title: \"Chuy".to_vec();
    bytes.extend_from_slice(&"ể".as_bytes()[..2]);
    assert_eq!(
        refusal(&bytes),
        format!("hong.ron:5:21: tệp kết thúc giữa một ký tự. {CUT}")
    );
    assert_eq!(
        refusal(
            "(\n    version: 2,\n    year: 2025,\n    meta: (\n        title: \"Chuyển\",\n"
                .as_bytes()
        ),
        format!(
            "hong.ron:5:25: tệp kết thúc đột ngột (thiếu phần cuối của kế hoạch) (tại trường meta). {CUT}"
        )
    );
    // A whole file missing a field is not called cut off.
    assert_eq!(
        refusal(b"(\n    version: 2,\n    meta: (title: \"x\"),\n)\n"),
        "hong.ron:4:1: thiếu trường bắt buộc \"year\". Hãy sửa chỗ này bằng một trình soạn thảo văn bản."
    );
}

#[test]
fn a_utf16_file_is_called_utf16_not_binary() {
    let text = "(\n    version: 2,\n    year: 2025,\n    meta: (title: \"Chuyển đổi số\"),\n)\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let with_mark = |mark: &[u8], body: &[u8]| [mark, body].concat();
    for bytes in [
        with_mark(&[0xFF, 0xFE], &le),
        with_mark(&[0xFE, 0xFF], &be),
        le,
    ] {
        assert_eq!(
            refusal(&bytes),
            "hong.ron được lưu bằng mã UTF-16, kehoach chỉ đọc văn bản UTF-8. Hãy mở tệp trong một trình soạn thảo văn bản và lưu lại với mã hóa UTF-8."
        );
    }
}

#[test]
fn no_message_carries_the_parsers_english() {
    let inputs: &[&[u8]] = &[
        b"(version: 2, year: 2025, meta: 5)",
        b"(version: 2, year: 99999999999999999999)",
        b"(version: 2, year: 2025, meta: (title: \"a\\qb\"))",
        b"(version: 2, year: 2025, meta: (title: [1]))",
        b"(version: 2, year: \"hai\")",
        b"(version: 2, year: true)",
        b"(version: 2 year: 2025)",
        b"(version: 2, year: 2025) x",
        b"(version: 2, year: 2025, meta: (date: (day: -3)))",
        b"(version: 2, year: 2025, body: [Chapter(\"x\")])",
        b"(version: 2, year: 2025, body: [Paragraph(1)])",
        b"(version: 2, year: 2025, meta: (title: \"x\", title: \"y\"))",
        b"(version: 2, year: 2025, budget: (investment: [(name: \"x\", total: 5)]))",
        b"(version: 2, year: 2025, appendices: [(key: \"a\", orientation: Sideways)])",
        b"(version: 2, year: 2025, settings: (body_size: \"x\"))",
        b"(version: 2, year: 2025, targets: [(id: -1)])",
        b"(version: 2, year: 2025, targets: {})",
        b"(version: 2, year: 2025, @)",
        b"(version: 2, year: 0x_1)",
        b"(version: 2, year: 2025, recipients: [r#\"x\"#, b\"y\"])",
        b"#![enable(nothing)]\n(version: 2, year: 2025)",
        b"#![enable(implicit_some)\n(version: 2, year: 2025)",
        b"(version: 2, year: 2025 /* ",
        b"Meta(version: 2, year: 2025)",
        b"[1, 2, 3]",
        b"\"chu\"",
        b"(version: 2, year: 2025, meta: (number: Some(5, 6)))",
    ];
    for input in inputs {
        let run = check(input);
        assert_eq!(
            run.code,
            2,
            "{}: {}",
            String::from_utf8_lossy(input),
            run.stdout
        );
        for word in [
            "Expected",
            "expected",
            "Unexpected",
            "found",
            "struct",
            "Integer",
        ] {
            assert!(
                !run.stderr.contains(word),
                "'{word}' for {}: {}",
                String::from_utf8_lossy(input),
                run.stderr
            );
        }
        assert!(
            run.stderr.trim_end().ends_with('.'),
            "ends with what to do: {}",
            run.stderr
        );
    }
}

#[test]
fn a_broken_plan_with_a_backup_offers_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let plan = kehoach::model::Plan::new(2025);
    kehoach::io::save_atomic(&path, &plan).unwrap();
    kehoach::io::save_atomic(&path, &plan).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    let run = kehoach(&["check", path_str(&path)]);
    assert_eq!(run.code, 2);
    let bak = kehoach::io::backup_path(&path);
    assert!(
        run.stderr.trim_end().ends_with(&format!(
            "{CUT} Bản sao lưu của lần lưu trước vẫn còn: có thể mở tệp {}.",
            bak.display()
        )),
        "{}",
        run.stderr
    );
    // The backup itself opens.
    assert_eq!(kehoach(&["check", path_str(&bak)]).code, 0);
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_refused_without_being_read() {
    let run = kehoach(&["check", "/dev/zero"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        "/dev/zero là một thiết bị, không phải một tệp thông thường; kehoach chỉ mở tệp kế hoạch .ron. Hãy chọn một tệp .ron."
    );
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("ong.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Opening a FIFO waits for a writer: kehoach must not even open it.
    let run = kehoach(&["check", path_str(&fifo)]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("là một ống dẫn (FIFO), không phải một tệp thông thường"),
        "{}",
        run.stderr
    );
    let run = kehoach(&[
        "export",
        path_str(&fifo),
        "-o",
        path_str(&dir.path().join("x.pdf")),
    ]);
    assert_eq!(run.code, 2);
    assert!(!dir.path().join("x.pdf").exists());
}
