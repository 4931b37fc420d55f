//! A dossier as an officer makes and prints it: a decision issuing the
//! plan (the plan attached, a single appendix), a submission quoting the
//! plan's figures, one document exported alone. Checked from the PDF the
//! CLI writes (lopdf) and from the laid-out pages.

mod common;

use common::*;
use kehoach::fonts::FontSet;
use kehoach::layout::{self, Options, Page};
use kehoach::model::dossier::{decision_for, submission_for};
use kehoach::model::{Article, DocDate, Plan};
use std::path::{Path, PathBuf};

/// The 2026 plan (one appendix) issued by Quyết định 705/QĐ-UBND of 10/9/2025.
fn issued() -> Plan {
    let mut plan = kehoach::io::load_path(&sample("ke-hoach-kts-xhs-2026.ron")).unwrap();
    assert_eq!(plan.appendices.len(), 1);
    let mut d = decision_for(&plan);
    d.meta.number = Some(705);
    d.meta.date = DocDate {
        day: Some(10),
        month: Some(9),
        year: Some(2025),
    };
    plan.preamble.clear();
    plan.decision = Some(d);
    plan.assign_ids();
    plan
}

fn saved(plan: &Plan, dir: &Path) -> PathBuf {
    let path = dir.join("ho-so.ron");
    kehoach::io::save::save_atomic(&path, plan).unwrap();
    path
}

