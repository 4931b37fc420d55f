//! Next year's plan from last year's, as an officer does it with
//! `kehoach new`, checked in the new file and in its PDF.

mod common;

use common::*;
use kehoach::io;
use kehoach::model::*;
use std::path::{Path, PathBuf};

fn new_plan(args: &[&str], dir: &Path, name: &str) -> (PathBuf, Run) {
    let out = dir.join(name);
    let mut a = vec!["new"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["-o", path_str(&out)]);
    let run = kehoach(&a);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    (out, run)
}

/// The 2024 sample rolled to 2025 into `dir`.
fn roll_2024(dir: &Path) -> (PathBuf, Run) {
    new_plan(
        &[
            "--from",
            path_str(&sample("ke-hoach-cds-2024.ron")),
            "--year",
            "2025",
        ],
        dir,
        "cds-2025.ron",
    )
}

fn pdf_text(plan: &Path, dir: &Path) -> String {
    let pdf = dir.join("x.pdf");
    let run = kehoach(&["export", path_str(plan), "-o", path_str(&pdf)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = lopdf::Document::load(&pdf).unwrap();
    let n = doc.get_pages().len() as u32;
    (1..=n)
        .map(|p| doc.extract_text(&[p]).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_2024_plan_rolls_to_2025_and_checks() {
    let dir = tempfile::tempdir().unwrap();
    let (out, run) = roll_2024(dir.path());
    assert!(
        run.stdout
            .contains("Kế hoạch năm 2025 tạo từ kế hoạch năm 2024.")
    );
    assert!(
        run.stdout.contains("Cần xem lại"),
        "the review list is printed"
    );
    let check = kehoach(&["check", path_str(&out)]);
    assert_eq!(check.code, 0, "{}", check.stdout);

    let p = io::load_path(&out).unwrap();
    assert_eq!(p.year, 2025);
    assert_eq!(p.meta.number, None);
    assert_eq!(
        p.meta.date,
        DocDate {
            day: None,
            month: None,
            year: Some(2025)
        }
    );
    // Last year's targets are this year's review, ready for their results.
    assert_eq!(
        p.review
            .targets
            .iter()
            .map(|g| g.targets.len())
            .sum::<usize>(),
        44
    );
    // Projects that reach into 2025 continue with their capital to enter; the others are gone.
    assert_eq!(p.budget.investment.len(), 12, "3 projects ended in 2024");
    assert!(
        p.budget
            .investment
            .iter()
            .all(|x| x.status == ProjectStatus::Continuing && x.capital.is_zero())
    );
    assert!(
        run.stdout
            .contains("kết thúc năm 2024: đã bỏ khỏi danh mục năm 2025")
    );
    // The 2024 budget is the review's, with its real totals.
    assert_eq!(
        format::millions(BudgetTotals::of(&p.review.budget).investment_capital),
        "138.459"
    );
    // Recipients and signature are kept.
    assert_eq!(p.signature.name, "Phạm Thiện Nghĩa");
    assert_eq!(p.recipients.len(), 11);

    let text = pdf_text(&out, dir.path());
    assert!(
        text.contains("Chuyển đổi số tỉnh Đồng Tháp năm 2025"),
        "title"
    );
    assert!(text.contains("NỘI DUNG KẾ HOẠCH NĂM 2025"));
    assert!(text.contains("ngày tháng năm 2025"), "draft date line");
    assert!(
        text.contains("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ NĂM 2024"),
        "the evaluation appendix is of 2024"
    );
    assert!(
        text.contains("Vốn năm 2025"),
        "the investment table asks for 2025 capital"
    );
    // No literal 2024 is left in the new plan's own text outside cited documents,
    // the review of 2024, or places listed for review.
    let listed: Vec<String> = run
        .stdout
        .lines()
        .filter(|l| l.contains("Có năm 202"))
        .map(|l| l.to_string())
        .collect();
    for (path, t) in text_walk::texts(&p) {
        // Last year's text kept for reference keeps its years on purpose.
        let reference = path.leaf() == Some(Leaf::Field("reference"));
        if path.area() == kehoach::model::Area::Legal || path.area().is_review() || reference {
            continue;
        }
        let years = kehoach::rollover::years::convert(&t, 2024);
        if !years.unclear.is_empty() {
            assert!(
                listed.iter().any(|l| l.contains(&format!("[{path}]"))),
                "{path} has an unclear year and is listed"
            );
        }
    }
}

#[test]
fn baseline_column_says_last_year_after_rolling_the_dti_plan() {
    let dir = tempfile::tempdir().unwrap();
    let prev = dir.path().join("dti-2023-ket-qua.ron");
    // Results recorded for 2023: the roll-over turns them into 2024's baselines.
    let mut p = io::load_path(&sample("ke-hoach-dti-2023.ron")).unwrap();
    p.targets[2].targets[0].result = "78,1%".into();
    p.targets[2].targets[0].evaluation = Evaluation::Missed;
    io::save_atomic(&prev, &p).unwrap();
    let (out, run) = new_plan(
        &["--from", path_str(&prev), "--year", "2024"],
        dir.path(),
        "dti-2024.ron",
    );
    let n = io::load_path(&out).unwrap();
    assert_eq!(n.targets[2].targets[0].baseline, "78,1%");
    assert_eq!(n.targets[2].targets[0].target, "80%", "kept as a draft");
    assert!(n.targets[2].targets[0].result.is_empty());
    assert!(
        run.stdout
            .contains("giữ mức phấn đấu \"80%\" của năm trước"),
        "flagged"
    );
    assert!(
        run.stdout.contains("chưa có kết quả năm 2023"),
        "targets without a result are flagged"
    );
    assert_eq!(
        n.review.targets[2].targets[0].evaluation,
        Evaluation::Missed,
        "the evaluation of 2023 is carried"
    );
    assert!(n.appendices.iter().any(|a| {
        a.blocks
            .iter()
            .any(|b| matches!(b, Block::Table(Table::Targets(t)) if t.period == Period::Previous))
    }));
    let text = pdf_text(&out, dir.path());
    assert!(
        text.contains("Kết quả thực hiện năm 2023") && text.contains("Phấn đấu năm 2024"),
        "column headers follow the year"
    );
    assert!(
        text.contains("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023"),
        "an evaluation appendix was added"
    );
}

#[test]
fn rolling_twice_works() {
    let dir = tempfile::tempdir().unwrap();
    let (y25, _) = new_plan(
        &[
            "--from",
            path_str(&sample("ke-hoach-cds-2024.ron")),
            "--year",
            "2025",
        ],
        dir.path(),
        "2025.ron",
    );
    let (y26, _) = new_plan(
        &["--from", path_str(&y25), "--year", "2026"],
        dir.path(),
        "2026.ron",
    );
    assert_eq!(kehoach(&["check", path_str(&y26)]).code, 0);
    let p = io::load_path(&y26).unwrap();
    assert_eq!(p.year, 2026);
    assert_eq!(p.budget.investment.len(), 0, "every project ended by 2025");
    let text = pdf_text(&y26, dir.path());
    assert!(text.contains("Chuyển đổi số tỉnh Đồng Tháp năm 2026"));
    assert!(text.contains("NĂM 2025"), "the review is of 2025");
}

#[test]
fn merging_an_agency_leaves_no_row_naming_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let (out, run) = new_plan(
        &[
            "--from",
            path_str(&sample("ke-hoach-cds-2024.ron")),
            "--year",
            "2025",
            "--rename-agency",
            "Sở Thông tin và Truyền thông=>Sở Khoa học và Công nghệ",
            "--rename-agency",
            "Ủy ban nhân dân cấp huyện=>UBND các xã, phường",
        ],
        dir.path(),
        "merged.ron",
    );
    assert!(
        run.stdout
            .contains("Gộp cơ quan: Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ"),
        "{}",
        run.stdout
    );
    let p = io::load_path(&out).unwrap();
    let old = "so-thong-tin-va-truyen-thong";
    assert!(p.agency(old).is_none());
    let text = io::to_ron_string(&p).unwrap();
    assert!(
        !text.contains(&format!("\"{old}\"")),
        "no row names the old agency"
    );
    let khcn = "so-khoa-hoc-va-cong-nghe";
    for t in p.tasks.iter().flat_map(|g| &g.tasks) {
        assert!(
            t.lead.iter().filter(|k| *k == khcn).count() <= 1
                && t.coordinating.iter().filter(|k| *k == khcn).count() <= 1,
            "named once"
        );
    }
    // In the printed plan the old name is left only as the issuer of a
    // document cited by number (its author as it was then).
    let printed = pdf_text(&out, dir.path());
    let old_name = "Sở Thông tin và Truyền thông";
    for (i, _) in printed.match_indices(old_name) {
        let before: String = printed[..i]
            .chars()
            .rev()
            .take(120)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let cited = before.split_whitespace().any(|w| {
            let mut parts = w.split('/');
            matches!((parts.next(), parts.next()), (Some(n), Some(s)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && s.chars().next().is_some_and(char::is_uppercase))
        });
        assert!(
            cited,
            "the old name printed outside a citation: …{before}{old_name}"
        );
    }
    assert!(
        printed.contains("Giao Sở Khoa học và Công nghệ"),
        "the text follows the merge"
    );
    // What still writes the old name is listed, not left to be found.
    let left = p
        .to_review
        .iter()
        .filter(|it| it.kind == to_review::ReviewKind::Agency)
        .count();
    if printed.contains(old_name) {
        assert!(left > 0, "{}", run.stdout);
    }
    // A rename to a name not in the directory keeps the rows and changes the name.
    let renamed = p.agencies.iter().find(|a| a.name == "UBND các xã, phường");
    assert!(
        renamed.is_some(),
        "{:?}",
        p.agencies.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
    assert_eq!(kehoach(&["check", path_str(&out)]).code, 0);
}

#[test]
fn every_template_creates_a_plan_that_checks_and_exports() {
    let list = kehoach(&["templates"]);
    assert_eq!(list.code, 0);
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "chuyen-doi-so",
        "cai-thien-dti",
        "kinh-te-so-xa-hoi-so",
        "giai-doan",
        "quyet-dinh-ban-hanh",
        "ho-so-trinh",
    ] {
        assert!(list.stdout.contains(name));
        let (out, _) = new_plan(
            &["--template", name, "--year", "2027"],
            dir.path(),
            &format!("{name}.ron"),
        );
        let p = io::load_path(&out).unwrap();
        assert_eq!(p.year, 2027);
        assert!(
            p.targets
                .iter()
                .flat_map(|g| &g.targets)
                .all(|t| t.target.is_empty() && t.baseline.is_empty()),
            "no figures"
        );
        assert!(p.budget.investment.iter().all(|x| x.total.is_zero()));
        assert_eq!(kehoach(&["check", path_str(&out)]).code, 0, "{name}");
        let text = pdf_text(&out, dir.path());
        assert!(text.contains("2027"), "{name}");
        if name == "giai-doan" {
            // Its period and milestones follow the first year chosen.
            assert_eq!(
                (p.until, p.milestones.clone()),
                (Some(2031), vec![2028, 2031])
            );
            assert!(text.contains("GIAI ĐOẠN 2027 - 2031"), "{text}");
            let check = kehoach(&["check", path_str(&out)]);
            assert!(check.stdout.starts_with("Kế hoạch giai đoạn 2027 - 2031"));
        }
        if name == "quyet-dinh-ban-hanh" || name == "ho-so-trinh" {
            // A dossier's documents are drafts of the year chosen.
            let d = p.decision.as_ref().expect("a decision");
            assert_eq!((d.meta.number, d.meta.date.year), (None, Some(2027)));
            assert!(
                text.contains("QUYẾT ĐỊNH") && text.contains("PHỤ LỤC"),
                "{name}"
            );
            assert!(text.contains("Ban hành kèm theo Quyết định số"), "{name}");
        }
        if name == "ho-so-trinh" {
            assert!(
                text.contains("TỜ TRÌNH") && text.contains("DỰ THẢO"),
                "{text}"
            );
            assert!(text.contains("2027"));
        }
    }
    let run = kehoach(&[
        "new",
        "--template",
        "khong-co",
        "--year",
        "2027",
        "-o",
        path_str(&dir.path().join("x.ron")),
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("Các mẫu: chuyen-doi-so, cai-thien-dti, kinh-te-so-xa-hoi-so, giai-doan"),
        "{}",
        run.stderr
    );
}

#[test]
fn new_refuses_to_overwrite_and_bad_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron");
    std::fs::write(&out, "giữ nguyên").unwrap();
    let run = kehoach(&[
        "new",
        "--template",
        "chuyen-doi-so",
        "--year",
        "2027",
        "-o",
        path_str(&out),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("đã tồn tại"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "giữ nguyên");
    let run = kehoach(&[
        "new",
        "--from",
        path_str(&sample("ke-hoach-cds-2024.ron")),
        "--year",
        "2025",
        "-o",
        path_str(&dir.path().join("y.ron")),
        "--rename-agency",
        "Sở Không Có=>Sở Khác",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Không có cơ quan \"Sở Không Có\""),
        "{}",
        run.stderr
    );
    let run = kehoach(&[
        "new",
        "--year",
        "2025",
        "-o",
        path_str(&dir.path().join("z.ron")),
    ]);
    assert_eq!(run.code, 2);
}

#[test]
fn new_never_writes_onto_last_years_plan_nor_over_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let prev = dir.path().join("ke-hoach-2024.ron");
    std::fs::copy(sample("ke-hoach-cds-2024.ron"), &prev).unwrap();
    let before = std::fs::read(&prev).unwrap();
    let run = kehoach(&[
        "new",
        "--from",
        path_str(&prev),
        "--year",
        "2025",
        "-o",
        path_str(&dir.path().join(".").join("ke-hoach-2024.ron")),
        "--force",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "chính là kế hoạch năm trước; ghi vào đó sẽ mất kế hoạch cũ. Hãy chọn tên khác cho kế hoạch năm 2025."
        ),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&prev).unwrap(), before);
    let folder = dir.path().join("thu-muc");
    std::fs::create_dir(&folder).unwrap();
    let run = kehoach(&[
        "new",
        "--template",
        "chuyen-doi-so",
        "--year",
        "2027",
        "-o",
        path_str(&folder),
        "--force",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("đó là một thư mục, không phải một tệp thông thường"),
        "{}",
        run.stderr
    );
    assert!(folder.is_dir());
}

/// The 2024 sample as the records office numbered it, saved in `dir`.
fn numbered_2024(dir: &Path) -> PathBuf {
    let mut p = io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    p.meta.number = Some(215);
    p.meta.date = DocDate {
        day: Some(7),
        month: Some(9),
        year: Some(2024),
    };
    let path = dir.join("cds-2024-so-215.ron");
    io::save_atomic(&path, &p).unwrap();
    path
}

/// The narrative texts of a plan's evaluation parts (Part I of the 2024 sample).
fn evaluation_texts(p: &Plan) -> Vec<String> {
    let parts = body::evaluation_parts(&p.body, p.year);
    let mut out = Vec::new();
    for (place, t) in text_walk::texts(p) {
        if let Place::Body(tree, Leaf::Field("text")) = &place
            && tree.first().is_some_and(|i| parts.contains(i))
            && !t.trim().is_empty()
        {
            out.push(t);
        }
    }
    out
}

/// No sentence of `prev`'s evaluation is printed in `text` (the PDF of
/// `next`) moved on a year (its literal years made fields, as plan text
/// is); returns how many sentences such a move would have changed.
fn assert_not_redated(prev: &Plan, next: &Plan, text: &str) -> usize {
    let year = (next.year - 1).to_string();
    let mut redated = 0;
    for t in evaluation_texts(prev) {
        let fields_of = kehoach::rollover::years::convert(&t, prev.year).text;
        let moved = fields::plain(next, &Rich::new(fields_of));
        let words: Vec<&str> = moved.split_whitespace().collect();
        let Some(at) = words.iter().position(|w| w.contains(&year)) else {
            continue;
        };
        redated += 1;
        let from = at.saturating_sub(4);
        let window = words[from..(at + 7).min(words.len())].join(" ");
        assert!(!text.contains(&window), "re-dated and printed: {window}");
    }
    redated
}

#[test]
fn every_sample_rolls_forward_without_restating_its_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "ke-hoach-cds-2024.ron",
        "ke-hoach-dti-2023.ron",
        "ke-hoach-kts-xhs-2026.ron",
    ] {
        let prev = io::load_path(&sample(name)).unwrap();
        let year = (prev.year + 1).to_string();
        let (out, _) = new_plan(
            &["--from", path_str(&sample(name)), "--year", &year],
            dir.path(),
            &format!("{year}-{name}"),
        );
        let check = kehoach(&["check", path_str(&out)]);
        assert_eq!(check.code, 0, "{name}: {}", check.stdout);
        let next = io::load_path(&out).unwrap();
        assert!(
            next.continues.is_some(),
            "{name} cites the plan it continues"
        );
        assert_not_redated(&prev, &next, &pdf_text(&out, dir.path()));
    }
}

#[test]
fn the_year_under_review_is_written_anew_never_redated() {
    let dir = tempfile::tempdir().unwrap();
    let prev_path = numbered_2024(dir.path());
    let prev = io::load_path(&prev_path).unwrap();
    let (out, run) = new_plan(
        &["--from", path_str(&prev_path), "--year", "2025"],
        dir.path(),
        "cds-2025.ron",
    );
    let p = io::load_path(&out).unwrap();
    let text = pdf_text(&out, dir.path());

    assert!(evaluation_texts(&prev).len() > 50);
    let redated = assert_not_redated(&prev, &p, &text);
    assert!(
        redated > 5,
        "the sample has re-datable sentences: {redated}"
    );
    for stale in [
        "Ngay từ đầu năm 2024, Ban Chỉ đạo",
        "Kế hoạch số 99/KH-UBND",
        "15.687.824 triệu đồng",
        "Kế hoạch số 08/KH-UBND",
    ] {
        assert!(!text.contains(stale), "{stale}");
    }
    // The evaluation's headings stay; its counts and citation come from the data.
    assert!(text.contains("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024"));
    assert!(
        text.contains(
            "Thực hiện Kế hoạch số 215/KH-UBND ngày 07/9/2024 của Ủy ban nhân dân tỉnh về Chuyển đổi số tỉnh Đồng Tháp năm 2024, các cơ quan, đơn vị đã phấn đấu đạt và vượt"
        ),
        "{}",
        &text[..2000.min(text.len())]
    );
    // Last year's texts wait beside their places, years as they printed.
    let written: Vec<&Rewrite> = rewrites(&p.body);
    assert!(written.len() > 50);
    assert!(
        written
            .iter()
            .all(|r| r.text.is_blank() && r.reference_year == 2024)
    );
    assert!(
        written
            .iter()
            .any(|r| r.reference.as_str().contains("Ngay từ đầu năm 2023")),
        "the reference keeps 2023"
    );
    assert!(run.stdout.contains("đoạn cần viết mới"), "{}", run.stdout);

    // Rolled once more, the unwritten texts stay to write, the citation moves on.
    let (y26, run26) = new_plan(
        &["--from", path_str(&out), "--year", "2026"],
        dir.path(),
        "cds-2026.ron",
    );
    let p26 = io::load_path(&y26).unwrap();
    assert!(rewrites(&p26.body).iter().all(|r| r.reference_year == 2024));
    assert!(
        run26
            .stdout
            .contains("Kế hoạch năm 2025 chưa có số, ngày ban hành"),
        "{}",
        run26.stdout
    );
    let text26 = pdf_text(&y26, dir.path());
    assert!(!text26.contains("Kế hoạch số 215/KH-UBND"));
    assert!(text26.contains("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025"));
}

#[test]
fn no_value_under_a_wrong_year() {
    let dir = tempfile::tempdir().unwrap();
    let (out, run) = roll_2024(dir.path());
    let p = io::load_path(&out).unwrap();
    // The sample has no 2024 results yet: no baseline is filled with an older value.
    assert!(
        p.targets
            .iter()
            .flat_map(|g| &g.targets)
            .all(|t| t.baseline.trim().is_empty()),
        "baselines left empty"
    );
    assert!(run.stdout.contains("chưa có kết quả năm 2024"));
    // Continuing projects without 2025 capital are warnings of `check`.
    let check = kehoach(&["check", path_str(&out)]);
    let missing = check
        .stdout
        .lines()
        .filter(|l| l.contains("chưa có vốn năm 2025"))
        .count();
    assert_eq!(missing, p.budget.investment.len(), "{}", check.stdout);
    assert!(missing > 0);
}

#[test]
fn the_review_list_is_kept_in_the_plan_and_counted_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let (out, run) = roll_2024(dir.path());
    let p = io::load_path(&out).unwrap();
    let n = p.to_review.len();
    assert!(n > 50, "{n}");
    assert!(
        run.stdout.contains(&format!("Cần xem lại {n} mục")),
        "{}",
        run.stdout
    );
    for it in &p.to_review {
        assert!(!it.message.contains('{'), "no raw field: {}", it.message);
        assert!(
            !it.message.contains("\"\""),
            "no empty name: {}",
            it.message
        );
    }
    let counted = |path: &Path| -> usize {
        let check = kehoach(&["check", path_str(path)]);
        let line = check
            .stdout
            .lines()
            .find(|l| l.starts_with("Cần xem lại: "))
            .unwrap_or_else(|| panic!("{}", check.stdout))
            .to_string();
        line["Cần xem lại: ".len()..]
            .split_whitespace()
            .next()
            .and_then(|k| k.parse().ok())
            .unwrap_or_else(|| panic!("{line}"))
    };
    assert_eq!(counted(&out), n);

    // Entering a baseline settles its item; marking one done settles it too.
    let mut p = p;
    let baseline = p
        .to_review
        .iter()
        .position(|it| it.kind == to_review::ReviewKind::Baseline)
        .unwrap();
    let to_review::Anchor::Row(id, _) = p.to_review[baseline].at.clone() else {
        panic!("a target's row")
    };
    p.target_mut(id).unwrap().baseline = "75%".into();
    let other = (0..n).find(|&i| i != baseline).unwrap();
    p.to_review[other].done = true;
    io::save_atomic(&out, &p).unwrap();
    let reopened = io::load_path(&out).unwrap();
    assert_eq!(reopened.to_review.len(), n, "kept in the file");
    assert_eq!(counted(&out), n - 2);

    // The evaluation's item settles once every text in it is written.
    fn write_all(blocks: &mut [Block]) {
        for b in blocks {
            match b {
                Block::Rewrite(r) => r.text = Rich::new("Viết mới."),
                _ => write_all(
                    b.children_mut()
                        .map(|v| v.as_mut_slice())
                        .unwrap_or_default(),
                ),
            }
        }
    }
    write_all(&mut p.body);
    io::save_atomic(&out, &p).unwrap();
    assert_eq!(counted(&out), n - 3);
}
