//! The composed document of the three real samples: what their tables print
//! (typed cells, computed numbers, group rows, totals, titles with the year),
//! the labels of parts and sections, and that every block and row points to
//! a place that exists in the plan.

mod common;

use common::*;
use kehoach_core::compose::{self, Block, Cell, Document, Row, Table};
use kehoach_core::model::{Money, Place, Plan};

fn composed(name: &str) -> (Plan, Document) {
    let p = kehoach_core::io::load_path(&sample(name)).unwrap();
    let d = compose::compose(&p, &Default::default());
    (p, d)
}

fn tables(d: &Document) -> Vec<&Table> {
    d.parts
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// The table whose header has this title.
fn table<'a>(d: &'a Document, title: &str) -> &'a Table {
    tables(d)
        .into_iter()
        .find(|t| t.header[0].iter().any(|h| h.text.to_plain() == title))
        .unwrap_or_else(|| panic!("a table titled {title}"))
}

fn group_labels(t: &Table) -> Vec<String> {
    t.rows
        .iter()
        .filter_map(|r| match r {
            Row::Group { label, .. } => Some(label.to_plain()),
            _ => None,
        })
        .collect()
}

fn data_rows(t: &Table) -> Vec<&Vec<Cell>> {
    t.rows
        .iter()
        .filter_map(|r| match r {
            Row::Cells { cells, .. } => Some(cells),
            _ => None,
        })
        .collect()
}

fn total(t: &Table) -> Vec<Money> {
    t.rows
        .iter()
        .filter_map(|r| match r {
            Row::Spanned { label, cells, .. } if label.to_plain() == "TỔNG CỘNG" => Some(cells),
            _ => None,
        })
        .flatten()
        .filter_map(|c| match c {
            Cell::Money(m) => Some(*m),
            _ => None,
        })
        .collect()
}

fn numbers(t: &Table, column: usize) -> Vec<String> {
    data_rows(t)
        .into_iter()
        .filter_map(|cells| match cells.get(column) {
            Some(Cell::Number(n)) => Some(n.clone()),
            _ => None,
        })
        .collect()
}

fn millions(m: i64) -> Money {
    Money::from_millions(m)
}

#[test]
fn the_2024_plan_composes_its_review_budget_and_tasks() {
    let (_, d) = composed("ke-hoach-cds-2024.ron");
    // The evaluation of 2023: 51 targets in 7 groups, numbered straight through.
    let eval = table(&d, "Đánh giá");
    assert_eq!(
        group_labels(eval),
        ["I", "II", "III", "IV", "V", "VI", "VII"]
    );
    let expected: Vec<String> = (1..=51).map(|n| n.to_string()).collect();
    assert_eq!(numbers(eval, 0), expected);
    let summary = d
        .parts
        .iter()
        .flat_map(|p| &p.blocks)
        .find_map(|b| match b {
            Block::Summary { text, .. } => Some(text.to_plain()),
            _ => None,
        });
    assert!(summary.unwrap().starts_with("Tổng hợp: đạt và vượt 43/51"));
    // The 2024 projects: 15 rows, totals computed as money.
    let invest = table(&d, "Vốn năm 2024");
    assert_eq!(data_rows(invest).len(), 15);
    assert_eq!(total(invest), [millions(328_549), millions(138_459)]);
    assert!(matches!(data_rows(invest)[0][3], Cell::Money(_)));
    assert!(matches!(data_rows(invest)[0][2], Cell::Agencies(..)));
    // Last year's projects, summed as the seed's figures really add up.
    let review = table(&d, "Thực hiện năm 2023");
    assert_eq!(total(review), [millions(319_925), millions(84_008)]);
    // Tasks: 40 in 10 groups.
    let tasks = table(&d, "Tên nhiệm vụ");
    assert_eq!(group_labels(tasks).len(), 10);
    assert_eq!(data_rows(tasks).len(), 40);
}

