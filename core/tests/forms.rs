//! Collecting figures from departments: the form written for an agency
//! (its rows, locked and open cells, hidden ids), filled as a department
//! fills it, merged back with every change, conflict and refusal reported.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::*;
use kehoach_core::model::{Evaluation, Money, Plan};
use kehoach_core::xlsx::agency_form;
use kehoach_core::xlsx::merge::{self, Form};
use std::io::{Cursor, Read};

const TTTT: &str = "so-thong-tin-va-truyen-thong";

/// The 2024 sample with last year's first targets led by the department.
fn plan() -> Plan {
    let mut p = kehoach_core::io::load_path(&sample("ke-hoach-cds-2024.ron")).unwrap();
    for t in p.review.targets[0].targets.iter_mut().take(3) {
        t.lead = vec![TTTT.into()];
        t.result.clear();
        t.evaluation = Evaluation::default();
    }
    p
}

/// A department's edits: (sheet, row id, column title starting with, value).
type Edit<'a> = (&'a str, &'a str, &'a str, Data);

/// The form as the department returns it: every cell as it was, the edits
/// made. (rust_xlsxwriter writes it anew, as Excel saves a file.)
fn fill(bytes: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut xlsx = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).unwrap();
        let ws = book.add_worksheet();
        ws.set_name(&name).unwrap();
        let head = range
            .rows()
            .position(|r| r.first().is_some_and(|c| *c == "Mã dòng"));
        let titles: Vec<String> = head
            .and_then(|h| range.rows().nth(h))
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .unwrap_or_default();
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let mut cell = cell.clone();
                for (sheet, key, title, value) in edits {
                    let key_here = row.first().is_some_and(|k| k == key);
                    let column = titles.get(c).is_some_and(|t| t.starts_with(title));
                    if *sheet == name && key_here && column {
                        cell = value.clone();
                    }
                }
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::Float(f) => ws.write_number(r, c, f).map(|_| ()),
                    Data::Int(i) => ws.write_number(r, c, i as f64).map(|_| ()),
                    Data::Empty => Ok(()),
                    other => ws.write_string(r, c, other.to_string()).map(|_| ()),
                }
                .unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

#[test]
fn the_form_holds_the_rows_the_agency_leads_with_only_its_cells_open() {
    let p = plan();
    let written = agency_form(&p, TTTT).unwrap();
    assert_eq!(
        written.sheets,
        [
            "Hướng dẫn",
            "Chỉ tiêu năm 2023",
            "Nhiệm vụ năm 2024",
            "Dự án đầu tư công",
            "Chi thường xuyên"
        ]
    );
    let mut xlsx = Xlsx::new(Cursor::new(written.bytes.clone())).unwrap();
    let targets = xlsx.worksheet_range("Chỉ tiêu năm 2023").unwrap();
    let ids: Vec<String> = targets.rows().skip(3).map(|r| r[0].to_string()).collect();
    let expected: Vec<String> = p.review.targets[0].targets[..3]
        .iter()
        .map(|t| format!("ct-{}", t.id.0))
        .collect();
    assert_eq!(ids, expected);
    // Every recurrent item the department carries out, and none other.
    let recurrent = xlsx.worksheet_range("Chi thường xuyên").unwrap();
    let theirs = p
        .budget
        .recurrent
        .iter()
        .filter(|r| r.unit.iter().any(|u| u == TTTT))
        .count();
    assert_eq!(recurrent.rows().skip(3).count(), theirs);
    // Protected sheets, the id column hidden, the cells to fill unlocked.
    let sheet = part(&written.bytes, "xl/worksheets/sheet2.xml");
    assert!(sheet.contains("<sheetProtection"), "{sheet}");
    assert!(sheet.contains("hidden=\"1\""), "{sheet}");
    assert!(
        sheet.contains("<dataValidation"),
        "the evaluation is a list"
    );
    assert!(part(&written.bytes, "xl/styles.xml").contains("locked=\"0\""));
    // An agency leading nothing, or not in the directory, gets a message.
    let e = agency_form(&p, "khong-co").err().unwrap().to_string();
    assert!(e.starts_with("Không có cơ quan \"khong-co\""), "{e}");
}

