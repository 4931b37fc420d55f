//! The table engine on the layout's pages: cells keep their text inside,
//! a row taller than a page continues with its borders, signed appendices,
//! column numbers, legal bases, evaluation summary.

mod common;

use common::*;
use kehoach_core::fonts::FontSet;
use kehoach_core::layout::{self, Document, Options, Page};
use kehoach_core::model::*;

fn appendix_only(p: &Plan) -> Document {
    layout::document(p, &FontSet::bundled().unwrap(), &Options::appendices(None))
}

fn free_plan(rows: Vec<Vec<&str>>) -> Plan {
    let mut p = Plan::new(2025);
    let cols = ["STT", "Nội dung", "Ghi chú"];
    p.appendices.push(Appendix {
        key: "bang".into(),
        title: "BẢNG THỬ".into(),
        orientation: Orientation::Portrait,
        blocks: vec![Block::Table(Table::Free(FreeTable {
            columns: cols
                .iter()
                .map(|c| FreeColumn {
                    title: (*c).into(),
                    ..Default::default()
                })
                .collect(),
            rows: rows
                .into_iter()
                .map(|r| FreeRow {
                    cells: r.into_iter().map(Rich::from).collect(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }))],
        ..Default::default()
    });
    p
}

fn text(p: &Page) -> String {
    p.texts()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_row_taller_than_a_page_continues_on_the_next_with_borders() {
    let long = "Nội dung rất dài của một ô bảng kéo dài qua nhiều trang giấy khổ A4 ".repeat(120);
    let p = free_plan(vec![
        vec!["1", "Ngắn", ""],
        vec!["2", &long, "ghi chú"],
        vec!["3", "Dòng sau", ""],
    ]);
    let doc = appendix_only(&p);
    assert!(doc.pages.len() >= 3, "{} pages", doc.pages.len());
    // Every page of the table starts with the header and has a bottom border
    // under the last text of the table.
    for (i, pg) in doc.pages.iter().enumerate() {
        let t = text(pg);
        assert!(
            t.contains("STT") && t.contains("Nội dung") && t.contains("Ghi chú"),
            "p{} header: {t}",
            i + 1
        );
        let lowest_text = pg
            .texts()
            .filter(|r| r.baseline > 40.0)
            .map(|r| r.baseline)
            .fold(0.0f32, f32::max);
        let lowest_rule = pg
            .rules()
            .filter(|r| (r.y1 - r.y2).abs() < 1e-3)
            .map(|r| r.y1)
            .fold(0.0f32, f32::max);
        assert!(
            lowest_rule > lowest_text,
            "p{}: the row is closed by a border",
            i + 1
        );
        assert!(
            lowest_rule <= 297.0 - 20.0 + 0.01,
            "p{}: inside the margin",
            i + 1
        );
    }
    let all: String = doc.pages.iter().map(text).collect::<Vec<_>>().join(" ");
    let words = all.matches("Nội dung rất dài").count();
    assert_eq!(words, 120, "no line of the long cell is lost");
    assert!(text(doc.pages.last().unwrap()).contains("Dòng sau"));
}

#[test]
fn cell_text_stays_inside_its_cell() {
    for name in SAMPLES {
        let p = kehoach_core::io::load_path(&sample(name)).unwrap();
        for (i, pg) in appendix_only(&p).pages.iter().enumerate() {
            // The vertical borders beside each run (those spanning its baseline).
            let verticals: Vec<_> = pg.rules().filter(|r| (r.x1 - r.x2).abs() < 1e-3).collect();
            for t in pg.texts() {
                let mut xs: Vec<f32> = verticals
                    .iter()
                    .filter(|r| r.y1.min(r.y2) <= t.baseline && t.baseline <= r.y1.max(r.y2))
                    .map(|r| r.x1)
                    .collect();
                xs.sort_by(f32::total_cmp);
                xs.dedup_by(|a, b| (*a - *b).abs() < 0.05);
                if xs.len() < 2 {
                    continue;
                }
                let left = xs
                    .iter()
                    .rev()
                    .find(|&&x| x <= t.x + 0.01)
                    .unwrap_or(&xs[0]);
                let next = xs
                    .iter()
                    .find(|&&x| x > *left + 0.05)
                    .unwrap_or(&xs[xs.len() - 1]);
                assert!(
                    t.x >= xs[0] - 0.01,
                    "{name} p{}: '{}' starts left of the table",
                    i + 1,
                    t.text
                );
                assert!(
                    t.x + t.width <= *next + 0.05,
                    "{name} p{}: '{}' {:.1}..{:.1} crosses the border at {:.1}",
                    i + 1,
                    t.text,
                    t.x,
                    t.x + t.width,
                    next
                );
            }
        }
    }
}

#[test]
fn a_signed_appendix_prints_the_signature_after_its_table() {
    let mut p = kehoach_core::io::load_path(&sample("ke-hoach-kts-xhs-2026.ron")).unwrap();
    p.appendices[0].signed = true;
    let doc = appendix_only(&p);
    let last = doc.pages.last().unwrap();
    let t = text(last);
    assert!(
        t.contains("TM. ỦY BAN NHÂN DÂN") && t.contains("Huỳnh Minh Tuấn"),
        "{t}"
    );
    let name = last
        .texts()
        .find(|r| r.text.contains("Huỳnh Minh Tuấn"))
        .unwrap();
    assert!(name.x > last.width / 2.0 - 10.0, "on the right");
    p.appendices[0].signed = false;
    assert!(
        !appendix_only(&p)
            .pages
            .iter()
            .any(|pg| text(pg).contains("Huỳnh Minh Tuấn"))
    );
}

#[test]
fn column_numbers_row_and_single_appendix_label() {
    let mut p = kehoach_core::io::load_path(&sample("ke-hoach-kts-xhs-2026.ron")).unwrap();
    if let Block::Table(Table::Tasks(t)) = &mut p.appendices[0].blocks[0] {
        t.column_numbers = true;
    }
    let doc = appendix_only(&p);
    let t = text(&doc.pages[0]);
    assert!(
        t.starts_with("Phụ lục "),
        "one appendix is just 'Phụ lục': {t}"
    );
    assert!(!t.starts_with("Phụ lục I "));
    for n in 1..=5 {
        assert!(t.contains(&format!("({n})")), "column number ({n})");
    }
    assert!(!t.contains("(6)"));
    assert!(
        t.contains("Nhiệm vụ")
            && t.contains("Cơ quan chủ trì")
            && t.contains("Dự kiến kết quả đạt được")
    );
    assert!(t.contains("(Kèm theo Kế hoạch số"), "{t}");
}

#[test]
fn legal_bases_are_grouped_and_numbered_per_group() {
    let p = kehoach_core::io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    let doc = layout::document(
        &p,
        &FontSet::bundled().unwrap(),
        &Options::appendices(Some(vec![3])),
    );
    let all: String = doc.pages.iter().map(text).collect::<Vec<_>>().join(" ");
    assert!(all.contains("I. VĂN BẢN TRUNG ƯƠNG"), "{all}");
    assert!(all.contains("II. VĂN BẢN TỈNH ĐỒNG THÁP"));
    let second = all.find("II. VĂN BẢN TỈNH").unwrap();
    assert!(
        all[second..].contains("1. Nghị quyết 04/NQ-TU"),
        "numbering restarts in each group"
    );
    assert!(!all.contains("ĐVT: Triệu đồng"), "no money, no unit line");
}

#[test]
fn evaluation_table_has_the_summary_counts_under_it() {
    let p = kehoach_core::io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    let doc = layout::document(
        &p,
        &FontSet::bundled().unwrap(),
        &Options::appendices(Some(vec![0])),
    );
    let all: String = doc.pages.iter().map(text).collect::<Vec<_>>().join(" ");
    assert!(all.contains("Kết quả thực hiện") && all.contains("Đánh giá"));
    assert!(
        all.contains(
            "Tổng hợp: đạt và vượt 43/51 chỉ tiêu, trong đó 17 vượt, 26 đạt, 8 không đạt."
        ),
        "{}",
        &all[all.len() - 300..]
    );
    assert!(all.contains("Vượt") && all.contains("Không đạt"));
}

#[test]
fn column_headers_follow_the_plan_year() {
    let mut p = kehoach_core::io::load_path(&sample("ke-hoach-dti-2023.ron")).unwrap();
    p.year = 2025;
    p.meta.date.year = Some(2025);
    let doc = layout::document(
        &p,
        &FontSet::bundled().unwrap(),
        &Options::appendices(Some(vec![1])),
    );
    let t = text(&doc.pages[0]);
    assert!(
        t.contains("Phấn đấu năm 2025") && t.contains("năm 2024"),
        "{t}"
    );
    assert!(!t.contains("2023"), "{t}");
}

/// Landscape only when portrait cannot hold the table: the 2024 results
/// table (five columns, long names) prints portrait as the original does;
/// the 2024 project table, whose notes and amounts need more room, turns
/// landscape on its own; a table whose header words cannot all fit a
/// portrait page is landscape.
#[test]
fn auto_orientation_is_landscape_only_when_portrait_cannot_hold_the_table() {
    let mut p = kehoach_core::io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    for a in &mut p.appendices {
        a.orientation = Orientation::Auto;
    }
    let fonts = FontSet::bundled().unwrap();
    let landscape = |p: &Plan, i: usize| {
        let d = layout::document(p, &fonts, &Options::appendices(Some(vec![i])));
        d.pages[0].is_landscape()
    };
    assert!(!landscape(&p, 0), "the results table holds in portrait");
    assert!(!landscape(&p, 3), "the legal bases list is portrait");
    assert!(landscape(&p, 4), "the projects of the year need landscape");
    let mut forced = p.clone();
    forced.appendices[4].orientation = Orientation::Portrait;
    let d = layout::document(&forced, &fonts, &Options::appendices(Some(vec![4])));
    assert!(!d.pages[0].is_landscape(), "the user can force portrait");
    assert!(
        d.pages
            .iter()
            .all(|pg| pg.texts().all(|t| t.x + t.width <= 195.01))
    );
    // Twelve columns of long header words: no portrait page holds them.
    let mut wide = free_plan(vec![vec!["1"; 12]]);
    if let Some(Block::Table(Table::Free(t))) = wide.appendices[0].blocks.first_mut() {
        t.columns = (0..12)
            .map(|i| FreeColumn {
                title: format!("Chuyển đổi {i}").into(),
                ..Default::default()
            })
            .collect();
    }
    wide.appendices[0].orientation = Orientation::Auto;
    assert!(landscape(&wide, 0), "twelve wide columns");
}

/// The lines of a page as read: runs on one baseline joined, top to bottom.
fn lines(p: &Page) -> Vec<(f32, String)> {
    baselines(p, " ")
}

/// The space a table has goes where it saves lines. The 2024 project list
/// prints each project on one line and its money headers on two (three
/// and four before, beside a 124 mm name column); the DTI summary's STT
/// column is as wide as its "TỔNG THỂ" (55 mm before); a width the user
/// sets is kept.
#[test]
fn column_widths_go_where_they_save_lines() {
    let fonts = FontSet::bundled().unwrap();
    let p = kehoach_core::io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    let d = layout::document(&p, &fonts, &Options::appendices(Some(vec![1])));
    let page = lines(&d.pages[0]);
    let project = page
        .iter()
        .find(|(_, l)| l.contains("Xây dựng hệ thống thông tin cơ sở dữ liệu Gis"))
        .expect("the first project");
    assert!(project.1.contains("Cao Lãnh"), "one line: {project:?}");
    let head = page
        .iter()
        .position(|(_, l)| l.contains("Tên dự án"))
        .expect("the header");
    let first_row = page
        .iter()
        .position(|(_, l)| l.starts_with("1 "))
        .expect("the first row");
    let header: Vec<&String> = page[head.saturating_sub(1)..first_row]
        .iter()
        .map(|(_, l)| l)
        .filter(|l| l.contains("Tổng mức") || l.contains("đầu tư") || l.contains("năm"))
        .collect();
    assert_eq!(header.len(), 2, "{header:?}");

    let p = kehoach_core::io::load_path(&sample("ke-hoach-dti-2023.ron")).unwrap();
    let d = layout::document(&p, &fonts, &Options::appendices(Some(vec![0])));
    let x = |s: &str| {
        d.pages
            .iter()
            .flat_map(|pg| pg.texts())
            .find(|t| t.text.starts_with(s))
            .map(|t| t.x)
            .unwrap_or_else(|| panic!("{s}"))
    };
    let stt = x("Nhận thức số") - x("TỔNG THỂ");
    assert!(stt < 30.0, "the STT column is narrow: {stt}");

    let mut set = free_plan(vec![vec!["1", "Nội dung ngắn", "Ghi chú dài hơn một chút"]]);
    if let Some(Block::Table(Table::Free(t))) = set.appendices[0].blocks.first_mut() {
        t.columns[0].width_mm = Some(40.0);
    }
    let d = appendix_only(&set);
    let gap = d.pages[0]
        .texts()
        .find(|t| t.text.starts_with("Nội dung ngắn"))
        .map(|t| t.x)
        .unwrap_or_default()
        - d.pages[0]
            .texts()
            .find(|t| t.text == "STT")
            .map(|t| t.x + t.width / 2.0)
            .unwrap_or_default();
    // From the middle of the STT column to the next column's text: half of 40 mm.
    assert!((gap - 21.2).abs() < 0.5, "a 40 mm STT column: {gap}");
}

#[test]
fn a_two_row_header_merges_a_title_over_its_columns() {
    let mut p = free_plan(vec![vec!["1", "Chỉ tiêu A", "Đạt"]]);
    if let Block::Table(Table::Free(t)) = &mut p.appendices[0].blocks[0] {
        t.columns[1].title = "Kết quả".into();
        t.columns[2].title = "Đánh giá".into();
        t.spans = vec![HeaderSpan {
            title: "Kết quả thực hiện năm {năm-1}".into(),
            first: 1,
            count: 2,
        }];
    }
    let doc = appendix_only(&p);
    let pg = &doc.pages[0];
    let find = |s: &str| {
        pg.texts()
            .find(|t| t.text == s)
            .unwrap_or_else(|| panic!("'{s}'"))
    };
    let top = find("Kết quả thực hiện năm 2024");
    let left = find("Kết quả");
    let right = find("Đánh giá");
    let stt = find("STT");
    assert!(
        top.baseline < left.baseline && (left.baseline - right.baseline).abs() < 0.01,
        "two rows"
    );
    let centre = top.x + top.width / 2.0;
    assert!(
        left.x < centre && centre < right.x + right.width,
        "the merged title sits over both columns"
    );
    assert!(
        stt.baseline > top.baseline && stt.baseline < left.baseline + 0.01,
        "STT spans both rows, centred"
    );
    let row = pg.texts().find(|t| t.text == "Chỉ tiêu A").unwrap();
    assert!(row.baseline > left.baseline);
}
