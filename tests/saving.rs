//! What a save promises: the file replaced whole, the previous one kept as
//! `.bak` written the same safe way and never through a link, nothing else
//! left beside it, the user's umask respected, and nothing written that
//! kehoach could not open again.

mod common;

use common::*;
use kehoach::io::{self, FileError};
use kehoach::model::nesting::MAX_DEPTH;
use kehoach::model::*;
use std::path::Path;

fn small_plan() -> Plan {
    let mut p = Plan::new(2025);
    p.meta.title = "Chuyển đổi số năm {năm}".into();
    p
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_backup_replaces_the_old_one_whole_instead_of_rewriting_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let mut plan = small_plan();
    io::save_atomic(&path, &plan).unwrap();
    plan.meta.place = "Lần hai".into();
    io::save_atomic(&path, &plan).unwrap();
    let bak = io::backup_path(&path);
    let first_backup = std::fs::read(&bak).unwrap();
    // A second name for the old backup's bytes: had the backup been truncated
    // and rewritten in place (and a full disk stopped it midway), this name
    // would show it.
    let keep = dir.path().join("giu.bak");
    std::fs::hard_link(&bak, &keep).unwrap();
    let second = std::fs::read(&path).unwrap();
    plan.meta.place = "Lần ba".into();
    io::save_atomic(&path, &plan).unwrap();
    assert_eq!(std::fs::read(&keep).unwrap(), first_backup);
    assert_eq!(
        std::fs::read(&bak).unwrap(),
        second,
        "the backup is the file it replaced"
    );
    assert_eq!(io::load_path(&path).unwrap().meta.place, "Lần ba");
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_backup_name_is_replaced_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke-hoach.ron");
    let victim = dir.path().join("quan-trong.txt");
    std::fs::write(&victim, "không được ghi đè").unwrap();
    io::save_atomic(&path, &small_plan()).unwrap();
    let before = std::fs::read(&path).unwrap();
    std::fs::remove_file(io::backup_path(&path)).ok();
    std::os::unix::fs::symlink(&victim, io::backup_path(&path)).unwrap();
    io::save_atomic(&path, &small_plan()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "không được ghi đè"
    );
    let bak = io::backup_path(&path);
    assert!(
        std::fs::symlink_metadata(&bak)
            .unwrap()
            .file_type()
            .is_file()
    );
    assert_eq!(std::fs::read(&bak).unwrap(), before);
}

#[test]
fn an_exported_pdf_gets_no_backup_and_re_export_leaves_nothing_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ke-hoach.pdf");
    for _ in 0..2 {
        let run = kehoach(&[
            "export",
            path_str(&sample("ke-hoach-kts-xhs-2026.ron")),
            "-o",
            path_str(&pdf),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    assert_eq!(names_in(dir.path()), ["ke-hoach.pdf"]);
}

#[test]
fn stale_temporaries_of_a_crashed_save_are_cleared_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = std::time::SystemTime::now() - io::STALE_AFTER - std::time::Duration::from_secs(60);
    let aged = |name: &str| {
        let p = d.join(name);
        std::fs::write(&p, "nửa chừng").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(old)
            .unwrap();
        p
    };
    aged(".kehoach-ab12cd.tmp");
    let recent = d.join(".kehoach-ef34gh.tmp");
    std::fs::write(&recent, "đang ghi").unwrap();
    let others = aged("ghi-chu.tmp");
    let similar = aged(".kehoach-ban-nhap.ron");
    std::fs::create_dir(d.join(".kehoach-thu-muc.tmp")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("dich.txt");
    std::fs::write(&target, "ở nơi khác").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&target, d.join(".kehoach-lienket.tmp")).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&target)
        .unwrap()
        .set_modified(old)
        .unwrap();

    io::save_atomic(&d.join("ke-hoach.ron"), &small_plan()).unwrap();

    let names = names_in(d);
    assert!(
        !names.contains(&".kehoach-ab12cd.tmp".to_string()),
        "{names:?}"
    );
    for kept in [
        ".kehoach-ef34gh.tmp",
        "ghi-chu.tmp",
        ".kehoach-ban-nhap.ron",
        ".kehoach-thu-muc.tmp",
        "ke-hoach.ron",
    ] {
        assert!(names.contains(&kept.to_string()), "{kept} kept: {names:?}");
    }
    #[cfg(unix)]
    assert!(
        names.contains(&".kehoach-lienket.tmp".to_string()),
        "{names:?}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "ở nơi khác");
    assert!(others.exists() && similar.exists() && recent.exists());
}

/// The mode the umask gives a new file, found the way kehoach does not need
/// to: a probe created asking for 0666.
#[cfg(unix)]
fn umask_mode(dir: &Path) -> u32 {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let probe = dir.join("probe");
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o666)
        .open(&probe)
        .unwrap();
    let mode = std::fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
    std::fs::remove_file(probe).unwrap();
    mode
}

