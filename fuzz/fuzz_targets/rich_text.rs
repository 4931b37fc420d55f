//! Any string as rich text (markup, fields, footnotes): parsed, its fields
//! resolved, validated, laid out as a paragraph, a title and a table cell,
//! and written as PDF, without panic and with every text on its page.
#![no_main]

mod shared;

use kehoach::model::*;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static BASE: OnceLock<Plan> = OnceLock::new();

/// A small plan every field can resolve against: appendices for `{pl:}`,
/// last year's targets for `{ct:}`, a budget for `{kp:}`.
fn base() -> Plan {
    let mut p = kehoach::generate::plan(
        kehoach::generate::Size {
            targets: 4,
            tasks: 3,
            projects: 2,
            recurrent: 2,
        },
        2025,
        7,
    );
    p.appendices.truncate(2);
    p
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let _ = kehoach::model::rich::parse_checked(&text);
    let mut plan = BASE.get_or_init(base).clone();
    let _ = kehoach::model::fields::plain(&plan, &Rich::from(text.as_str()));
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
    let _ = kehoach::validate::validate(&plan);
    shared::lay_out_and_write(&plan);
});
