//! Any string as rich text (markup, fields, footnotes): parsed, its fields
//! resolved, validated, laid out as a paragraph, a title and a table cell,
//! and written as PDF, without panic and with every text on its page.
#![no_main]

mod shared;

use kehoach_core::model::*;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static BASE: OnceLock<Plan> = OnceLock::new();

/// A small plan every field can resolve against: appendices for `{pl:}`,
/// last year's targets for `{ct:}`, a budget for `{kp:}`. Small, so that
/// most of each run is spent on the text itself.
fn base() -> Plan {
    let mut p = Plan::new(2025);
    for key in ["kq", "dt"] {
        p.appendices.push(Appendix {
            key: key.into(),
            title: "PHỤ LỤC".into(),
            blocks: vec![Block::Paragraph("Nội dung.".into())],
            ..Default::default()
        });
    }
    let target = |evaluation| Target {
        name: "Chỉ tiêu".into(),
        evaluation,
        ..Default::default()
    };
    p.review.targets.push(TargetGroup {
        name: "NHÓM".into(),
        targets: vec![target(Evaluation::Exceeded), target(Evaluation::Missed)],
        ..Default::default()
    });
    p.budget.investment.push(Project {
        name: "Dự án".into(),
        total: Money::parse_file("1234.5").unwrap_or_default(),
        capital: Money::parse_file("300").unwrap_or_default(),
        ..Default::default()
    });
    p.assign_ids();
    p
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let _ = kehoach_core::model::rich::parse_checked(&text);
    let mut plan = BASE.get_or_init(base).clone();
    let _ = kehoach_core::model::fields::plain(&plan, &Rich::from(text.as_str()));
    plan.meta.title = text.as_str().into();
    plan.body.insert(0, Block::Paragraph(text.as_str().into()));
    plan.appendices.push(Appendix {
        key: "fuzz".into(),
        title: text.as_str().into(),
        blocks: vec![Block::Table(Table::Free(FreeTable {
            columns: vec![
                FreeColumn {
                    title: text.as_str().into(),
                    ..Default::default()
                },
                FreeColumn::default(),
            ],
            rows: vec![FreeRow {
                cells: vec![text.as_str().into(), "2".into()],
                ..Default::default()
            }],
            ..Default::default()
        }))],
        ..Default::default()
    });
    let _ = kehoach_core::validate::validate(&plan);
    shared::lay_out_and_write(&plan);
});
