//! Property tests: any plan the model can hold saves and loads back equal.

use kehoach_core::io;
use kehoach_core::model::*;
use proptest::collection::vec;
use proptest::prelude::*;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Text as users type it: Vietnamese letters, markup characters, quotes,
/// RON's own syntax, line breaks. Composed (NFC), as the model keeps text.
fn text() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ 0123456789.,;:-–/()[]{}*^\\\"'#r\n\t%&≥…“”"
            .chars()
            .collect::<Vec<_>>(),
    );
    vec(chars, 0..40).prop_map(|cs| cs.into_iter().collect::<String>().nfc().collect())
}

fn rich() -> impl Strategy<Value = Rich> {
    text().prop_map(Rich)
}

fn money() -> impl Strategy<Value = Money> {
    (-1_000_000_000_000i64..1_000_000_000_000).prop_map(Money::from_thousands)
}

fn keys() -> impl Strategy<Value = Vec<String>> {
    vec(
        prop::sample::select(vec![
            "so-khcn".to_string(),
            "so-tc".into(),
            "ubnd-xa".into(),
        ]),
        0..3,
    )
}

fn evaluation() -> impl Strategy<Value = Evaluation> {
    prop::sample::select(Evaluation::ALL.to_vec())
}

fn target() -> impl Strategy<Value = Target> {
    (
        rich(),
        text(),
        text(),
        text(),
        text(),
        evaluation(),
        keys(),
        keys(),
        rich(),
    )
        .prop_map(
            |(name, unit, baseline, target, result, evaluation, lead, coordinating, note)| Target {
                id: Id::UNSET,
                name,
                unit,
                baseline,
                target,
                result,
                evaluation,
                lead,
                coordinating,
                note,
                milestones: Default::default(),
            },
        )
}

fn target_groups() -> impl Strategy<Value = Vec<TargetGroup>> {
    vec(
        (rich(), vec(target(), 0..4)).prop_map(|(name, targets)| TargetGroup {
            id: Id::UNSET,
            name,
            targets,
        }),
        0..3,
    )
}

fn task() -> impl Strategy<Value = Task> {
    let leaf = (rich(), keys(), keys(), text(), rich(), rich(), text()).prop_map(
        |(name, lead, coordinating, deadline, result, note, progress)| Task {
            id: Id::UNSET,
            name,
            lead,
            coordinating,
            deadline,
            result,
            note,
            progress,
            subtasks: Vec::new(),
        },
    );
    leaf.prop_recursive(2, 8, 3, |inner| {
        (rich(), vec(inner, 0..3)).prop_map(|(name, subtasks)| Task {
            name,
            subtasks,
            ..Default::default()
        })
    })
}

fn budget() -> impl Strategy<Value = Budget> {
    let status = prop::sample::select(vec![
        ProjectStatus::Unspecified,
        ProjectStatus::Continuing,
        ProjectStatus::New,
    ]);
    let project = (
        rich(),
        keys(),
        money(),
        proptest::option::of(1990i32..2100),
        proptest::option::of(1990i32..2100),
        money(),
        status,
        rich(),
    )
        .prop_map(
            |(name, investor, total, start_year, end_year, capital, status, note)| Project {
                id: Id::UNSET,
                name,
                investor,
                total,
                start_year,
                end_year,
                capital,
                status,
                source: String::new(),
                group: String::new(),
                note,
                by_year: Default::default(),
            },
        );
    let item =
        (rich(), keys(), money(), text(), rich()).prop_map(|(name, unit, amount, source, note)| {
            RecurrentItem {
                id: Id::UNSET,
                name,
                unit,
                amount,
                source,
                start_year: None,
                end_year: None,
                group: String::new(),
                note,
                by_year: Default::default(),
            }
        });
    (vec(project, 0..3), vec(item, 0..3)).prop_map(|(investment, recurrent)| Budget {
        investment,
        recurrent,
    })
}

fn table() -> impl Strategy<Value = Table> {
    prop_oneof![
        Just(Table::Targets(TargetsTable::default())),
        Just(Table::Targets(TargetsTable::evaluation())),
        Just(Table::Tasks(TasksTable::default())),
        Just(Table::Investment(InvestmentTable::default())),
        Just(Table::Recurrent(RecurrentTable::default())),
        Just(Table::LegalBases),
        (vec(rich(), 1..4), vec(vec(rich(), 0..4), 0..4)).prop_map(|(cols, rows)| Table::Free(
            FreeTable {
                columns: cols
                    .into_iter()
                    .map(|title| FreeColumn {
                        title,
                        align: Align::Right,
                        width_mm: Some(20.5)
                    })
                    .collect(),
                spans: vec![HeaderSpan {
                    title: "Kết quả".into(),
                    first: 0,
                    count: 1
                }],
                column_numbers: true,
                rows: rows
                    .into_iter()
                    .map(|cells| FreeRow {
                        id: Id::UNSET,
                        kind: RowKind::Normal,
                        cells
                    })
                    .collect(),
            }
        )),
    ]
}