#[test]
fn the_dti_plan_numbers_targets_overall_and_in_group() {
    let (p, d) = composed("ke-hoach-dti-2023.ron");
    let t = table(&d, "Phấn đấu năm 2023");
    assert_eq!(group_labels(t).len(), 8);
    assert_eq!(data_rows(t).len(), 96);
    let overall = numbers(t, 0);
    assert_eq!(overall.first().map(String::as_str), Some("1"));
    assert_eq!(overall.last().map(String::as_str), Some("96"));
    // The in-group number restarts with each group.
    let first_group = p.targets[0].targets.len();
    let in_group: Vec<String> = data_rows(t)
        .iter()
        .map(|c| match &c[1] {
            Cell::Number(n) => n.clone(),
            other => panic!("a number, not {other:?}"),
        })
        .collect();
    assert_eq!(in_group[first_group], "1");
    // "STT" spans both number columns.
    assert_eq!(t.header[0][0].colspan, 2);
    // Free tables keep their text cells and bold rows.
    let ranking = table(&d, "Tên nhóm chỉ tiêu");
    assert!(
        ranking
            .rows
            .iter()
            .any(|r| matches!(r, Row::Cells { bold: true, .. }))
    );
}

#[test]
fn parts_and_sections_carry_their_printed_labels() {
    let (_, d) = composed("ke-hoach-cds-2024.ron");
    let labels: Vec<String> = d.parts[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Part { label, .. } | Block::Section { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect();
    for want in ["Phần I", "Phần II", "I.", "1.", "1.1.", "a)", "7.4."] {
        assert!(labels.iter().any(|l| l == want), "{want} in {labels:?}");
    }
    let (_, kts) = composed("ke-hoach-kts-xhs-2026.ron");
    let tasks = table(&kts, "Nhiệm vụ");
    assert_eq!(group_labels(tasks), ["I", "II"]);
    assert_eq!(data_rows(tasks).len(), 21);
}

#[test]
fn every_composed_item_points_to_a_place_that_exists() {
    let mut plans: Vec<Plan> = SAMPLES
        .iter()
        .map(|n| kehoach_core::io::load_path(&sample(n)).unwrap())
        .collect();
    plans.push(kehoach_core::generate::plan(
        kehoach_core::generate::Size {
            targets: 200,
            tasks: 100,
            projects: 20,
            recurrent: 20,
        },
        2026,
        3,
    ));
    for p in &plans {
        let d = compose::compose(p, &Default::default());
        let places = d.places();
        assert!(places.len() > 50);
        for place in places {
            assert!(place.exists(p), "{place} exists in the plan");
        }
        // And a place that is not there is told apart.
        assert!(!Place::Recipient(p.recipients.len()).exists(p));
    }
}

/// A plan over several years prints a column per milestone year in its
/// targets table, titled "Năm 2027" and "Đến năm 2030" (the period's end).
#[test]
fn a_multi_year_plan_prints_a_column_per_milestone() {
    use kehoach_core::model::{Table as ModelTable, TargetColumn};
    let mut p = over_years(2030);
    p.milestones = vec![2027, 2030];
    let t = &mut p.targets[0].targets[0];
    t.milestones = vec!["60%".to_string(), "100%".to_string()].into();
    let targets = kehoach_core::model::TargetsTable {
        columns: vec![
            TargetColumn::No,
            TargetColumn::Name,
            TargetColumn::Milestones,
            TargetColumn::Lead,
        ],
        ..Default::default()
    };
    let d = with_table(&mut p, ModelTable::Targets(targets));
    let t = table(&d, "Năm 2027");
    let titles = header_titles(t);
    assert_eq!(
        titles,
        [
            "STT",
            "Tên chỉ tiêu",
            "Năm 2027",
            "Đến năm 2030",
            "Đơn vị chủ trì"
        ]
    );
    assert_eq!(t.columns.len(), 5);
    let first = t
        .rows
        .iter()
        .find_map(|r| match r {
            Row::Cells { cells, .. } => Some(cells),
            _ => None,
        })
        .expect("a target row");
    let text = |c: &Cell| match c {
        Cell::Text(t) => t.to_plain(),
        _ => String::new(),
    };
    assert_eq!(text(&first[2]), "60%");
    assert_eq!(text(&first[3]), "100%");
    // Without milestones the column prints nothing.
    p.milestones.clear();
    let d = compose::compose(&p, &Default::default());
    assert!(
        tables(&d)
            .iter()
            .all(|t| t.header[0].len() == t.columns.len()
                || t.header[0].iter().map(|h| h.colspan).sum::<usize>() == t.columns.len())
    );
}

/// A plan over several years prints a money column per year of its period
/// and their total, summed in "TỔNG CỘNG" like any money column.
#[test]
fn a_multi_year_plan_prints_money_per_year_and_its_total() {
    use kehoach_core::model::{InvestmentColumn as I, InvestmentTable, Table as ModelTable};
    let mut p = over_years(2028);
    for (k, project) in p.budget.investment.iter_mut().enumerate() {
        project.by_year = vec![
            Money::from_millions(100),
            Money::from_millions(10 * k as i64),
        ]
        .into();
    }
    let n = p.budget.investment.len() as i64;
    let invest = InvestmentTable {
        columns: vec![I::No, I::Name, I::ByYear, I::PeriodTotal],
        ..Default::default()
    };
    let d = with_table(&mut p, ModelTable::Investment(invest));
    let t = table(&d, "Năm 2027");
    let titles = header_titles(t);
    assert_eq!(
        titles,
        [
            "STT",
            "Tên dự án",
            "Năm 2026",
            "Năm 2027",
            "Năm 2028",
            "Tổng giai đoạn 2026 - 2028"
        ]
    );
    let Some(Row::Spanned { cells, .. }) = t.rows.last() else {
        panic!("a total row")
    };
    let money = |c: &Cell| match c {
        Cell::Money(m) => *m,
        other => panic!("{other:?}"),
    };
    let sum_2027: i64 = (0..n).map(|k| 10 * k).sum();
    assert_eq!(money(&cells[0]), Money::from_millions(100 * n));
    assert_eq!(money(&cells[1]), Money::from_millions(sum_2027));
    assert_eq!(money(&cells[2]), Money::ZERO);
    assert_eq!(money(&cells[3]), Money::from_millions(100 * n + sum_2027));
}

/// The 2024 sample as a plan from 2026 to `until`.
fn over_years(until: i32) -> Plan {
    let (mut p, _) = composed("ke-hoach-cds-2024.ron");
    p.year = 2026;
    p.until = Some(until);
    p
}

/// `p` composed with `table` in an appendix of its own.
fn with_table(p: &mut Plan, table: kehoach_core::model::Table) -> Document {
    p.appendices.push(kehoach_core::model::Appendix {
        key: format!("bang-{}", p.appendices.len()),
        blocks: vec![kehoach_core::model::Block::Table(table)],
        ..Default::default()
    });
    compose::compose(p, &Default::default())
}

fn header_titles(t: &Table) -> Vec<String> {
    t.header[0].iter().map(|h| h.text.to_plain()).collect()
}

/// A list of projects drawn up before its figures are known: the amounts
/// print blank, no "TỔNG CỘNG" of zeros and no unit line; one amount
/// entered brings both back.
#[test]
fn a_money_table_without_amounts_prints_no_zero_total_and_no_unit_line() {
    use kehoach_core::model::{InvestmentColumn as I, InvestmentTable, Table as ModelTable};
    let (mut p, _) = composed("ke-hoach-cds-2024.ron");
    for project in &mut p.budget.investment {
        project.total = Money::ZERO;
        project.capital = Money::ZERO;
    }
    let invest = || {
        ModelTable::Investment(InvestmentTable {
            columns: vec![I::No, I::Name, I::Total, I::Capital],
            ..Default::default()
        })
    };
    let d = with_table(&mut p, invest());
    let head = |d: &Document| {
        d.parts
            .last()
            .and_then(|part| {
                part.blocks.iter().find_map(|b| match b {
                    kehoach_core::compose::Block::AppendixHead(h) => Some(h.unit.is_some()),
                    _ => None,
                })
            })
            .expect("an appendix head")
    };
    let t = tables(&d).into_iter().last().unwrap();
    assert!(
        !t.rows.iter().any(|r| matches!(r, Row::Spanned { .. })),
        "no total row"
    );
    assert!(
        data_rows(t)
            .iter()
            .all(|cells| { cells.iter().all(|c| !matches!(c, Cell::Money(_))) })
    );
    assert!(!head(&d), "no unit line over blank amounts");
    p.appendices.pop();
    p.budget.investment[0].capital = millions(1500);
    let d = with_table(&mut p, invest());
    let t = tables(&d).into_iter().last().unwrap();
    assert_eq!(total(t).last(), Some(&millions(1500)));
    assert!(head(&d));
}

/// A recurrent item carried out over several years prints its period in
/// "Thời gian thực hiện".
#[test]
fn a_recurrent_item_prints_its_implementation_period() {
    use kehoach_core::model::{RecurrentColumn as R, RecurrentTable, Table as ModelTable};
    let (mut p, _) = composed("ke-hoach-cds-2024.ron");
    p.budget.recurrent[0].start_year = Some(2025);
    p.budget.recurrent[0].end_year = Some(2027);
    let d = with_table(
        &mut p,
        ModelTable::Recurrent(RecurrentTable {
            columns: vec![R::No, R::Name, R::Period, R::Amount],
            ..Default::default()
        }),
    );
    let t = tables(&d).into_iter().last().expect("the table added");
    let cell = |row: usize| match data_rows(t)[row].get(2) {
        Some(Cell::Text(text)) => text.to_plain(),
        other => panic!("{other:?}"),
    };
    assert_eq!(cell(0), "2025 - 2027");
    assert_eq!(cell(1), "");
}

/// A width the officer set for a column of a data table is the width the
/// column prints with; the others stay automatic.
#[test]
fn a_data_table_column_can_have_a_set_width() {
    use kehoach_core::model::{InvestmentColumn as I, InvestmentTable, Table as ModelTable};
    let (mut p, _) = composed("ke-hoach-cds-2024.ron");
    let d = with_table(
        &mut p,
        ModelTable::Investment(InvestmentTable {
            columns: vec![I::No, I::Name, I::Investor, I::Capital],
            widths: vec![(I::Name, 60.0), (I::Capital, 1.0)],
            ..Default::default()
        }),
    );
    let t = tables(&d).into_iter().last().unwrap();
    let widths: Vec<Option<f32>> = t.columns.iter().map(|c| c.width_mm).collect();
    // A width under 2 mm is no width: the column sizes itself.
    assert_eq!(widths, [None, Some(60.0), None, None]);
    let pages =
        kehoach_core::layout::pages(&d, &p, &kehoach_core::fonts::FontSet::bundled().unwrap());
    let last = pages.pages.last().unwrap();
    // The name column's borders stand 60 mm apart.
    let mut xs: Vec<f32> = last
        .rules()
        .filter(|r| (r.x1 - r.x2).abs() < 0.01)
        .map(|r| r.x1)
        .collect();
    xs.sort_by(f32::total_cmp);
    xs.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    assert!(
        xs.windows(2).any(|w| (w[1] - w[0] - 60.0).abs() < 0.05),
        "{xs:?}"
    );
}

/// The 2025 project appendix: "A. NGUỒN VỐN ĐẦU TƯ" / "B. NGUỒN VỐN SỰ
/// NGHIỆP", inside each "I. CÁC DỰ ÁN CHUYỂN TIẾP" / "II. CÁC DỰ ÁN KHỞI
/// CÔNG MỚI NĂM …", STT restarting in each group, the group rows carrying
/// their sums and "TỔNG CỘNG" the sum of the projects (not of the groups).
#[test]
fn a_money_table_groups_its_rows_on_two_levels_with_subtotals() {
    use kehoach_core::model::{
        GroupBy, InvestmentColumn as I, InvestmentTable, ProjectStatus, Table as ModelTable,
    };
    let (mut p, _) = composed("ke-hoach-cds-2024.ron");
    p.budget.investment.truncate(5);
    let plan = [
        ("Nguồn vốn đầu tư", ProjectStatus::Continuing, 100),
        ("Nguồn vốn sự nghiệp", ProjectStatus::New, 20),
        ("Nguồn vốn đầu tư", ProjectStatus::New, 30),
        ("Nguồn vốn đầu tư", ProjectStatus::Continuing, 40),
        ("Nguồn vốn sự nghiệp", ProjectStatus::New, 5),
    ];
    for (project, (source, status, capital)) in p.budget.investment.iter_mut().zip(plan) {
        project.source = source.into();
        project.status = status;
        project.capital = millions(capital);
    }
    let d = with_table(
        &mut p,
        ModelTable::Investment(InvestmentTable {
            columns: vec![I::No, I::Name, I::Capital],
            grouping: vec![GroupBy::Source, GroupBy::Status],
            subtotals: true,
            ..Default::default()
        }),
    );
    let t = tables(&d).into_iter().last().unwrap();
    let text = |c: &Cell| match c {
        Cell::Text(t) => t.to_plain(),
        Cell::Number(n) => n.clone(),
        Cell::Money(m) => format!("{}", m.thousands() / 1000),
        other => format!("{other:?}"),
    };
    let rows: Vec<(bool, Vec<String>)> = t
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Cells { cells, bold, .. } => Some((*bold, cells.iter().map(text).collect())),
            _ => None,
        })
        .collect();
    let got: Vec<String> = rows
        .iter()
        .map(|(bold, c)| {
            format!(
                "{}{} {} {}",
                if *bold { "*" } else { "" },
                c[0],
                if *bold {
                    c[1].clone()
                } else {
                    c[1].chars().take(24).collect::<String>()
                },
                c[2]
            )
        })
        .collect();
    let names: Vec<String> = p
        .budget
        .investment
        .iter()
        .map(|x| x.name.as_str().chars().take(24).collect())
        .collect();
    assert_eq!(
        got,
        [
            "*A NGUỒN VỐN ĐẦU TƯ 170".to_string(),
            "*I CÁC DỰ ÁN CHUYỂN TIẾP 140".to_string(),
            format!("1 {} 100", names[0]),
            format!("2 {} 40", names[3]),
            "*II CÁC DỰ ÁN KHỞI CÔNG MỚI NĂM 2024 30".to_string(),
            format!("1 {} 30", names[2]),
            "*B NGUỒN VỐN SỰ NGHIỆP 25".to_string(),
            "*I CÁC DỰ ÁN KHỞI CÔNG MỚI NĂM 2024 25".to_string(),
            format!("1 {} 20", names[1]),
            format!("2 {} 5", names[4]),
        ]
    );
    assert_eq!(
        total(t).last(),
        Some(&millions(195)),
        "TỔNG CỘNG over projects only"
    );
}

