//! The appendix tables as a workbook, read back with calamine (values and
//! formulas) and as the file's XML (page setup): what an officer opening
//! it in Excel sees.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::*;
use kehoach_core::compose::Options;
use kehoach_core::fonts::FontSet;
use kehoach_core::model::Plan;
use kehoach_core::xlsx::{Written, appendix_tables};
use std::io::{Cursor, Read};

fn load(name: &str) -> Plan {
    kehoach_core::io::load_path(&sample(name)).unwrap()
}

fn book(plan: &Plan, opts: &Options) -> (Written, Xlsx<Cursor<Vec<u8>>>) {
    let written = appendix_tables(plan, &FontSet::bundled().unwrap(), opts).unwrap();
    let reader = Xlsx::new(Cursor::new(written.bytes.clone())).unwrap();
    (written, reader)
}

/// A file of the workbook's zip, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// The row (0-based) whose first or second cell reads `text`.
fn row_of(range: &calamine::Range<Data>, text: &str) -> usize {
    range
        .rows()
        .position(|r| r.iter().take(2).any(|c| *c == text))
        .unwrap_or_else(|| panic!("no row {text}"))
}

#[test]
fn each_appendix_table_is_a_sheet_with_numbers_and_a_total_formula() {
    let plan = load("ke-hoach-cds-2024.ron");
    let (written, mut xlsx) = book(&plan, &Options::appendices(None));
    // Phụ lục IV is a list of legal bases, not a table.
    assert_eq!(
        written.sheets,
        [
            "Phụ lục I",
            "Phụ lục II",
            "Phụ lục III",
            "Phụ lục V",
            "Phụ lục VI",
            "Phụ lục VII"
        ]
    );
    assert_eq!(xlsx.sheet_names(), written.sheets);
    let values = xlsx.worksheet_range("Phụ lục II").unwrap();
    let formulas = xlsx.worksheet_formula("Phụ lục II").unwrap();
    // The title rows, then the header, as the PDF prints them.
    assert_eq!(values.get((0, 0)), Some(&Data::String("Phụ lục II".into())));
    assert!(
        values
            .get((1, 0))
            .is_some_and(|t| t.to_string().starts_with("DANH MỤC CÁC DỰ ÁN"))
    );
    assert_eq!(
        values.get((3, 0)),
        Some(&Data::String("ĐVT: Triệu đồng".into()))
    );
    let head = row_of(&values, "STT");
    // Figures are numbers: the first project's total investment.
    let first = head + 1;
    assert_eq!(values.get((first, 0)), Some(&Data::Float(1.0)));
    assert_eq!(values.get((first, 2)), Some(&Data::Float(15809.0)));
    // TỔNG CỘNG: a formula over the project rows, its value cached.
    let total = row_of(&values, "TỔNG CỘNG");
    assert_eq!(total, first + 12);
    assert_eq!(values.get((total, 2)), Some(&Data::Float(319925.0)));
    let f = formulas
        .get_value((total as u32, 2))
        .cloned()
        .unwrap_or_default()
        .trim_start_matches('=')
        .to_string();
    assert_eq!(f, format!("SUM(C{}:C{})", first + 1, first + 12));
    // The header repeats on printed pages.
    assert!(
        xlsx.defined_names()
            .iter()
            .any(|(name, at)| name.contains("Print_Titles") && at.contains("Phụ lục II'!$5:$5")),
        "{:?}",
        xlsx.defined_names()
    );
    // Landscape A4 for the projects (as the PDF), portrait for Phụ lục I.
    let sheet2 = part(&written.bytes, "xl/worksheets/sheet2.xml");
    assert!(sheet2.contains("orientation=\"landscape\""), "{sheet2}");
    assert!(sheet2.contains("paperSize=\"9\""));
    let sheet1 = part(&written.bytes, "xl/worksheets/sheet1.xml");
    assert!(!sheet1.contains("orientation=\"landscape\""));
    // Columns as wide as the PDF's: the name column far wider than STT.
    assert!(sheet2.contains("<cols>"), "{sheet2}");
    // Rows as tall as the PDF's, so wrapped cells show whole.
    assert!(sheet1.contains("customHeight=\"1\""));
    // Times New Roman throughout.
    assert!(part(&written.bytes, "xl/styles.xml").contains("Times New Roman"));
}

