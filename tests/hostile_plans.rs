//! Plans that load but are built to hurt: footnotes nested thirty thousand
//! deep, tables without columns, a million unclosed braces, trees deeper than
//! the file format. Each is reported as an error with its place, or simply
//! works; none crashes, panics or takes minutes.

mod common;

use common::*;
use kehoach::fonts::FontSet;
use kehoach::layout::{self, Options};
use kehoach::model::*;
use std::path::{Path, PathBuf};

/// A plan file with `body` as its body, in a fresh folder.
fn plan_file(dir: &Path, body: &str) -> PathBuf {
    let path = dir.join("ke-hoach.ron");
    let text = format!(
        "(\n    version: 2,\n    year: 2025,\n    meta: (title: \"Kế hoạch thử\"),\n    signature: (name: \"Nguyễn Văn A\"),\n    {body}\n)\n"
    );
    std::fs::write(&path, text).unwrap();
    path
}

/// check, export and export --force on `path`: the error is listed with its
/// place by check (exit 1) and export (exit 1, nothing written), and --force
/// exports anyway (exit 0) without crashing.
fn reported_and_forced(path: &Path, error: &str) {
    let run = kehoach(&["check", path_str(path)]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains(error), "{}", run.stdout);
    let pdf = path.with_extension("pdf");
    let run = kehoach(&["export", path_str(path), "-o", path_str(&pdf)]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(error), "{}", run.stderr);
    assert!(!pdf.exists());
    let run = kehoach(&["export", path_str(path), "-o", path_str(&pdf), "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(pdf.exists());
}

#[test]
fn thirty_thousand_nested_footnotes_are_an_error_with_their_place_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("Đoạn văn{}", "^[".repeat(30_000));
    let path = plan_file(dir.path(), &format!("body: [Paragraph(\"{text}\")],"));
    reported_and_forced(
        &path,
        "lỗi: chú thích lồng trong chú thích quá 3 tầng; phần sâu hơn sẽ in nguyên văn \"^[\" [body[0].text]",
    );
}

#[test]
fn a_free_table_without_columns_is_an_error_and_lays_out_anyway() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(
        dir.path(),
        "appendices: [(key: \"bang\", title: \"BẢNG\", blocks: [Table(Free(columns: [], rows: [(kind: Group, cells: [\"I\", \"NHÓM\"]), (cells: [\"1\"])]))])],",
    );
    reported_and_forced(
        &path,
        "lỗi: bảng chưa có cột nào nên các dòng của bảng không in ra được; hãy thêm cột [appendices[0].blocks[0]]",
    );
}

fn free(columns: usize, spans: Vec<HeaderSpan>, rows: Vec<FreeRow>) -> Table {
    Table::Free(FreeTable {
        columns: (0..columns)
            .map(|i| FreeColumn {
                title: format!("Cột {i}").as_str().into(),
                ..Default::default()
            })
            .collect(),
        spans,
        column_numbers: true,
        rows,
    })
}

fn row(kind: RowKind, cells: &[&str]) -> FreeRow {
    FreeRow {
        kind,
        cells: cells.iter().map(|c| Rich::from(*c)).collect(),
        ..Default::default()
    }
}