#[test]
fn a_filled_form_merges_back_with_every_change_conflict_and_refusal_named() {
    let mut p = plan();
    let form = agency_form(&p, TTTT).unwrap().bytes;
    let t0 = p.review.targets[0].targets[0].clone();
    let t1 = p.review.targets[0].targets[1].clone();
    let ct = |id: kehoach_core::model::Id| format!("ct-{}", id.0);
    let (k0, k1) = (ct(t0.id), ct(t1.id));
    let project = p
        .budget
        .investment
        .iter()
        .find(|x| x.investor.iter().any(|i| i == TTTT))
        .unwrap()
        .clone();
    let da = format!("da-{}", project.id.0);
    let review = "Chỉ tiêu năm 2023";
    let first = fill(
        &form,
        &[
            (review, &k0, "Kết quả", Data::String("100%".into())),
            (review, &k0, "Đánh giá", Data::String("đạt".into())),
            (review, &k1, "Kết quả", Data::String("95%".into())),
            // Figures typed the Vietnamese way, and as a number.
            (
                "Dự án đầu tư công",
                &da,
                "Vốn",
                Data::String("1.770,5".into()),
            ),
        ],
    );
    let second = fill(
        &form,
        &[
            // The same value as the first form: not a conflict.
            (review, &k0, "Kết quả", Data::String("100%".into())),
            // A different one: a conflict.
            (review, &k1, "Kết quả", Data::String("90%".into())),
            // A locked cell changed: refused.
            (
                review,
                &k0,
                "Nội dung",
                Data::String("Chỉ tiêu khác".into()),
            ),
            // Not a number: refused.
            (
                "Dự án đầu tư công",
                &da,
                "Tổng mức",
                Data::String("nhiều".into()),
            ),
        ],
    );
    let m = merge::read(
        &p,
        &[
            Form {
                name: "mot.xlsx".into(),
                bytes: first,
            },
            Form {
                name: "hai.xlsx".into(),
                bytes: second,
            },
        ],
    );
    let report = m.report(&p);
    assert_eq!(m.changes.len(), 3, "{report}");
    assert_eq!(m.conflicts.len(), 1, "{report}");
    assert_eq!(m.refused.len(), 2, "{report}");
    assert!(report.contains("\"\" → \"100%\""), "{report}");
    assert!(
        report.contains("mot.xlsx, hai.xlsx"),
        "both forms named: {report}"
    );
    assert!(report.contains("Xung đột"), "{report}");
    assert!(
        report.contains("mot.xlsx: \"95%\"; hai.xlsx: \"90%\""),
        "{report}"
    );
    assert!(report.contains("bị khóa nhưng đã bị sửa"), "{report}");
    assert!(
        report.contains("\"nhiều\" không phải là số tiền"),
        "{report}"
    );
    assert!(!m.is_clean());
    merge::apply(&mut p, &m.changes);
    let t = &p.review.targets[0].targets;
    assert_eq!(t[0].result, "100%");
    assert_eq!(t[0].evaluation, Evaluation::Met);
    assert_eq!(t[0].name, t0.name, "a locked cell is never taken");
    assert_eq!(t[1].result, "", "a conflict is not applied");
    let merged = p
        .budget
        .investment
        .iter()
        .find(|x| x.id == project.id)
        .unwrap();
    assert_eq!(merged.capital, Money::from_thousands(1_770_500));
    assert_eq!(merged.total, project.total);
}

#[test]
fn rows_added_unknown_or_from_another_year_are_refused() {
    let p = plan();
    let form = agency_form(&p, TTTT).unwrap().bytes;
    let unknown = fill(
        &form,
        &[("Chỉ tiêu năm 2023", "ct-", "Mã dòng", Data::Empty)],
    );
    // A row whose id names nothing in the plan.
    let mut other = p.clone();
    other.review.targets[0].targets.remove(0);
    let m = merge::read(
        &other,
        &[Form {
            name: "a.xlsx".into(),
            bytes: unknown,
        }],
    );
    assert!(
        m.refused
            .iter()
            .any(|r| r.reason.contains("không có trong kế hoạch")),
        "{:?}",
        m.refused
    );
    // A form of another year's plan.
    let mut later = p.clone();
    later.year += 1;
    let m = merge::read(
        &later,
        &[Form {
            name: "b.xlsx".into(),
            bytes: form.clone(),
        }],
    );
    assert!(
        m.refused[0].reason.contains("kế hoạch năm 2024"),
        "{:?}",
        m.refused
    );
    // Not a form at all.
    let m = merge::read(
        &p,
        &[Form {
            name: "c.xlsx".into(),
            bytes: b"PK not a workbook".to_vec(),
        }],
    );
    assert!(m.refused[0].reason.starts_with("không đọc được tệp Excel"));
}