fn blocks() -> impl Strategy<Value = Vec<Block>> {
    let leaf = prop_oneof![
        rich().prop_map(Block::Paragraph),
        rich().prop_map(Block::Bullet),
        rich().prop_map(Block::SubBullet),
        table().prop_map(Block::Table),
        Just(Block::Targets(TargetList { group: Id(1) })),
    ];
    let block = leaf.prop_recursive(3, 24, 4, |inner| {
        let numbering = prop::sample::select(vec![
            Numbering::Auto,
            Numbering::Letter,
            Numbering::Unnumbered,
        ]);
        prop_oneof![
            (rich(), rich(), numbering, vec(inner.clone(), 0..4)).prop_map(
                |(title, text, numbering, blocks)| {
                    Block::Section(Section {
                        id: Id::UNSET,
                        numbering,
                        title,
                        text,
                        blocks,
                    })
                }
            ),
            (rich(), vec(inner, 0..4)).prop_map(|(title, blocks)| Block::Part(Part {
                id: Id::UNSET,
                title,
                blocks
            })),
        ]
    });
    vec(block, 0..4)
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        vec(text(), 0..3),
        text(),
        proptest::option::of(1u32..1000),
        proptest::option::of(1u8..32),
        proptest::option::of(1u8..13),
        rich(),
        any::<bool>(),
    )
        .prop_map(
            |(authority, place, number, day, month, title, draft_mark)| Meta {
                authority,
                place,
                number,
                date: DocDate {
                    day,
                    month,
                    year: Some(2025),
                },
                title,
                draft_mark,
                ..Meta::default()
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (
            1945i32..2200,
            meta(),
            vec(rich(), 0..3),
            blocks(),
            target_groups(),
            target_groups(),
        ),
        (
            vec((rich(), vec(task(), 0..3)), 0..3),
            budget(),
            budget(),
            vec(text(), 0..4),
        ),
        vec(
            (
                rich(),
                blocks(),
                prop::sample::select(vec![Orientation::Auto, Orientation::Landscape]),
            ),
            0..3,
        ),
    )
        .prop_map(
            |(
                (year, meta, preamble, body, targets, review_targets),
                (tasks, budget, review_budget, recipients),
                appendices,
            )| {
                let mut p = Plan::new(year);
                p.meta = meta;
                p.preamble = preamble;
                p.legal_bases = vec![LegalGroup {
                    id: Id::UNSET,
                    title: "VĂN BẢN TRUNG ƯƠNG".into(),
                    items: vec!["Luật Giao dịch điện tử".into()],
                }];
                p.body = body;
                p.targets = targets;
                p.review = Review {
                    targets: review_targets,
                    budget: review_budget,
                };
                p.tasks = tasks
                    .into_iter()
                    .map(|(name, tasks)| TaskGroup {
                        id: Id::UNSET,
                        name,
                        tasks,
                    })
                    .collect();
                p.budget = budget;
                p.recipients = recipients;
                p.appendices = appendices
                    .into_iter()
                    .enumerate()
                    .map(|(i, (title, blocks, orientation))| Appendix {
                        key: format!("pl-{i}"),
                        title,
                        orientation,
                        blocks,
                        unit_line: if i == 0 { Some(String::new()) } else { None },
                        ..Default::default()
                    })
                    .collect();
                p.agencies = vec![Agency {
                    key: "so-khcn".into(),
                    name: "Sở Khoa học và Công nghệ".into(),
                    short: "Sở KH&CN".into(),
                }];
                p.assign_ids();
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_plan_saves_and_loads_back_equal(p in plan()) {
        let text = io::to_ron_string(&p).unwrap();
        let back = io::load_str(&text, Path::new("p.ron"));
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), text);
        prop_assert_eq!(back.unwrap(), p);
    }

    #[test]
    fn any_plan_lays_out_inside_its_pages(p in plan()) {
        let fonts = kehoach_core::fonts::FontSet::bundled().unwrap();
        let doc = kehoach_core::layout::document(&p, &fonts, &kehoach_core::layout::Options::default());
        prop_assert!(!doc.pages.is_empty());
        for pg in &doc.pages {
            for item in &pg.items {
                let (x1, y1, x2, y2) = match item {
                    kehoach_core::layout::Item::Text(t) => (t.x, t.baseline - t.size * 0.3528, t.x + t.width, t.baseline),
                    kehoach_core::layout::Item::Rule(r) => (r.x1.min(r.x2), r.y1.min(r.y2), r.x1.max(r.x2), r.y1.max(r.y2)),
                };
                prop_assert!(x1.is_finite() && y1.is_finite() && x2.is_finite() && y2.is_finite(), "{item:?}");
                prop_assert!(x1 >= -0.01 && y1 >= -0.01 && x2 <= pg.width + 0.01 && y2 <= pg.height + 0.01, "outside the page: {item:?}");
            }
        }
        // And the PDF writer takes whatever layout made.
        prop_assert!(kehoach_core::pdf::write(&doc, &fonts).is_ok());
    }

    #[test]
    fn money_file_form_round_trips(m in money()) {
        prop_assert_eq!(Money::parse_file(&m.to_file_string()).unwrap(), m);
    }

    #[test]
    fn money_typed_vietnamese_style_round_trips(m in money()) {
        // What the table shows is what an officer may type back.
        prop_assert_eq!(Money::parse_vn(&m.to_string()).unwrap(), m);
    }

    #[test]
    fn generated_plans_round_trip(seed in 1u64..1000, targets in 0usize..60, tasks in 0usize..40) {
        let size = kehoach_core::generate::Size { targets, tasks, projects: 3, recurrent: 4 };
        let p = kehoach_core::generate::plan(size, 2026, seed);
        let back = io::load_str(&io::to_ron_string(&p).unwrap(), Path::new("g.ron")).unwrap();
        prop_assert_eq!(back, p);
    }
}