/// The printed lines of the last part's pages: runs on one baseline joined
/// by a space, top to bottom, page after page.
fn printed_lines(d: &Document, p: &Plan) -> Vec<String> {
    let fonts = kehoach_core::fonts::FontSet::bundled().unwrap();
    let pages = kehoach_core::layout::pages(d, p, &fonts);
    let mut out = Vec::new();
    for page in &pages.pages {
        out.extend(baselines(page, " ").into_iter().map(|(_, t)| t));
    }
    out
}

/// The rules of issue 15 as the page shows them: group rows with their
/// sums and STT restarting in each group; a list without amounts prints no
/// unit line and no total; collective agencies print as the directory
/// writes them, joined with ", " when the table asks; a reference to a
/// section prints its number and follows it when a section is inserted
/// before it.
#[test]
fn groups_blank_amounts_collective_agencies_and_references_on_the_page() {
    use kehoach_core::model::{
        Agency, Block as Body, GroupBy, InvestmentColumn as I, InvestmentTable, Joiner,
        ProjectStatus, Rich, Section, Table as ModelTable,
    };
    let (mut p, _) = composed("ke-hoach-cds-2024.ron");
    p.budget.investment.truncate(3);
    p.agencies.push(Agency {
        key: "cac-so".into(),
        name: "Các sở, ban, ngành tỉnh".into(),
        short: String::new(),
    });
    p.agencies.push(Agency {
        key: "ubnd-xa".into(),
        name: "UBND các xã, phường".into(),
        short: String::new(),
    });
    let plan = [
        ("Nguồn vốn đầu tư", ProjectStatus::Continuing, 100),
        ("Nguồn vốn sự nghiệp", ProjectStatus::New, 20),
        ("Nguồn vốn đầu tư", ProjectStatus::Continuing, 40),
    ];
    for (project, (source, status, capital)) in p.budget.investment.iter_mut().zip(plan) {
        project.source = source.into();
        project.status = status;
        project.capital = millions(capital);
        project.investor = vec!["cac-so".into(), "ubnd-xa".into()];
    }
    let table = |joiner| {
        ModelTable::Investment(InvestmentTable {
            columns: vec![I::No, I::Name, I::Investor, I::Capital],
            grouping: vec![GroupBy::Source],
            subtotals: true,
            joiner,
            ..Default::default()
        })
    };
    let d = with_table(&mut p, table(Joiner::Comma));
    let lines = printed_lines(&d, &p);
    let at = |start: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {lines:#?}"))
    };
    // One level of groups: I, II.
    let (a, b) = (at("I NGUỒN VỐN ĐẦU TƯ"), at("II NGUỒN VỐN SỰ NGHIỆP"));
    assert!(lines[a].ends_with("140"), "{}", lines[a]);
    assert!(lines[b].ends_with("20"), "{}", lines[b]);
    let numbers: Vec<&str> = lines[a..]
        .iter()
        .filter_map(|l| l.split(' ').next())
        .filter(|n| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty())
        .collect();
    assert_eq!(&numbers[..3], ["1", "2", "1"], "STT restarts: {lines:#?}");
    let table_lines = &lines[a..];
    assert!(
        table_lines
            .iter()
            .any(|l| l.contains("Các sở, ban, ngành tỉnh,"))
            && table_lines
                .iter()
                .any(|l| l.contains("UBND các xã, phường")),
        "as written, joined with a comma: {table_lines:#?}"
    );
    assert!(table_lines.iter().any(|l| l == "TỔNG CỘNG 160"));
    // The unit line stands right over the table's header.
    let unit = lines[..a]
        .iter()
        .rposition(|l| l == "ĐVT: Triệu đồng")
        .expect("a unit line");
    assert!(
        a - unit <= 4 && lines[unit + 1..a].iter().any(|l| l.starts_with("STT")),
        "{:?}",
        &lines[unit..a]
    );

    // No amounts yet: no unit line, no total.
    p.appendices.pop();
    for project in &mut p.budget.investment {
        project.capital = Money::ZERO;
    }
    let d = with_table(&mut p, table(Joiner::Semicolon));
    let lines = printed_lines(&d, &p);
    let last = lines
        .iter()
        .rposition(|l| l == "Phụ lục VIII")
        .expect("the appendix");
    let tail = &lines[last..];
    assert!(!tail.iter().any(|l| l.contains("ĐVT")), "{tail:#?}");
    assert!(
        !tail.iter().any(|l| l.starts_with("TỔNG CỘNG")),
        "{tail:#?}"
    );
    assert!(tail.iter().any(|l| l.contains("Các sở, ban, ngành tỉnh;")));

    // "{mục:ID}" prints the section's number, and the next one after an insert.
    let Some(Body::Part(part)) = p.body.iter().find(|b| matches!(b, Body::Part(_))) else {
        panic!("a part");
    };
    let second = part
        .blocks
        .iter()
        .filter_map(|b| match b {
            Body::Section(s) => Some(s.id),
            _ => None,
        })
        .nth(1)
        .expect("a second section");
    p.appendices.pop();
    p.appendices.push(kehoach_core::model::Appendix {
        key: "tham-chieu".into(),
        blocks: vec![Body::Paragraph(Rich::new(format!(
            "Thành phần tại {{mục:{}}}.",
            second.0
        )))],
        ..Default::default()
    });
    let d = compose::compose(&p, &Default::default());
    let lines = printed_lines(&d, &p);
    assert!(
        lines.iter().any(|l| l.contains("Thành phần tại mục II.")),
        "{:#?}",
        &lines[lines.len() - 5..]
    );
    if let Some(Body::Part(part)) = p.body.iter_mut().find(|b| matches!(b, Body::Part(_))) {
        part.blocks.insert(
            0,
            Body::Section(Section {
                id: kehoach_core::model::Id(9_000),
                title: "MỤC MỚI".into(),
                ..Default::default()
            }),
        );
    }
    let d = compose::compose(&p, &Default::default());
    assert!(
        printed_lines(&d, &p)
            .iter()
            .any(|l| l.contains("Thành phần tại mục III."))
    );
}