#[test]
fn degenerate_tables_of_every_kind_lay_out_and_write() {
    let rows = || {
        vec![
            row(RowKind::Group, &["I", "NHÓM", "dư"]),
            row(RowKind::Group, &[]),
            row(RowKind::Group, &["chỉ một ô"]),
            row(RowKind::Bold, &["a", "b", "c", "d", "e"]),
            row(RowKind::Normal, &[]),
        ]
    };
    let span = |first, count| HeaderSpan {
        title: "Tiêu đề gộp".into(),
        first,
        count,
    };
    let mut tables = Vec::new();
    for columns in 0..3 {
        tables.push(free(columns, vec![], rows()));
        tables.push(free(columns, vec![], vec![]));
        tables.push(free(
            columns,
            vec![
                span(0, 99),
                span(1, 0),
                span(7, 2),
                span(usize::MAX, usize::MAX),
            ],
            rows(),
        ));
    }
    let mut odd_widths = free(2, vec![], rows());
    if let Table::Free(t) = &mut odd_widths {
        t.columns[0].width_mm = Some(f32::MAX);
        t.columns[1].width_mm = Some(-5.0);
    }
    tables.push(odd_widths);
    tables.push(Table::Targets(TargetsTable {
        columns: vec![],
        ..Default::default()
    }));
    tables.push(Table::Tasks(TasksTable {
        columns: vec![],
        ..Default::default()
    }));
    tables.push(Table::Investment(InvestmentTable {
        columns: vec![],
        ..Default::default()
    }));
    tables.push(Table::Recurrent(RecurrentTable {
        columns: vec![],
        ..Default::default()
    }));

    let fonts = FontSet::bundled().unwrap();
    for table in tables {
        let mut p = Plan::new(2025);
        p.targets.push(TargetGroup {
            name: "NHÓM".into(),
            targets: vec![Target {
                name: "Chỉ tiêu".into(),
                ..Default::default()
            }],
            ..Default::default()
        });
        p.tasks.push(TaskGroup {
            name: "NHÓM".into(),
            tasks: vec![Task::default()],
            ..Default::default()
        });
        p.budget.investment.push(Project::default());
        p.budget.recurrent.push(RecurrentItem::default());
        p.body.push(Block::Table(table.clone()));
        p.appendices.push(Appendix {
            key: "pl".into(),
            title: "PHỤ LỤC".into(),
            blocks: vec![Block::Table(table.clone())],
            ..Default::default()
        });
        p.assign_ids();
        let doc = layout::document(&p, &fonts, &Options::default());
        assert!(!doc.pages.is_empty(), "{table:?}");
        kehoach::pdf::write(&doc, &fonts).unwrap_or_else(|e| panic!("{table:?}: {e}"));
        let _ = kehoach::validate::validate(&p);
    }
}

/// Parsing unclosed `{` was quadratic: 200.000 took 7 to 8 seconds to check
/// (1.000.000 took 205). Linear, both are a fraction of a second, so these
/// would run for minutes were it quadratic again.
#[test]
fn unclosed_braces_by_the_hundred_thousand_check_in_one_pass() {
    let dir = tempfile::tempdir().unwrap();
    let text = "{".repeat(200_000);
    let path = plan_file(dir.path(), &format!("body: [Paragraph(\"{text}\")],"));
    let run = kehoach(&["check", path_str(&path)]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("Không có vấn đề nào."),
        "{}",
        run.stdout
    );

    let mut p = Plan::new(2025);
    p.body.push(Block::Paragraph("{".repeat(1_000_000).into()));
    p.body
        .push(Block::Paragraph("{năm} ".repeat(200_000).into()));
    let problems = kehoach::validate::validate(&p);
    assert!(
        problems
            .iter()
            .all(|x| !matches!(x.place, kehoach::model::Place::Body(..))),
        "{problems:?}"
    );
}

#[test]
fn trees_deeper_than_a_file_holds_are_errors_with_their_place() {
    let depth = nesting::MAX_DEPTH + 2;
    let mut b = Block::Paragraph("đáy".into());
    let mut t = Task::default();
    for _ in 1..depth {
        b = Block::Section(Section {
            blocks: vec![b],
            ..Default::default()
        });
        t = Task {
            subtasks: vec![t],
            ..Default::default()
        };
    }
    let mut p = Plan::new(2025);
    p.body.push(Block::Paragraph("trước".into()));
    p.body.push(b);
    p.tasks.push(TaskGroup {
        tasks: vec![t],
        ..Default::default()
    });
    let errors = kehoach::validate::errors(&p);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        messages.contains(&format!(
            "lỗi: các phần, mục lồng nhau 14 tầng, quá 12 tầng cho phép; hãy đưa bớt các mục con lên tầng trên [body[1]{}]",
            ".blocks[0]".repeat(12)
        )),
        "{messages:#?}"
    );
    assert!(
        messages.contains(&format!(
            "lỗi: các nhiệm vụ lồng nhau 14 tầng, quá 12 tầng cho phép; hãy đưa bớt các mục con lên tầng trên [tasks[0].tasks[0]{}]",
            ".subtasks[0]".repeat(12)
        )),
        "{messages:#?}"
    );
    // It still lays out: nothing in layout depends on the depth being small.
    let fonts = FontSet::bundled().unwrap();
    let doc = layout::document(&p, &fonts, &Options::default());
    kehoach::pdf::write(&doc, &fonts).unwrap();
}