#[cfg(unix)]
#[test]
fn new_files_get_the_permissions_of_the_users_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // In this process, like any program.
    let path = dir.path().join("moi.ron");
    io::save_atomic(&path, &small_plan()).unwrap();
    assert_eq!(mode(&path), umask_mode(dir.path()));
    // A private umask keeps the plan and its PDF private.
    for (umask, expected) in [("077", 0o600), ("002", 0o664)] {
        let ron = dir.path().join(format!("mau-{umask}.ron"));
        let pdf = dir.path().join(format!("mau-{umask}.pdf"));
        let script = format!(
            "umask {umask} && \"$0\" new --template chuyen-doi-so --year 2026 -o \"$1\" && \"$0\" export \"$1\" -o \"$2\""
        );
        let out = std::process::Command::new("sh")
            .args([
                "-c",
                &script,
                env!("CARGO_BIN_EXE_kehoach"),
                path_str(&ron),
                path_str(&pdf),
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(mode(&ron), expected, "umask {umask}");
        assert_eq!(mode(&pdf), expected, "umask {umask}");
    }
    // Saving over a file keeps that file's permissions.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    io::save_atomic(&path, &small_plan()).unwrap();
    assert_eq!(mode(&path), 0o640);
    assert_eq!(
        mode(&io::backup_path(&path)),
        0o640,
        "the backup holds the same text"
    );
}

#[test]
fn a_plan_too_large_to_open_again_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("qua-lon.ron");
    io::save_atomic(&path, &small_plan()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut plan = small_plan();
    plan.body.push(Block::Paragraph(
        "x".repeat(io::MAX_FILE_SIZE as usize).into(),
    ));
    let err = io::save_atomic(&path, &plan).unwrap_err();
    assert!(matches!(err, FileError::TooLargeToSave { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("quá giới hạn 67108864 byte mà kehoach mở lại được"),
        "{msg}"
    );
    assert!(msg.contains("Tệp cũ vẫn còn nguyên"), "{msg}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
    assert_eq!(names_in(dir.path()), ["qua-lon.ron"], "nothing beside it");
}

fn nested_sections(depth: usize) -> Block {
    let mut b = Block::Paragraph("Đoạn ở tầng sâu nhất".into());
    for _ in 1..depth {
        b = Block::Section(Section {
            title: "Mục".into(),
            blocks: vec![b],
            ..Default::default()
        });
    }
    b
}

fn nested_tasks(depth: usize) -> TaskGroup {
    let mut t = Task {
        name: "Nhiệm vụ sâu nhất".into(),
        ..Default::default()
    };
    for _ in 1..depth {
        t = Task {
            name: "Nhiệm vụ".into(),
            subtasks: vec![t],
            ..Default::default()
        };
    }
    TaskGroup {
        name: "NHÓM".into(),
        tasks: vec![t],
        ..Default::default()
    }
}

#[test]
fn the_deepest_plan_kehoach_saves_opens_again_and_a_deeper_one_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sau.ron");
    let mut plan = small_plan();
    plan.body.push(nested_sections(MAX_DEPTH));
    plan.tasks.push(nested_tasks(MAX_DEPTH));
    plan.appendices.push(Appendix {
        key: "pl".into(),
        title: "PHỤ LỤC".into(),
        blocks: vec![nested_sections(MAX_DEPTH)],
        ..Default::default()
    });
    plan.assign_ids();
    io::save_atomic(&path, &plan).unwrap();
    let back = io::load_path(&path).unwrap();
    assert_eq!(back.tasks, plan.tasks);
    assert_eq!(back.appendices[0].blocks, plan.appendices[0].blocks);

    let before = std::fs::read(&path).unwrap();
    plan.tasks.push(nested_tasks(MAX_DEPTH + 1));
    let err = io::save_atomic(&path, &plan).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "Không lưu được {}: các nhiệm vụ (tại tasks[1].tasks[0]{}) lồng nhau 13 tầng, quá 12 tầng mà kehoach mở lại được. Tệp cũ vẫn còn nguyên. Hãy đưa bớt các mục con lên tầng trên.",
            path.display(),
            ".subtasks[0]".repeat(MAX_DEPTH)
        )
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
