//! The real samples transcribed from the seeds: they load, check, round-trip,
//! and kehoach computes the seed's numbers (and the right ones where the seed
//! got them wrong).

mod common;

use common::*;
use kehoach::io;
use kehoach::model::format::{billions_text, millions};
use kehoach::model::*;

fn load(name: &str) -> Plan {
    io::load_path(&sample(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_sample_checks_without_errors_and_round_trips() {
    for name in SAMPLES {
        let run = kehoach(&["check", path_str(&sample(name))]);
        assert_eq!(run.code, 0, "{name}:\n{}{}", run.stdout, run.stderr);
        let plan = load(name);
        let text = io::to_ron_string(&plan).unwrap();
        let back = io::load_str(&text, std::path::Path::new(name)).unwrap();
        assert_eq!(back, plan, "{name} round-trips");
    }
}

#[test]
fn cds_2024_budget_totals_match_the_seed() {
    let p = load("ke-hoach-cds-2024.ron");
    let t = BudgetTotals::of(&p.budget);
    assert_eq!(p.budget.investment.len(), 15);
    assert_eq!(millions(t.investment_total), "328.549");
    assert_eq!(millions(t.investment_capital), "138.459");
    assert_eq!(
        p.budget.recurrent.len(),
        31,
        "the seed numbers 32 rows because it skips 11"
    );
    assert_eq!(millions(t.recurrent), "64.204");
    // The body quotes them in tỷ đồng, computed.
    assert_eq!(billions_text(t.year_total()), "202,663 tỷ đồng");
    assert_eq!(billions_text(t.investment_capital), "138,459 tỷ đồng");
    let run = kehoach(&["check", path_str(&sample("ke-hoach-cds-2024.ron"))]);
    assert!(
        run.stdout
            .contains("tổng mức đầu tư 328.549 triệu đồng; vốn năm 2024 138.459 triệu đồng"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("(tổng 64.204 triệu đồng)"),
        "{}",
        run.stdout
    );
}

#[test]
fn cds_2023_review_tables_get_the_real_sums_not_the_typed_ones() {
    let p = load("ke-hoach-cds-2024.ron");
    let t = BudgetTotals::of(&p.review.budget);
    // The seed typed 319.944 / 84.027; its rows sum to this:
    assert_eq!(millions(t.investment_total), "319.925");
    assert_eq!(millions(t.investment_capital), "84.008");
    // The seed typed 87.143; its rows sum to this:
    assert_eq!(millions(t.recurrent), "88.563");
}

#[test]
fn cds_2023_evaluation_counts_match_the_sentence_of_the_seed() {
    let p = load("ke-hoach-cds-2024.ron");
    let c = EvaluationCounts::of(&p.review.targets);
    assert_eq!((c.total, c.exceeded, c.met, c.missed), (51, 17, 26, 8));
    assert_eq!(
        c.sentence(),
        "đạt và vượt 43/51 chỉ tiêu, trong đó 17 vượt, 26 đạt, 8 không đạt"
    );
    let f = Fields::new(&p);
    assert_eq!(f.resolve("ct:đạt và vượt").as_deref(), Some("43/51"));
}

#[test]
fn cds_appendices_are_numbered_one_to_seven() {
    let p = load("ke-hoach-cds-2024.ron");
    let keys: Vec<&str> = p.appendices.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "kq",
            "dt-truoc",
            "tx-truoc",
            "can-cu",
            "dau-tu",
            "thuong-xuyen",
            "phan-cong"
        ]
    );
    let f = Fields::new(&p);
    assert_eq!(f.resolve("pl:kq").as_deref(), Some("Phụ lục I"));
    assert_eq!(
        f.resolve("pl:dau-tu,thuong-xuyen,phan-cong").as_deref(),
        Some("Phụ lục V, VI, VII")
    );
}

#[test]
fn dti_2023_has_all_its_targets_in_8_groups_numbered_without_the_seed_gap() {
    let p = load("ke-hoach-dti-2023.ron");
    assert_eq!(p.targets.len(), 8);
    let per_group: Vec<usize> = p.targets.iter().map(|g| g.targets.len()).collect();
    assert_eq!(per_group, [9, 9, 9, 13, 15, 21, 12, 8]);
    // The seed numbers its last target 97 because it jumps from 61 to 63;
    // there are 96 targets, and kehoach numbers them 1..96.
    let total: usize = per_group.iter().sum();
    assert_eq!(total, 96);
    let run = kehoach(&["check", path_str(&sample("ke-hoach-dti-2023.ron"))]);
    assert!(
        run.stdout.contains("Chỉ tiêu: 96 trong 8 nhóm"),
        "{}",
        run.stdout
    );
    assert_eq!(p.targets[2].targets[0].baseline, "75,35%");
    assert_eq!(p.targets[2].targets[0].target, "80%");
}

#[test]
fn kts_2026_has_its_tasks_and_one_appendix() {
    let p = load("ke-hoach-kts-xhs-2026.ron");
    let s = Summary::of(&p);
    assert_eq!((s.task_groups, s.tasks), (2, 21));
    assert_eq!(p.appendices.len(), 1);
    assert_eq!(numbering::appendix_label(1, p.appendices.len()), "Phụ lục");
    assert_eq!(
        p.signature.heading_lines(),
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    );
    assert_eq!(
        fields::plain(&p, &p.meta.title),
        "Phát triển kinh tế số và xã hội số tỉnh Đồng Tháp năm 2026"
    );
}

#[test]
fn cds_2023_budget_sentence_is_computed_from_the_rows() {
    // Part I, 11.1 of the seed typed "Tổng kinh phí: 171,17 tỷ đồng" from the
    // wrong appendix totals; the sample uses fields, so the text follows the rows.
    let p = load("ke-hoach-cds-2024.ron");
    let f = Fields::new(&p);
    assert_eq!(f.resolve("kp-1:tổng").as_deref(), Some("172,571 tỷ đồng"));
    assert_eq!(f.resolve("kp-1:đầu tư").as_deref(), Some("84,008 tỷ đồng"));
    assert_eq!(
        f.resolve("kp-1:thường xuyên").as_deref(),
        Some("88,563 tỷ đồng")
    );
    assert_eq!(f.resolve("kp:tổng").as_deref(), Some("202,663 tỷ đồng"));
}

#[test]
fn cds_2024_footnotes_are_all_there() {
    let p = load("ke-hoach-cds-2024.ron");
    let n: usize = kehoach::model::text_walk::texts(&p)
        .iter()
        .map(|(_, t)| t.matches("^[").count())
        .sum();
    assert_eq!(n, 15, "footnotes (1) to (15) of the seed");
}

#[test]
fn check_names_mixed_decimal_marks_and_an_appendix_no_text_cites() {
    // The DTI ranking table writes "0.8917" beside "1,0000" in one column.
    let run = kehoach(&["check", path_str(&sample("ke-hoach-dti-2023.ron"))]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stdout);
    assert!(
        run.stdout
            .contains("viết số thập phân lẫn dấu chấm (\"0.8917\") và dấu phẩy (\"1,0000\")"),
        "{}",
        run.stdout
    );
    // The 2026 plan never sends its reader to its appendix.
    let run = kehoach(&["check", path_str(&sample("ke-hoach-kts-xhs-2026.ron"))]);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.contains("Phụ lục không được văn bản nhắc đến")
                && l.ends_with("[appendices[0]]")),
        "{}",
        run.stdout
    );
    // Cited with {pl:KEY} in the body, it is no longer named.
    let mut p = load("ke-hoach-kts-xhs-2026.ron");
    let key = p.appendices[0].key.clone();
    p.body
        .push(kehoach::model::Block::Paragraph(kehoach::model::Rich::new(
            format!("(Chi tiết tại {{pl:{key}}} kèm theo)"),
        )));
    let problems = kehoach::validate::validate(&p);
    assert!(
        problems
            .iter()
            .all(|x| !x.message.contains("không được văn bản nhắc đến"))
    );
    // A column written with one mark is not named.
    let cds = kehoach::validate::validate(&load("ke-hoach-cds-2024.ron"));
    assert!(cds.iter().all(|x| !x.message.contains("số thập phân lẫn")));
}