/// Page texts read back from the PDF the CLI writes.
fn export(file: &Path, extra: &[&str]) -> Vec<String> {
    let out = file.with_extension("pdf");
    let mut args = vec!["export", path_str(file), "-o", path_str(&out)];
    args.extend_from_slice(extra);
    let run = kehoach(&args);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let doc = lopdf::Document::load(&out).unwrap();
    (1..=doc.get_pages().len() as u32)
        .map(|p| squeeze(&doc.extract_text(&[p]).unwrap_or_default()))
        .collect()
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pages(plan: &Plan, opts: &Options) -> Vec<Page> {
    layout::document(plan, &FontSet::bundled().unwrap(), opts).pages
}

/// A page's lines as read, top to bottom.
fn lines(p: &Page) -> Vec<String> {
    let mut runs: Vec<_> = p.texts().collect();
    runs.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x.total_cmp(&b.x)));
    let mut out: Vec<Vec<&kehoach::layout::TextRun>> = Vec::new();
    for r in runs {
        match out.last_mut() {
            Some(l) if (l[0].baseline - r.baseline).abs() < 1.0 => l.push(r),
            _ => out.push(vec![r]),
        }
    }
    out.iter()
        .map(|l| {
            squeeze(
                &l.iter()
                    .map(|r| r.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
        .collect()
}

/// The horizontal centre (mm) of the line that reads `text`.
fn centre_of(p: &Page, text: &str) -> f32 {
    let run = p
        .texts()
        .find(|r| r.text.trim() == text)
        .unwrap_or_else(|| panic!("{text:?} not on the page: {:?}", lines(p)));
    run.x + run.width / 2.0
}

#[test]
fn a_decision_prints_before_its_attached_plan_and_single_appendix() {
    let dir = tempfile::tempdir().unwrap();
    let texts = export(&saved(&issued(), dir.path()), &[]);
    let first = &texts[0];
    for want in [
        "Số: 705/QĐ-UBND",
        "Đồng Tháp, ngày 10 tháng 9 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch Phát triển kinh tế số và xã hội số tỉnh Đồng Tháp năm 2026",
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch Phát triển kinh tế số",
    ] {
        assert!(first.contains(want), "{want:?} not in {first}");
    }
    // The bases end with ";" and the proposal with ".".
    assert!(first.contains("Căn cứ"), "{first}");
    let decision_end = texts
        .iter()
        .position(|t| t.contains("Như Điều 3;"))
        .expect("the recipients cite the last article");
    assert!(texts[decision_end].contains("thi hành Quyết định này./."));
    assert!(texts[..=decision_end].concat().contains("Điều 3."));
    // The attached plan: a new page, no number or date of its own.
    let plan_first = &texts[decision_end + 1];
    assert!(plan_first.contains("KẾ HOẠCH"), "{plan_first}");
    assert!(
        plan_first.contains(
            "(Ban hành kèm theo Quyết định số 705/QĐ-UBND ngày 10 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp)"
        ),
        "{plan_first}"
    );
    assert!(!plan_first.contains("Số:"), "{plan_first}");
    assert!(!plan_first.contains("ngày 10 tháng 9 năm 2025 Đồng Tháp"));
    // Its own numbering: no number on its first page, 2 on the next.
    assert!(!plan_first.starts_with('1'), "{plan_first}");
    assert!(
        texts[decision_end + 2].starts_with("2 "),
        "{}",
        texts[decision_end + 2]
    );
    // The plan ends "./." with no signature or recipients of its own.
    let appendix = texts
        .iter()
        .position(|t| t.contains("PHỤ LỤC"))
        .expect("the single appendix");
    let plan_pages = texts[decision_end + 1..appendix].concat();
    assert!(
        !plan_pages.contains("Nơi nhận"),
        "the attached plan has no recipients"
    );
    assert!(texts[appendix - 1].contains("./."));
    assert!(!texts[appendix].contains("Phụ lục I"));
    assert!(
        texts[appendix].contains("(Kèm theo Quyết định số 705/QĐ-UBND ngày 10 tháng 9 năm 2025"),
        "{}",
        texts[appendix]
    );
}

#[test]
fn the_decisions_title_lines_are_centred_and_the_attached_plan_has_no_number_line() {
    let plan = issued();
    let pages = pages(&plan, &Options::default());
    let p = &pages[0];
    // Margins 30 mm left, 15 mm right.
    let centre = 30.0 + (210.0 - 30.0 - 15.0) / 2.0;
    for line in [
        "QUYẾT ĐỊNH",
        "QUYẾT ĐỊNH:",
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
    ] {
        let c = centre_of(p, line);
        assert!((c - centre).abs() < 1.0, "{line}: {c} mm, not {centre}");
    }
    let bold = |t: &str| {
        p.texts()
            .find(|r| r.text.trim() == t)
            .is_some_and(|r| r.face == kehoach::layout::Face::Bold)
    };
    assert!(bold("QUYẾT ĐỊNH:") && bold("Điều 1."));
    let basis = p.texts().find(|r| r.text.starts_with("Căn cứ")).unwrap();
    assert!(basis.face == kehoach::layout::Face::Italic && basis.size == 14.0);
    // The order on the page: title, authority, bases, "QUYẾT ĐỊNH:", Điều 1.
    let l = lines(p);
    let at = |s: &str| {
        l.iter()
            .position(|x| x.starts_with(s))
            .unwrap_or(usize::MAX)
    };
    assert!(at("QUYẾT ĐỊNH") < at("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"));
    assert!(at("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP") < at("Căn cứ"));
    assert!(at("Căn cứ") < at("QUYẾT ĐỊNH:") && at("QUYẾT ĐỊNH:") < at("Điều 1."));
    let plan_first = pages
        .iter()
        .find(|p| lines(p).iter().any(|l| l == "KẾ HOẠCH"))
        .unwrap();
    let l = lines(plan_first);
    assert!(l.iter().all(|x| !x.starts_with("Số:")), "{l:?}");
    assert!(
        l.iter()
            .any(|x| x.starts_with("(Ban hành kèm theo Quyết định số 705/QĐ-UBND"))
    );
}

#[test]
fn articles_renumber_when_one_is_inserted_and_nhu_dieu_follows() {
    let mut plan = issued();
    let text = |plan: &Plan| {
        pages(plan, &Options::document(kehoach::model::DocKind::Decision))
            .iter()
            .flat_map(lines)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let before = text(&plan);
    assert!(before.contains("- Như Điều 3;") && !before.contains("Điều 4."));
    let d = plan.decision.as_mut().unwrap();
    d.articles.insert(
        1,
        Article::new("Giao Sở Khoa học và Công nghệ chủ trì tổ chức thực hiện."),
    );
    let after = text(&plan);
    assert!(
        after.contains("Điều 2. Giao Sở Khoa học và Công nghệ"),
        "{after}"
    );
    assert!(
        after.contains("Điều 3. Quyết định này có hiệu lực"),
        "{after}"
    );
    assert!(after.contains("Điều 4. Chánh Văn phòng"), "{after}");
    assert!(after.contains("- Như Điều 4;"), "{after}");
    assert!(!after.contains("Như Điều 3"));
}

#[test]
fn the_submission_quotes_the_plans_task_count_and_budget_and_follows_it() {
    let mut plan = issued();
    // A plan without amounts is not said to cost "0 tỷ đồng".
    let without = submission_for(&plan);
    let said: Vec<&str> = without.body.iter().map(|i| i.text.as_str()).collect();
    assert!(
        said.iter()
            .any(|t| t.contains("{ct:kế hoạch} chỉ tiêu, {nv:tổng} nhiệm vụ."))
            && !said.iter().any(|t| t.contains("kinh phí")),
        "{said:?}"
    );
    plan.budget = kehoach::io::load_path(&sample("ke-hoach-cds-2024.ron"))
        .unwrap()
        .budget;
    let s = submission_for(&plan);
    *plan.decision.as_mut().unwrap().bases.last_mut().unwrap() =
        kehoach::model::dossier::proposal(&s);
    plan.submission = Some(s);
    let quoted = |plan: &Plan| {
        let summary = kehoach::model::Summary::of(plan);
        let text = pages(
            plan,
            &Options::document(kehoach::model::DocKind::Submission),
        )
        .iter()
        .flat_map(lines)
        .collect::<Vec<_>>()
        .join(" ");
        (summary, text)
    };
    let (s, text) = quoted(&plan);
    assert!(text.contains("TỜ TRÌNH"), "{text}");
    assert!(
        text.contains("Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp."),
        "{text}"
    );
    let figures = format!(
        "{} chỉ tiêu, {} nhiệm vụ; tổng kinh phí thực hiện {}",
        s.targets,
        s.tasks,
        kehoach::model::format::billions_text(s.budget.year_total())
    );
    assert!(text.contains(&figures), "{figures:?} not in {text}");
    assert!(text.contains("xem xét, quyết định./."), "{text}");
    assert!(
        text.contains("- Như trên;") && text.contains("GIÁM ĐỐC"),
        "{text}"
    );
    // The plan changes: so does the submission.
    plan.tasks.truncate(1);
    if let Some(p) = plan.budget.investment.first_mut() {
        p.capital = kehoach::model::Money::ZERO;
    }
    let (s2, text2) = quoted(&plan);
    assert!(s2.tasks < s.tasks);
    let figures2 = format!(
        "{} chỉ tiêu, {} nhiệm vụ; tổng kinh phí thực hiện {}",
        s2.targets,
        s2.tasks,
        kehoach::model::format::billions_text(s2.budget.year_total())
    );
    assert!(text2.contains(&figures2), "{figures2:?} not in {text2}");
    // The decision cites the submission in its proposal.
    let d = pages(&plan, &Options::document(kehoach::model::DocKind::Decision));
    let d = lines(&d[0]).join(" ");
    assert!(d.contains("tại Tờ trình số"), "{d}");
}

#[test]
fn the_drafts_a_submission_carries_print_a_boxed_draft_mark_until_numbered() {
    let mut plan = issued();
    plan.decision.as_mut().unwrap().meta.number = None;
    plan.submission = Some(submission_for(&plan));
    let all = pages(&plan, &Options::default());
    let marked: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, p)| p.texts().any(|t| t.text == "DỰ THẢO"))
        .map(|(i, _)| i)
        .collect();
    // The decision's first page and the plan's first page, not the submission's.
    assert_eq!(marked.len(), 2, "{marked:?}");
    assert!(!marked.contains(&0));
    let p = &all[marked[0]];
    let mark = p.texts().find(|t| t.text == "DỰ THẢO").unwrap();
    let boxed = p
        .rules()
        .filter(|r| {
            let (x0, x1) = (r.x1.min(r.x2), r.x1.max(r.x2));
            let (y0, y1) = (r.y1.min(r.y2), r.y1.max(r.y2));
            x0 >= mark.x - 3.0
                && x1 <= mark.x + mark.width + 3.0
                && y0 >= mark.baseline - 10.0
                && y1 <= mark.baseline + 5.0
        })
        .count();
    assert!(boxed >= 4, "the mark is boxed: {boxed} rules");
    // Switched off by the officer: no mark.
    plan.submission.as_mut().unwrap().mark_drafts = false;
    let all = pages(&plan, &Options::default());
    assert!(all.iter().all(|p| p.texts().all(|t| t.text != "DỰ THẢO")));
}

#[test]
fn one_document_of_the_dossier_exports_alone_with_its_own_page_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = issued();
    plan.submission = Some(submission_for(&plan));
    let file = saved(&plan, dir.path());
    let whole = export(&file, &[]);
    let decision = export(&file, &["--document", "quyet-dinh"]);
    assert!(decision[0].contains("QUYẾT ĐỊNH"));
    assert!(
        decision
            .iter()
            .all(|t| !t.contains("TỜ TRÌNH") && !t.contains("PHỤ LỤC"))
    );
    let plan_only = export(&file, &["--document", "ke-hoach"]);
    assert!(plan_only[0].contains("(Ban hành kèm theo Quyết định số 705/QĐ-UBND"));
    assert!(plan_only.iter().any(|t| t.contains("PHỤ LỤC")));
    let submission = export(&file, &["--document", "to-trinh"]);
    assert!(submission[0].contains("TỜ TRÌNH"));
    assert_eq!(
        whole.len(),
        decision.len() + plan_only.len() + submission.len(),
        "the dossier is its documents, each numbered on its own"
    );
    // A document the dossier does not have is named, with those it has.
    plan.submission = None;
    let file = saved(&plan, dir.path());
    let out = file.with_extension("pdf");
    let run = kehoach(&[
        "export",
        path_str(&file),
        "-o",
        path_str(&out),
        "--document",
        "to-trinh",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Hồ sơ này không có tờ trình"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("quyet-dinh (Quyết định)"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_dossier_saves_loads_and_checks() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = issued();
    plan.submission = Some(submission_for(&plan));
    plan.assign_ids();
    let file = saved(&plan, dir.path());
    let back = kehoach::io::load_path(&file).unwrap();
    assert_eq!(back, plan);
    let run = kehoach(&["check", path_str(&file)]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("Hồ sơ: Tờ trình, Quyết định, Kế hoạch"),
        "{}",
        run.stdout
    );
}

#[test]
fn next_years_plan_from_a_dossier_keeps_its_documents_as_drafts_and_cites_the_decision() {
    let mut prev = issued();
    prev.submission = Some(submission_for(&prev));
    prev.submission.as_mut().unwrap().meta.number = Some(1028);
    let (next, _) = kehoach::rollover::roll_forward(&prev, 2027);
    let d = next.decision.as_ref().expect("the decision is kept");
    assert_eq!((d.meta.number, d.meta.date.year), (None, Some(2027)));
    let s = next.submission.as_ref().expect("the submission is kept");
    assert_eq!(s.meta.number, None);
    // Last year's plan is cited by the decision that issued it.
    let cited = next.continues.as_ref().unwrap().citation(&next.meta);
    assert!(
        cited.starts_with("Quyết định số 705/QĐ-UBND ngày 10/9/2025"),
        "{cited}"
    );
    assert!(cited.contains("về ban hành Kế hoạch"), "{cited}");
}