#[test]
fn group_rows_sum_their_rows_with_formulas() {
    use kehoach_core::model::{
        Appendix, Block, GroupBy, InvestmentColumn as I, InvestmentTable, Money, ProjectStatus,
        Table,
    };
    let mut p = load("ke-hoach-cds-2024.ron");
    p.budget.investment.truncate(4);
    let plan = [
        ("Nguồn vốn đầu tư", ProjectStatus::Continuing, 100),
        ("Nguồn vốn sự nghiệp", ProjectStatus::New, 20),
        ("Nguồn vốn đầu tư", ProjectStatus::New, 30),
        ("Nguồn vốn đầu tư", ProjectStatus::Continuing, 40),
    ];
    for (project, (source, status, capital)) in p.budget.investment.iter_mut().zip(plan) {
        project.source = source.into();
        project.status = status;
        project.capital = Money::from_millions(capital);
    }
    p.appendices = vec![Appendix {
        key: "nhom".into(),
        title: "DỰ ÁN THEO NGUỒN VỐN".into(),
        blocks: vec![Block::Table(Table::Investment(InvestmentTable {
            columns: vec![I::No, I::Name, I::Capital],
            grouping: vec![GroupBy::Source, GroupBy::Status],
            subtotals: true,
            ..Default::default()
        }))],
        ..Default::default()
    }];
    let (written, mut xlsx) = book(&p, &Options::appendices(None));
    assert_eq!(written.sheets, ["Phụ lục"]);
    let values = xlsx.worksheet_range("Phụ lục").unwrap();
    let formulas = xlsx.worksheet_formula("Phụ lục").unwrap();
    let at = |label: &str| row_of(&values, label);
    let value = |r: usize| values.get((r, 2)).cloned();
    let formula = |r: usize| {
        formulas
            .get_value((r as u32, 2))
            .cloned()
            .unwrap_or_default()
            .trim_start_matches('=')
            .to_string()
    };
    let (a, b) = (at("A"), at("B"));
    assert_eq!(value(a), Some(Data::Float(170.0)));
    assert_eq!(value(b), Some(Data::Float(20.0)));
    // A's sum names its three projects' rows, not the rows of its groups I, II.
    let excel = |r: usize| r + 1;
    assert_eq!(
        formula(a),
        format!("SUM(C{}:C{},C{})", excel(a + 2), excel(a + 3), excel(a + 5))
    );
    let total = at("TỔNG CỘNG");
    assert_eq!(value(total), Some(Data::Float(190.0)));
    assert!(formula(total).starts_with("SUM("), "{}", formula(total));
    // STT restarts in each group, as numbers.
    assert_eq!(values.get((a + 2, 0)), Some(&Data::Float(1.0)));
    assert_eq!(values.get((a + 3, 0)), Some(&Data::Float(2.0)));
    assert_eq!(values.get((a + 5, 0)), Some(&Data::Float(1.0)));
}

#[test]
fn a_plan_without_appendix_tables_is_refused_in_words() {
    let mut p = load("ke-hoach-cds-2024.ron");
    p.appendices.truncate(0);
    let e = appendix_tables(&p, &FontSet::bundled().unwrap(), &Options::appendices(None))
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some(
            "Kế hoạch không có bảng phụ lục nào để xuất ra Excel (chỉ các bảng của phụ lục được xuất)."
        )
    );
}

/// The task list for tracking software: every task of the 2026 plan in
/// order, numbered as printed, with its agencies written out, its deadline
/// and expected result; a plan without tasks is refused in words.
#[test]
fn the_task_list_has_every_task_with_its_agencies_deadline_and_result() {
    let plan = load("ke-hoach-kts-xhs-2026.ron");
    let written = kehoach_core::xlsx::task_list(&plan, &FontSet::bundled().unwrap()).unwrap();
    assert_eq!(written.sheets, ["Nhiệm vụ"]);
    let mut xlsx = Xlsx::new(Cursor::new(written.bytes.clone())).unwrap();
    let values = xlsx.worksheet_range("Nhiệm vụ").unwrap();
    let head = row_of(&values, "STT");
    let titles: Vec<String> = (0..7)
        .map(|c| {
            values
                .get((head, c))
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(titles[0], "STT");
    assert!(titles.iter().any(|t| t.contains("chủ trì")), "{titles:?}");
    assert!(titles.iter().any(|t| t.contains("phối hợp")), "{titles:?}");
    // Every task of the plan has its row, under its group's.
    let tasks: Vec<&kehoach_core::model::Task> =
        plan.tasks.iter().flat_map(|g| g.tasks.iter()).collect();
    let names: Vec<String> = values
        .rows()
        .skip(head + 1)
        .filter(|r| matches!(r.first(), Some(Data::Float(_))))
        .map(|r| r.get(1).map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(names.len(), tasks.len());
    let first = tasks[0];
    let row = values
        .rows()
        .find(|r| r.get(1).is_some_and(|d| *d == first.name.as_str()))
        .expect("the first task");
    assert!(!row[2].to_string().is_empty(), "its lead agency: {row:?}");
    assert_eq!(row[4].to_string(), first.deadline, "{row:?}");

    let mut none = plan.clone();
    none.tasks.clear();
    let e = kehoach_core::xlsx::task_list(&none, &FontSet::bundled().unwrap())
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some("Kế hoạch chưa có nhiệm vụ nào để xuất danh sách.")
    );
}
